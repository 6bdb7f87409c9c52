import type { RandomStream } from './create-stream.ts';

/**
 * One draw from the normal distribution N(mean, sd²) by the Box–Muller transform.
 * Uses exactly two uniforms per draw and keeps no spare variate between calls, so draws depend
 * only on the stream passed in (no state shared across streams).
 * Example: sampleNormal(rng, 0, 1) // a standard normal deviate
 */
export function sampleNormal(rng: RandomStream, mean: number, sd: number): number {
  if (!Number.isFinite(mean)) throw new RangeError(`sampleNormal: mean must be finite, got ${mean}`);
  if (!(sd >= 0) || !Number.isFinite(sd)) {
    throw new RangeError(`sampleNormal: sd must be finite and >= 0, got ${sd}`);
  }
  const u1 = 1 - rng(); // (0, 1]: the logarithm stays finite
  const u2 = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
