/** The `ports` report for people: what the model is, the recommendation in words, then the table. */
import type { PortsRow } from '../core/ports/types.ts';

export interface PortsTextInput {
  seed: string;
  replications: number;
  calls: number;
  elapsedMs: number;
  callsPerSecond: number;
  table: PortsRow[];
  recommendation: { ports: number; met: boolean; reason: string; monthlyCost?: string };
  erlangB: { ports: number; blocking: number }[];
  extendedErlangB?: { ports: number; errorsPerCall: number }[];
  horizon: { start: string | null; end: string | null };
  busyHour: { hourOfWeek: number; erlangs: number };
  model: { source: string };
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A share for reading; an interval's t-based lower end below 0 reads as 0. */
function pct(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const p = Math.max(0, share) * 100;
  if (p === 0) return '0%';
  return p < 0.01 ? '<0.01%' : `${p.toFixed(2)}%`;
}

const num = (x: number, digits = 0) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x);

/** Plain-text rendering of the JSON report (same numbers, rounded for reading). */
export function portsText(r: PortsTextInput): string {
  const how = r.busyHour.hourOfWeek;
  const rec = r.recommendation;
  const lines = [
    `model: ${r.model.source}`,
    `horizon: ${r.horizon.start} to ${r.horizon.end}; busy hour ${DAYS[Math.floor(how / 24)]} ${String(how % 24).padStart(2, '0')}:00, ${num(r.busyHour.erlangs, 2)} E offered`,
    `${num(r.replications)} replications, seed ${r.seed}: ${num(r.calls)} calls in ${num(r.elapsedMs / 1000, 1)} s (${num(r.callsPerSecond / 1e6, 1)} M calls/s)`,
    '',
    `recommendation: ${rec.ports} ports${rec.monthlyCost !== undefined ? `, ${rec.monthlyCost} a month` : ''}${rec.met ? '' : ' (no port count in the range meets the target)'}`,
    `  ${rec.reason}`,
    '',
    ' ports   blocking (95% CI)          busy hour (95% CI)         blocked/month mean  p95   utilisation  Erlang B' +
      (r.extendedErlangB ? '  Ext. Erlang B' : ''),
  ];
  const erlang = new Map(r.erlangB.map((e) => [e.ports, e.blocking]));
  // With retries, blocked attempts per first attempt, as the simulated columns count them.
  const extended = r.extendedErlangB && new Map(r.extendedErlangB.map((e) => [e.ports, e.errorsPerCall]));
  for (const row of r.table) {
    const ci = (i: { mean: number; lo: number; hi: number }) => `${pct(i.mean)} (${pct(i.lo)}–${pct(i.hi)})`.padEnd(26);
    lines.push(
      `${String(row.ports).padStart(6)}   ${ci(row.blocking)} ${ci(row.busyHourBlocking)} ${num(row.blockedPerMonth.mean, 1).padStart(18)} ${num(row.blockedPerMonth.p95).padStart(5)}   ${pct(row.utilisation.mean).padStart(11)}  ${pct(erlang.get(row.ports) ?? NaN).padStart(8)}` +
        (extended ? `  ${pct(extended.get(row.ports) ?? NaN).padStart(13)}` : ''),
    );
  }
  if (extended) lines.push('', 'Ext. Erlang B: Extended Erlang B for the busy hour, blocked attempts per call with the retries; it assumes retries come back at random times.');
  return lines.join('\n');
}
