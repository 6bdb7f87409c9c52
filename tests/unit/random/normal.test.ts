import { describe, expect, it } from 'vitest';
import { createStream, sampleNormal } from '../../../src/core/random/index.ts';
import { moments, N, take, varianceSE, Z } from './moments.ts';

describe('sampleNormal(rng, mean, sd)', () => {
  it('gives the same draws for the same seed', () => {
    const a = createStream('normal');
    const b = createStream('normal');
    expect(take(() => sampleNormal(a, 0, 1), 50)).toEqual(take(() => sampleNormal(b, 0, 1), 50));
  });

  it('uses exactly two uniforms a draw and keeps no spare between calls', () => {
    let calls = 0;
    const base = createStream('count');
    const counting = () => {
      calls++;
      return base();
    };
    for (let i = 0; i < 101; i++) sampleNormal(counting, 0, 1);
    expect(calls).toBe(202);
    // A draw depends only on the stream it is given: the same stream state gives the same value.
    expect(sampleNormal(createStream('s'), 0, 1)).toBe(sampleNormal(createStream('s'), 0, 1));
  });

  it('has mean μ and variance σ² within 5 SE (200k draws)', () => {
    const mu = 10;
    const sd = 3;
    const rng = createStream('normal-moments');
    const { mean, variance } = moments(N, () => sampleNormal(rng, mu, sd));
    // Normal: fourth central moment 3σ⁴.
    expect(Math.abs(mean - mu)).toBeLessThan((Z * sd) / Math.sqrt(N));
    expect(Math.abs(variance - sd * sd)).toBeLessThan(Z * varianceSE(sd * sd, 3 * sd ** 4, N));
  });

  it('falls outside ±1.96σ with probability 0.05 within 5 SE', () => {
    const rng = createStream('normal-tail');
    let outside = 0;
    for (let i = 0; i < N; i++) if (Math.abs(sampleNormal(rng, 0, 1)) > 1.959963984540054) outside++;
    expect(Math.abs(outside / N - 0.05)).toBeLessThan(Z * Math.sqrt((0.05 * 0.95) / N));
  });

  it('returns the mean for sd 0 and stays finite when the first uniform is 0', () => {
    expect(sampleNormal(createStream('x'), 7, 0)).toBe(7);
    expect(Number.isFinite(sampleNormal(() => 0, 0, 1))).toBe(true);
  });

  it('rejects a negative or non-finite sd and a non-finite mean, naming the function', () => {
    expect(() => sampleNormal(createStream('x'), 0, -1)).toThrow(/sampleNormal/);
    expect(() => sampleNormal(createStream('x'), Number.NaN, 1)).toThrow(/sampleNormal/);
    expect(() => sampleNormal(createStream('x'), 0, Infinity)).toThrow(/sampleNormal/);
  });
});
