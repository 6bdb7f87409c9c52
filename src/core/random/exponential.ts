import type { RandomStream } from './create-stream.ts';

/**
 * One draw from the exponential distribution with the given mean (same unit as the result),
 * by inversion. Uses exactly one uniform. A mean of 0 gives 0.
 * Example: sampleExponential(rng, 180) // a holding time in seconds averaging 180
 */
export function sampleExponential(rng: RandomStream, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`sampleExponential: mean must be finite and >= 0, got ${mean}`);
  }
  // u < 1 keeps the logarithm finite; log1p keeps small u accurate and u = 0 gives +0, not -0.
  return -Math.log1p(-rng()) * mean;
}
