import type { RandomStream } from './create-stream.ts';
import { sampleNormal } from './normal.ts';

/**
 * One draw from the lognormal distribution with the given mean and coefficient of variation
 * (sd / mean), the natural way to state call lengths ("4 minutes on average, cv 0.9").
 * With σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2, the result is exp(μ + σZ), Z standard normal.
 * A cv of 0 gives `mean` exactly. Uses two uniforms.
 * Example: sampleLognormal(rng, 240, 0.9) // a call length in seconds averaging 240
 */
export function sampleLognormal(rng: RandomStream, mean: number, cv: number): number {
  if (!(mean > 0) || !Number.isFinite(mean)) {
    throw new RangeError(`sampleLognormal: mean must be finite and > 0, got ${mean}`);
  }
  if (!(cv >= 0) || !Number.isFinite(cv)) {
    throw new RangeError(`sampleLognormal: cv must be finite and >= 0, got ${cv}`);
  }
  const sigma2 = Math.log1p(cv * cv);
  const mu = Math.log(mean) - sigma2 / 2;
  return Math.exp(sampleNormal(rng, mu, Math.sqrt(sigma2)));
}
