import { describe, expect, it } from 'vitest';
import { busyHourTraffic } from '../../../src/core/ports/index.ts';

describe('busyHourTraffic(dailyMinutes, busyHourFactor)', () => {
  it('turns the busy hour share of a day’s port-minutes into erlangs (5,000 min × 12 % = 600 min = 10 E)', () => {
    expect(busyHourTraffic(5000, 0.12)).toBeCloseTo(10, 12);
    expect(busyHourTraffic(60, 1)).toBe(1);
    expect(busyHourTraffic(0, 0.1)).toBe(0);
  });

  it('rejects negative or non-finite minutes and a factor outside (0, 1], naming the function', () => {
    for (const [m, f] of [[-1, 0.1], [NaN, 0.1], [Infinity, 0.1], [100, 0], [100, 1.2], [100, NaN]] as const) {
      expect(() => busyHourTraffic(m, f)).toThrow(/busyHourTraffic/);
    }
  });
});
