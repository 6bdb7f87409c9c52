import { ACTIVITY_KINDS } from '../ingest/types.ts';
import type { HoldingModel, TrafficModel, WhatIf } from './types.ts';
import type { AleaState } from './alea-state.ts';
import { fastExp } from './fast-exp.ts';
import { standardExponential, standardNormal } from './ziggurat.ts';

export const HOLD_EXPONENTIAL = 0;
export const HOLD_LOGNORMAL = 1;
export const HOLD_CONSTANT = 2;
export const HOLD_EMPIRICAL = 3;

/**
 * A traffic model with the what-if knobs folded in, laid out for the kernel: per hour of the week
 * the total arrival rate per second, and per stream its share of that hour's rate and its holding
 * parameters as numbers (lognormal as μ, σ of the log).
 */
export interface CompiledTraffic {
  streamCount: number;
  /** Per hour of the week: arrivals per second summed over the streams, growth and multipliers applied. */
  ratePerSec: Float64Array;
  /** Per hour of the week × stream: cumulative share of that hour's rate (row-major by hour). */
  cumShare: Float64Array;
  /** Per stream: HOLD_* code. */
  holdCode: Int32Array;
  /** Per stream: mean seconds (exponential, constant), μ (lognormal). */
  holdA: Float64Array;
  /** Per stream: σ (lognormal). */
  holdB: Float64Array;
  /** Per stream: observed holding times (empirical), else an empty array. */
  samples: Float64Array[];
  /** Per stream: the multiplier growth × per-kind multiplier applied to its arrivals. */
  factor: Float64Array;
  /** ACTIVITY_KINDS code → stream index, −1 where no stream has that kind. */
  streamOfKind: Int32Array;
}

const EMPTY = new Float64Array(0);

/** Folds `whatIf` into `model` for the kernel; throws a RangeError naming the bad knob. */
export function compileTraffic(model: TrafficModel, whatIf: WhatIf, caller: string): CompiledTraffic {
  const growth = 1 + whatIf.growthPct / 100;
  if (!(growth >= 0) || !Number.isFinite(growth)) {
    throw new RangeError(`${caller}: whatIf.growthPct must be a finite number ≥ −100, got ${whatIf.growthPct}`);
  }
  const S = model.streams.length;
  const c: CompiledTraffic = {
    streamCount: S,
    ratePerSec: new Float64Array(168),
    cumShare: new Float64Array(168 * S),
    holdCode: new Int32Array(S),
    holdA: new Float64Array(S),
    holdB: new Float64Array(S),
    samples: [],
    factor: new Float64Array(S),
    streamOfKind: new Int32Array(256).fill(-1),
  };
  model.streams.forEach((stream, s) => {
    const m = whatIf.multipliers[stream.kind] ?? 1;
    if (!(m >= 0) || !Number.isFinite(m)) {
      throw new RangeError(`${caller}: whatIf.multipliers.${stream.kind} must be a finite number ≥ 0, got ${m}`);
    }
    if (stream.ratePerHour.length !== 168) {
      throw new RangeError(`${caller}: streams[${s}].ratePerHour must hold 168 values, got ${stream.ratePerHour.length}`);
    }
    c.factor[s] = growth * m;
    const code = ACTIVITY_KINDS.indexOf(stream.kind);
    if (code >= 0 && c.streamOfKind[code] < 0) c.streamOfKind[code] = s;
    compileHolding(stream.holding, s, c, caller);
  });
  for (let h = 0; h < 168; h++) {
    let total = 0;
    for (let s = 0; s < S; s++) {
      const r = model.streams[s].ratePerHour[h] * c.factor[s];
      if (!(r >= 0) || !Number.isFinite(r)) {
        throw new RangeError(`${caller}: streams[${s}].ratePerHour[${h}] must be a finite rate ≥ 0`);
      }
      total += r;
      c.cumShare[h * S + s] = total;
    }
    for (let s = 0; s < S; s++) c.cumShare[h * S + s] = total > 0 ? c.cumShare[h * S + s] / total : (s + 1) / S;
    if (S > 0) c.cumShare[h * S + S - 1] = 1;
    c.ratePerSec[h] = total / 3600;
  }
  // Unknown kinds (codes past ACTIVITY_KINDS) read as 'other', as holdsPortMask does.
  const other = c.streamOfKind[ACTIVITY_KINDS.indexOf('other')];
  for (let code = ACTIVITY_KINDS.length; code < 256; code++) c.streamOfKind[code] = other;
  return c;
}

function compileHolding(holding: HoldingModel, s: number, c: CompiledTraffic, caller: string): void {
  const mean = holding.meanSec;
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`${caller}: streams[${s}].holding.meanSec must be finite and ≥ 0, got ${mean}`);
  }
  c.samples[s] = EMPTY;
  switch (holding.kind) {
    case 'exponential':
      c.holdCode[s] = HOLD_EXPONENTIAL;
      c.holdA[s] = mean;
      break;
    case 'constant':
      c.holdCode[s] = HOLD_CONSTANT;
      c.holdA[s] = mean;
      break;
    case 'lognormal': {
      if (!(holding.cv >= 0) || !Number.isFinite(holding.cv)) {
        throw new RangeError(`${caller}: streams[${s}].holding.cv must be finite and ≥ 0, got ${holding.cv}`);
      }
      if (mean === 0) {
        c.holdCode[s] = HOLD_CONSTANT;
        c.holdA[s] = 0;
        break;
      }
      const sigma2 = Math.log1p(holding.cv * holding.cv);
      c.holdCode[s] = HOLD_LOGNORMAL;
      c.holdA[s] = Math.log(mean) - sigma2 / 2;
      c.holdB[s] = Math.sqrt(sigma2);
      break;
    }
    case 'empirical':
      if (holding.samplesSec.length === 0) {
        c.holdCode[s] = HOLD_CONSTANT;
        c.holdA[s] = mean;
      } else {
        c.holdCode[s] = HOLD_EMPIRICAL;
        c.holdA[s] = mean;
        c.samples[s] = holding.samplesSec;
      }
      break;
  }
}

/**
 * One holding time (seconds) from stream s of `traffic`; `observedSec` stands in for an empirical
 * stream (the call being copied keeps its own duration). Same samplers as the Poisson kernel.
 */
export function drawHoldingSec(traffic: CompiledTraffic, s: number, u: AleaState, observedSec: number): number {
  const a = traffic.holdA[s];
  switch (traffic.holdCode[s]) {
    case HOLD_EXPONENTIAL:
      return standardExponential(u) * a;
    case HOLD_LOGNORMAL:
      return fastExp(a + traffic.holdB[s] * standardNormal(u));
    case HOLD_EMPIRICAL:
      return observedSec;
    default:
      return a;
  }
}
