// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultHorizon } from '../../../src/core/ports/default-horizon.ts';
import { defaultPortRange } from '../../../src/core/ports/default-port-range.ts';
import { fitTrafficModel } from '../../../src/core/ports/fit-traffic-model.ts';
import { runReplications } from '../../../src/core/ports/run-replications.ts';
import { summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { HoldingModel, SimulationOptions, TrafficModel } from '../../../src/core/ports/types.ts';
import { quantile } from '../../../src/core/stats/quantile.ts';
import { DEFAULT_PORT_KINDS } from '../../../src/core/traffic/port-kinds.ts';
import { encodeShare, decodeShare } from '../../../src/core/workbench/share-link.ts';
import {
  compactTrafficModel, expandTrafficModel, roundSignificant, SHARED_QUANTILES, type SharedTrafficModel,
} from '../../../src/core/workbench/shared-traffic-model.ts';
import type { WorkbenchScenario } from '../../../src/core/workbench/types.ts';
import { sampleTable, type SampleTable } from './sample-table.ts';

const NOW = '2026-11-02T09:30:00.000Z';
/** When the last call of the table ends (UTC ms). */
function lastEndMs(t: SampleTable['table']): number {
  let last = -Infinity;
  for (let i = 0; i < t.count; i++) {
    const end = t.startMs[i]! + t.durationSec[i]! * 1000;
    if (end > last) last = end; // a record that cannot be placed (NaN) is skipped
  }
  return last;
}
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;

/** A model of the four holding kinds, with rates that need rounding. */
function handModel(): TrafficModel {
  const rates = (scale: number) => Float64Array.from({ length: 168 }, (_, h) => (h % 24 >= 8 && h % 24 < 18 ? scale * (1 + (h % 7) / 3) : 0));
  const holdings: HoldingModel[] = [
    { kind: 'exponential', meanSec: 180.123456789 },
    { kind: 'lognormal', meanSec: 95.5, cv: 1.234567891 },
    { kind: 'constant', meanSec: 30 },
    { kind: 'empirical', samplesSec: Float64Array.from({ length: 500 }, (_, i) => 20 + i), meanSec: 269.5 },
  ];
  const kinds = ['dial', 'voice_drop', 'press1', 'inbound_acd'] as const;
  return {
    timeZone: 'America/Chicago', arrivals: 'days', source: 'hand.csv, 4 kinds',
    streams: holdings.map((holding, k) => ({ kind: kinds[k]!, ratePerHour: rates(10.0123456 * (k + 1)), holding })),
  };
}

describe('roundSignificant(x, digits)', () => {
  it('keeps 4 significant digits and leaves 0 alone', () => {
    expect(roundSignificant(12.3456789)).toBe(12.35);
    expect(roundSignificant(0.000123456)).toBe(0.0001235);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(98_765.4, 2)).toBe(99_000);
  });
});

describe('compactTrafficModel(model, meta) / expandTrafficModel(shared)', () => {
  it('gives back the hourly rates within rounding and the same holding models, with Poisson arrivals', () => {
    const model = handModel();
    const shared = compactTrafficModel(model, { dataEndMs: Date.UTC(2026, 9, 31) });
    // Plain JSON: nothing is lost on the way through text.
    expect(JSON.parse(JSON.stringify(shared))).toEqual(shared);
    const back = expandTrafficModel(shared);
    expect(back.arrivals).toBe('poisson');
    expect(back.days).toBeUndefined();
    expect(back.timeZone).toBe('America/Chicago');
    expect(back.source).toBe('hand.csv, 4 kinds (a model shared with the scenario, no call records)');
    back.streams.forEach((s, k) => {
      const before = model.streams[k]!;
      expect(s.kind).toBe(before.kind);
      expect(s.ratePerHour).toHaveLength(168);
      s.ratePerHour.forEach((r, h) => expect(Math.abs(r - before.ratePerHour[h]!)).toBeLessThanOrEqual(before.ratePerHour[h]! * 5e-4));
      expect(Math.abs(s.holding.meanSec / before.holding.meanSec - 1)).toBeLessThan(1e-7);
      expect(s.holding.kind).toBe(before.holding.kind);
    });
    expect(back.streams[1]!.holding).toEqual({ kind: 'lognormal', meanSec: 95.5, cv: 1.23457 });
  });

  it('keeps an empirical model as its 101 percentiles, minimum and maximum included', () => {
    const shared = compactTrafficModel(handModel(), { dataEndMs: 0 });
    const h = shared.streams[3]!.holding;
    expect(h.kind).toBe('empirical');
    const q = (h as Extract<typeof h, { kind: 'empirical' }>).quantilesSec;
    expect(q).toHaveLength(SHARED_QUANTILES);
    expect([q[0], q[50], q[100]]).toEqual([20, 269.5, 519]);
  });

  it('turns an empirical model without samples into a constant one', () => {
    const model: TrafficModel = { ...handModel(), streams: [{ kind: 'dial', ratePerHour: new Float64Array(168), holding: { kind: 'empirical', samplesSec: new Float64Array(0), meanSec: 0 } }] };
    expect(compactTrafficModel(model, { dataEndMs: 0 }).streams[0]!.holding).toEqual({ kind: 'constant', meanSec: 0 });
  });
});

