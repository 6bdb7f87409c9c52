import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../src/core/stats/index.ts';
import { createStream, sampleNormal } from '../../../src/core/random/index.ts';

/** Half-width over the standard error s / √n: the t quantile the interval used. */
function tUsed(values: number[], confidence?: number): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const { hi, lo } = meanInterval(values, confidence);
  return (hi - lo) / 2 / (sd / Math.sqrt(n));
}

const spread = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7) % n) / n + (i % 3));

describe('meanInterval(values, confidence)', () => {
  it('is mean ± t · s / √n with the published t quantiles for 2, 10 and 30 replications', () => {
    // Two values 0 and 2: s / √n = 1, so the half-width is t_{0.975,1} itself.
    expect(meanInterval([0, 2])).toEqual({ mean: 1, lo: expect.closeTo(1 - 12.7062, 4), hi: expect.closeTo(1 + 12.7062, 4) });
    expect(tUsed(spread(10))).toBeCloseTo(2.26216, 5);
    expect(tUsed(spread(30))).toBeCloseTo(2.04523, 5);
    expect(tUsed(spread(10), 0.9)).toBeCloseTo(1.833113, 5);
  });

  it('gives the hand-computed interval of [1, 2, 3, 4, 5] (s = √2.5, t_{0.975,4} = 2.776445)', () => {
    const { mean, lo, hi } = meanInterval([1, 2, 3, 4, 5]);
    expect(mean).toBe(3);
    const half = 2.776445 * Math.sqrt(2.5 / 5);
    expect(lo).toBeCloseTo(3 - half, 5);
    expect(hi).toBeCloseTo(3 + half, 5);
  });

  it('covers the true mean of normal replications 95 % of the time (within 5 SE over 4,000 runs)', () => {
    const rng = createStream('mean-interval-coverage');
    const runs = 4000;
    let covered = 0;
    for (let r = 0; r < runs; r++) {
      const values = Float64Array.from({ length: 5 }, () => sampleNormal(rng, 10, 3));
      const { lo, hi } = meanInterval(values);
      if (lo <= 10 && 10 <= hi) covered++;
    }
    expect(Math.abs(covered / runs - 0.95)).toBeLessThan(5 * Math.sqrt((0.95 * 0.05) / runs));
  });

  it('gives lo = hi = mean for one value or identical values', () => {
    expect(meanInterval([4.2])).toEqual({ mean: 4.2, lo: 4.2, hi: 4.2 });
    expect(meanInterval(new Float64Array([7, 7, 7]))).toEqual({ mean: 7, lo: 7, hi: 7 });
  });

  it('keeps precision around a large common offset', () => {
    const { mean, lo, hi } = meanInterval([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(mean).toBe(1e9 + 2);
    expect(hi - mean).toBeCloseTo(4.302653 * (1 / Math.sqrt(3)), 5);
    expect(mean - lo).toBeCloseTo(hi - mean, 9);
  });

  it('rejects no values and a confidence outside (0, 1), naming the function', () => {
    expect(() => meanInterval([])).toThrow(RangeError);
    expect(() => meanInterval([])).toThrow(/meanInterval/);
    expect(() => meanInterval([1, 2], 1)).toThrow(/meanInterval/);
    expect(() => meanInterval([1, 2], 0)).toThrow(/meanInterval/);
  });
});
