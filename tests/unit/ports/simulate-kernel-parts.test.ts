// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aleaState, nextUniform } from '../../../src/core/ports/alea-state.ts';
import { compileTraffic } from '../../../src/core/ports/compile-traffic.ts';
import { drawPoissonArrivals } from '../../../src/core/ports/draw-poisson-arrivals.ts';
import { fastExp } from '../../../src/core/ports/fast-exp.ts';
import { horizonHours } from '../../../src/core/ports/horizon-hours.ts';
import { lossOnePass } from '../../../src/core/ports/loss-one-pass.ts';
import type { TrafficModel } from '../../../src/core/ports/types.ts';
import { standardExponential, standardNormal } from '../../../src/core/ports/ziggurat.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';

describe('aleaState(seed) and nextUniform(state)', () => {
  it('give exactly the numbers of createStream(seed)', () => {
    for (const seed of ['42/0', 'ports-test/17', '']) {
      const st = aleaState(seed);
      const rng = createStream(seed);
      for (let i = 0; i < 2000; i++) expect(nextUniform(st)).toBe(rng());
    }
  });
});

describe('fastExp(x), the lognormal holding times\' exponential', () => {
  it('matches Math.exp to a relative 1e-13 across ±700, at the table seams and at exact powers', () => {
    const xs = [0, 1, -1, Math.LN2, -Math.LN2, Math.LN2 / 128, Math.LN2 / 64, 699.9, -699.9, 1e-300];
    for (let k = 0; k < 200_000; k++) xs.push(-700 + (1400 * k) / 200_000);
    for (const x of xs) expect(Math.abs(fastExp(x) / Math.exp(x) - 1)).toBeLessThan(1e-13);
    expect(fastExp(0)).toBe(1);
    expect(fastExp(Math.LN2 * 10)).toBeCloseTo(1024, 10);
  });
  it('defers to Math.exp outside ±700 and for NaN and infinities', () => {
    for (const x of [700, 709, -710, -1e6, Infinity, -Infinity, NaN]) expect(fastExp(x)).toBe(Math.exp(x));
  });
});

