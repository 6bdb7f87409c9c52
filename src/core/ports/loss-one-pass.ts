import type { ArrivalBuffer } from './arrival-buffer.ts';

/** What one pass over the arrivals tells about every N in [lo, hi] at once. */
export interface OnePassCounts {
  /** Highest number of calls running at once with unlimited ports. */
  peak: number;
  /** Buckets per hour of the week: W + 1 where W = hi − lo + 1 port counts. */
  buckets: number;
  /**
   * Arrivals per (hour of week, bucket), row-major by hour. Bucket 0 (took a port below lo, so
   * carried by every N in the range) is left at 0: only blocked counts are needed. Bucket b in
   * 1..W−1: took port lo + b − 1 (0-based); bucket W: took port hi or above. An arrival in bucket b
   * is blocked by N = lo + k ports exactly when b ≥ k + 1.
   */
  hist: Float64Array;
  /** Per bucket: seconds of holding inside the horizon. */
  carriedSec: Float64Array;
}

/** Arrivals per call of passChunk: short loops get V8's regular optimised code (see drawPoissonArrivals). */
const CHUNK = 4096;

/** The pass's state, kept between chunks. */
const pass = {
  /** Per port: end of its latest call (seconds); the last slot is a sentinel that never looks busy. */
  ends: new Float64Array(0),
  /** Per port: its bucket (see OnePassCounts.hist). */
  bucketOf: new Int32Array(0),
  /** Ports in the table, a multiple of 32; ends.length = cap + 1. */
  cap: 0,
  lo: 0,
  hi: 0,
  buckets: 0,
  hist: new Float64Array(0),
  carriedSec: new Float64Array(0),
  /** For passChunkWide, per word of 32 ports: the ports known free, as bits; the word after the table is all ones (a sentinel). */
  free: new Int32Array(0),
  /** Per word: no end among its ports not marked free is earlier than this (the exact earliest once brought up to date). */
  wordMin: new Float64Array(0),
  /** free and wordMin describe the table (they are not kept up to date while passChunk runs). */
  wideReady: false,
};
/**
 * From this mean lowest free port up, a chunk goes through passChunkWide: scanning every busy port
 * below the free one then costs more than keeping words of free bits. The lowest free port sits
 * near half the traffic in erlangs, so this is about 300 E, where the two measured even; at
 * 1,000 E the words were about twice as fast.
 */
const WIDE_FROM = 160;
// Module variables rather than fields for what each chunk updates last: V8 stores to them without
// type feedback, so code compiled mid-loop never has to bail out on the way out of the loop.
/** Highest port used so far. */
let top = -1;
/** The lowest free port, averaged over the latest chunk: how far passChunk would scan. */
let meanPort = 0;
/**
 * Holding summed over all arrivals (bucket 0 gets what the others do not). A one-cell typed array,
 * not a module number: a sum started from a module variable stayed a boxed number in V8's optimised
 * loop, one heap allocation per arrival (a tenth of the kernel's time went to collecting them);
 * read from a Float64Array it is a plain double.
 */
const totalSec = new Float64Array(1);

/**
 * The N-port loss system for every N in [lo, hi] in one pass (common random numbers): each arrival
 * takes the lowest-numbered free port (port p is free at t when its last call ended at or before t,
 * half-open [start, end)), so ports 0..N−1 carry exactly what an N-port system carries and an
 * arrival on port p is blocked by every N ≤ p. Ports are unlimited (the table grows), so the
 * highest port used + 1 is the unlimited peak; zero-length calls occupy nothing and never raise it.
 * Holding past the horizon's end is cut off afterwards: only a port's latest call can run past it.
 * Returns module-level scratch, valid until the next call.
 * Example: calls [0, 10 s), [5 s, 20 s), [12 s, 15 s) with lo = hi = 1 → the second takes port 1
 * (blocked with 1 port), the third port 0; peak 2.
 */
