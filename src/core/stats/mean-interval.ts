import type { Interval } from '../ports/types.ts';
import { studentTQuantile } from './student-t-quantile.ts';

/**
 * The mean of independent replications with its two-sided Student-t confidence interval:
 * mean ± t_{(1 + confidence)/2, n − 1} · s / √n, s the sample standard deviation (n − 1 divisor).
 * Values are in whatever unit the replications report (a blocking share, blocked calls per month…).
 *
 * confidence in (0, 1), default 0.95. One value gives lo = hi = mean (no spread to measure);
 * no values is a RangeError. Non-finite values make the interval NaN.
 *
 * Example: meanInterval([1, 2, 3, 4, 5]) → { mean: 3, lo: 1.0367…, hi: 4.9632… } (t_{0.975,4} = 2.776445)
 */
/** The last t quantiles asked for: a summary asks for the same one for every row of its table. */
const tCache = new Map<string, number>();
function tQuantile(p: number, df: number): number {
  const key = `${p}/${df}`;
  let t = tCache.get(key);
  if (t === undefined) {
    if (tCache.size > 64) tCache.clear();
    t = studentTQuantile(p, df);
    tCache.set(key, t);
  }
  return t;
}

export function meanInterval(values: ArrayLike<number>, confidence = 0.95): Interval {
  const n = values.length;
  if (n === 0) throw new RangeError('meanInterval: needs at least one value');
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`meanInterval: confidence must be in (0, 1), got ${confidence}`);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n === 1) return { mean, lo: mean, hi: mean };
  // Two passes: squared deviations from the mean, free of the cancellation in Σx² − n·mean².
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  const half = tQuantile((1 + confidence) / 2, n - 1) * Math.sqrt(squares / (n - 1) / n);
  return { mean, lo: mean - half, hi: mean + half };
}
