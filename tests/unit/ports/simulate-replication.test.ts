// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parametricModel } from '../../../src/core/ports/parametric-model.ts';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { TrafficModel } from '../../../src/core/ports/types.ts';
import { DAY_MS, MONDAY, flatModel, officeModel, options, plain, whatIf } from './simulate-fixtures.ts';

describe('simulateReplication(model, opts, index)', () => {
  it('gives identical bytes for the same seed and index, and different ones for another index or seed', () => {
    const model = officeModel('America/New_York');
    const opts = options({ portsLo: 10, portsHi: 20 });
    const a = simulateReplication(model, opts, 3);
    const b = simulateReplication(model, opts, 3);
    expect(plain(a)).toEqual(plain(b));
    for (const key of ['blocked', 'carriedSec', 'blockedByHourOfWeek'] as const) {
      expect(new Uint8Array(a[key].buffer)).toEqual(new Uint8Array(b[key].buffer));
    }
    expect(plain(simulateReplication(model, opts, 4))).not.toEqual(plain(a));
    expect(plain(simulateReplication(model, { ...opts, seed: 'other' }, 3))).not.toEqual(plain(a));
  });

  it('does not depend on what ran before it in the same module (scratch buffers are reset)', () => {
    const model = officeModel();
    const opts = options({ portsLo: 10, portsHi: 12 });
    const first = plain(simulateReplication(model, opts, 0));
    simulateReplication(flatModel(50), options({ portsLo: 40, portsHi: 70 }), 9);
    simulateReplication(model, { ...opts, whatIf: whatIf({ retry: { share: 0.5, delaySec: 30 } }) }, 0);
    expect(plain(simulateReplication(model, opts, 0))).toEqual(first);
  });

  it('never blocks more when ports are added, in every replication, overall, in the busy hour and per hour of week', () => {
    const model = officeModel('Europe/Berlin');
    const opts = options({ portsLo: 0, portsHi: 25, endMs: MONDAY + 3 * DAY_MS });
    for (let i = 0; i < 5; i++) {
      const r = simulateReplication(model, opts, i);
      expect(r.blocked[0]).toBe(r.offered); // N = 0 blocks everything
      let rises = 0;
      for (let k = 1; k < r.blocked.length; k++) {
        if (r.blocked[k] > r.blocked[k - 1]) rises++;
        if (r.busyHourBlocked[k] > r.busyHourBlocked[k - 1]) rises++;
        if (r.carriedSec[k] < r.carriedSec[k - 1]) rises++;
        for (let h = 0; h < 168; h++) {
          if (r.blockedByHourOfWeek[k * 168 + h] > r.blockedByHourOfWeek[(k - 1) * 168 + h]) rises++;
        }
      }
      expect(rises).toBe(0);
      expect(r.blocked[25]).toBeLessThan(r.blocked[0]);
    }
  });

  it('blocks nothing from the peak concurrency up, and something just below it', () => {
    const model = flatModel(10);
    for (let i = 0; i < 5; i++) {
      const r = simulateReplication(model, options({ portsLo: 0, portsHi: 40 }), i);
      expect(r.peakConcurrent).toBeGreaterThan(10);
      expect(r.peakConcurrent).toBeLessThan(40);
      expect(r.blocked[r.peakConcurrent]).toBe(0);
      expect(r.blocked[r.peakConcurrent - 1]).toBeGreaterThan(0);
    }
  });

  it('keeps its books: per-hour counts add up, attempts equal offered, the busy hour is Monday 10h', () => {
    const model = officeModel();
    const r = simulateReplication(model, options({ portsLo: 8, portsHi: 12, endMs: MONDAY + 7 * DAY_MS }), 1);
    const offered = r.offeredByHourOfWeek.reduce((s, x) => s + x, 0);
    expect(offered).toBe(r.offered);
    for (let k = 0; k < 5; k++) {
      expect(r.blockedByHourOfWeek.subarray(k * 168, (k + 1) * 168).reduce((s, x) => s + x, 0)).toBe(r.blocked[k]);
      expect(r.busyHourBlocked[k]).toBe(r.blockedByHourOfWeek[k * 168 + 10]); // Monday 10h
      expect(r.attempts?.[k]).toBe(r.offered);
      expect(r.lostForGood?.[k]).toBe(r.blocked[k]);
    }
    expect(r.busyHourOffered).toBe(r.offeredByHourOfWeek[10]);
    // 240 + 9 × 120 + 14 × 10 = 1,460 calls a weekday, × 5.4 weekdays' worth a week: 7,884 expected.
    expect(Math.abs(r.offered - 7884)).toBeLessThan(5 * Math.sqrt(7884));
  });

  it('carries at most N port-seconds per second, and offered traffic carries its erlangs', () => {
    const model = flatModel(10);
    const opts = options({ portsLo: 5, portsHi: 60 });
    const r = simulateReplication(model, opts, 0);
    const horizonSec = (opts.endMs - opts.startMs) / 1000;
    for (let k = 0; k < r.carriedSec.length; k++) expect(r.carriedSec[k]).toBeLessThanOrEqual((5 + k) * horizonSec);
    // With 60 ports nothing is lost: 10 E carried, within a few percent over one day.
    expect(r.blocked[55]).toBe(0);
    expect(r.carriedSec[55] / horizonSec).toBeCloseTo(10, 0);
  });

  it('applies growth and per-kind multipliers to the arrival rate', () => {
    const model = flatModel(10);
    const opts = options({ portsLo: 10, portsHi: 10, endMs: MONDAY + 2 * DAY_MS });
    const base = simulateReplication(model, opts, 0).offered;
    const grown = simulateReplication(model, { ...opts, whatIf: whatIf({ growthPct: 30 }) }, 0).offered;
    const doubled = simulateReplication(model, { ...opts, whatIf: whatIf({ multipliers: { other: 2 } }) }, 0).offered;
    const untouched = simulateReplication(model, { ...opts, whatIf: whatIf({ multipliers: { press1: 5 } }) }, 0).offered;
    expect(grown / base).toBeCloseTo(1.3, 1);
    expect(doubled / base).toBeCloseTo(2, 1);
    expect(untouched).toBe(base);
  });

  it('draws each stream by its share of the hour and holds it for its own holding model', () => {
    const rate = (perHour: number) => new Float64Array(168).fill(perHour);
    const model: TrafficModel = {
      timeZone: 'UTC',
      arrivals: 'poisson',
      source: 'two streams',
      streams: [
        { kind: 'voice_drop', ratePerHour: rate(300), holding: { kind: 'constant', meanSec: 30 } },
        { kind: 'inbound_acd', ratePerHour: rate(100), holding: { kind: 'empirical', samplesSec: Float64Array.of(300, 900), meanSec: 600 } },
      ],
    };
    const opts = options({ portsLo: 200, portsHi: 200, endMs: MONDAY + 2 * DAY_MS });
    const r = simulateReplication(model, opts, 0);
    // Offered load 300 × 30 s + 100 × 600 s = 69,000 port-seconds an hour: 19.17 E carried with no loss.
    expect(r.carriedSec[0] / ((opts.endMs - opts.startMs) / 1000)).toBeCloseTo(69_000 / 3600, 0);
    expect(Math.abs(r.offered - 400 * 48)).toBeLessThan(5 * Math.sqrt(400 * 48));
  });

  it('follows local time across a DST change (New York, fall back on Sunday 2026-11-01)', () => {
    // Calls only at 01h local: that hour happens twice on the fall-back Sunday.
    const callsPerHour = Array.from({ length: 24 }, (_, h) => (h === 1 ? 3600 : 0));
    const model = parametricModel({
      timeZone: 'America/New_York',
      callsPerHour,
      weekdayFactors: [1, 1, 1, 1, 1, 1, 1],
      meanHoldingSec: 1,
      distribution: 'constant',
    });
    const startMs = Date.UTC(2026, 10, 1, 4); // Sunday 00:00 EDT
    const r = simulateReplication(model, options({ startMs, endMs: startMs + 25 * 3_600_000, portsLo: 1, portsHi: 1 }), 0);
    expect(r.offeredByHourOfWeek[6 * 24 + 1]).toBe(r.offered);
    expect(Math.abs(r.offered - 7200)).toBeLessThan(5 * Math.sqrt(7200));
  });

  it('gives an empty model an empty replication', () => {
    const model: TrafficModel = { timeZone: 'UTC', streams: [], arrivals: 'poisson', source: 'nothing' };
    const r = simulateReplication(model, options(), 0);
    expect(r.offered).toBe(0);
    expect(r.peakConcurrent).toBe(0);
    expect(Array.from(r.blocked).every((x) => x === 0)).toBe(true);
  });

  it('refuses bad options with a RangeError naming the function', () => {
    const model = flatModel(1);
    expect(() => simulateReplication(model, options({ portsLo: 5, portsHi: 4 }), 0)).toThrow(/simulateReplication/);
    expect(() => simulateReplication(model, options({ endMs: MONDAY }), 0)).toThrow(RangeError);
    expect(() => simulateReplication(model, options({ whatIf: whatIf({ retry: { share: 2, delaySec: 1 } }) }), 0)).toThrow(/share/);
    expect(() => simulateReplication(model, options({ whatIf: whatIf({ growthPct: -150 }) }), 0)).toThrow(/growthPct/);
  });
});

describe('a time-varying scenario', () => {
  it('blocks more in its busy hour than over the whole horizon', () => {
    const model = officeModel('America/Chicago');
    const opts = options({ portsLo: 6, portsHi: 14, startMs: Date.UTC(2026, 10, 2, 6), endMs: Date.UTC(2026, 10, 9, 6) });
    const results = Array.from({ length: 8 }, (_, i) => simulateReplication(model, opts, i));
    const summary = summarizeReplications(model, opts, results, 1);
    expect(summary.busyHourOfWeek).toBe(10);
    for (const row of summary.table) {
      if (row.blocking.mean === 0) continue;
      expect(row.busyHourBlocking.mean).toBeGreaterThan(row.blocking.mean);
    }
  });
});
