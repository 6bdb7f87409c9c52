import type { AleaState } from './alea-state.ts';
import { HOLD_CONSTANT, HOLD_EMPIRICAL, HOLD_EXPONENTIAL, HOLD_LOGNORMAL, type CompiledTraffic } from './compile-traffic.ts';
import { fastExp } from './fast-exp.ts';
import { EXP_K, EXP_W, NORM_K, NORM_W, exponentialSlow, normalSlow } from './ziggurat.ts';

/**
 * Holding times (seconds) of stream s for the arrivals in [from, to) whose stream is s
 * (`streamOf[j] === s`; every arrival when `streamOf` is null), drawn in index order from `st`:
 * exponential and normal from the ziggurat (fast path inlined), lognormal as exp(μ + σZ) with
 * fastExp, empirical as an observed time picked uniformly, constant without a draw.
 * One loop per distribution, on purpose: a loop that chooses the distribution per call runs two to
 * three times slower in V8 (measured in scripts/bench-ports-kernel.ts), because the generator's
 * state then merges across branches instead of flowing straight through the loop.
 * Alea is stepped inline (alea-state.ts) with its state in locals; slow paths step it through `st`.
 * Example: stream 0 constant 90 s, streamOf null, [0, 3) → hold[0..2] = 90, no number drawn.
 */
export function fillHolding(
  traffic: CompiledTraffic,
  s: number,
  hold: Float64Array,
  streamOf: Uint8Array | null,
  from: number,
  to: number,
  st: AleaState,
): void {
  const a = traffic.holdA[s];
  switch (traffic.holdCode[s]) {
    case HOLD_EXPONENTIAL:
      fillExponential(hold, streamOf, s, from, to, st, a);
      break;
    case HOLD_LOGNORMAL:
      fillLognormal(hold, streamOf, s, from, to, st, a, traffic.holdB[s]);
      break;
    case HOLD_EMPIRICAL:
      fillEmpirical(hold, streamOf, s, from, to, st, traffic.samples[s]);
      break;
    case HOLD_CONSTANT:
    default:
      for (let j = from; j < to; j++) if (streamOf === null || streamOf[j] === s) hold[j] = a;
  }
}

function fillExponential(hold: Float64Array, streamOf: Uint8Array | null, s: number, from: number, to: number, st: AleaState, mean: number): void {
  const EK = EXP_K;
  const EW = EXP_W;
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  for (let j = from; j < to; j++) {
    if (streamOf !== null && streamOf[j] !== s) continue;
    const x = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = x | 0;
    s2 = x - c;
    const f = s2 * 256;
    const i = f | 0;
    const r = f - i;
    if (r < EK[i]) {
      hold[j] = r * EW[i] * mean;
    } else {
      st[0] = s0; st[1] = s1; st[2] = s2; st[3] = c;
      hold[j] = exponentialSlow(st, i, r) * mean;
      s0 = st[0]; s1 = st[1]; s2 = st[2]; c = st[3];
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
}

function fillLognormal(
  hold: Float64Array,
  streamOf: Uint8Array | null,
  s: number,
  from: number,
  to: number,
  st: AleaState,
  mu: number,
  sigma: number,
): void {
  const NK = NORM_K;
  const NW = NORM_W;
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  for (let j = from; j < to; j++) {
    if (streamOf !== null && streamOf[j] !== s) continue;
    const x = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = x | 0;
    s2 = x - c;
    const f = s2 * 256;
    const i = f | 0;
    const r = f - i;
    const layer = i & 127;
    let z: number;
    if (r < NK[layer]) {
      // The sign from bit 7 without a branch: it is a coin flip, so a branch would mispredict half the time.
      z = (1 - 2 * (i >> 7)) * r * NW[layer];
    } else {
      st[0] = s0; st[1] = s1; st[2] = s2; st[3] = c;
      z = normalSlow(st, i, r);
      s0 = st[0]; s1 = st[1]; s2 = st[2]; c = st[3];
    }
    hold[j] = fastExp(mu + sigma * z);
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
}

function fillEmpirical(hold: Float64Array, streamOf: Uint8Array | null, s: number, from: number, to: number, st: AleaState, samples: Float64Array): void {
  const k = samples.length;
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  for (let j = from; j < to; j++) {
    if (streamOf !== null && streamOf[j] !== s) continue;
    const x = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = x | 0;
    s2 = x - c;
    hold[j] = samples[Math.floor(s2 * k)];
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
}
