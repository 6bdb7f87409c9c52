/**
 * Shapes of the storage-fee forecast (domain.md section 4): what is stored now, how it grows, how
 * the fee is computed, the three remedies, and what a replication and a whole run return. Plain
 * data and typed arrays only, so an input posts to a web worker and a replication transfers back.
 */
import type { Interval } from '../ports/types.ts';

/** One GB is 10^9 bytes, the decimal unit storage is sold and billed in (not 2^30). */
export const GB_BYTES = 1e9;

/** The stacked layers of the storage chart, bottom first; arrays indexed by component follow this order. */
export const STORAGE_COMPONENTS = ['records', 'lists', 'recordings', 'files'] as const;
export type StorageComponent = (typeof STORAGE_COMPONENTS)[number];

/** Doing nothing, each remedy alone, then all three together; arrays indexed by variant follow this order. */
export const STORAGE_VARIANTS = ['none', 'purge', 'retention', 'partialLists', 'combined'] as const;
export type StorageVariant = (typeof STORAGE_VARIANTS)[number];

/** Database records (leads, contacts, history). */
export interface RecordsModel {
  /** Records stored now. */
  count: number;
  bytesPerRecord: number;
  /** Mean new records a month, and the month-to-month coefficient of variation (lognormal). */
  newPerMonth: number;
  cv: number;
  /** Share (0..1) of the records, stored now and added later, that are never used again: what a purge may remove. */
  unusedShare: number;
}

/** Uploaded data lists (dialing lists), kept until someone deletes them. */
export interface ListsModel {
  /** List rows stored now. */
  rows: number;
  bytesPerRow: number;
  /** Rows in one uploaded list, and mean lists uploaded a month (rows a month = their product, lognormal with cv). */
  rowsPerList: number;
  listsPerMonth: number;
  cv: number;
}

/** Call recordings. */
export interface RecordingsModel {
  /** Recording bytes stored now, spread evenly over the `historyMonths` months before the forecast. */
  bytes: number;
  historyMonths: number;
  /** Mean recorded minutes a month, with their coefficient of variation (lognormal). */
  minutesPerMonth: number;
  cv: number;
  /** Bytes one recorded minute takes: the codec (240,000 for MP3 at 32 kbit/s), or measured from the export. */
  bytesPerMinute: number;
}

/** Other files on the Files tab (exports, audio prompts, attachments). */
export interface FilesModel {
  /** Bytes stored now, spread evenly over the `historyMonths` months before the forecast. */
  bytes: number;
  historyMonths: number;
  /** Mean bytes added a month, with their coefficient of variation (lognormal). */
  bytesPerMonth: number;
  cv: number;
}

export interface StorageFeeRule {
  /** Included allowance in GB (10^9 bytes); storage at or under it is free. */
  allowanceGb: number;
  /** 'per-gb': GB over the allowance × price, rounded up to the cent; 'per-block': every started block of `blockGb` over it × price. */
  pricing: 'per-gb' | 'per-block';
  blockGb: number;
  /** Price of one GB ('per-gb') or of one block ('per-block'), integer cents. */
  priceCents: number;
  /** The size billed: the month's highest ('peak', before the month-end clean-up) or its size after it ('month-end'). */
  basis: 'peak' | 'month-end';
}

export interface StorageRemedies {
  /** Delete `share` (0..1) of the unused records, at the end of the first month or of every month. */
  purge: { share: number; schedule: 'once' | 'monthly' };
  /** Delete recordings and other files older than `days` days, at every month-end. */
  retention: { days: number };
  /** Upload only the next `namesPerList` names of each list; `trimCurrent` cuts the stored lists the same way at the first month-end. */
  partialLists: { namesPerList: number; trimCurrent: boolean };
}

/** Everything a forecast needs; plain structured-cloneable data. */
export interface StorageInput {
  /** Scenario seed; replication i draws from childSeed(seed, i). */
  seed: string;
  /** The first forecast month, 'YYYY-MM' (the coming month, whose invoice is shown). */
  startMonth: string;
  /** Forecast length in months (1–60). */
  months: number;
  records: RecordsModel;
  lists: ListsModel;
  recordings: RecordingsModel;
  files: FilesModel;
  fee: StorageFeeRule;
  remedies: StorageRemedies;
  /** Where the recording figures came from, for people: "outbound-team.csv, October 2026". */
  source?: string;
}

/**
 * One replication: sizes per variant × month × component at index (v × months + m) × 4 + c, in
 * bytes, and the fee per variant × month at v × months + m, in integer cents.
 */
export interface StorageReplication {
  index: number;
  /** The month's highest size: after its growth, before its month-end clean-up. */
  peakBytes: Float64Array;
  /** The size after the month-end clean-up (equal to the peak for 'none'). */
  endBytes: Float64Array;
  feeCents: Float64Array;
}

export interface Quantiles {
  p5: number;
  p50: number;
  p95: number;
}

/** One forecast month of doing nothing, in billed bytes (the fee's basis). */
export interface StorageMonth {
  /** 'YYYY-MM'. */
  month: string;
  /** Quantiles of the cumulative size up to and including each component (the top edge of its stacked layer). */
  stackedBytes: Record<StorageComponent, Quantiles>;
  /** Quantiles of each component alone. */
  componentBytes: Record<StorageComponent, Quantiles>;
  totalGb: Quantiles;
  /** The month's fee in cents: mean and quantiles over replications. */
  feeCents: { mean: number; p50: number; p95: number };
  /** Mean fee in cents for every variant (the lines of a "fee with each remedy" chart). */
  feeMeanCentsByVariant: Record<StorageVariant, number>;
  /** Share of replications billed a fee this month. */
  feeShare: number;
}

export interface RemedySavings {
  variant: Exclude<StorageVariant, 'none'>;
  /** For people: "Purge 80 % of unused records once". */
  label: string;
  /** Fee saved against doing nothing over the first 12 months (or the horizon if shorter), cents, mean with 95 % interval. */
  savings12Cents: Interval;
  /** Fee saved over the whole horizon, cents. */
  savingsHorizonCents: Interval;
  /** Mean fee paid over the horizon with this remedy, cents. */
  feeHorizonMeanCents: number;
}

/** The coming month's bill, at the median replication's billed size. */
export interface StorageInvoice {
  month: string;
  billedBytes: number;
  allowanceBytes: number;
  overBytes: number;
  /** GB over the allowance ('per-gb') or started blocks ('per-block'). */
  quantity: number;
  unit: string;
  unitPriceCents: number;
  feeCents: number;
}

export interface StorageResult {
  seed: string;
  replications: number;
  elapsedMs: number;
  basis: StorageFeeRule['basis'];
  allowanceBytes: number;
  months: StorageMonth[];
  /** First month whose median fee is above zero (more likely billed than not); null when none is. */
  firstFeeMonth: string | null;
  /** First month whose mean fee is above zero (billed in at least one replication); null when none is. */
  firstPossibleFeeMonth: string | null;
  remedies: RemedySavings[];
  invoice: StorageInvoice;
  /** Mean fee in cents over the first 12 months and the horizon, doing nothing. */
  fee12MeanCents: number;
  feeHorizonMeanCents: number;
}
