/** Small frozen storage results for the Storage page's tests, built by hand so every number is known. */
import { STORAGE_VARIANTS, type Quantiles, type RemedySavings, type StorageMonth, type StorageResult, type StorageVariant } from '../../../../src/core/storage/types.ts';

const GB = 1e9;
const q = (p50: number, spread = 0): Quantiles => ({ p5: p50 - spread, p50, p95: p50 + spread });

/**
 * A month with records, lists, recordings and files of `gb` GB each (stacked: gb, 2gb, 3gb, 4gb),
 * the total's band ±5 GB, and the fee `feeCents` (mean = p50; p95 half as much again).
 */
export function makeMonth(month: string, gb: [number, number, number, number], feeCents = 0, feeShare = feeCents > 0 ? 1 : 0): StorageMonth {
  const [r, l, c, f] = gb;
  const total = r + l + c + f;
  const byVariant = Object.fromEntries(STORAGE_VARIANTS.map((v) => [v, v === 'none' ? feeCents : 0])) as Record<StorageVariant, number>;
  return {
    month,
    stackedBytes: { records: q(r * GB), lists: q((r + l) * GB), recordings: q((r + l + c) * GB), files: q(total * GB) },
    componentBytes: { records: q(r * GB), lists: q(l * GB), recordings: q(c * GB), files: q(f * GB) },
    totalGb: q(total, 5),
    feeCents: { mean: feeCents, p50: feeCents, p95: feeCents * 1.5 },
    feeMeanCentsByVariant: byVariant,
    feeShare,
  };
}

/** A remedy saving `saved12` and `savedAll` cents (mean, ±10 %). */
export function makeRemedy(variant: RemedySavings['variant'], label: string, saved12: number, savedAll: number, feeAll = 0): RemedySavings {
  return {
    variant,
    label,
    savings12Cents: { mean: saved12, lo: saved12 * 0.9, hi: saved12 * 1.1 },
    savingsHorizonCents: { mean: savedAll, lo: savedAll * 0.9, hi: savedAll * 1.1 },
    feeHorizonMeanCents: feeAll,
  };
}

/**
 * Three months from November 2026 under a 125 GB allowance billed $15 per started 10 GB block:
 * 87 GB (free), 120 GB (free), 137.5 GB (12.5 GB over = 2 blocks = $30).
 */
export function makeResult(overrides: Partial<StorageResult> = {}): StorageResult {
  return {
    seed: '1',
    replications: 200,
    elapsedMs: 100,
    basis: 'peak',
    allowanceBytes: 125 * GB,
    months: [makeMonth('2026-11', [40, 20, 20, 7]), makeMonth('2026-12', [50, 30, 30, 10]), makeMonth('2027-01', [55, 35, 37.5, 10], 3000)],
    firstFeeMonth: '2027-01',
    firstPossibleFeeMonth: '2026-12',
    remedies: [
      makeRemedy('purge', 'Purge 80 % of unused records once', 1500, 1500, 1500),
      makeRemedy('retention', 'Delete recordings and files older than 90 days', 3000, 3000, 0),
      makeRemedy('partialLists', 'Upload only the next 10,000 names of each list', 1500, 1500, 1500),
      makeRemedy('combined', 'All three together', 3000, 3000, 0),
    ],
    invoice: { month: '2026-11', billedBytes: 87 * GB, allowanceBytes: 125 * GB, overBytes: 0, quantity: 0, unit: 'block of 10 GB', unitPriceCents: 1500, feeCents: 0 },
    fee12MeanCents: 3000,
    feeHorizonMeanCents: 3000,
    ...overrides,
  };
}

export const FEE = { allowanceGb: 125, pricing: 'per-block', blockGb: 10, priceCents: 1500, basis: 'peak' } as const;
