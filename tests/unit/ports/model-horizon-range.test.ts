// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { busyHourOfWeek } from '../../../src/core/ports/busy-hour.ts';
import { defaultHorizon } from '../../../src/core/ports/default-horizon.ts';
import { defaultPortRange } from '../../../src/core/ports/default-port-range.ts';
import { holdingFitCurve } from '../../../src/core/ports/holding-fit-curve.ts';
import type { TrafficModel } from '../../../src/core/ports/types.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';
import { sampleLognormal } from '../../../src/core/random/lognormal.ts';
import { erlangBReference, flatModel, officeModel, whatIf } from './simulate-fixtures.ts';

describe('defaultHorizon(timeZone, afterMs)', () => {
  it('takes the next whole local month, across a year end', () => {
    expect(defaultHorizon('Europe/Paris', Date.UTC(2026, 11, 15))).toEqual({
      startMs: Date.UTC(2026, 11, 31, 23),
      endMs: Date.UTC(2027, 0, 31, 23),
      label: '2027-01',
    });
  });

  it('is 30 days and one hour long for November in New York (fall back inside it)', () => {
    const h = defaultHorizon('America/New_York', Date.UTC(2026, 9, 15));
    expect(h).toEqual({ startMs: Date.UTC(2026, 10, 1, 4), endMs: Date.UTC(2026, 11, 1, 5), label: '2026-11' });
    expect(h.endMs - h.startMs).toBe(30 * 86_400_000 + 3_600_000);
    const march = defaultHorizon('America/New_York', Date.UTC(2026, 1, 10));
    expect(march.endMs - march.startMs).toBe(31 * 86_400_000 - 3_600_000);
    expect(march.label).toBe('2026-03');
  });

  it('takes the month starting exactly at afterMs, and the next one a millisecond later', () => {
    const start = Date.UTC(2026, 10, 1, 4);
    expect(defaultHorizon('America/New_York', start).label).toBe('2026-11');
    expect(defaultHorizon('America/New_York', start + 1).label).toBe('2026-12');
  });

  it('reads the local date, not the UTC one (Tokyo, 23:00 UTC on 31 October is already 1 November)', () => {
    expect(defaultHorizon('Asia/Tokyo', Date.UTC(2026, 9, 31, 23)).label).toBe('2026-12');
    expect(defaultHorizon('UTC', Date.UTC(2026, 9, 31, 23)).label).toBe('2026-11');
  });
});

describe('busyHourOfWeek(model, whatIf)', () => {
  it('finds the hour with the highest expected load, multipliers included', () => {
    expect(busyHourOfWeek(officeModel(), whatIf())).toEqual({ hourOfWeek: 10, erlangs: (240 * 150) / 3600 });
    const rate = (h: number, x: number) => Float64Array.from({ length: 168 }, (_, i) => (i === h ? x : 0));
    const model: TrafficModel = {
      timeZone: 'UTC',
      arrivals: 'poisson',
      source: 'two peaks',
      streams: [
        { kind: 'voice_drop', ratePerHour: rate(30, 360), holding: { kind: 'constant', meanSec: 10 } }, // 1 E Tue 06h
        { kind: 'inbound_acd', ratePerHour: rate(50, 12), holding: { kind: 'exponential', meanSec: 600 } }, // 2 E Tue 02h
      ],
    };
    expect(busyHourOfWeek(model, whatIf())).toEqual({ hourOfWeek: 50, erlangs: 2 });
    const boosted = busyHourOfWeek(model, whatIf({ growthPct: 50, multipliers: { voice_drop: 3 } }));
    expect(boosted.hourOfWeek).toBe(30);
    expect(boosted.erlangs).toBeCloseTo(4.5, 12);
  });
});

describe('defaultPortRange(model, whatIf, observedPeak)', () => {
  it('runs from the 10 % Erlang B answer to a pilot peak, or the observed peak when higher', () => {
    const model = flatModel(10);
    expect(defaultPortRange(model, whatIf())).toEqual({ lo: 13, hi: 30 });
    expect(defaultPortRange(model, whatIf(), 41)).toEqual({ lo: 13, hi: 41 });
    expect(erlangBReference(10, 13)).toBeLessThan(0.1);
    expect(erlangBReference(10, 12)).toBeGreaterThan(0.1);
  });

  it('keeps at least two counts and at most 60, with the 1 % answer inside', () => {
    const none = defaultPortRange({ timeZone: 'UTC', streams: [], arrivals: 'poisson', source: '' }, whatIf());
    expect(none.lo).toBeGreaterThanOrEqual(1);
    expect(none.hi).toBeGreaterThanOrEqual(none.lo + 1);
    const big = defaultPortRange(flatModel(1000), whatIf(), 5000);
    expect(big.hi - big.lo + 1).toBe(60);
    expect(big.lo).toBeLessThanOrEqual(1029);
    expect(big.hi).toBeGreaterThanOrEqual(1029);
  });
});

describe('holdingFitCurve(samplesSec, fit, bins)', () => {
  it('bins the samples up to their 99th percentile beside the fitted probabilities', () => {
    const curve = holdingFitCurve(Float64Array.of(30, 60, 90, 120), { kind: 'exponential', meanSec: 75 }, 4);
    // p99 of 30, 60, 90, 120 = 90 + 0.97 × 30 = 119.1, cut in four.
    [0, 29.775, 59.55, 89.325, 119.1].forEach((edge, i) => expect(curve.edgesSec[i]).toBeCloseTo(edge, 10));
    expect(curve.observed).toEqual([0, 0.25, 0.25, 0.25]);
    const total = curve.fitted.reduce((s, x) => s + x, 0);
    expect(total).toBeCloseTo(1 - Math.exp(-119.1 / 75), 12);
    expect(curve.fitted[0]).toBeCloseTo(1 - Math.exp(-29.775 / 75), 12);
  });

  it('puts a constant fit in one bin and follows a lognormal fit to its data', () => {
    const constant = holdingFitCurve(Float64Array.of(10, 20, 30, 40, 50), { kind: 'constant', meanSec: 30 }, 5);
    expect(constant.fitted.filter((x) => x > 0)).toEqual([1]);
    const rng = createStream('fit-curve');
    const samples = Float64Array.from({ length: 20_000 }, () => sampleLognormal(rng, 240, 0.9));
    const curve = holdingFitCurve(samples, { kind: 'lognormal', meanSec: 240, cv: 0.9 }, 20);
    // Each bin's share has a sampling sd under 0.0025.
    curve.observed.forEach((o, b) => expect(Math.abs(o - curve.fitted[b])).toBeLessThan(0.0125));
    expect(curve.observed.reduce((s, x) => s + x, 0)).toBeCloseTo(0.99, 3);
  });
});
