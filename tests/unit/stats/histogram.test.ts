import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/core/stats/index.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('histogram(values, opts)', () => {
  it('gives whole-number peaks one bar each, empty bars included, when their range is at most 40', () => {
    expect(histogram([3, 5, 5, 7])).toEqual({ starts: [3, 4, 5, 6, 7], counts: [1, 0, 2, 0, 1], binWidth: 1 });
    const wide = histogram(Int32Array.from({ length: 41 }, (_, i) => 10 + i));
    expect(wide.binWidth).toBe(1);
    expect(wide.counts).toHaveLength(41);
  });

  it('picks the smallest round width (1, 2 or 5 × 10^k) keeping range / width ≤ 40 otherwise', () => {
    expect(histogram([0, 41]).binWidth).toBe(2);
    expect(histogram([0, 100]).binWidth).toBe(5);
    expect(histogram([0, 350]).binWidth).toBe(10);
    expect(histogram([12, 9000]).binWidth).toBe(500); // 200 would give 44.9 bins
    expect(histogram([0.1, 0.5]).binWidth).toBe(0.01);
    expect(histogram([2.5, 3]).binWidth).toBeCloseTo(0.02, 15);
  });

  it('puts each value in the bin [start, start + width) with round starts, counting every value once', () => {
    const values = [0, 3, 17, 99, 100, 149, 150, 151, 299, 300];
    const h = histogram(values);
    expect(h.binWidth).toBe(10);
    expect(h.starts[0]).toBe(0);
    expect(sum(h.counts)).toBe(values.length);
    for (const v of values) {
      const b = h.starts.findIndex((s) => s <= v && v < s + h.binWidth);
      expect(b).toBeGreaterThanOrEqual(0);
    }
    expect(h.counts[h.starts.indexOf(150)]).toBe(2); // 150 and 151; 149 belongs to [140, 150)
  });

  it('places decimal values that sit on an edge in the bin that starts there', () => {
    const h = histogram([0.3, 0.57, 0.1], { binWidth: 0.01 });
    expect(h.starts[0]).toBe(0.1);
    expect(h.counts[h.starts.findIndex((s) => Math.abs(s - 0.57) < 1e-12)]).toBe(1);
    expect(h.counts[h.starts.findIndex((s) => Math.abs(s - 0.3) < 1e-12)]).toBe(1);
    expect(h.starts).toContain(0.3);
    // A decimal width gives decimal starts, not multiples accumulated in binary (3 × 0.1 ≠ 0.3).
    expect(histogram([0.1, 0.35, 0.7], { binWidth: 0.1 }).starts).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('honours a given bin width, aligning bins on its multiples (negative values too)', () => {
    expect(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { binWidth: 5 })).toEqual({
      starts: [0, 5, 10], counts: [4, 5, 2], binWidth: 5,
    });
    expect(histogram([-3, -1, 2], { binWidth: 2 })).toEqual({ starts: [-4, -2, 0, 2], counts: [1, 1, 0, 1], binWidth: 2 });
  });

  it('gives no bins for no values', () => {
    expect(histogram([])).toEqual({ starts: [], counts: [], binWidth: 1 });
    expect(histogram([], { binWidth: 3 })).toEqual({ starts: [], counts: [], binWidth: 3 });
  });

  it('rejects non-finite values, a bad width and a million-plus bins, naming the function', () => {
    expect(() => histogram([1, NaN])).toThrow(/histogram/);
    expect(() => histogram([1, Infinity])).toThrow(/histogram/);
    expect(() => histogram([1, 2], { binWidth: 0 })).toThrow(/histogram/);
    expect(() => histogram([1, 2], { binWidth: -1 })).toThrow(/histogram/);
    expect(() => histogram([0, 1e7], { binWidth: 1 })).toThrow(/histogram/);
  });
});
