import { nextUniform, type AleaState } from './alea-state.ts';

/**
 * Ziggurat tables (G. Marsaglia and W. W. Tsang, "The Ziggurat Method for Generating Random
 * Variables", Journal of Statistical Software 5(8), 2000): 256 layers for the standard exponential,
 * 128 for the standard normal. Exact samplers: the fast path accepts a point inside a layer's
 * rectangle (about 98.9 % of exponential draws, 98.8 % of normal ones) and the slow paths below
 * handle the wedges and the tail. Each draw starts from one uniform u: the layer comes from its top
 * 8 bits (f = 256u, i = ⌊f⌋) and the position in the layer from the other 24 (r = f − i), so layer
 * and position never share bits (the flaw J. Doornik pointed out in the original code).
 * The kernel inlines the fast path: x = r·W[i], accepted when r < K[i]. Uniforms come from Alea
 * (alea-state.ts).
 */

/** Exponential: per layer, the accept fraction K and the width W (x = r · W). */
export const EXP_K = new Float64Array(256);
export const EXP_W = new Float64Array(256);
const EXP_F = new Float64Array(256);
const EXP_R = 7.697117470131487;

/** Normal (layer = i & 127, negative when i ≥ 128). */
export const NORM_K = new Float64Array(128);
export const NORM_W = new Float64Array(128);
const NORM_F = new Float64Array(128);
const NORM_R = 3.442619855899;

{
  const ve = 3.949659822581572e-3;
  let de = EXP_R;
  let te = de;
  const q = ve / Math.exp(-de);
  EXP_K[0] = de / q;
  EXP_K[1] = 0;
  EXP_W[0] = q;
  EXP_W[255] = de;
  EXP_F[0] = 1;
  EXP_F[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(ve / de + Math.exp(-de));
    EXP_K[i + 1] = de / te;
    te = de;
    EXP_F[i] = Math.exp(-de);
    EXP_W[i] = de;
  }
}
{
  const vn = 9.91256303526217e-3;
  let dn = NORM_R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  NORM_K[0] = dn / q;
  NORM_K[1] = 0;
  NORM_W[0] = q;
  NORM_W[127] = dn;
  NORM_F[0] = 1;
  NORM_F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    NORM_K[i + 1] = dn / tn;
    tn = dn;
    NORM_F[i] = Math.exp(-0.5 * dn * dn);
    NORM_W[i] = dn;
  }
}

/**
 * A standard exponential draw that missed the fast path in layer i at position r; further
 * uniforms come from `u`.
 */
export function exponentialSlow(u: AleaState, i: number, r: number): number {
  for (;;) {
    if (i === 0) return EXP_R - Math.log(1 - nextUniform(u));
    const x = r * EXP_W[i];
    if (EXP_F[i] + nextUniform(u) * (EXP_F[i - 1] - EXP_F[i]) < Math.exp(-x)) return x;
    const f = nextUniform(u) * 256;
    i = f | 0;
    r = f - i;
    if (r < EXP_K[i]) return r * EXP_W[i];
  }
}

/** A standard exponential draw (fast path, else exponentialSlow). */
export function standardExponential(u: AleaState): number {
  const f = nextUniform(u) * 256;
  const i = f | 0;
  const r = f - i;
  // The unary plus keeps the result a plain double: merged with a call's result as it is, V8 boxed
  // the fast path's value too, one heap allocation per draw.
  return r < EXP_K[i] ? r * EXP_W[i] : +exponentialSlow(u, i, r);
}

/** A standard normal draw that missed the fast path in layer `i` (0..255, sign in bit 7) at position r. */
export function normalSlow(u: AleaState, i: number, r: number): number {
  for (;;) {
    const layer = i & 127;
    const sign = i >= 128 ? -1 : 1;
    if (layer === 0) {
      // Marsaglia's tail method beyond NORM_R.
      let x: number, y: number;
      do {
        x = -Math.log(1 - nextUniform(u)) / NORM_R;
        y = -Math.log(1 - nextUniform(u));
      } while (y + y < x * x);
      return sign * (NORM_R + x);
    }
    const x = r * NORM_W[layer];
    if (NORM_F[layer] + nextUniform(u) * (NORM_F[layer - 1] - NORM_F[layer]) < Math.exp(-0.5 * x * x)) {
      return sign * x;
    }
    const f = nextUniform(u) * 256;
    i = f | 0;
    r = f - i;
    if (r < NORM_K[i & 127]) return (i >= 128 ? -1 : 1) * r * NORM_W[i & 127];
  }
}

/** A standard normal draw (fast path, else normalSlow). */
export function standardNormal(u: AleaState): number {
  const f = nextUniform(u) * 256;
  const i = f | 0;
  const r = f - i;
  const layer = i & 127;
  if (r < NORM_K[layer]) return i >= 128 ? -r * NORM_W[layer] : r * NORM_W[layer];
  return +normalSlow(u, i, r); // see standardExponential
}
