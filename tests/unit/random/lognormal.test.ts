import { describe, expect, it } from 'vitest';
import { createStream, sampleLognormal } from '../../../src/core/random/index.ts';
import { moments, N, take, varianceSE, Z } from './moments.ts';

/** Closed-form moments of the lognormal with the given mean and cv. */
function lognormalTruth(mean: number, cv: number) {
  const s2 = Math.log1p(cv * cv);
  const variance = (mean * cv) ** 2;
  // Excess kurtosis e^{4s²} + 2e^{3s²} + 3e^{2s²} − 6, so μ4 = (kurtosis + 3)·variance².
  const excess = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 6;
  return { s2, mu: Math.log(mean) - s2 / 2, variance, fourth: (excess + 3) * variance * variance };
}

describe('sampleLognormal(rng, mean, cv)', () => {
  it('gives the same draws for the same seed', () => {
    const a = createStream('logn');
    const b = createStream('logn');
    expect(take(() => sampleLognormal(a, 240, 0.9), 50)).toEqual(take(() => sampleLognormal(b, 240, 0.9), 50));
  });

  it.each([
    [240, 0.5],
    [240, 0.9],
  ])('recovers mean %d and cv %d within 5 SE (200k draws)', (m, cv) => {
    const truth = lognormalTruth(m, cv);
    const rng = createStream(`logn-${m}-${cv}`);
    const { mean, variance } = moments(N, () => sampleLognormal(rng, m, cv));
    const meanTol = (Z * m * cv) / Math.sqrt(N);
    const varTol = Z * varianceSE(truth.variance, truth.fourth, N);
    expect(Math.abs(mean - m)).toBeLessThan(meanTol);
    expect(Math.abs(variance - truth.variance)).toBeLessThan(varTol);
    // cv = sd / mean: by the delta method its error is at most half the variance's relative error
    // plus the mean's relative error.
    const cvTol = cv * (0.5 * (varTol / truth.variance) + meanTol / m);
    expect(Math.abs(Math.sqrt(variance) / mean - cv)).toBeLessThan(cvTol);
  });

  it('is exp of a normal with σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2 (log moments within 5 SE)', () => {
    const truth = lognormalTruth(300, 1.2);
    const rng = createStream('logn-log');
    const { mean, variance } = moments(N, () => Math.log(sampleLognormal(rng, 300, 1.2)));
    expect(Math.abs(mean - truth.mu)).toBeLessThan(Z * Math.sqrt(truth.s2 / N));
    expect(Math.abs(variance - truth.s2)).toBeLessThan(Z * truth.s2 * Math.sqrt(2 / N));
  });

  it('returns the mean exactly for cv 0 and is always positive', () => {
    expect(sampleLognormal(createStream('x'), 42, 0)).toBeCloseTo(42, 12);
    const rng = createStream('positive');
    for (let i = 0; i < 10_000; i++) expect(sampleLognormal(rng, 1, 3)).toBeGreaterThan(0);
  });

  it('rejects a mean <= 0 or a negative cv, naming the function', () => {
    expect(() => sampleLognormal(createStream('x'), 0, 1)).toThrow(/sampleLognormal/);
    expect(() => sampleLognormal(createStream('x'), 10, -0.1)).toThrow(/sampleLognormal/);
    expect(() => sampleLognormal(createStream('x'), Number.NaN, 1)).toThrow(/sampleLognormal/);
  });
});
