import type { ArrivalBuffer } from './arrival-buffer.ts';
import type { HorizonHours } from './horizon-hours.ts';
import type { ReplicationResult, WhatIf } from './types.ts';
import { nextUniform, type AleaState } from './alea-state.ts';

/** A call gives up after this many attempts (the first one included). */
export const MAX_ATTEMPTS = 10;

let keys = new Uint32Array(0);
let busyEnd = new Float64Array(0);
/** Per port: end of its latest call; the slot after the last port is a sentinel that never looks busy. */
let portEnd = new Float64Array(0);
/**
 * Up to this many ports an attempt looks for a free port by scanning the ports' end times (the
 * first free one sits near half the traffic in erlangs); above it, busy calls wait in a min-heap
 * by end time. Both carry exactly the attempts that find fewer than N calls running.
 */
export const SCAN_UP_TO = 128;
let retryAt = new Float64Array(0);
let retryCall = new Int32Array(0);
let retryAttempt = new Uint8Array(0);

/**
 * One 32-bit key per arrival, drawn once per replication: every retry decision and delay of call i
 * derives from it (see retryUniform), so every N's pass sees the same retry draws (common random
 * numbers). Returns module-level scratch.
 */
export function retryKeys(count: number, u: AleaState): Uint32Array {
  if (keys.length < count) keys = new Uint32Array(Math.max(1024, count * 1.25));
  for (let i = 0; i < count; i++) keys[i] = nextUniform(u) * 4294967296;
  return keys;
}

/**
 * A uniform in [0, 1) for (call key, attempt, purpose 0 = retry or not, 1 = delay), by an integer
 * hash (the "lowbias32" mixer by C. Wellons): deterministic, so passes for different N agree.
 */
