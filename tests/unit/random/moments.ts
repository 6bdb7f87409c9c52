import type { RandomStream } from '../../../src/core/random/index.ts';

/** Sample mean and unbiased variance of `n` draws of `draw`, in one pass (Welford). */
export function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const delta = x - mean;
    mean += delta / i;
    m2 += delta * (x - mean);
  }
  return { mean, variance: m2 / (n - 1) };
}

/** Standard error of the sample variance of n draws, from the distribution's variance and 4th central moment. */
export function varianceSE(variance: number, fourthCentral: number, n: number): number {
  return Math.sqrt((fourthCentral - variance * variance) / n);
}

/** The first `n` values of a stream. */
export function take(rng: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}

/** Draws per moment check; 5 standard errors make a false failure a ~1-in-3.5-million event. */
export const N = 200_000;
export const Z = 5;