describe('a shared model of the outbound-team sample (scenarios/outbound-team.csv)', () => {
  let sample: SampleTable;
  let fitted: TrafficModel;
  let shared: SharedTrafficModel;

  beforeAll(async () => {
    sample = await sampleTable('outbound-team');
    fitted = fitTrafficModel(sample.table, { timeZone: sample.timeZone, portKinds: DEFAULT_PORT_KINDS, holding: 'empirical', arrivals: 'poisson', source: sample.fileName });
    shared = compactTrafficModel(fitted, { dataEndMs: lastEndMs(sample.table) });
  }, 60_000);

  it('reproduces each empirical holding time’s mean within 1 % and its median within 2 %', () => {
    const back = expandTrafficModel(shared);
    expect(fitted.streams.length).toBeGreaterThan(1);
    fitted.streams.forEach((s, k) => {
      const before = s.holding as Extract<HoldingModel, { kind: 'empirical' }>;
      const after = back.streams[k]!.holding as Extract<HoldingModel, { kind: 'empirical' }>;
      expect(Math.abs(mean(after.samplesSec) / mean(before.samplesSec) - 1)).toBeLessThan(0.01);
      expect(Math.abs(quantile(after.samplesSec, 0.5) / quantile(before.samplesSec, 0.5) - 1)).toBeLessThan(0.02);
      // Never outside the observed range.
      expect(Math.min(...after.samplesSec)).toBeGreaterThanOrEqual(Math.min(...before.samplesSec) * 0.999);
      expect(Math.max(...after.samplesSec)).toBeLessThanOrEqual(Math.max(...before.samplesSec) * 1.001);
    });
  });

  it('gives the same busy-hour blocking as the fitted model, within the confidence interval (same seed)', () => {
    const back = expandTrafficModel(shared);
    const whatIf = { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } };
    const range = defaultPortRange(fitted, whatIf);
    const month = defaultHorizon(sample.timeZone, lastEndMs(sample.table));
    const opts: SimulationOptions = { startMs: month.startMs, endMs: month.endMs, portsLo: range.lo, portsHi: range.hi, whatIf, seed: 'shared-model' };
    const R = 40;
    const original = summarizeReplications(fitted, opts, runReplications(fitted, opts, 0, R), 0);
    const expanded = summarizeReplications(back, opts, runReplications(back, opts, 0, R), 0);
    expect(expanded.busyHourOfWeek).toBe(original.busyHourOfWeek);
    let compared = 0;
    original.table.forEach((row, k) => {
      const a = row.busyHourBlocking;
      const b = expanded.table[k]!.busyHourBlocking;
      if (a.mean < 0.001) return;
      compared++;
      const halfWidth = Math.max(a.hi - a.mean, b.hi - b.mean);
      expect(Math.abs(b.mean - a.mean), `${row.ports} ports`).toBeLessThanOrEqual(halfWidth);
    });
    expect(compared).toBeGreaterThan(3);
  }, 60_000);

  it('keeps the share link of a scenario carrying it under 8 KB, and reads it back', () => {
    const scenario: WorkbenchScenario = {
      version: 2, id: 'a1', name: 'Outbound team', notes: 'October', createdAt: NOW, updatedAt: NOW, seed: '1',
      dataSet: { id: 'ds-1', name: sample.fileName }, trafficModel: shared,
      pages: { ports: { source: 'data', holding: 'empirical', growthPct: 20, seed: '1' }, recharge: { seed: '1' }, storage: { seed: '1' }, licenses: { seed: '1' }, contract: { seed: '1' } },
    };
    const text = encodeShare(scenario);
    const url = `https://headroom.example/#/scenarios?share=${text}`;
    expect(url.length).toBeLessThan(8 * 1024);
    expect(decodeShare(text)).toEqual(scenario);
  });
});
