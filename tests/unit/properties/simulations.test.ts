// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parametricModel } from '../../../src/core/ports/parametric-model.ts';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { ReplicationResult } from '../../../src/core/ports/types.ts';
import { runRechargeChunk, summarizeRecharge } from '../../../src/core/recharge/index.ts';
import { runStorageChunk } from '../../../src/core/storage/run-storage-chunk.ts';
import { storageInput } from '../../../src/core/storage/storage-input.ts';
import { STORAGE_VARIANTS } from '../../../src/core/storage/types.ts';
import { runChunks } from '../../../src/core/sim/run-chunks.ts';
import { HOUR_MS, MONDAY, options, plain, whatIf } from '../ports/simulate-fixtures.ts';
import { bumpyInput } from '../recharge/fixtures.ts';
import { props, timeoutFor } from './prop-runs.ts';

/** A small random parametric model: up to a few erlangs, any holding distribution, any zone. */
const smallModel = fc.record({
  callsPerHour: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 24, maxLength: 24 }),
  weekdayFactors: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 7, maxLength: 7 }),
  meanHoldingSec: fc.integer({ min: 5, max: 400 }),
  distribution: fc.constantFrom('exponential', 'lognormal', 'constant') as fc.Arbitrary<'exponential' | 'lognormal' | 'constant'>,
  cv: fc.double({ min: 0.2, max: 2.5, noNaN: true }),
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata'),
}).map((spec) => parametricModel(spec));

const runOptions = fc.record({
  hours: fc.integer({ min: 1, max: 36 }),
  portsLo: fc.integer({ min: 0, max: 6 }),
  width: fc.integer({ min: 0, max: 12 }),
  seed: fc.string({ maxLength: 8 }),
  growthPct: fc.integer({ min: -50, max: 100 }),
}).map((o) => options({
  startMs: MONDAY, endMs: MONDAY + o.hours * HOUR_MS, portsLo: o.portsLo, portsHi: o.portsLo + o.width,
  seed: o.seed, whatIf: whatIf({ growthPct: o.growthPct }),
}));

function nonIncreasing(values: ArrayLike<number>): boolean {
  for (let k = 1; k < values.length; k++) if (values[k] > values[k - 1]) return false;
  return true;
}

describe('simulateReplication(model, opts, index) (properties)', () => {
  it('never blocks more when ports are added (whole horizon and busy hour), and the same seed gives the same bytes', () => {
    fc.assert(
      fc.property(smallModel, runOptions, fc.nat({ max: 1000 }), (model, opts, index) => {
        const r = simulateReplication(model, opts, index);
        expect(nonIncreasing(r.blocked)).toBe(true);
        expect(nonIncreasing(r.busyHourBlocked)).toBe(true);
        expect(r.blocked[r.blocked.length - 1]).toBeLessThanOrEqual(r.offered);
        expect(plain(simulateReplication(model, opts, index))).toEqual(plain(r));
      }),
      props(120),
    );
  }, timeoutFor(15_000));
});

describe('runChunks over the port simulation (properties)', () => {
  it('gives the same summary for the same seed whatever the lanes, chunk timings and order of completion', async () => {
    const model = parametricModel({ callsPerHour: Array<number>(24).fill(60), weekdayFactors: Array<number>(7).fill(1), meanHoldingSec: 120, distribution: 'exponential', timeZone: 'UTC' });
    const opts = options({ endMs: MONDAY + 6 * HOUR_MS, portsLo: 1, portsHi: 6 });
    const replications = 24;
    const all = Array.from({ length: replications }, (_, i) => simulateReplication(model, opts, i));
    const reference = summarizeReplications(model, opts, all, 0);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 }), fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 30 }), async (lanes, delays) => {
        let call = 0;
        // Fake lanes: each chunk answers after a random number of macrotask turns, so chunks finish out of order.
        const runChunk = async (_lane: number, from: number, to: number): Promise<ReplicationResult[]> => {
          const turns = delays[call++ % delays.length];
          for (let t = 0; t < turns; t++) await new Promise((r) => setTimeout(r, 0));
          return all.slice(from, to);
        };
        const summary = await runChunks({ replications, lanes, runChunk, summarize: (rs) => summarizeReplications(model, opts, rs, 0), partialEveryMs: 0 });
        expect(summary).toEqual(reference);
      }),
      props(40),
    );
  }, timeoutFor(15_000));
});

describe('the recharge simulation (properties)', () => {
  const pZero = (patch: Parameters<typeof bumpyInput>[0]) => {
    const input = bumpyInput(patch);
    return summarizeRecharge(input, runRechargeChunk(input, 0, 30), 1).pZero.mean;
  };

  it('never raises the zero-balance probability when the threshold is larger (same seed and usage)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), fc.string({ maxLength: 6 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }), fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 80 }),
        (lower, step, seed, declineProbability, creditDelayHours, growthPct) => {
          const common = { seed, declineProbability, creditDelayHours, growthPct, months: 2 };
          expect(pZero({ ...common, thresholdDays: lower + step })).toBeLessThanOrEqual(pZero({ ...common, thresholdDays: lower }));
        },
      ),
      props(40),
    );
  }, timeoutFor(20_000));
});

describe('the storage forecast (properties)', () => {
  const settings = fc.record({
    seed: fc.string({ maxLength: 6 }),
    fee: fc.record({
      allowanceGb: fc.integer({ min: 0, max: 300 }),
      pricing: fc.constantFrom('per-gb', 'per-block') as fc.Arbitrary<'per-gb' | 'per-block'>,
      blockGb: fc.integer({ min: 1, max: 60 }),
      priceCents: fc.integer({ min: 1, max: 5_000 }),
      basis: fc.constantFrom('peak', 'month-end') as fc.Arbitrary<'peak' | 'month-end'>,
    }),
    remedies: fc.record({
      purge: fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), schedule: fc.constantFrom('once', 'monthly') as fc.Arbitrary<'once' | 'monthly'> }),
      retention: fc.record({ days: fc.integer({ min: 1, max: 1_500 }) }),
      partialLists: fc.record({ namesPerList: fc.integer({ min: 1, max: 200_000 }), trimCurrent: fc.boolean() }),
    }),
  });

  it('never lets a remedy (or all together) raise the fee, in any replication or month', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const input = storageInput({ seed: 'lively', startMonth: '2026-11', months: 18 }, s);
        const M = input.months;
        for (const r of runStorageChunk(input, 0, 4)) {
          for (let v = 1; v < STORAGE_VARIANTS.length; v++) {
            for (let m = 0; m < M; m++) {
              if (r.feeCents[v * M + m]! > r.feeCents[m]!) expect.fail(`variant ${v} month ${m}: ${r.feeCents[v * M + m]} > ${r.feeCents[m]}`);
            }
          }
        }
      }),
      props(60),
    );
  }, timeoutFor(15_000));
});
