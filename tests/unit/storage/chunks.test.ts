// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runStorageChunk } from '../../../src/core/storage/run-storage-chunk.ts';
import { simulateStorage } from '../../../src/core/storage/simulate-storage.ts';
import { storageBuffers } from '../../../src/core/storage/storage-buffers.ts';
import { summarizeStorage } from '../../../src/core/storage/summarize-storage.ts';
import { livelyInput } from './fixtures.ts';

describe('runStorageChunk(input, from, to)', () => {
  const input = livelyInput({ months: 12 });

  it('gives the same replications in one chunk or several (seeded by index alone)', () => {
    const one = runStorageChunk(input, 0, 10);
    const several = [...runStorageChunk(input, 0, 3), ...runStorageChunk(input, 3, 7), ...runStorageChunk(input, 7, 10)];
    expect(several).toEqual(one);
    expect(simulateStorage(input, 5)).toEqual(one[5]);
    expect(one.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reproduces a seed, and another seed gives other draws', () => {
    expect(runStorageChunk(input, 0, 2)).toEqual(runStorageChunk(structuredClone(input), 0, 2));
    expect(runStorageChunk({ ...input, seed: 'other' }, 0, 1)[0]!.endBytes).not.toEqual(runStorageChunk(input, 0, 1)[0]!.endBytes);
  });

  it('refuses a backwards or fractional range, naming itself', () => {
    expect(() => runStorageChunk(input, 3, 2)).toThrow(/runStorageChunk/);
    expect(() => runStorageChunk(input, 0.5, 2)).toThrow(/runStorageChunk/);
  });

  it('refuses an input it cannot simulate, naming the field', () => {
    expect(() => runStorageChunk({ ...input, months: 0 }, 0, 1)).toThrow(/simulateStorage: months/);
    expect(() => runStorageChunk({ ...input, startMonth: '2026-13' }, 0, 1)).toThrow(/startMonth/);
    expect(() => runStorageChunk({ ...input, records: { ...input.records, unusedShare: 2 } }, 0, 1)).toThrow(/records\.unusedShare/);
  });
});

describe('storageBuffers(results)', () => {
  it('lists the three typed arrays of every replication once, for transfer', () => {
    const results = runStorageChunk(livelyInput({ months: 12 }), 0, 4);
    const buffers = storageBuffers(results);
    expect(buffers).toHaveLength(12);
    expect(new Set(buffers).size).toBe(12);
    expect(buffers).toContain(results[2]!.feeCents.buffer);
  });
});

describe('summarizeStorage(input, results, elapsedMs)', () => {
  const input = livelyInput({ months: 14, fee: { allowanceGb: 70 } });
  const results = runStorageChunk(input, 0, 30);
  const summary = summarizeStorage(input, results, 12);

  it('does not depend on the order the replications came back in', () => {
    expect(summarizeStorage(input, [...results].reverse(), 12)).toEqual(summary);
  });

  it('labels months from the start month, stacks the components and orders the quantiles', () => {
    expect(summary.months.map((m) => m.month).slice(0, 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(summary.months.at(-1)!.month).toBe('2027-12');
    for (const m of summary.months) {
      const { records, lists, recordings, files } = m.stackedBytes;
      expect(records.p50).toBeLessThanOrEqual(lists.p50);
      expect(lists.p50).toBeLessThanOrEqual(recordings.p50);
      expect(recordings.p50).toBeLessThanOrEqual(files.p50);
      expect(files.p50 / 1e9).toBeCloseTo(m.totalGb.p50, 9);
      expect(m.totalGb.p5).toBeLessThanOrEqual(m.totalGb.p50);
      expect(m.totalGb.p50).toBeLessThanOrEqual(m.totalGb.p95);
      expect(m.feeCents.mean).toBeCloseTo(m.feeMeanCentsByVariant.none, 9);
    }
  });

  it('names the first month whose median fee is above 0, and the first whose mean is', () => {
    const byMedian = summary.months.find((m) => m.feeCents.p50 > 0)!.month;
    expect(summary.firstFeeMonth).toBe(byMedian);
    expect(summary.firstPossibleFeeMonth! <= summary.firstFeeMonth!).toBe(true);
    const never = summarizeStorage({ ...input, fee: { ...input.fee, allowanceGb: 1e6 } }, runStorageChunk({ ...input, fee: { ...input.fee, allowanceGb: 1e6 } }, 0, 3), 0);
    expect([never.firstFeeMonth, never.firstPossibleFeeMonth]).toEqual([null, null]);
  });

  it("sums savings over the first 12 months and the horizon per replication, and bills the coming month's median size", () => {
    const M = input.months;
    const saved12 = results.map((r) => {
      let s = 0;
      for (let m = 0; m < 12; m++) s += r.feeCents[m]! - r.feeCents[2 * M + m]!;
      return s;
    });
    expect(summary.remedies[1]!.variant).toBe('retention');
    expect(summary.remedies[1]!.savings12Cents.mean).toBeCloseTo(saved12.reduce((a, b) => a + b) / saved12.length, 6);
    expect(summary.invoice.month).toBe('2026-11');
    expect(summary.invoice.billedBytes).toBe(summary.months[0]!.stackedBytes.files.p50);
  });

  it('refuses no replications or a duplicate, naming itself', () => {
    expect(() => summarizeStorage(input, [], 0)).toThrow(/summarizeStorage/);
    expect(() => summarizeStorage(input, [results[0]!, results[0]!], 0)).toThrow(/appears twice/);
  });
});
