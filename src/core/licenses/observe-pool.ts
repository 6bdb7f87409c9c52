import { sweepLevels } from './sweep-levels.ts';
import type { PoolDays, PoolObserved, PooledLicense } from './types.ts';

const CELLS = 168;

/** Smallest level L with at least share p of the cell's time at levels ≤ L (time-weighted quantile). */
function levelQuantile(levelSec: Float64Array, offset: number, width: number, total: number, p: number): number {
  let acc = 0;
  for (let L = 0; L < width; L++) {
    acc += levelSec[offset + L]!;
    // A relative tolerance so that float sums of whole hours land on the level they should.
    if (acc >= p * total * (1 - 1e-12)) return L;
  }
  return width - 1;
}

/**
 * A pool's observed concurrent users by hour of week (the observed days in order): per cell the
 * time-weighted mean, the peak, and the time-weighted 50th, 90th and 95th percentiles (the smallest
 * level at or under which that share of the cell's time was spent). The busy cell is the one with
 * the highest mean (the first on ties, 0 when nothing was observed).
 * Example: one Monday, one user 09:00–09:30 → cell 9: mean 0.5, peak 1, p50 0, p90 1; busyCell 9.
 */
export function observePool(license: PooledLicense, days: PoolDays, cap: number): PoolObserved {
  const width = cap + 1;
  const order = Array.from(days.weekday.keys());
  const { levelSec } = sweepLevels(days, order, days.weekday, cap);
  const mean = new Float64Array(CELLS).fill(NaN);
  const peak = new Int32Array(CELLS);
  const p50 = new Float64Array(CELLS).fill(NaN);
  const p90 = new Float64Array(CELLS).fill(NaN);
  const p95 = new Float64Array(CELLS).fill(NaN);
  let busyCell = 0;
  let busyMean = 0;
  let peakConcurrent = 0;
  for (let c = 0; c < CELLS; c++) {
    const off = c * width;
    let total = 0;
    let weighted = 0;
    for (let L = 0; L < width; L++) {
      const sec = levelSec[off + L]!;
      total += sec;
      weighted += L * sec;
      if (sec > 0 && L > peak[c]!) peak[c] = L;
    }
    if (total === 0) continue;
    mean[c] = weighted / total;
    p50[c] = levelQuantile(levelSec, off, width, total, 0.5);
    p90[c] = levelQuantile(levelSec, off, width, total, 0.9);
    p95[c] = levelQuantile(levelSec, off, width, total, 0.95);
    if (mean[c]! > busyMean) [busyMean, busyCell] = [mean[c]!, c];
    if (peak[c]! > peakConcurrent) peakConcurrent = peak[c]!;
  }
  return { license, users: cap, peakConcurrent, byHourOfWeek: { mean, peak, p50, p90, p95 }, busyCell };
}
