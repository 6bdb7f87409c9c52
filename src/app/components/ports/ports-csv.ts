import type { PortsResult } from '../../../core/ports/types.ts';
import { toCsv } from './csv.ts';

const HEADER = [
  'ports',
  'blocking_mean', 'blocking_lo95', 'blocking_hi95',
  'busy_hour_blocking_mean', 'busy_hour_blocking_lo95', 'busy_hour_blocking_hi95',
  'errors_per_month_mean', 'errors_per_month_p50', 'errors_per_month_p95',
  'utilisation_mean', 'utilisation_lo95', 'utilisation_hi95',
  'erlang_b_busy_hour',
];

/** Six significant digits: enough for any share, without float noise such as 0.30000000000000004. */
function sig(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : NaN;
}

/**
 * The ports table as CSV, one row per port count: shares as fractions (0.01 = 1 %), 95 %
 * confidence bounds, errors a month, and Erlang B at the busy hour's traffic; with retries also
 * Extended Erlang B as blocked attempts per call.
 * Example: a result with one row { ports: 14, blocking: { mean: 0.007, … } } → a header line and
 * "14,0.007,…".
 */
export function portsTableCsv(result: Pick<PortsResult, 'table' | 'erlangB' | 'extendedErlangB'>): string {
  const erlang = new Map(result.erlangB.map((e) => [e.ports, e.blocking]));
  const extended = result.extendedErlangB && new Map(result.extendedErlangB.map((e) => [e.ports, e.errorsPerCall]));
  const header = extended ? [...HEADER, 'extended_erlang_b_errors_per_call'] : HEADER;
  const rows = result.table.map((r) => [
    r.ports,
    sig(r.blocking.mean), sig(r.blocking.lo), sig(r.blocking.hi),
    sig(r.busyHourBlocking.mean), sig(r.busyHourBlocking.lo), sig(r.busyHourBlocking.hi),
    sig(r.blockedPerMonth.mean), sig(r.blockedPerMonth.p50), sig(r.blockedPerMonth.p95),
    sig(r.utilisation.mean), sig(r.utilisation.lo), sig(r.utilisation.hi),
    sig(erlang.get(r.ports) ?? NaN),
    ...(extended ? [sig(extended.get(r.ports) ?? NaN)] : []),
  ]);
  return toCsv([header, ...rows]);
}

/** A file name for the export: "ports-outbound-team-seed-1.csv"; only safe characters kept. */
export function portsCsvFileName(source: string, seed: string): string {
  const clean = (s: string) => s.replace(/\.[a-z0-9]+$/i, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 40).toLowerCase();
  const name = [clean(source) || 'scenario', 'seed', clean(seed) || 'x'].join('-');
  return `ports-${name}.csv`;
}
