// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { centsToDecimal, parseDecimalCents, roundHalfUpCents } from '../../../src/core/money/index.ts';

describe('centsToDecimal(cents)', () => {
  it('writes two places without grouping, keeping the sign of amounts under a dollar', () => {
    expect(centsToDecimal(210000)).toBe('2100.00');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(-50)).toBe('-0.50');
    expect(centsToDecimal(-123456)).toBe('-1234.56');
  });
  it('rounds a fractional mean half away from zero to the cent', () => {
    expect(centsToDecimal(12.5)).toBe('0.13');
    expect(centsToDecimal(-12.5)).toBe('-0.13');
    expect(centsToDecimal(99.4)).toBe('0.99');
  });
  it('refuses NaN and infinities', () => {
    expect(() => centsToDecimal(NaN)).toThrow(/centsToDecimal/);
  });
});

describe('parseDecimalCents(text)', () => {
  it('reads prices with up to two places, a dollar sign and thousands separators', () => {
    expect(parseDecimalCents('25')).toBe(2500);
    expect(parseDecimalCents('25.5')).toBe(2550);
    expect(parseDecimalCents(' 25.05 ')).toBe(2505);
    expect(parseDecimalCents('$1,234.56')).toBe(123456);
  });
  it('refuses negatives, fractions of a cent, bad grouping and words', () => {
    for (const bad of ['-1', '1.005', '1,23', 'ten', '', '1.']) expect(parseDecimalCents(bad)).toBeNull();
  });
});

describe('roundHalfUpCents(cents)', () => {
  it('rounds half a cent up and keeps floating-point noise from rounding down', () => {
    expect(roundHalfUpCents(2100.5)).toBe(2101);
    expect(roundHalfUpCents(2100.49)).toBe(2100);
    // 14 × 1.15 cents / 7 is 2.3 on paper; in floating point 16.099999999999998 / 7.
    expect(roundHalfUpCents((14 * 1.15) / 7 + 0.2)).toBe(3);
    expect(roundHalfUpCents(0.35 * 10)).toBe(4);
    expect(roundHalfUpCents(-0.5)).toBe(-1);
  });
});
