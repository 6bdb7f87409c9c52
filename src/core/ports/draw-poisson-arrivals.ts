import { arrivalBuffer, growArrivalBuffer, type ArrivalBuffer } from './arrival-buffer.ts';
import {
  HOLD_CONSTANT,
  HOLD_EMPIRICAL,
  HOLD_EXPONENTIAL,
  HOLD_LOGNORMAL,
  type CompiledTraffic,
} from './compile-traffic.ts';
import type { HorizonHours } from './horizon-hours.ts';
import type { AleaState } from './alea-state.ts';
import { fastExp } from './fast-exp.ts';
import { EXP_K, EXP_W, NORM_K, NORM_W, exponentialSlow, normalSlow } from './ziggurat.ts';

/**
 * Non-homogeneous Poisson arrivals with a rate that is constant within each local clock hour,
 * generated in time order (no sort) with their holding times.
 * Within piece k of the horizon the gaps are exponential at that hour's total rate; by
 * memorylessness the draw restarts at each piece's start (the gap that overshoots is discarded).
 * Each arrival's stream is drawn by its share of the hour's rate, then its holding time from that
 * stream: exponential, lognormal as exp(μ + σZ) (fastExp), constant, or an observed time picked uniformly
 * (empirical). Exponentials and normals come from the ziggurat (ziggurat.ts), whose fast path is
 * inlined here, and so is Alea (alea-state.ts), whose state lives in locals. Returns the module's
 * shared buffer (valid until the next draw).
 * With `flush`, arrivals are handed over in time order a few thousand at a time (the buffer is
 * emptied after each hand-over) instead of held for the whole horizon; offeredByHourOfWeek still
 * counts them all. The same stream gives the same arrivals either way.
 * Example: a flat 36,000 calls/hour over one hour → about 36,000 arrivals, gaps averaging 0.1 s.
 */
export function drawPoissonArrivals(
  traffic: CompiledTraffic,
  hours: HorizonHours,
  st: AleaState,
  flush?: (batch: ArrivalBuffer) => void,
): ArrivalBuffer {
  const { ratePerSec } = traffic;
  const { startSec, hourOfWeek } = hours;
  let expected = 0;
  for (let k = 0; k < hours.count; k++) expected += ratePerSec[hourOfWeek[k]] * (startSec[k + 1] - startSec[k]);
  const buf = arrivalBuffer(flush ? 2 * FLUSH_AT : expected + 8 * Math.sqrt(expected) + 64);
  // One call per piece: short loops in a function called often get V8's regular optimised code
  // with complete type feedback, where one long loop would run stale on-stack-replacement code.
  for (let k = 0; k < hours.count; k++) {
    const how = hourOfWeek[k];
    if (ratePerSec[how] > 0) drawPiece(traffic, buf, st, how, startSec[k], startSec[k + 1]);
    if (flush && buf.count >= FLUSH_AT) {
      flush(buf);
      buf.count = 0;
    }
  }
  if (flush && buf.count > 0) {
    flush(buf);
    buf.count = 0;
  }
  return buf;
}

/** Arrivals handed to `flush` at a time: small enough that a batch stays in the CPU's cache. */
const FLUSH_AT = 2048;

/** Appends to `buf` the arrivals of one piece [fromSec, toSec) of local hour of week `how`. */
function drawPiece(
  traffic: CompiledTraffic,
  buf: ArrivalBuffer,
  st: AleaState,
  how: number,
  fromSec: number,
  toSec: number,
): void {
  const { cumShare, holdCode, holdA, holdB, samples, streamCount: S } = traffic;
  const meanGap = 1 / traffic.ratePerSec[how];
  const shareBase = how * S;
  // Single-stream models skip the stream draw.
  const code0 = holdCode[0];
  const a0 = holdA[0];
  const b0 = holdB[0];
  const samples0 = samples[0];
  const EK = EXP_K;
  const EW = EXP_W;
  const NK = NORM_K;
  const NW = NORM_W;
  // Alea's state in locals (alea-state.ts): its carry chain then overlaps the other work.
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  let tArr = buf.tSec;
  let hArr = buf.holdSec;
  let howArr = buf.hourOfWeek;
  let cap = tArr.length;
  let n = buf.count;
  let t = fromSec;

  for (;;) {
    let x = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = x | 0;
    s2 = x - c;
    let f = s2 * 256;
    let i = f | 0;
    let r = f - i;
    if (r < EK[i]) {
      t += r * EW[i] * meanGap;
    } else {
      st[0] = s0; st[1] = s1; st[2] = s2; st[3] = c;
      t += exponentialSlow(st, i, r) * meanGap;
      s0 = st[0]; s1 = st[1]; s2 = st[2]; c = st[3];
    }
    if (t >= toSec) break;
    if (n === cap) {
      buf.count = n;
      growArrivalBuffer(buf);
      tArr = buf.tSec;
      hArr = buf.holdSec;
      howArr = buf.hourOfWeek;
      cap = tArr.length;
    }

    let code = code0;
    let a = a0;
    let b = b0;
    let smp = samples0;
    if (S > 1) {
      x = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = x | 0;
      s2 = x - c;
      const v = s2;
      let s = 0;
      while (s < S - 1 && v >= cumShare[shareBase + s]) s++;
      code = holdCode[s];
      a = holdA[s];
      b = holdB[s];
      smp = samples[s];
    }

    let h = a;
    if (code !== HOLD_CONSTANT) {
      x = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = x | 0;
      s2 = x - c;
      f = s2 * 256;
      if (code === HOLD_EXPONENTIAL) {
        i = f | 0;
        r = f - i;
        if (r < EK[i]) {
          h = r * EW[i] * a;
        } else {
          st[0] = s0; st[1] = s1; st[2] = s2; st[3] = c;
          h = exponentialSlow(st, i, r) * a;
          s0 = st[0]; s1 = st[1]; s2 = st[2]; c = st[3];
        }
      } else if (code === HOLD_LOGNORMAL) {
        i = f | 0;
        r = f - i;
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
        h = fastExp(a + b * z);
      } else if (code === HOLD_EMPIRICAL) {
        h = smp[Math.floor((f / 256) * smp.length)];
      }
    }
    tArr[n] = t;
    hArr[n] = h;
    howArr[n] = how;
    n++;
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
  buf.offeredByHourOfWeek[how] += n - buf.count;
  buf.count = n;
}