describe('the ziggurat samplers', () => {
  const n = 200_000;
  const draws = (f: () => number) => Float64Array.from({ length: n }, f);
  const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / x.length;
  const variance = (x: Float64Array) => { const m = mean(x); return x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1); };

  it('standardExponential has mean 1, variance 1 and the exponential tail', () => {
    const st = aleaState('exp');
    const x = draws(() => standardExponential(st));
    expect(Math.abs(mean(x) - 1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance(x) - 1)).toBeLessThan(5 * Math.sqrt(8 / n));
    const beyond = (t: number) => x.filter((v) => v > t).length / n;
    expect(Math.abs(beyond(3) - Math.exp(-3))).toBeLessThan(5 * Math.sqrt(Math.exp(-3) / n));
    expect(Math.abs(beyond(8) - Math.exp(-8))).toBeLessThan(6 * Math.sqrt(Math.exp(-8) / n) + 2 / n);
    expect(x.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
  });

  it('standardNormal has mean 0, variance 1, kurtosis 3 and both tails', () => {
    const st = aleaState('norm');
    const z = draws(() => standardNormal(st));
    expect(Math.abs(mean(z))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance(z) - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(z.reduce((s, v) => s + v ** 4, 0) / n - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
    const p = 0.0013498980316301; // P(Z > 3)
    expect(Math.abs(z.filter((v) => v > 3).length / n - p)).toBeLessThan(5 * Math.sqrt(p / n));
    expect(Math.abs(z.filter((v) => v < -3).length / n - p)).toBeLessThan(5 * Math.sqrt(p / n));
  });
});

describe('horizonHours(timeZone, startMs, endMs)', () => {
  it('cuts a day into 24 local hours, 25 on a fall-back day and 23 on a spring-forward day', () => {
    const day = (y: number, m: number, d: number, offsetH: number, hours: number) => {
      const startMs = Date.UTC(y, m, d, offsetH);
      return horizonHours('America/New_York', startMs, startMs + hours * 3_600_000);
    };
    const fallBack = day(2026, 10, 1, 4, 25); // Sunday 2026-11-01, 00:00 EDT to 00:00 EST
    expect(fallBack.count).toBe(25);
    expect(Array.from(fallBack.hourOfWeek.subarray(0, 4))).toEqual([144, 145, 145, 146]);
    const spring = day(2026, 2, 8, 5, 23); // Sunday 2026-03-08, 00:00 EST to 00:00 EDT
    expect(spring.count).toBe(23);
    expect(Array.from(spring.hourOfWeek.subarray(0, 3))).toEqual([144, 145, 147]);
    expect(day(2026, 10, 2, 5, 24).count).toBe(24);
  });

  it('follows a half-hour zone and cuts partial hours at the ends', () => {
    const startMs = Date.UTC(2026, 10, 2, 3, 0); // 08:30 in Asia/Kolkata (UTC+5:30), a Monday
    const h = horizonHours('Asia/Kolkata', startMs, startMs + 2 * 3_600_000);
    expect(Array.from(h.startSec)).toEqual([0, 1800, 5400, 7200]);
    expect(Array.from(h.hourOfWeek)).toEqual([8, 9, 10]);
  });
});

describe('lossOnePass(arrivals, lo, hi, horizonSec)', () => {
  const arrivals = (calls: Array<[number, number]>) => ({
    count: calls.length,
    tSec: Float64Array.from(calls, (c) => c[0]),
    holdSec: Float64Array.from(calls, (c) => c[1]),
    hourOfWeek: new Uint8Array(calls.length),
    offeredByHourOfWeek: new Float64Array(168),
  });

  it('gives each call the lowest free port, with ports free again at the instant a call ends', () => {
    // [0, 10), [5, 20), [10, 15) on ports 0, 1, 0; [12, 13) finds 0 and 1 busy and takes 2.
    const one = lossOnePass(arrivals([[0, 10], [5, 15], [10, 5], [12, 1]]), 1, 3, 100);
    expect(one.peak).toBe(3);
    // Buckets: 0 = port 0 (carried by every N, not counted), 1 = port 1, 2 = port 2, 3 = port 3 and up.
    expect(Array.from(one.hist.subarray(0, 4))).toEqual([0, 1, 1, 0]);
    expect(Array.from(one.carriedSec.subarray(0, 4))).toEqual([15, 15, 1, 0]);
  });

  it('counts only the holding inside the horizon', () => {
    const one = lossOnePass(arrivals([[0, 10], [5, 15], [10, 5], [12, 1]]), 1, 3, 12.5);
    // Port 0 carries [0, 10) and [10, 12.5); port 1 [5, 12.5); port 2 [12, 12.5).
    expect(Array.from(one.carriedSec.subarray(0, 4))).toEqual([12.5, 7.5, 0.5, 0]);
  });

  it('grows its port table past any initial size, so the peak is unlimited', () => {
    const calls: Array<[number, number]> = Array.from({ length: 500 }, (_, i) => [i * 0.001, 1000]);
    expect(lossOnePass(arrivals(calls), 1, 2, 2000).peak).toBe(500);
  });

  it('lets zero-length calls take a port without holding it or raising the peak', () => {
    const one = lossOnePass(arrivals([[0, 10], [1, 0], [1, 0], [2, 5]]), 1, 1, 100);
    expect(one.peak).toBe(2);
    expect(Array.from(one.hist.subarray(0, 2))).toEqual([0, 3]);
  });
});

describe('drawPoissonArrivals(traffic, hours, state) with several streams of different holding models', () => {
  // Four streams at shares 1 : 2 : 3 : 4 of a flat 3,600 calls/h for a day (86,400 arrivals expected).
  const rate = (perHour: number) => new Float64Array(168).fill(perHour);
  const samples = Float64Array.of(7, 11, 13);
  const model: TrafficModel = {
    timeZone: 'UTC',
    arrivals: 'poisson',
    source: 'test',
    streams: [
      { kind: 'dial', ratePerHour: rate(360), holding: { kind: 'constant', meanSec: 42 } },
      { kind: 'voice_drop', ratePerHour: rate(720), holding: { kind: 'exponential', meanSec: 60 } },
      { kind: 'inbound_acd', ratePerHour: rate(1080), holding: { kind: 'lognormal', meanSec: 200, cv: 0.5 } },
      { kind: 'recording', ratePerHour: rate(1440), holding: { kind: 'empirical', samplesSec: samples, meanSec: 31 / 3 } },
    ],
  };
  const noWhatIf = { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } };
  const traffic = compileTraffic(model, noWhatIf, 'test');
  const hours = horizonHours('UTC', Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 3));
  const buf = drawPoissonArrivals(traffic, hours, aleaState('streams'));
  // Sort each holding time into the stream it can only have come from.
  const constant: number[] = [];
  const empirical: number[] = [];
  const other: number[] = [];
  for (let j = 0; j < buf.count; j++) {
    const h = buf.holdSec[j]!;
    if (h === 42) constant.push(h);
    else if (h === 7 || h === 11 || h === 13) empirical.push(h);
    else other.push(h);
  }

  it('keeps arrivals in time order, every holding time drawn from one of the streams', () => {
    let outOfOrder = 0;
    for (let j = 1; j < buf.count; j++) if (buf.tSec[j]! < buf.tSec[j - 1]!) outOfOrder++;
    expect(outOfOrder).toBe(0);
    expect(Math.abs(buf.count - 86_400)).toBeLessThan(4 * Math.sqrt(86_400));
    expect(other.every((h) => h > 0 && Number.isFinite(h))).toBe(true);
  });

  it('splits arrivals by the streams\' shares (within 4 standard deviations)', () => {
    const n = buf.count;
    for (const [count, share] of [[constant.length, 0.1], [empirical.length, 0.4]] as const) {
      expect(Math.abs(count - n * share)).toBeLessThan(4 * Math.sqrt(n * share * (1 - share)));
    }
  });

  it('gives each remaining stream its own mean: exponential 60 s and lognormal 200 s mixed 2 : 3', () => {
    // Mean of the mix of exponential (mean 60, share 2/5) and lognormal (mean 200, share 3/5): 144 s.
    const mean = other.reduce((s, h) => s + h, 0) / other.length;
    expect(mean).toBeGreaterThan(140);
    expect(mean).toBeLessThan(148);
    const empiricalMean = empirical.reduce((s, h) => s + h, 0) / empirical.length;
    expect(empiricalMean).toBeCloseTo(31 / 3, 0);
  });
});
