import type { PortsResult } from '../../../core/ports/types.ts';
import type { ChartTableData } from '../common/chart-table.ts';

export interface Point {
  x: number;
  /** Percent; null leaves a gap (a zero on a log axis). */
  y: number | null;
}

export interface BlockingChartData {
  /** Simulated blocking over the month: mean and its 95 % band. */
  mean: Point[];
  lo: Point[];
  hi: Point[];
  /** Simulated blocking in the busiest hour of the week (mean). */
  busyHour: Point[];
  /**
   * The closed form at the busy hour's offered traffic: Erlang B, or with retries Extended Erlang B
   * as blocked attempts per call (what the simulated curves count).
   */
  erlangB: Point[];
  /** Its name in the legend and the table. */
  closedFormLabel: string;
  /** What the vertical axis counts: with retries a call can be blocked more than once. */
  yTitle: string;
  /** The busiest-hour target as a flat line across the range; empty without one. */
  target: Point[];
  /** The recommended port count, on the busy-hour curve; empty without one. */
  recommended: Point[];
  xMin: number;
  xMax: number;
  /** Lowest tick of a log axis: the power of ten at or below the smallest positive value drawn. */
  logMin: number;
}

/** Smallest share a log axis goes down to (0.0001 %), so one rare blocked call does not squash the curve. */
const LOG_FLOOR_PCT = 1e-4;

/**
 * The ports-vs-blocking chart's series in percent. On a log axis a zero cannot be drawn: it
 * becomes a gap.
 * Example: rows N = 10, 11 with mean blocking 0.05 and 0 → mean points (10, 5) and (11, 0);
 * with `log` the second is (11, null).
 */
export function blockingChartData(
  result: Pick<PortsResult, 'table' | 'erlangB' | 'extendedErlangB'>,
  opts: { log: boolean; targetPct?: number | null; recommendedPorts?: number | null },
): BlockingChartData {
  const pct = (share: number): number | null => {
    const y = share * 100;
    if (!Number.isFinite(y)) return null;
    return opts.log && y <= 0 ? null : y;
  };
  const rows = result.table;
  const mean = rows.map((r) => ({ x: r.ports, y: pct(r.blocking.mean) }));
  const lo = rows.map((r) => ({ x: r.ports, y: pct(r.blocking.lo) }));
  const hi = rows.map((r) => ({ x: r.ports, y: pct(r.blocking.hi) }));
  const busyHour = rows.map((r) => ({ x: r.ports, y: pct(r.busyHourBlocking.mean) }));
  const erlangB = closedForm(result).map((e) => ({ x: e.ports, y: pct(e.share) }));
  const xMin = rows[0]?.ports ?? 0;
  const xMax = rows[rows.length - 1]?.ports ?? 0;
  const target = opts.targetPct != null && opts.targetPct > 0 && rows.length > 0
    ? [{ x: xMin, y: opts.targetPct }, { x: xMax, y: opts.targetPct }]
    : [];
  const rec = rows.find((r) => r.ports === opts.recommendedPorts);
  const recommended = rec ? [{ x: rec.ports, y: pct(rec.busyHourBlocking.mean) }] : [];
  let smallest = Infinity;
  for (const series of [mean, lo, hi, busyHour, erlangB, target]) {
    for (const p of series) if (p.y !== null && p.y > 0 && p.y < smallest) smallest = p.y;
  }
  const logMin = Number.isFinite(smallest) ? Math.max(LOG_FLOOR_PCT, 10 ** Math.floor(Math.log10(smallest))) : LOG_FLOOR_PCT;
  if (opts.log) {
    // Below the axis floor a point would sit off the chart and pull the line with it.
    for (const series of [mean, lo, hi, busyHour, erlangB]) for (const p of series) if (p.y !== null && p.y < logMin) p.y = null;
  }
  const yTitle = result.extendedErlangB ? 'Blocked attempts per call, retries included' : 'Attempts that find every port busy';
  return { mean, lo, hi, busyHour, erlangB, closedFormLabel: closedFormLabel(result), yTitle, target, recommended, xMin, xMax, logMin };
}

/** The closed form the simulation is drawn against: Extended Erlang B (errors per call) with retries, else Erlang B. */
export function closedForm(result: Pick<PortsResult, 'erlangB' | 'extendedErlangB'>): { ports: number; share: number }[] {
  return result.extendedErlangB
    ? result.extendedErlangB.map((e) => ({ ports: e.ports, share: e.errorsPerCall }))
    : result.erlangB.map((e) => ({ ports: e.ports, share: e.blocking }));
}

export function closedFormLabel(result: Pick<PortsResult, 'extendedErlangB'>): string {
  return result.extendedErlangB ? 'Extended Erlang B, busiest hour' : 'Erlang B, busiest hour';
}

/**
 * A made-up table of 12 port counts (10 to 21, blocking falling from 5 % by half per port) in the
 * shape of a real result: what the chart draws, out of sight, before any run.
 */
export function sampleResult(): Pick<PortsResult, 'table' | 'erlangB'> {
  const table = Array.from({ length: 12 }, (_, i) => {
    const b = 0.05 / 2 ** i;
    const band = { mean: b, lo: b * 0.9, hi: b * 1.1 };
    return { ports: 10 + i, blocking: band, busyHourBlocking: { mean: 2 * b, lo: 1.8 * b, hi: 2.2 * b }, blockedPerMonth: { mean: 0, p50: 0, p95: 0 }, utilisation: band };
  });
  return { table, erlangB: table.map((r) => ({ ports: r.ports, blocking: 1.5 * r.blocking.mean })) };
}

/** A percentage as the chart's tooltip gives it: two decimals, or two significant digits below 0.01 %. */
export function blockingPctText(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  return `${pct < 0.01 && pct > 0 ? pct.toPrecision(2) : pct.toFixed(2)} %`;
}

/**
 * The blocking chart as a table, one row per port count, zeros kept (the log axis drops them, a
 * table need not): the month's blocking with its 95 % interval, the busiest hour's, Erlang B's.
 * Example: 10 ports with mean 0.05 (0.04–0.06), busy hour 0.1, Erlang B 0.08 →
 * ["10", "5.00 %", "4.00 % – 6.00 %", "10.00 %", "8.00 %"].
 */
export function blockingTable(
  result: Pick<PortsResult, 'table' | 'erlangB' | 'extendedErlangB'>,
  opts: { targetPct?: number | null; recommendedPorts?: number | null },
): ChartTableData {
  const erlang = new Map(closedForm(result).map((e) => [e.ports, e.share]));
  const pct = (share: number | undefined) => blockingPctText(share === undefined ? null : share * 100);
  const target = opts.targetPct != null && opts.targetPct > 0 ? ` The target: at most ${blockingPctText(opts.targetPct)} in the busiest hour.` : '';
  return {
    caption: result.extendedErlangB
      ? `Attempts that find every port busy, retries included, per call, for each number of Flex Ports.${target}`
      : `Share of port attempts that find every port busy, for each number of Flex Ports.${target}`,
    headers: ['Flex Ports', 'Simulated, whole month', '95 % interval', 'Simulated, busiest hour', closedFormLabel(result)],
    rows: result.table.map((r) => [
      r.ports === opts.recommendedPorts ? `${r.ports} (recommended)` : String(r.ports),
      pct(r.blocking.mean),
      `${pct(r.blocking.lo)} – ${pct(r.blocking.hi)}`,
      pct(r.busyHourBlocking.mean),
      pct(erlang.get(r.ports)),
    ]),
  };
}