export function lossOnePass(arrivals: ArrivalBuffer, lo: number, hi: number, horizonSec: number): OnePassCounts {
  lossBegin(lo, hi);
  lossFeed(arrivals);
  return lossEnd(horizonSec);
}

/**
 * lossOnePass in pieces, for arrivals drawn a few thousand at a time: lossBegin, then lossFeed
 * with each batch in time order, then lossEnd. The same arrivals give the same counts however
 * they are batched. A month's arrivals never sit in memory at once, so the two passes share the
 * CPU cache instead of streaming megabytes through it (two workers then contend far less).
 */
export function lossBegin(lo: number, hi: number): void {
  const B = hi - lo + 2;
  if (pass.hist.length < 168 * B) {
    pass.hist = new Float64Array(168 * B);
    pass.carriedSec = new Float64Array(B);
  } else {
    pass.hist.fill(0, 0, 168 * B);
    pass.carriedSec.fill(0, 0, B);
  }
  const cap = Math.max(64, (hi + 2 + 31) & ~31, pass.cap);
  if (pass.ends.length !== cap + 1) {
    pass.ends = new Float64Array(cap + 1);
    pass.bucketOf = new Int32Array(cap + 1);
  }
  pass.cap = cap;
  pass.ends.fill(0);
  pass.ends[cap] = -Infinity;
  top = -1;
  pass.lo = lo;
  pass.hi = hi;
  pass.buckets = B;
  totalSec[0] = 0;
  meanPort = 0;
  pass.wideReady = false;
  fillBuckets();
}

/** Runs the arrivals of `batch` (the next ones in time order) through the pass begun by lossBegin. */
export function lossFeed(batch: ArrivalBuffer): void {
  for (let from = 0; from < batch.count; from += CHUNK) {
    const to = Math.min(from + CHUNK, batch.count);
    if (meanPort >= WIDE_FROM) {
      if (!pass.wideReady) readyWide();
      passChunkWide(batch, from, to);
    } else {
      pass.wideReady = false;
      passChunk(batch, from, to);
    }
  }
}

/** Ends the pass: holding past the horizon's end cut off; returns module-level scratch. */
export function lossEnd(horizonSec: number): OnePassCounts {
  const { ends, bucketOf, carriedSec, lo, buckets: B } = pass;
  let total = totalSec[0];
  for (let p = 0; p < pass.cap; p++) {
    if (ends[p] > horizonSec) {
      carriedSec[bucketOf[p]] -= ends[p] - horizonSec;
      total -= ends[p] - horizonSec;
    }
  }
  let above = 0;
  for (let b = 1; b < B; b++) above += carriedSec[b];
  carriedSec[0] = lo > 0 ? total - above : 0;
  return { peak: top + 1, buckets: B, hist: pass.hist, carriedSec };
}

function passChunk(arrivals: ArrivalBuffer, from: number, to: number): void {
  const { tSec, holdSec, hourOfWeek } = arrivals;
  const { ends: end, bucketOf, cap, hist, carriedSec, buckets: B, lo } = pass;
  let highest = top;
  let total = totalSec[0];
  let portSum = 0;
  for (let i = from; i < to; i++) {
    const t = tSec[i];
    const h = holdSec[i];
    // Lowest free port, eight at a time: one loop branch per eight ports scanned.
    let p = 0;
    for (;;) {
      if (!(end[p] > t)) break;
      if (!(end[p + 1] > t)) { p += 1; break; }
      if (!(end[p + 2] > t)) { p += 2; break; }
      if (!(end[p + 3] > t)) { p += 3; break; }
      if (!(end[p + 4] > t)) { p += 4; break; }
      if (!(end[p + 5] > t)) { p += 5; break; }
      if (!(end[p + 6] > t)) { p += 6; break; }
      if (!(end[p + 7] > t)) { p += 7; break; }
      p += 8;
    }
    if (p === cap) {
      // Every port busy: a bigger table, and the rest of the chunk with it (the arrays stay constant in the loop).
      top = highest;
      totalSec[0] = total;
      grow();
      passChunk(arrivals, i, to);
      return;
    }
    end[p] = t + h;
    total += h;
    portSum += p;
    if (h > 0 && p > highest) highest = p;
    // Below lo every N in the range carries the call: nothing to count but the total.
    if (p >= lo) {
      const b = bucketOf[p];
      hist[hourOfWeek[i] * B + b]++;
      carriedSec[b] += h;
    }
  }
  top = highest;
  totalSec[0] = total;
  meanPort = portSum / (to - from);
}

