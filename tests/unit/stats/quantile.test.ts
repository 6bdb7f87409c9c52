import { describe, expect, it } from 'vitest';
import { quantile } from '../../../src/core/stats/index.ts';

describe('quantile(values, p)', () => {
  it('uses the R-7 method: h = (n − 1)p, interpolating between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75); // h = 0.75 → 1 + 0.75 · (2 − 1)
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 12); // h = 3.6 → 40 + 0.6 · 10
    expect(quantile([1, 3, 7, 15], 0.4)).toBeCloseTo(3.8, 12); // h = 1.2 → 3 + 0.2 · 4
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('gives the minimum at p = 0, the maximum at p = 1, the middle value as median of an odd count', () => {
    const v = [5, -2, 9, 0, 3];
    expect(quantile(v, 0)).toBe(-2);
    expect(quantile(v, 1)).toBe(9);
    expect(quantile(v, 0.5)).toBe(3);
    expect(quantile([42], 0.3)).toBe(42);
  });

  it('sorts a copy numerically and leaves the input alone', () => {
    const v = new Float64Array([10, 9, 100, 1]);
    expect(quantile(v, 1 / 3)).toBe(9);
    expect(Array.from(v)).toEqual([10, 9, 100, 1]);
  });

  it('returns infinite values at whole positions rather than NaN', () => {
    expect(quantile([1, 2, Infinity], 1)).toBe(Infinity);
    expect(quantile([-Infinity, 2, 3], 0)).toBe(-Infinity);
  });

  it('gives NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('rejects p outside [0, 1], naming the function', () => {
    for (const p of [-0.1, 1.1, NaN]) expect(() => quantile([1, 2], p)).toThrow(/quantile/);
  });
});
