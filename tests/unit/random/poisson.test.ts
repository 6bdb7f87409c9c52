import { describe, expect, it } from 'vitest';
import { createStream, samplePoisson } from '../../../src/core/random/index.ts';
import { moments, N, take, varianceSE, Z } from './moments.ts';

/** Poisson pmf by recurrence, exact enough for the bins tested. */
function poissonPmf(lambda: number, kMax: number): number[] {
  const p = [Math.exp(-lambda)];
  for (let k = 1; k <= kMax; k++) p.push((p[k - 1]! * lambda) / k);
  return p;
}

describe('samplePoisson(rng, lambda)', () => {
  it('gives the same draws for the same seed', () => {
    const a = createStream('poisson');
    const b = createStream('poisson');
    expect(take(() => samplePoisson(a, 800), 50)).toEqual(take(() => samplePoisson(b, 800), 50));
  });

  // Poisson: variance λ, fourth central moment λ(1 + 3λ).
  it.each([
    [3, 'Knuth'],
    [10, 'PTRS at its threshold'],
    [800, 'PTRS'],
  ])('has mean = variance = %d within 5 SE (200k draws, %s)', (lambda) => {
    const rng = createStream(`poisson-${lambda}`);
    const { mean, variance } = moments(N, () => samplePoisson(rng, lambda));
    expect(Math.abs(mean - lambda)).toBeLessThan(Z * Math.sqrt(lambda / N));
    expect(Math.abs(variance - lambda)).toBeLessThan(Z * varianceSE(lambda, lambda * (1 + 3 * lambda), N));
  });

  it.each([3, 25])('matches the pmf bin by bin within 5 SE at λ = %d', (lambda) => {
    const rng = createStream(`poisson-pmf-${lambda}`);
    const kMax = Math.ceil(lambda + 4 * Math.sqrt(lambda));
    const counts = new Array<number>(kMax + 1).fill(0);
    for (let i = 0; i < N; i++) {
      const k = samplePoisson(rng, lambda);
      if (k <= kMax) counts[k]!++;
    }
    poissonPmf(lambda, kMax).forEach((p, k) => {
      expect(Math.abs(counts[k]! / N - p)).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / N) + 1e-12);
    });
  });

  it('returns non-negative integers, and 0 for λ = 0', () => {
    expect(samplePoisson(createStream('x'), 0)).toBe(0);
    const rng = createStream('ints');
    for (const lambda of [0.01, 2, 9.99, 10, 57.3, 5000]) {
      for (let i = 0; i < 1000; i++) {
        const k = samplePoisson(rng, lambda);
        expect(Number.isInteger(k) && k >= 0).toBe(true);
      }
    }
  });

  it('rejects a negative or non-finite λ, naming the function', () => {
    expect(() => samplePoisson(createStream('x'), -1)).toThrow(/samplePoisson/);
    expect(() => samplePoisson(createStream('x'), Number.NaN)).toThrow(/samplePoisson/);
    expect(() => samplePoisson(createStream('x'), Infinity)).toThrow(/samplePoisson/);
  });
});
