/**
 * The p-quantile of `values` by the R-7 rule (Hyndman & Fan type 7, the default of R and NumPy):
 * on the sorted values x[0..n−1], h = (n − 1)·p and the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 * p = 0 is the minimum, p = 1 the maximum. The input is not modified (a sorted copy is used).
 *
 * p in [0, 1] (else a RangeError); no values → NaN. Values must not contain NaN.
 *
 * Example: quantile([1, 2, 3, 4], 0.25) = 1.75; quantile([3, 1, 2], 0.5) = 2
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  const n = values.length;
  if (n === 0) return NaN;
  return quantileSorted(Float64Array.from(values).sort(), p);
}

/**
 * quantile(values, p) of values already sorted ascending: several quantiles of one sample sort it
 * once. Same R-7 rule and the same answers.
 * Example: quantileSorted(Float64Array.of(1, 2, 3, 4), 0.25) = 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted: p must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const frac = h - i;
  // Without interpolation when h is whole, so that infinite values come back as themselves.
  if (frac === 0) return sorted[i]!;
  return sorted[i]! + frac * (sorted[i + 1]! - sorted[i]!);
}
