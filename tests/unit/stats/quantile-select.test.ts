import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileSelect } from '../../../src/core/stats/quantile-select.ts';
import { quantileSorted } from '../../../src/core/stats/quantile.ts';

describe('quantileSelect(scratch, p)', () => {
  it('gives R-7 quantiles of unsorted values, checked by hand', () => {
    // Sorted 1..5: h = 4p; p = 0.95 → h = 3.8 → 4 + 0.8 × (5 − 4) = 4.8; p = 0.5 → the middle value.
    expect(quantileSelect(Float64Array.of(5, 1, 4, 2, 3), 0.95)).toBeCloseTo(4.8, 12);
    expect(quantileSelect(Float64Array.of(5, 1, 4, 2, 3), 0.5)).toBe(3);
    expect(quantileSelect(Float64Array.of(7), 0.95)).toBe(7);
    expect(quantileSelect(new Float64Array(0), 0.5)).toBeNaN();
    expect(() => quantileSelect(Float64Array.of(1), 1.5)).toThrow(/p must be in \[0, 1\]/);
  });

  it('equals quantileSorted on the sorted copy bit for bit, for any values, ties and p', () => {
    // Small integers make long runs of ties, as the blocked counts of a summary have (zeros above all).
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const sorted = Float64Array.from(values).sort();
        expect(Object.is(quantileSelect(Float64Array.from(values), p), quantileSorted(sorted, p))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves every value in the scratch array, only reordered', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 101);
    const scratch = values.slice();
    quantileSelect(scratch, 0.95);
    expect(Array.from(scratch).sort((a, b) => a - b)).toEqual(Array.from(values).sort((a, b) => a - b));
  });
});
