import { describe, expect, it } from 'vitest';
import { SensitivityRun, type RunJob } from '../../../../src/app/sensitivity/sensitivity-run.svelte.ts';
import { scaleInflow, STORAGE_OUTPUTS, storagePlan, storageVariants } from '../../../../src/app/sensitivity/storage-sensitivity.ts';
import { defaultStorageInputs, storageSettings, type StorageInputs } from '../../../../src/app/state/storage-inputs.ts';
import { runTaskChunk } from '../../../../src/core/sim/sim-task.ts';
import { storageInput } from '../../../../src/core/storage/storage-input.ts';
import type { StorageInput } from '../../../../src/core/storage/types.ts';
import { changedPaths } from './changed-paths.ts';

/** The Storage page's default form as the core's input (the default scenario's team). */
function pageInput(patch: Partial<StorageInputs> = {}): StorageInput {
  return storageInput({ startMonth: '2026-11' }, storageSettings({ ...defaultStorageInputs(), ...patch }));
}

const inProcess: RunJob = async (job, signal) => {
  signal.throwIfAborted();
  return job.summarize(runTaskChunk(job.task, 0, job.replications) as never, 0);
};

describe('storageVariants(base, pct)', () => {
  it('moves growth, new records, recorded minutes, retention, price and allowance, keeping the seed', () => {
    const base = pageInput();
    const variants = storageVariants(base, 20);
    expect(variants.map((v) => v.label)).toEqual([
      'Growth (everything added a month)', 'New records a month', 'Recorded minutes a month', 'Retention, days', 'Price per 10.0 GB block', 'Allowance, GB',
    ]);
    for (const v of variants) expect([v.low.seed, v.high.seed]).toEqual([base.seed, base.seed]);
  });

  it('changes exactly one input in each variant (growth: every monthly inflow together)', () => {
    const base = pageInput();
    const expected = [
      ['records.newPerMonth', 'lists.listsPerMonth', 'recordings.minutesPerMonth', 'files.bytesPerMonth'],
      ['records.newPerMonth'],
      ['recordings.minutesPerMonth'],
      ['remedies.retention.days'],
      ['fee.priceCents'],
      ['fee.allowanceGb'],
    ];
    storageVariants(base, 20).forEach((v, i) => {
      expect(changedPaths(base, v.low)).toEqual(expected[i]);
      expect(changedPaths(base, v.high)).toEqual(expected[i]);
    });
  });

  it('moves each by the stated amount: ±20 % of the value, whole days and cents', () => {
    const [growth, records, minutes, retention, price, allowance] = storageVariants(pageInput(), 20);
    expect(growth!.high.files.bytesPerMonth).toBeCloseTo(150e6 * 1.2, 3);
    expect(growth!.low.lists.listsPerMonth).toBeCloseTo(2.4, 12);
    expect([records!.low.records.newPerMonth, records!.high.records.newPerMonth]).toEqual([9_600, 14_400]);
    expect([minutes!.low.recordings.minutesPerMonth, minutes!.high.recordings.minutesPerMonth]).toEqual([16_000, 24_000]);
    expect([retention!.low.remedies.retention.days, retention!.high.remedies.retention.days]).toEqual([72, 108]);
    expect([retention!.lowText, retention!.highText]).toEqual(['72 days', '108 days']);
    expect([price!.low.fee.priceCents, price!.high.fee.priceCents]).toEqual([1_200, 1_800]);
    expect([allowance!.low.fee.allowanceGb, allowance!.high.fee.allowanceGb]).toEqual([100, 150]);
  });

  it('names the price per GB when the fee is billed per GB, and keeps what is stored now', () => {
    const base = pageInput({ pricing: 'per-gb', priceCents: 25 });
    const price = storageVariants(base, 20)[4]!;
    expect(price.label).toBe('Price per GB');
    expect([price.low.fee.priceCents, price.high.fee.priceCents]).toEqual([20, 30]);
    expect(scaleInflow(base, 2).recordings.bytes).toBe(base.recordings.bytes);
  });

  it('moves a zero by its least step and never below zero', () => {
    const [, , , retention, , allowance] = storageVariants(pageInput({ retentionDays: 0, allowanceGb: 0 }), 20);
    expect([retention!.low.remedies.retention.days, retention!.high.remedies.retention.days]).toEqual([0, 1]);
    expect([allowance!.low.fee.allowanceGb, allowance!.high.fee.allowanceGb]).toEqual([0, 1]);
  });

  it('refuses a share outside (0, 100], naming the function', () => {
    for (const pct of [0, 100.5, NaN]) expect(() => storageVariants(pageInput(), pct)).toThrow(/storageVariants: pct/);
  });
});

describe('the Storage tornado on the real forecast', () => {
  it('moves the fee the way its inputs must, with the same random months in every run', async () => {
    const run = new SensitivityRun(inProcess);
    // A small allowance, so that the first year is billed.
    await run.run('storage', () => storagePlan(pageInput({ allowanceGb: 30 }), 20), 20);
    expect(run.status).toBe('done');
    expect(run.done).toBe(13);
    const o = run.outcomes.storage!;
    const byLabel = (label: string) => o.runs.find((r) => r.label.startsWith(label))!;
    // Retention acts only in the remedies: the fee of doing nothing stays exactly as it was.
    const retention = byLabel('Retention');
    expect([retention.low.fee12, retention.high.fee12]).toEqual([o.base.fee12, o.base.fee12]);
    expect(retention.high.fee12Remedies).toBeGreaterThanOrEqual(retention.low.fee12Remedies!);
    // A per-block fee is blocks × price, and the same months give the same blocks.
    const price = byLabel('Price');
    expect(o.base.fee12).toBeGreaterThan(0);
    expect(price.high.fee12! / o.base.fee12!).toBeCloseTo(1.2, 9);
    expect(price.low.feeHorizon! / o.base.feeHorizon!).toBeCloseTo(0.8, 9);
    const growth = byLabel('Growth');
    expect(growth.high.gb12).toBeGreaterThan(o.base.gb12!);
    expect(growth.low.gb12).toBeLessThan(o.base.gb12!);
    expect(growth.high.fee12).toBeGreaterThanOrEqual(growth.low.fee12!);
    const allowance = byLabel('Allowance');
    expect(allowance.high.fee12).toBeLessThanOrEqual(allowance.low.fee12!);
    expect(Object.keys(o.base).sort()).toEqual(Object.keys(STORAGE_OUTPUTS).sort());
  });
});
