import type { RandomStream } from './create-stream.ts';

/** Below this mean Knuth's product method is used; at and above it, PTRS. */
const PTRS_MIN_LAMBDA = 10;

/**
 * One draw from the Poisson distribution with mean `lambda` (a count).
 * Exact at every λ: Knuth's product-of-uniforms method for λ < 10 (expected λ + 1 uniforms),
 * Hörmann's PTRS transformed rejection with squeeze for λ ≥ 10 (about 2.3 uniforms per draw at
 * any λ; W. Hörmann, "The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12, 1993). A λ of 0 gives 0.
 * Example: samplePoisson(rng, 42.5) // calls arriving in an hour at 42.5 an hour
 */
export function samplePoisson(rng: RandomStream, lambda: number): number {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new RangeError(`samplePoisson: lambda must be finite and >= 0, got ${lambda}`);
  }
  if (lambda === 0) return 0;
  return lambda < PTRS_MIN_LAMBDA ? knuth(rng, lambda) : ptrs(rng, lambda);
}

function knuth(rng: RandomStream, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = rng();
  while (product > limit) {
    k++;
    product *= rng();
  }
  return k;
}

function ptrs(rng: RandomStream, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // v = 0 gives log(v) = -Infinity: accepted, as in the published algorithm.
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) {
      return k;
    }
  }
}

const STIRLING = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
];
const HALF_LOG_2PI = 0.9189385332046727;

/** ln Γ(x) for x ≥ 1 by the Stirling series, shifted up to x ≥ 7 where it is accurate to ~1e-15. */
function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + shift;
  const inv2 = 1 / (x0 * x0);
  let series = STIRLING[9]!;
  for (let i = 8; i >= 0; i--) series = series * inv2 + STIRLING[i]!;
  let result = series / x0 + HALF_LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let i = 0; i < shift; i++) {
    x0 -= 1;
    result -= Math.log(x0);
  }
  return result;
}
