/**
 * Counts of `values` in bins of equal width [start, start + binWidth), laid on multiples of the
 * width so that bin edges are round: bin k covers [k·w, (k + 1)·w). Every bin from the one holding
 * the smallest value to the one holding the largest is listed, empty ones included (count 0).
 *
 * Default width: 1 when the values are whole numbers whose range is at most 40 (so each peak
 * concurrency gets its own bar), otherwise the smallest round width (1, 2 or 5 × a power of ten;
 * whole numbers never get less than 1) that keeps range / width ≤ 40. opts.binWidth overrides it
 * (finite, > 0). Non-finite values are a RangeError; more than 10⁶ bins too.
 *
 * No values → { starts: [], counts: [], binWidth } (the given width, or 1).
 *
 * Example: histogram([3, 5, 5, 7]) → { starts: [3, 4, 5, 6, 7], counts: [1, 0, 2, 0, 1], binWidth: 1 }
 */
export function histogram(
  values: ArrayLike<number>,
  opts: { binWidth?: number } = {},
): { starts: number[]; counts: number[]; binWidth: number } {
  const given = opts.binWidth;
  if (given !== undefined && !(given > 0 && Number.isFinite(given))) {
    throw new RangeError(`histogram: binWidth must be finite and > 0, got ${given}`);
  }
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`histogram: values must be finite, got ${v} at index ${i}`);
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && !Number.isInteger(v)) whole = false;
  }
  if (n === 0) return { starts: [], counts: [], binWidth: given ?? 1 };

  // The width as a ratio num / den with whole den, so that decimal widths such as 0.1 place
  // edges at k·num / den (exactly 0.3, not 3 × 0.1 = 0.30000000000000004).
  const [num, den] = given !== undefined ? asDecimalRatio(given) : roundWidth(max - min, whole);
  const index = (v: number) => {
    const x = (v * den) / num;
    const k = Math.round(x);
    // A value on an edge, stored in binary a hair below it (0.57 × 100 = 56.99999999999999), belongs above.
    return Math.abs(x - k) <= 1e-9 * Math.max(1, Math.abs(x)) ? k : Math.floor(x);
  };
  const first = index(min);
  const bins = index(max) - first + 1;
  if (bins > 1e6) throw new RangeError(`histogram: ${bins} bins of width ${num / den} is too many (at most 1,000,000)`);
  const counts: number[] = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) counts[index(values[i]!) - first]!++;
  const starts = counts.map((_, b) => ((first + b) * num) / den);
  return { starts, counts, binWidth: num / den };
}

/** The smallest 1, 2 or 5 × 10^e (as num / den) with range / width ≤ 40; at least 1 for whole numbers. */
function roundWidth(range: number, whole: boolean): [number, number] {
  const maxBins = 40;
  if (range === 0 || (whole && range <= maxBins)) return [1, 1];
  let e = Math.floor(Math.log10(range / maxBins));
  for (;;) {
    for (const m of [1, 2, 5]) {
      const [num, den] = e >= 0 ? [m * 10 ** e, 1] : [m, 10 ** -e];
      if ((range * den) / num <= maxBins * (1 + 1e-12) && (!whole || num >= den)) return [num, den];
    }
    e++;
  }
}

/** A width with at most 12 decimals as num / den (0.25 → 25 / 100); any other width as itself / 1. */
function asDecimalRatio(width: number): [number, number] {
  for (let d = 0, den = 1; d <= 12; d++, den *= 10) {
    const num = Math.round(width * den);
    if (num >= 1 && Math.abs(width * den - num) <= 1e-9 * num) return [num, den];
  }
  return [width, 1];
}
