/**
 * e^x for the kernel's lognormal holding times, about half the cost of Math.exp in V8 (7 ns against 13 ns measured here)
 * (which calls out of optimised code): x = (64k + m)·ln2/64 + r with |r| ≤ ln2/128, so
 * e^x = 2^k · 2^(m/64) · e^r, the two powers from tables and e^r from its degree-5 Taylor
 * polynomial (remainder under 4e-17). Relative error stays below 1e-13 (tests/unit/ports);
 * outside ±700, and for NaN, it defers to Math.exp.
 */
const STEPS = 64;
const INV_STEP = STEPS / Math.LN2;
// ln2/64 split so that j·STEP_HI is exact for |j| < 2^21 (Cody–Waite reduction).
const STEP = Math.LN2 / STEPS;
const STEP_HI = Math.round(STEP * 2 ** 32) / 2 ** 32;
const STEP_LO = STEP - STEP_HI;
const ROUNDER = 1.5 * 2 ** 52;
/** 2^(m/64), m = 0..63. */
const FRACTION = new Float64Array(STEPS);
for (let m = 0; m < STEPS; m++) FRACTION[m] = 2 ** (m / STEPS);
/** 2^k for k = −1024..1023, indexed k + 1024. */
const POW2_OFFSET = 1024;
const POW2 = new Float64Array(2048);
for (let k = -1024; k < 1024; k++) POW2[k + POW2_OFFSET] = 2 ** k;

export function fastExp(x: number): number {
  if (!(x > -700 && x < 700)) return Math.exp(x);
  // Adding and removing 1.5·2^52 rounds to the nearest integer without a call.
  const j = (x * INV_STEP + ROUNDER) - ROUNDER;
  const r = x - j * STEP_HI - j * STEP_LO;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  const ji = j | 0;
  return POW2[(ji >> 6) + POW2_OFFSET] * FRACTION[ji & 63] * p;
}
