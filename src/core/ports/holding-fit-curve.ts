import { quantile } from '../stats/quantile.ts';
import type { HoldingModel } from './types.ts';

/**
 * Observed holding times against a fitted model, binned for a chart: `bins` equal bins from 0 to
 * the samples' 99th percentile (R-7), so a long tail does not squash the picture. observed[b] is
 * the share of all samples in [edgesSec[b], edgesSec[b + 1]) (the last bin includes its right edge),
 * fitted[b] the probability the model puts there; both rows sum to about 0.99, the rest lying beyond
 * the last edge. Zero durations count in the first observed bin; a lognormal fit leaves them out
 * (see fitTrafficModel), so the first bins can differ by their share.
 * Example: holdingFitCurve(Float64Array.of(30, 60, 90, 120), { kind: 'exponential', meanSec: 75 }, 4)
 *   → edgesSec [0, 29.775, 59.55, 89.325, 119.1] (p99 = 119.1), observed [0, 0.25, 0.25, 0.25] (120 lies beyond),
 *     fitted [0.328, 0.220, 0.148, 0.100]
 */
export function holdingFitCurve(
  samplesSec: ArrayLike<number>,
  fit: HoldingModel,
  bins: number,
): { edgesSec: number[]; observed: number[]; fitted: number[] } {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`holdingFitCurve: bins must be a whole number ≥ 1, got ${bins}`);
  const n = samplesSec.length;
  let top = n > 0 ? quantile(samplesSec, 0.99) : 0;
  if (!(top > 0)) top = fit.meanSec > 0 ? 3 * fit.meanSec : 1;
  const width = top / bins;
  const edgesSec = Array.from({ length: bins + 1 }, (_, b) => (b === bins ? top : b * width));

  const observed = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const x = samplesSec[i];
    if (!(x >= 0) || x > top) continue;
    observed[Math.min(bins - 1, Math.floor(x / width))] += 1 / n;
  }

  const cdf = cdfOf(fit);
  const fitted = Array.from({ length: bins }, (_, b) => {
    const hi = b === bins - 1 ? cdf(top, true) : cdf(edgesSec[b + 1], false);
    return Math.max(0, hi - cdf(edgesSec[b], false));
  });
  return { edgesSec, observed, fitted };
}

/** P(X < x), or P(X ≤ x) with `inclusive`, for the holding model. */
function cdfOf(fit: HoldingModel): (x: number, inclusive: boolean) => number {
  switch (fit.kind) {
    case 'exponential':
      return (x) => (fit.meanSec > 0 ? -Math.expm1(-x / fit.meanSec) : x >= 0 ? 1 : 0);
    case 'constant':
      return (x, inclusive) => (inclusive ? (fit.meanSec <= x ? 1 : 0) : fit.meanSec < x ? 1 : 0);
    case 'lognormal': {
      const sigma2 = Math.log1p(fit.cv * fit.cv);
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(fit.meanSec) - sigma2 / 2;
      return (x, inclusive) => {
        if (x <= 0) return 0;
        if (sigma === 0) return inclusive ? (fit.meanSec <= x ? 1 : 0) : fit.meanSec < x ? 1 : 0;
        return normalCdf((Math.log(x) - mu) / sigma);
      };
    }
    case 'empirical': {
      const sorted = Float64Array.from(fit.samplesSec).sort();
      const m = sorted.length;
      return (x, inclusive) => (m > 0 ? countBelow(sorted, x, inclusive) / m : 0);
    }
  }
}

/** Number of sorted values < x (or ≤ x). */
function countBelow(sorted: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (inclusive && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Φ(z) through erfc (Abramowitz & Stegun 7.1.26, absolute error below 1.5e-7: plenty for a chart). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
