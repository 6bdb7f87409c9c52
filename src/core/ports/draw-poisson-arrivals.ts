import { arrivalBuffer, growArrivalBuffer, type ArrivalBuffer } from './arrival-buffer.ts';
import type { CompiledTraffic } from './compile-traffic.ts';
import type { HorizonHours } from './horizon-hours.ts';
import { nextUniform, type AleaState } from './alea-state.ts';
import { fillHolding } from './fill-holding.ts';
import { EXP_K, EXP_W, exponentialSlow } from './ziggurat.ts';

/**
 * Non-homogeneous Poisson arrivals with a rate that is constant within each local clock hour,
 * generated in time order (no sort) with their holding times.
 * Within piece k of the horizon the gaps are exponential at that hour's total rate; by
 * memorylessness the draw restarts at each piece's start (the gap that overshoots is discarded).
 * Each arrival's stream is drawn by its share of the hour's rate, then its holding time from that
 * stream (fillHolding). Gaps come from the ziggurat (ziggurat.ts), whose fast path is inlined here,
 * and so is Alea (alea-state.ts), whose state lives in locals. Returns the module's shared buffer
 * (valid until the next draw).
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

/**
 * Appends to `buf` the arrivals of one piece [fromSec, toSec) of local hour of week `how`, drawing
 * in this order: every gap (the one that overshoots included), then each arrival's stream (when
 * there are several), then the holding times stream by stream (fillHolding).
 */
function drawPiece(
  traffic: CompiledTraffic,
  buf: ArrivalBuffer,
  st: AleaState,
  how: number,
  fromSec: number,
  toSec: number,
): void {
  const first = buf.count;
  drawTimes(buf, st, fromSec, toSec, 1 / traffic.ratePerSec[how]);
  const last = buf.count;
  if (last === first) return;
  buf.hourOfWeek.fill(how, first, last);
  buf.offeredByHourOfWeek[how] += last - first;
  const S = traffic.streamCount;
  if (S === 1) {
    fillHolding(traffic, 0, buf.holdSec, null, first, last, st);
    return;
  }
  const streamOf = pickStreams(traffic, how, first, last, st);
  for (let s = 0; s < S; s++) fillHolding(traffic, s, buf.holdSec, streamOf, first, last, st);
}

/** Appends arrival times from fromSec with exponential gaps of mean `meanGap` until one reaches toSec. */
function drawTimes(buf: ArrivalBuffer, st: AleaState, fromSec: number, toSec: number, meanGap: number): void {
  const EK = EXP_K;
  const EW = EXP_W;
  // Alea's state in locals (alea-state.ts): its carry chain then overlaps the other work.
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  let tArr = buf.tSec;
  let cap = tArr.length;
  let n = buf.count;
  // The unary plus tells V8 that t is a number from the start: begun from the bare parameter, t
  // stayed a boxed number in the optimised loop, one heap allocation per arrival.
  let t = +fromSec;
  for (;;) {
    const x = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = x | 0;
    s2 = x - c;
    const f = s2 * 256;
    const i = f | 0;
    const r = f - i;
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
      cap = tArr.length;
    }
    tArr[n++] = t;
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = c;
  buf.count = n;
}

/** Per arrival in [from, to): its stream, drawn by the streams' shares of hour `how`'s rate. */
function pickStreams(traffic: CompiledTraffic, how: number, from: number, to: number, st: AleaState): Uint8Array {
  const { cumShare, streamCount: S } = traffic;
  if (streamOf.length < to) streamOf = new Uint8Array(Math.max(to, 2 * streamOf.length));
  const base = how * S;
  for (let j = from; j < to; j++) {
    const v = nextUniform(st);
    let s = 0;
    while (s < S - 1 && v >= cumShare[base + s]) s++;
    streamOf[j] = s;
  }
  return streamOf;
}

/** Scratch: the stream of each arrival in the buffer (by index), for pieces with several streams. */
let streamOf = new Uint8Array(4096);
