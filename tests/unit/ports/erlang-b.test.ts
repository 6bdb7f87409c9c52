import { describe, expect, it } from 'vitest';
import { erlangB } from '../../../src/core/ports/index.ts';
import { exactErlangB, logSpaceErlangB } from './erlang-closed-form.ts';

const relErr = (x: number, truth: number) => Math.abs(x / truth - 1);

describe('erlangB(trafficErl, ports)', () => {
  it('gives the hand-checked values B(1,1) = 1/2, B(1,2) = 1/5, B(2,2) = 2/5', () => {
    // B(2,2) = (4/2) / (1 + 2 + 4/2) = 2/5; B(1,2) = (1/2) / (1 + 1 + 1/2) = 1/5
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(1, 2)).toBeCloseTo(0.2, 15);
    expect(erlangB(2, 2)).toBeCloseTo(0.4, 15);
  });

  it('gives B(10, 15) ≈ 0.03649…, equal to the exact closed-form sum', () => {
    const exact = exactErlangB(10, 1, 15);
    expect(exact).toBeGreaterThan(0.03649);
    expect(exact).toBeLessThan(0.0365);
    expect(relErr(erlangB(10, 15), exact)).toBeLessThan(1e-14);
  });

  it('agrees with the exact closed form over a grid of rational traffic and N ≤ 60', () => {
    for (const [num, den] of [[1, 10], [1, 2], [3, 1], [81, 10], [25, 1], [40, 1], [1234, 100]] as const) {
      for (const n of [1, 2, 5, 10, 17, 30, 45, 60]) {
        expect(relErr(erlangB(num / den, n), exactErlangB(num, den, n))).toBeLessThan(1e-13);
      }
    }
  });

  it('stays finite and accurate at A = N = 10,000 (≈ 0.0079366, the log-space closed form)', () => {
    const b = erlangB(10_000, 10_000);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
    expect(relErr(b, logSpaceErlangB(10_000, 10_000))).toBeLessThan(1e-9);
    expect(b).toBeCloseTo(0.0079366, 7);
    // The closed form evaluated with 40-digit arithmetic: 0.00793656324880567188229…
    expect(relErr(b, 0.0079365632488056718823)).toBeLessThan(1e-14);
    // Leading-order asymptote B(N, N) ≈ √(2 / (πN)) = 0.00798.
    expect(relErr(b, Math.sqrt(2 / (Math.PI * 10_000)))).toBeLessThan(0.01);
  });

  it('stays accurate far beyond 10,000, under and over load', () => {
    for (const [a, n] of [[100_000, 100_000], [50_000, 40_000], [30_000, 31_000], [9_500.5, 10_000]] as const) {
      expect(relErr(erlangB(a, n), logSpaceErlangB(a, n))).toBeLessThan(1e-8);
    }
  });

  it('rises with traffic and falls with ports over a grid', () => {
    const traffics = [0.01, 0.5, 1, 2, 5, 8.1, 10, 20, 50, 100, 250];
    for (let n = 1; n <= 120; n += 7) {
      for (let i = 1; i < traffics.length; i++) {
        expect(erlangB(traffics[i]!, n)).toBeGreaterThan(erlangB(traffics[i - 1]!, n));
      }
    }
    for (const a of traffics) {
      for (let n = 1; n <= 150; n++) expect(erlangB(a, n)).toBeLessThanOrEqual(erlangB(a, n - 1));
    }
  });

  it('gives 1 with no ports and 0 with no traffic, and underflows to 0 (not NaN) when blocking is below a double', () => {
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(7, 0)).toBe(1);
    expect(erlangB(0, 1)).toBe(0);
    expect(erlangB(0, 500)).toBe(0);
    expect(erlangB(1, 1000)).toBe(0);
  });

  it('rejects fractional or negative ports and negative, NaN or infinite traffic, naming the function', () => {
    for (const [a, n] of [[1, 1.5], [1, -1], [1, NaN], [-1, 3], [NaN, 3], [Infinity, 3]] as const) {
      expect(() => erlangB(a, n)).toThrow(RangeError);
      expect(() => erlangB(a, n)).toThrow(/erlangB/);
    }
  });
});
