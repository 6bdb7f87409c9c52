// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ArrivalBuffer } from '../../../src/core/ports/arrival-buffer.ts';
import { lossBegin, lossEnd, lossFeed, lossOnePass } from '../../../src/core/ports/loss-one-pass.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';

/**
 * The one-pass loss system checked against the plainest possible one: for each N on its own, N
 * ports, and a call is carried when any of them is free at its start. Heavy traffic takes the
 * pass's word path (hundreds of busy ports below the first free one), light traffic its scan, and
 * a day that goes from light to heavy and back switches between them mid-run.
 */

/** Poisson arrivals in phases, each `calls` calls at `erlangs` with exponential holding of mean 180 s, in whole seconds. */
function arrivals(seed: string, phases: Array<{ calls: number; erlangs: number }>): ArrivalBuffer {
  const u = createStream(seed);
  const n = phases.reduce((s, p) => s + p.calls, 0);
  const buf: ArrivalBuffer = {
    count: n,
    tSec: new Float64Array(n),
    holdSec: new Float64Array(n),
    hourOfWeek: new Uint8Array(n),
    offeredByHourOfWeek: new Float64Array(168),
  };
  let t = 0;
  let i = 0;
  for (const { calls, erlangs } of phases) {
    const meanGap = 180 / erlangs;
    for (let k = 0; k < calls; k++, i++) {
      t += -Math.log(1 - u()) * meanGap;
      // Whole seconds, so that calls often start at the very second others end (a port is free
      // again at the instant its call ends); now and then a zero-length call, which holds no port.
      buf.tSec[i] = Math.floor(t);
      buf.holdSec[i] = u() < 0.01 ? 0 : Math.round(-Math.log(1 - u()) * 180);
      buf.hourOfWeek[i] = Math.floor(t / 3600) % 168;
    }
  }
  return buf;
}

/** One N-port system on its own: calls blocked, and seconds carried inside the horizon. */
function reference(buf: ArrivalBuffer, ports: number, horizonSec: number): { blocked: number; carriedSec: number } {
  const ends = new Float64Array(ports);
  let blocked = 0;
  let carriedSec = 0;
  for (let i = 0; i < buf.count; i++) {
    const t = buf.tSec[i];
    const h = buf.holdSec[i];
    const p = ends.findIndex((e) => e <= t);
    if (p < 0) {
      blocked++;
      continue;
    }
    ends[p] = t + h;
    carriedSec += Math.min(h, horizonSec - t);
  }
  return { blocked, carriedSec };
}

/** Most calls running at once with unlimited ports: a sweep over starts and ends, an end first on a tie. */
function unlimitedPeak(buf: ArrivalBuffer): number {
  const events: Array<[number, number]> = [];
  for (let i = 0; i < buf.count; i++) {
    if (buf.holdSec[i] > 0) events.push([buf.tSec[i], 1], [buf.tSec[i] + buf.holdSec[i], -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, step] of events) peak = Math.max(peak, (now += step));
  return peak;
}

/** What the pass says N = lo + k ports block and carry (as simulateReplication reads it). */
function fromPass(one: ReturnType<typeof lossOnePass>, k: number): { blocked: number; carriedSec: number } {
  let blocked = 0;
  for (let how = 0; how < 168; how++) {
    for (let b = k + 1; b < one.buckets; b++) blocked += one.hist[how * one.buckets + b];
  }
  let carriedSec = 0;
  for (let b = 0; b <= k; b++) carriedSec += one.carriedSec[b];
  return { blocked, carriedSec };
}

function expectSameAsReference(buf: ArrivalBuffer, lo: number, hi: number, checked: number[]): void {
  const horizonSec = buf.tSec[buf.count - 1] + 1;
  (globalThis as any).__wide = 0;
  const one = lossOnePass(buf, lo, hi, horizonSec);
  console.log('wide chunks', lo, hi, (globalThis as any).__wide);
  expect(one.peak).toBe(unlimitedPeak(buf));
  for (const ports of checked) {
    const want = reference(buf, ports, horizonSec);
    const got = fromPass(one, ports - lo);
    expect(got.blocked, `blocked with ${ports} ports`).toBe(want.blocked);
    expect(got.carriedSec / want.carriedSec, `carried with ${ports} ports`).toBeCloseTo(1, 9);
  }
}

describe('lossOnePass against a separate N-port system for each N', () => {
  it('agrees under light traffic (10 E, ports 8..16), where it scans for the free port', () => {
    expectSameAsReference(arrivals('light', [{ calls: 20_000, erlangs: 10 }]), 8, 16, [8, 10, 12, 14, 16]);
  });

  it('agrees under heavy traffic (400 E, ports 360..440), where it keeps words of free ports', () => {
    expectSameAsReference(arrivals('heavy', [{ calls: 30_000, erlangs: 400 }]), 360, 440, [360, 390, 400, 410, 440]);
  });

  it('agrees when the traffic goes from 10 E to 500 E and back, switching between the two mid-run', () => {
    const buf = arrivals('day', [
      { calls: 10_000, erlangs: 10 },
      { calls: 30_000, erlangs: 500 },
      { calls: 10_000, erlangs: 10 },
      { calls: 20_000, erlangs: 500 },
    ]);
    expectSameAsReference(buf, 5, 560, [5, 12, 300, 480, 500, 520, 560]);
  });

  it('agrees when the table must grow while heavy traffic runs (360 E, then 600 E past the 448 ports it starts with)', () => {
    const buf = arrivals('grow', [{ calls: 20_000, erlangs: 360 }, { calls: 30_000, erlangs: 600 }]);
    expect(unlimitedPeak(buf)).toBeGreaterThan(448);
    expectSameAsReference(buf, 280, 420, [280, 350, 420]);
  });

  it('gives the same counts however the arrivals are batched', () => {
    const buf = arrivals('batches', [{ calls: 15_000, erlangs: 10 }, { calls: 25_000, erlangs: 400 }]);
    const horizonSec = buf.tSec[buf.count - 1];
    const whole = lossOnePass(buf, 380, 420, horizonSec);
    const wholeHist = whole.hist.slice(0, 168 * whole.buckets);
    const wholePeak = whole.peak;
    lossBegin(380, 420);
    for (let from = 0; from < buf.count; from += 777) {
      const to = Math.min(from + 777, buf.count);
      lossFeed({ ...buf, count: to - from, tSec: buf.tSec.subarray(from, to), holdSec: buf.holdSec.subarray(from, to), hourOfWeek: buf.hourOfWeek.subarray(from, to) });
    }
    const batched = lossEnd(horizonSec);
    expect(batched.peak).toBe(wholePeak);
    expect(Array.from(batched.hist.subarray(0, 168 * batched.buckets))).toEqual(Array.from(wholeHist));
  });
});
