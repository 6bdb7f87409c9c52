/** Small factories for storage-forecast inputs: nothing grows and nothing is stored unless a test says so. */
import { storageInput, type StorageSettings } from '../../../src/core/storage/storage-input.ts';
import type { StorageFeeRule, StorageInput } from '../../../src/core/storage/types.ts';

/** A deterministic, empty store (cv 0, every size 0) with the given settings over it. */
export function emptyInput(settings: StorageSettings = {}): StorageInput {
  return storageInput(
    {
      seed: 'test',
      startMonth: '2027-01',
      months: 3,
      records: { count: 0, newPerMonth: 0, cv: 0 },
      lists: { rows: 0, listsPerMonth: 0, cv: 0 },
      recordings: { bytes: 0, historyMonths: 1, minutesPerMonth: 0, cv: 0 },
      files: { bytes: 0, historyMonths: 1, bytesPerMonth: 0, cv: 0 },
    },
    settings,
  );
}

/** A lively store with variation in every component, for invariants over many replications. */
export function livelyInput(settings: StorageSettings = {}): StorageInput {
  return storageInput({ seed: 'lively', startMonth: '2026-11', months: 36 }, settings);
}

export function feeRule(patch: Partial<StorageFeeRule> = {}): StorageFeeRule {
  return { allowanceGb: 50, pricing: 'per-block', blockGb: 10, priceCents: 2_000, basis: 'peak', ...patch };
}

/** Index into a replication's size arrays (variant × month × component). */
export const at = (input: StorageInput, variant: number, month: number, component: number) => (variant * input.months + month) * 4 + component;

export const VARIANT = { none: 0, purge: 1, retention: 2, partialLists: 3, combined: 4 } as const;
export const COMPONENT = { records: 0, lists: 1, recordings: 2, files: 3 } as const;