/**
 * passChunk for heavy traffic, where the scan would pass hundreds of busy ports per arrival. The
 * ports are taken 32 at a time: a word's set bits are ports known free, and no other port of the
 * word ends before its wordMin. A word whose wordMin lies after the arrival holds no free port
 * but its set bits; one whose wordMin has passed is brought up to date first (its ended ports
 * marked free, wordMin made exact). The lowest set bit of the first word with one is then the
 * lowest free port, the very port passChunk would find, so both give the same counts.
 */
function passChunkWide(arrivals: ArrivalBuffer, from: number, to: number): void {
  const { tSec, holdSec, hourOfWeek } = arrivals;
  const { ends: end, bucketOf, cap, hist, carriedSec, buckets: B, lo, free, wordMin } = pass;
  let highest = top;
  let total = totalSec[0];
  let portSum = 0;
  for (let i = from; i < to; i++) {
    const t = tSec[i];
    const h = holdSec[i];
    let w = 0;
    for (;; w++) {
      if (wordMin[w] <= t) {
        const base = w << 5;
        let bits = free[w];
        let m = Infinity;
        for (let j = 0; j < 32; j++) {
          const e = end[base + j];
          if (e <= t) bits |= 1 << j;
          else if (e < m) m = e;
        }
        free[w] = bits;
        wordMin[w] = m;
      }
      if (free[w] !== 0) break;
    }
    const bits = free[w];
    const p = (w << 5) + 31 - Math.clz32(bits & -bits);
    if (p === cap) {
      top = highest;
      totalSec[0] = total;
      grow();
      readyWide();
      passChunkWide(arrivals, i, to);
      return;
    }
    end[p] = t + h;
    total += h;
    portSum += p;
    if (h > 0) {
      free[w] = bits & (bits - 1);
      if (t + h < wordMin[w]) wordMin[w] = t + h;
      if (p > highest) highest = p;
    }
    if (p >= lo) {
      const b = bucketOf[p];
      hist[hourOfWeek[i] * B + b]++;
      carriedSec[b] += h;
    }
  }
  top = highest;
  totalSec[0] = total;
  meanPort = portSum / (to - from);
}

/** Sets passChunkWide's words to be brought up to date on first sight: no bit set, every wordMin passed. */
function readyWide(): void {
  const words = pass.cap >> 5;
  if (pass.free.length !== words + 1) {
    pass.free = new Int32Array(words + 1);
    pass.wordMin = new Float64Array(words + 1);
  }
  pass.free.fill(0);
  pass.free[words] = -1;
  pass.wordMin.fill(-Infinity);
  pass.wordMin[words] = Infinity;
  pass.wideReady = true;
}

/** Doubles the port table when every port is busy (the sentinel was reached). */
function grow(): void {
  const cap = pass.cap;
  const ends = new Float64Array(2 * cap + 1);
  ends.set(pass.ends.subarray(0, cap));
  ends[2 * cap] = -Infinity;
  pass.ends = ends;
  pass.bucketOf = new Int32Array(2 * cap + 1);
  pass.cap = 2 * cap;
  fillBuckets();
}

function fillBuckets(): void {
  const { bucketOf, lo, hi } = pass;
  const W = hi - lo + 1;
  for (let p = 0; p < bucketOf.length; p++) bucketOf[p] = p < lo ? 0 : p >= hi ? W : p - lo + 1;
}
