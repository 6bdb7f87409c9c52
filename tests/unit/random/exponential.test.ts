import { describe, expect, it } from 'vitest';
import { createStream, sampleExponential } from '../../../src/core/random/index.ts';
import { moments, N, take, varianceSE, Z } from './moments.ts';

describe('sampleExponential(rng, mean)', () => {
  it('gives the same draws for the same seed', () => {
    const a = createStream('exp');
    const b = createStream('exp');
    expect(take(() => sampleExponential(a, 3), 50)).toEqual(take(() => sampleExponential(b, 3), 50));
  });

  it('has mean m and variance m² within 5 SE (200k draws)', () => {
    const m = 180;
    const rng = createStream('exp-moments');
    const { mean, variance } = moments(N, () => sampleExponential(rng, m));
    // Exponential: variance m², fourth central moment 9m⁴.
    expect(Math.abs(mean - m)).toBeLessThan((Z * m) / Math.sqrt(N));
    expect(Math.abs(variance - m * m)).toBeLessThan(Z * varianceSE(m * m, 9 * m ** 4, N));
  });

  it('exceeds its mean with probability e⁻¹ within 5 SE', () => {
    const rng = createStream('exp-tail');
    let above = 0;
    for (let i = 0; i < N; i++) if (sampleExponential(rng, 2) > 2) above++;
    const p = Math.exp(-1);
    expect(Math.abs(above / N - p)).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / N));
  });

  it('never returns a negative or infinite value, even for u close to 1', () => {
    const nearOne = () => 1 - 2 ** -32;
    expect(Number.isFinite(sampleExponential(nearOne, 1))).toBe(true);
    expect(sampleExponential(() => 0, 1)).toBe(0);
  });

  it('returns 0 for a mean of 0 and rejects a negative or non-finite mean, naming the function', () => {
    expect(sampleExponential(createStream('x'), 0)).toBe(0);
    expect(() => sampleExponential(createStream('x'), -1)).toThrow(/sampleExponential/);
    expect(() => sampleExponential(createStream('x'), Number.NaN)).toThrow(/sampleExponential/);
    expect(() => sampleExponential(createStream('x'), Infinity)).toThrow(/sampleExponential/);
  });
});
