import { PLATFORM_RECHARGE_DAYS, PLATFORM_THRESHOLD_DAYS } from './defaults.ts';
import type { TunerCell, TunerInput, TunerReplication, TunerResult } from './types.ts';
import { wilsonInterval } from './wilson-interval.ts';

/**
 * The tuner's grid from its replications (any order): per cell pZero (Wilson 95 %), mean recharges
 * per month and mean idle balance (cents); the cheapest cell, the least idle money among those
 * whose pZero mean is below tuner.targetPZero (ties: fewer recharges, then the earlier cell); and the
 * platform's 14/5 cell. Row-major: cells[r * thresholdDays.length + t].
 * Example: summarizeTuner(t, runTunerChunk(t, 0, 200), 900).cells[t.platform] → { rechargeDays: 14, thresholdDays: 5, … }
 */
export function summarizeTuner(tuner: TunerInput, results: readonly TunerReplication[], elapsedMs: number): TunerResult {
  const rows = tuner.rechargeDays.length;
  const cols = tuner.thresholdDays.length;
  const C = rows * cols;
  const R = results.length;
  const seen = new Set<number>();
  const hits = new Float64Array(C);
  const recharges = new Float64Array(C);
  const idle = new Float64Array(C);
  // Summed in index order, so the means do not depend on which worker finished first.
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    if (seen.has(r.index)) throw new RangeError(`summarizeTuner: replication ${r.index} appears twice`);
    seen.add(r.index);
    if (r.hitZero.length !== C) throw new RangeError(`summarizeTuner: replication ${r.index} has ${r.hitZero.length} cells, expected ${C}`);
    for (let c = 0; c < C; c++) {
      hits[c] += r.hitZero[c];
      recharges[c] += r.recharges[c];
      idle[c] += r.idleBalanceCents[c];
    }
  }
  const cells: TunerCell[] = [];
  let cheapest: number | null = null;
  let platform: number | null = null;
  for (let c = 0; c < C; c++) {
    const cell: TunerCell = {
      rechargeDays: tuner.rechargeDays[Math.floor(c / cols)],
      thresholdDays: tuner.thresholdDays[c % cols],
      pZero: wilsonInterval(hits[c], R),
      rechargesPerMonth: R > 0 ? recharges[c] / R / tuner.sim.months : NaN,
      idleBalanceCents: R > 0 ? idle[c] / R : NaN,
    };
    cells.push(cell);
    if (cell.rechargeDays === PLATFORM_RECHARGE_DAYS && cell.thresholdDays === PLATFORM_THRESHOLD_DAYS) platform = c;
    if (!(cell.pZero.mean < tuner.targetPZero)) continue;
    const best = cheapest === null ? null : cells[cheapest];
    if (best === null || cell.idleBalanceCents < best.idleBalanceCents || (cell.idleBalanceCents === best.idleBalanceCents && cell.rechargesPerMonth < best.rechargesPerMonth)) {
      cheapest = c;
    }
  }
  return { replications: R, rechargeDays: tuner.rechargeDays, thresholdDays: tuner.thresholdDays, cells, cheapest, platform, targetPZero: tuner.targetPZero, elapsedMs };
}
