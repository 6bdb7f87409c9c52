import { meanInterval } from '../stats/mean-interval.ts';
import { quantileSorted } from '../stats/quantile.ts';
import { busyHourOfWeek } from './busy-hour.ts';
import { defaultHorizon } from './default-horizon.ts';
import { erlangB } from './erlang-b.ts';
import type { PortsResult, PortsRow, ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

const MONTH_SEC = 30 * 86_400;

/**
 * Reduces independent replications to the Ports table: per N in [opts.portsLo, opts.portsHi],
 * - blocking = blocked / offered of each replication → mean with its 95 % Student-t interval
 *   (meanInterval); busyHourBlocking likewise in instances of the busy hour of the week;
 * - blockedPerMonth: mean, p50 and p95 across replications of blocked × perMonthScale, where
 *   perMonthScale is 1 when the horizon is exactly one calendar month in the model's zone and
 *   30 days / horizon length otherwise (a two-week horizon counts double);
 * - utilisation = carriedSec / (N × horizon seconds) → mean interval;
 * - lostShare = calls lost for good / offered (only differs from blocking with retries).
 * Also the peak concurrency of each replication, Erlang B at the busy-hour erlangs for each N,
 * hour-of-week sums, calls = first attempts simulated and callsPerSecond = calls / elapsed seconds.
 * Results are sorted by index first, so the answer never depends on which worker ran what or in
 * which order they came back. A replication with nothing offered counts as blocking 0.
 * Example: summarizeReplications(model, opts, [r2, r0, r1], 1500) === summarizeReplications(model, opts, [r0, r1, r2], 1500)
 */
export function summarizeReplications(
  model: TrafficModel,
  opts: SimulationOptions,
  results: readonly ReplicationResult[],
  elapsedMs: number,
  hourOfWeekSums?: HourOfWeekSums,
): PortsResult {
  const W = opts.portsHi - opts.portsLo + 1;
  const sorted = [...results].sort((a, b) => a.index - b.index);
  sorted.forEach((r, j) => {
    if (j > 0 && r.index === sorted[j - 1].index) {
      throw new RangeError(`summarizeReplications: replication ${r.index} appears twice`);
    }
    if (r.blocked.length !== W) {
      throw new RangeError(`summarizeReplications: replication ${r.index} has ${r.blocked.length} port counts, expected ${W}`);
    }
  });
  const R = sorted.length;
  const horizonSec = (opts.endMs - opts.startMs) / 1000;
  const month = defaultHorizon(model.timeZone, opts.startMs);
  const perMonthScale = month.startMs === opts.startMs && month.endMs === opts.endMs ? 1 : MONTH_SEC / horizonSec;
  const busy = busyHourOfWeek(model, opts.whatIf);

  const share = (num: number, den: number) => (den > 0 ? num / den : 0);
  const blocking = new Float64Array(R);
  const busyBlocking = new Float64Array(R);
  const perMonth = new Float64Array(R);
  const utilisation = new Float64Array(R);
  const lost = new Float64Array(R);
  const table: PortsRow[] = [];
  for (let k = 0; k < W; k++) {
    const ports = opts.portsLo + k;
    for (let j = 0; j < R; j++) {
      const r = sorted[j];
      blocking[j] = share(r.blocked[k], r.offered);
      busyBlocking[j] = share(r.busyHourBlocked[k], r.busyHourOffered);
      perMonth[j] = r.blocked[k] * perMonthScale;
      utilisation[j] = share(r.carriedSec[k], ports * horizonSec);
      lost[j] = share(r.lostForGood ? r.lostForGood[k] : r.blocked[k], r.offered);
    }
    table.push({
      ports,
      blocking: intervalOf(blocking),
      busyHourBlocking: intervalOf(busyBlocking),
      blockedPerMonth: blockedPerMonthOf(perMonth),
      utilisation: intervalOf(utilisation),
      lostShare: intervalOf(lost),
    });
  }

  let calls = 0;
  for (const r of sorted) calls += r.offered;
  const sums = hourOfWeekSums ?? new HourOfWeekSums(W);
  sums.add(results);
  const blockedByHourOfWeek = sums.blocked.slice();
  const offeredByHourOfWeek = sums.offered.slice();
  return {
    seed: opts.seed,
    replications: R,
    calls,
    elapsedMs,
    callsPerSecond: elapsedMs > 0 ? calls / (elapsedMs / 1000) : 0,
    table,
    peakConcurrent: Float64Array.from(sorted, (r) => r.peakConcurrent),
    busyHourOfWeek: busy.hourOfWeek,
    busyHourErlangs: busy.erlangs,
    erlangB: table.map((row) => ({ ports: row.ports, blocking: erlangB(busy.erlangs, row.ports) })),
    perMonthScale,
    blockedByHourOfWeek,
    offeredByHourOfWeek,
  };
}

/** meanInterval, with NaN bounds for no replications (the table of a run that has not started). */
function intervalOf(values: Float64Array): { mean: number; lo: number; hi: number } {
  return values.length > 0 ? meanInterval(values) : { mean: NaN, lo: NaN, hi: NaN };
}

/** Mean, p50 and p95; sorts `perMonth` in place (it is scratch, refilled for the next row). */
function blockedPerMonthOf(perMonth: Float64Array): { mean: number; p50: number; p95: number } {
  const mean = meanOf(perMonth);
  perMonth.sort();
  return { mean, p50: quantileSorted(perMonth, 0.5), p95: quantileSorted(perMonth, 0.95) };
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length > 0 ? sum / values.length : NaN;
}

/**
 * Running sums of the replications' hour-of-week arrays, for a run's repeated partial summaries:
 * each call adds only the replications it has not seen (`results` only ever grows at its end).
 * The cells are whole counts, so the sums are exact in any order and the answer is the same as
 * summing in index order. Summing them afresh was most of a 1,000-replication summary's cost.
 */
export class HourOfWeekSums {
  readonly blocked: Float64Array;
  readonly offered = new Float64Array(168);
  #seen = 0;

  constructor(readonly portCounts: number) {
    this.blocked = new Float64Array(portCounts * 168);
  }

  add(results: readonly ReplicationResult[]): void {
    const n = this.portCounts * 168;
    for (let j = this.#seen; j < results.length; j++) {
      const r = results[j]!;
      for (let c = 0; c < n; c++) this.blocked[c]! += r.blockedByHourOfWeek[c]!;
      for (let h = 0; h < 168; h++) this.offered[h]! += r.offeredByHourOfWeek[h]!;
    }
    this.#seen = results.length;
  }
}
