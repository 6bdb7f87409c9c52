/**
 * The R-7 quantile of `scratch` (what quantileSorted gives on the sorted values) without sorting
 * them: the order statistic at ⌊(n − 1)p⌋ by selection, then the next one as the minimum of what
 * selection left above it. Linear time on average, where a sort is n log n: a summary that runs
 * several times a second over thousands of replications must not grow with their logarithm too.
 * Reorders `scratch`, which the caller refills. Equal to quantileSorted on the sorted copy, bit
 * for bit, since both read the same two order statistics.
 * Example: quantileSelect(Float64Array.of(5, 1, 4, 2, 3), 0.95) → 4.8
 */
export function quantileSelect(scratch: Float64Array, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSelect: p must be in [0, 1], got ${p}`);
  const n = scratch.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const frac = h - i;
  selectInPlace(scratch, i);
  const at = scratch[i]!;
  if (frac === 0) return at;
  let next = Infinity;
  for (let j = i + 1; j < n; j++) if (scratch[j]! < next) next = scratch[j]!;
  return at + frac * (next - at);
}

/**
 * Reorders `a` so that a[k] is its k-th smallest value, with nothing larger before k and nothing
 * smaller after it (Hoare's selection with a median-of-three pivot; equal values split evenly, so
 * the many equal counts of a summary, zeros above all, cost no more than distinct ones).
 */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
