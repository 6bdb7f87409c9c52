import { childSeed } from '../random/create-stream.ts';
import { busyHourOfWeek } from './busy-hour.ts';
import { compileTraffic } from './compile-traffic.ts';
import { drawDayArrivals } from './draw-day-arrivals.ts';
import { drawPoissonArrivals } from './draw-poisson-arrivals.ts';
import { horizonHours } from './horizon-hours.ts';
import { lossBegin, lossEnd, lossFeed, lossOnePass, type OnePassCounts } from './loss-one-pass.ts';
import { lossRetryPass, retryKeys } from './loss-retry-pass.ts';
import { aleaState } from './alea-state.ts';
import type { ArrivalBuffer } from './arrival-buffer.ts';
import type { ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

/**
 * One replication of the Flex Port loss system over the horizon, for every N in
 * [opts.portsLo, opts.portsHi] with common random numbers (domain.md section 2).
 *
 * Draws from createStream(childSeed(opts.seed, index)), so the result depends only on
 * (model, opts, index). Arrivals: non-homogeneous Poisson from the hourly rates ('poisson') or
 * resampled observed days ('days'); see drawPoissonArrivals and drawDayArrivals. Without retries
 * one lowest-free-port pass answers every N (lossOnePass); with whatIf.retry.share > 0 each N gets
 * its own pass over the same arrivals and the same retry draws (lossRetryPass).
 * Counts are attempts: `offered` counts first attempts, `blocked` every attempt (first or retry)
 * that found all N ports busy, so blocked / offered is "insufficient ports" errors per call.
 * Times are seconds; carriedSec counts holding inside the horizon only.
 * An 'days' model without `days` falls back to its hourly rates.
 * Example: a flat 200 calls/h with 180 s exponential holding (10 E) over Monday 2026-11-02 UTC,
 *   portsLo 14, portsHi 16, no what-if, seed '42', index 0
 *   → { index: 0, offered: 4783, blocked: [276, 170, 100], peakConcurrent: 21, … } (Erlang B: 5.7 %, 3.6 %, 2.2 %)
 */
export function simulateReplication(model: TrafficModel, opts: SimulationOptions, index: number): ReplicationResult {
  const { portsLo: lo, portsHi: hi, startMs, endMs, whatIf } = opts;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) {
    throw new RangeError(`simulateReplication: need whole numbers 0 ≤ portsLo ≤ portsHi, got ${lo}..${hi}`);
  }
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || !(endMs > startMs)) {
    throw new RangeError(`simulateReplication: need finite startMs < endMs, got ${startMs}..${endMs}`);
  }
  const { share, delaySec } = whatIf.retry;
  if (!(share >= 0 && share <= 1)) {
    throw new RangeError(`simulateReplication: whatIf.retry.share must be in [0, 1], got ${share}`);
  }
  if (share > 0 && !(delaySec >= 0 && Number.isFinite(delaySec))) {
    throw new RangeError(`simulateReplication: whatIf.retry.delaySec must be finite and ≥ 0, got ${delaySec}`);
  }

  // The numbers of createStream(childSeed(seed, index)), generated inline (alea-state.ts).
  const u = aleaState(childSeed(opts.seed, index));
  const traffic = compileTraffic(model, whatIf, 'simulateReplication');
  const hours = horizonHours(model.timeZone, startMs, endMs);
  const horizonSec = (endMs - startMs) / 1000;
  const busyHow = busyHourOfWeek(model, whatIf).hourOfWeek;
  const W = hi - lo + 1;
  const attempts = new Float64Array(W);
  const lostForGood = new Float64Array(W);
  let arrivals: ArrivalBuffer;
  let one: OnePassCounts | null = null;
  if (model.arrivals === 'days' && model.days) {
    arrivals = drawDayArrivals(model.days, traffic, model.timeZone, startMs, endMs, u);
  } else if (share > 0) {
    arrivals = drawPoissonArrivals(traffic, hours, u);
  } else {
    // Without retries one pass answers every N, so arrivals go through it as they are drawn.
    lossBegin(lo, hi);
    arrivals = drawPoissonArrivals(traffic, hours, u, lossFeed);
    one = lossEnd(horizonSec);
  }
  let offered = arrivals.count;
  if (one) {
    offered = 0;
    for (let h = 0; h < 168; h++) offered += arrivals.offeredByHourOfWeek[h];
  }

  const out: ReplicationResult = {
    index,
    offered,
    busyHourOffered: 0,
    blocked: new Float64Array(W),
    busyHourBlocked: new Float64Array(W),
    carriedSec: new Float64Array(W),
    peakConcurrent: 0,
    blockedByHourOfWeek: new Float64Array(W * 168),
    offeredByHourOfWeek: new Float64Array(168),
    attempts,
    lostForGood,
  };

  one ??= lossOnePass(arrivals, lo, hi, horizonSec);
  out.peakConcurrent = one.peak;
  out.offeredByHourOfWeek.set(arrivals.offeredByHourOfWeek);
  out.busyHourOffered = arrivals.offeredByHourOfWeek[busyHow];
  const B = one.buckets;
  for (let how = 0; how < 168; how++) {
    let blockedHere = 0;
    for (let b = W; b >= 1; b--) {
      blockedHere += one.hist[how * B + b];
      out.blockedByHourOfWeek[(b - 1) * 168 + how] = blockedHere;
    }
  }

  if (share > 0) {
    const keys = retryKeys(arrivals.count, u);
    for (let k = 0; k < W; k++) {
      lossRetryPass(arrivals, keys, hours, lo + k, whatIf.retry, busyHow, horizonSec, out, k);
    }
    return out;
  }

  let carried = 0;
  for (let k = 0; k < W; k++) {
    carried += one.carriedSec[k];
    out.carriedSec[k] = carried;
    let blocked = 0;
    for (let how = 0; how < 168; how++) blocked += out.blockedByHourOfWeek[k * 168 + how];
    out.blocked[k] = blocked;
    out.busyHourBlocked[k] = out.blockedByHourOfWeek[k * 168 + busyHow];
    attempts[k] = offered;
    lostForGood[k] = blocked;
  }
  return out;
}
