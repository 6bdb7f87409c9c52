// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runStorageChunk } from '../../../src/core/storage/run-storage-chunk.ts';
import { summarizeStorage } from '../../../src/core/storage/summarize-storage.ts';
import type { StorageSettings } from '../../../src/core/storage/storage-input.ts';
import { STORAGE_VARIANTS } from '../../../src/core/storage/types.ts';
import { livelyInput, VARIANT } from './fixtures.ts';

// Fee rules and remedies chosen so each remedy saves something in some months but not all.
const CASES: [string, StorageSettings][] = [
  ['blocks on the peak', { fee: { allowanceGb: 80, pricing: 'per-block', blockGb: 10, priceCents: 2_000, basis: 'peak' } }],
  ['per GB at month-end', { fee: { allowanceGb: 60, pricing: 'per-gb', priceCents: 37, basis: 'month-end' } }],
  ['small blocks, monthly purge', { fee: { allowanceGb: 70, blockGb: 1, priceCents: 150 }, remedies: { purge: { share: 0.3, schedule: 'monthly' } } }],
  ['long retention, no trim', { remedies: { retention: { days: 400 }, partialLists: { namesPerList: 50_000, trimCurrent: false } } }],
];

describe.each(CASES)('the remedies (%s)', (_name, settings) => {
  const input = livelyInput({ ...settings, seed: `remedies-${_name}` });
  const results = runStorageChunk(input, 0, 60);
  const M = input.months;

  // Violations are collected and compared once: an expect per cell would dominate the run time.
  it('never raise the fee, in any replication or month', () => {
    const raised: string[] = [];
    for (const r of results) {
      for (let m = 0; m < M; m++) {
        for (let v = 1; v < STORAGE_VARIANTS.length; v++) if (r.feeCents[v * M + m]! > r.feeCents[m]!) raised.push(`replication ${r.index}, month ${m}, variant ${v}`);
      }
    }
    expect(raised).toEqual([]);
  });

  it('together never cost more than any one of them, in any replication or month', () => {
    const dearer: string[] = [];
    for (const r of results) {
      for (let m = 0; m < M; m++) {
        const combined = r.feeCents[VARIANT.combined * M + m]!;
        for (const v of [VARIANT.purge, VARIANT.retention, VARIANT.partialLists]) if (combined > r.feeCents[v * M + m]!) dearer.push(`replication ${r.index}, month ${m}, variant ${v}`);
      }
    }
    expect(dearer).toEqual([]);
  });

  it('never hold more bytes than doing nothing, on either basis', () => {
    const larger: string[] = [];
    for (const r of results) {
      for (let i = 0; i < M * 4; i++) {
        for (let v = 1; v < STORAGE_VARIANTS.length; v++) {
          const j = v * M * 4 + i;
          if (r.peakBytes[j]! > r.peakBytes[i]! || r.endBytes[j]! > r.endBytes[i]! || r.endBytes[j]! > r.peakBytes[j]!) larger.push(`replication ${r.index}, cell ${i}, variant ${v}`);
        }
      }
    }
    expect(larger).toEqual([]);
  });

  it('together save at least as much as the best single remedy, over 12 months and the horizon', () => {
    const summary = summarizeStorage(input, results, 0);
    const [purge, retention, partial, combined] = summary.remedies;
    for (const key of ['savings12Cents', 'savingsHorizonCents'] as const) {
      const best = Math.max(purge![key].mean, retention![key].mean, partial![key].mean);
      expect(combined![key].mean).toBeGreaterThanOrEqual(best);
      for (const x of summary.remedies) expect(x[key].mean).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the remedies on the default assumptions', () => {
  it('save something (the invariants above are not vacuous)', () => {
    const input = livelyInput();
    const summary = summarizeStorage(input, runStorageChunk(input, 0, 40), 0);
    expect(summary.feeHorizonMeanCents).toBeGreaterThan(0);
    for (const r of summary.remedies) expect(r.savingsHorizonCents.mean).toBeGreaterThan(0);
  });
});