export function retryUniform(key: number, attempt: number, purpose: number): number {
  let x = (key ^ Math.imul(attempt * 2 + purpose + 1, 0x9e3779b9)) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

/**
 * The N-port loss system with retries (Extended Erlang B's assumption): an attempt that finds all N
 * ports busy is blocked; with probability retry.share the call tries again after an exponential
 * delay (mean retry.delaySec), up to MAX_ATTEMPTS attempts, else it is lost for good. Retries that
 * would fall after the horizon are dropped. Pending retries wait in a min-heap merged with the
 * arrivals (an arrival goes first on a tie). A free port is found by scanning the ports' end
 * times, or, over SCAN_UP_TO ports, the busy calls wait in a min-heap by end time.
 * Writes row k of `out`: blocked (all blocked attempts), busyHourBlocked, blockedByHourOfWeek,
 * carriedSec, attempts and lostForGood.
 * With retry.share = 0 it gives the one-pass answer for N: the same counts, and the same carried
 * time up to the rounding of a sum taken in another order.
 * Example: calls [0, 10 s) and [5 s, …) with N = 1, share 1, delay ≈ 0 → the second is blocked at
 * 5 s and retried until it gets in after 10 s or gives up after 10 attempts.
 */
export function lossRetryPass(
  arrivals: ArrivalBuffer,
  callKeys: Uint32Array,
  hours: HorizonHours,
  ports: number,
  retry: WhatIf['retry'],
  busyHow: number,
  horizonSec: number,
  out: ReplicationResult,
  k: number,
): void {
  const { tSec, holdSec, hourOfWeek, count } = arrivals;
  const scan = ports <= SCAN_UP_TO;
  if (scan) {
    if (portEnd.length < ports + 1) portEnd = new Float64Array(ports + 1);
    portEnd.fill(0, 0, ports);
    portEnd[ports] = -Infinity;
  } else if (busyEnd.length < ports + 1) {
    busyEnd = new Float64Array(ports + 1);
  }
  if (retryAt.length < count + 1) {
    const size = Math.max(1024, Math.ceil(count * 1.25));
    retryAt = new Float64Array(size);
    retryCall = new Int32Array(size);
    retryAttempt = new Uint8Array(size);
  }
  const { share, delaySec } = retry;
  const segStart = hours.startSec;
  const segHow = hours.hourOfWeek;
  const row = out.blockedByHourOfWeek.subarray(k * 168, (k + 1) * 168);
  row.fill(0);

  let busy = 0;
  let pending = 0;
  let seg = 0;
  let next = 0;
  let blocked = 0;
  let busyBlocked = 0;
  let attempts = 0;
  let lost = 0;
  let carried = 0;

  while (next < count || pending > 0) {
    let i: number, t: number, attempt: number, how: number;
    if (next < count && (pending === 0 || tSec[next] <= retryAt[0])) {
      i = next++;
      t = tSec[i];
      attempt = 0;
      how = hourOfWeek[i];
    } else {
      i = retryCall[0];
      t = retryAt[0];
      attempt = retryAttempt[0];
      pending--;
      if (pending > 0) siftDownRetry(pending, retryAt[pending], retryCall[pending], retryAttempt[pending]);
      if (t >= horizonSec) continue;
      while (segStart[seg + 1] <= t) seg++;
      how = segHow[seg];
    }
    attempts++;
    if (scan) {
      const p = firstFree(t);
      if (p < ports) {
        const h = holdSec[i];
        portEnd[p] = t + h;
        const inside = horizonSec - t;
        carried += h < inside ? h : inside;
        continue;
      }
    } else {
      while (busy > 0 && busyEnd[0] <= t) {
        busy--;
        if (busy > 0) siftDownEnd(busy, busyEnd[busy]);
      }
      if (busy < ports) {
        const h = holdSec[i];
        siftUpEnd(busy, t + h);
        busy++;
        const inside = horizonSec - t;
        carried += h < inside ? h : inside;
        continue;
      }
    }
    blocked++;
    row[how]++;
    if (how === busyHow) busyBlocked++;
    const key = callKeys[i];
    if (attempt + 1 < MAX_ATTEMPTS && retryUniform(key, attempt, 0) < share) {
      const delay = -Math.log(1 - retryUniform(key, attempt, 1)) * delaySec;
      siftUpRetry(pending, t + delay, i, attempt + 1);
      pending++;
    } else {
      lost++;
    }
  }

  out.blocked[k] = blocked;
  out.busyHourBlocked[k] = busyBlocked;
  out.carriedSec[k] = carried;
  if (out.attempts) out.attempts[k] = attempts;
  if (out.lostForGood) out.lostForGood[k] = lost;
}

/** The lowest port free at t (its call ended at or before t), eight at a time; the sentinel's index when all are busy. */
function firstFree(t: number): number {
  const end = portEnd;
  let p = 0;
  for (;;) {
    if (!(end[p] > t)) return p;
    if (!(end[p + 1] > t)) return p + 1;
    if (!(end[p + 2] > t)) return p + 2;
    if (!(end[p + 3] > t)) return p + 3;
    if (!(end[p + 4] > t)) return p + 4;
    if (!(end[p + 5] > t)) return p + 5;
    if (!(end[p + 6] > t)) return p + 6;
    if (!(end[p + 7] > t)) return p + 7;
    p += 8;
  }
}

function siftUpEnd(size: number, key: number): void {
  let j = size;
  while (j > 0) {
    const parent = (j - 1) >> 1;
    if (busyEnd[parent] <= key) break;
    busyEnd[j] = busyEnd[parent];
    j = parent;
  }
  busyEnd[j] = key;
}

function siftDownEnd(size: number, key: number): void {
  let j = 0;
  for (;;) {
    let child = 2 * j + 1;
    if (child >= size) break;
    if (child + 1 < size && busyEnd[child + 1] < busyEnd[child]) child++;
    if (busyEnd[child] >= key) break;
    busyEnd[j] = busyEnd[child];
    j = child;
  }
  busyEnd[j] = key;
}

function siftUpRetry(size: number, at: number, call: number, attempt: number): void {
  let j = size;
  while (j > 0) {
    const parent = (j - 1) >> 1;
    if (retryAt[parent] <= at) break;
    retryAt[j] = retryAt[parent];
    retryCall[j] = retryCall[parent];
    retryAttempt[j] = retryAttempt[parent];
    j = parent;
  }
  retryAt[j] = at;
  retryCall[j] = call;
  retryAttempt[j] = attempt;
}

function siftDownRetry(size: number, at: number, call: number, attempt: number): void {
  let j = 0;
  for (;;) {
    let child = 2 * j + 1;
    if (child >= size) break;
    if (child + 1 < size && retryAt[child + 1] < retryAt[child]) child++;
    if (retryAt[child] >= at) break;
    retryAt[j] = retryAt[child];
    retryCall[j] = retryCall[child];
    retryAttempt[j] = retryAttempt[child];
    j = child;
  }
  retryAt[j] = at;
  retryCall[j] = call;
  retryAttempt[j] = attempt;
}
