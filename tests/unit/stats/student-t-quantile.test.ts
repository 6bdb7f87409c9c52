import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../../src/core/stats/index.ts';

/**
 * P(T ≤ t) for whole df from the finite trigonometric sums of Abramowitz & Stegun 26.7.3–26.7.4
 * (θ = atan(t / √df)): an algorithm unrelated to the incomplete beta function under test.
 */
function tCdf(t: number, df: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const s = Math.sin(theta);
  const c2 = Math.cos(theta) ** 2;
  let twoSided: number;
  if (df % 2 === 1) {
    let term = Math.cos(theta);
    let sum = df > 1 ? term : 0;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= (c2 * (k - 1)) / k;
      sum += term;
    }
    twoSided = (2 / Math.PI) * (theta + s * sum);
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= df - 2; k += 2) {
      term *= (c2 * (k - 1)) / k;
      sum += term;
    }
    twoSided = s * sum;
  }
  return t >= 0 ? 0.5 + twoSided / 2 : 0.5 - twoSided / 2;
}

describe('studentTQuantile(p, df)', () => {
  it('gives the published two-sided 95 % critical values', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.26216, 5);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.04523, 5);
    expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.97993, 5);
  });

  it('tends to the normal 1.95996 as df grows', () => {
    for (const df of [1e7, 1e12, Infinity]) expect(studentTQuantile(0.975, df)).toBeCloseTo(1.959964, 6);
    // At df = 10⁵ the first Cornish–Fisher term (z³ + z) / (4 df) ≈ 2.4e-5 still shows.
    expect(studentTQuantile(0.975, 1e5) - 1.959964).toBeCloseTo(2.37e-5, 6);
  });

  it('gives the published one-sided values at other levels', () => {
    const table: [number, number, number][] = [
      [0.95, 10, 1.812461], [0.99, 20, 2.527977], [0.995, 4, 4.604095], [0.9995, 5, 6.868827], [0.975, 3, 3.182446],
    ];
    for (const [p, df, t] of table) expect(studentTQuantile(p, df)).toBeCloseTo(t, 5);
  });

  it('matches the closed forms for df = 1 (Cauchy) and df = 2', () => {
    for (const p of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 10);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it('keeps full relative precision far into the lower tail for df = 1 and 2', () => {
    // Lower-tail CDFs written without cancellation: Cauchy atan(1/|t|)/π; df 2: 1 / (√(2+t²)(√(2+t²) + |t|)).
    for (const p of [1e-300, 1e-12, 1e-6, 0.001]) {
      const t1 = Math.abs(studentTQuantile(p, 1));
      expect(Math.abs(Math.atan(1 / t1) / Math.PI / p - 1)).toBeLessThan(1e-12);
      const t2 = Math.abs(studentTQuantile(p, 2));
      const r = Math.sqrt(2 + t2 * t2);
      if (Number.isFinite(r)) expect(Math.abs(1 / (r * (r + t2)) / p - 1)).toBeLessThan(1e-12);
    }
  });

  it('inverts the CDF computed from the A&S finite sums to 1e-12 for df 3 to 60', () => {
    for (let df = 3; df <= 60; df++) {
      for (const p of [0.001, 0.025, 0.1, 0.4, 0.6, 0.9, 0.975, 0.999]) {
        expect(Math.abs(tCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-12);
      }
    }
  });

  it('is odd about p = 1/2 and rises with p', () => {
    for (const df of [1, 3, 7.5, 30, 1000]) {
      expect(studentTQuantile(0.5, df)).toBe(0);
      expect(studentTQuantile(0.1, df)).toBeCloseTo(-studentTQuantile(0.9, df), 12);
      let prev = -Infinity;
      for (let p = 0.01; p < 1; p += 0.01) {
        const t = studentTQuantile(p, df);
        expect(t).toBeGreaterThan(prev);
        prev = t;
      }
    }
  });

  it('rejects p outside (0, 1) and df ≤ 0, naming the function', () => {
    for (const [p, df] of [[0, 5], [1, 5], [NaN, 5], [0.5, 0], [0.5, -1], [0.5, NaN]] as const) {
      expect(() => studentTQuantile(p, df)).toThrow(/studentTQuantile/);
    }
  });
});
