import type { Interval } from '../ports/types.ts';

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/**
 * A proportion with its Wilson score interval (95 %): unlike the t interval it stays inside [0, 1]
 * and is not a point when no replication (or every one) hit zero — 0 of 200 gives [0, 1.9 %].
 * Example: wilsonInterval(0, 200) → { mean: 0, lo: 0, hi: 0.01884… }; wilsonInterval(5, 10) → { mean: 0.5, lo: 0.2366…, hi: 0.7633… }
 */
export function wilsonInterval(successes: number, n: number): Interval {
  if (!(n > 0)) return { mean: NaN, lo: NaN, hi: NaN };
  if (!(successes >= 0 && successes <= n)) throw new RangeError(`wilsonInterval: need 0 ≤ successes ≤ n, got ${successes} of ${n}`);
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At 0 or n the bound is exactly 0 or 1; the formula leaves a trace of rounding there.
  return { mean: p, lo: successes === 0 ? 0 : Math.max(0, centre - half), hi: successes === n ? 1 : Math.min(1, centre + half) };
}
