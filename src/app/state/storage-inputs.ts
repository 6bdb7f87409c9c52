/**
 * The Storage page's form: shape, defaults, the checks a run needs, the repair of a stored copy
 * (a value written by another version of the app must never break the page), and its translation
 * into the core's settings. Sizes are in the units people read on an invoice (KB, GB = 10^9 bytes),
 * variations and shares in percent, money in integer cents.
 */
import { monthLabel } from '../../core/storage/month-calendar.ts';
import type { RecordingStats } from '../../core/storage/recording-stats-from-calls.ts';
import type { StorageSettings } from '../../core/storage/storage-input.ts';

export interface StorageInputs {
  recordsCount: number;
  recordKb: number;
  recordsPerMonth: number;
  recordsCvPct: number;
  unusedPct: number;
  listRows: number;
  listRowBytes: number;
  rowsPerList: number;
  listsPerMonth: number;
  listsCvPct: number;
  /** Recordings stored now; null = `recordingsMonths` months at the current rate. */
  recordingsGb: number | null;
  recordingsMonths: number;
  /** Null = measured from the data set, or the core's default without one. */
  recordedMinutes: number | null;
  recordingKbPerMinute: number | null;
  recordingsCvPct: number;
  filesGb: number;
  filesMonths: number;
  filesGbPerMonth: number;
  filesCvPct: number;
  allowanceGb: number;
  pricing: 'per-gb' | 'per-block';
  blockGb: number;
  priceCents: number;
  basis: 'peak' | 'month-end';
  purgePct: number;
  purgeSchedule: 'once' | 'monthly';
  retentionDays: number;
  namesPerList: number;
  trimLists: boolean;
  months: number;
  replications: number;
  seed: string;
}

type NumberKey = { [K in keyof StorageInputs]: StorageInputs[K] extends number | null ? K : never }[keyof StorageInputs];

interface NumberRule {
  lo: number;
  hi: number;
  whole?: boolean;
  nullable?: boolean;
  problem: string;
}

/** Every number of the form with its range: one table serves both the checks and the repair. */
const NUMBERS: Record<NumberKey, NumberRule> = {
  recordsCount: { lo: 0, hi: 1e12, problem: 'Records stored must be 0 or more.' },
  recordKb: { lo: 0, hi: 1e6, problem: 'A record’s size must be 0 KB or more.' },
  recordsPerMonth: { lo: 0, hi: 1e12, problem: 'New records a month must be 0 or more.' },
  recordsCvPct: { lo: 0, hi: 1000, problem: 'The variation must be 0 to 1,000 %.' },
  unusedPct: { lo: 0, hi: 100, problem: 'The unused share must be 0 to 100 %.' },
  listRows: { lo: 0, hi: 1e12, problem: 'List rows stored must be 0 or more.' },
  listRowBytes: { lo: 0, hi: 1e9, problem: 'A row’s size must be 0 bytes or more.' },
  rowsPerList: { lo: 1, hi: 1e12, problem: 'A list has at least one row.' },
  listsPerMonth: { lo: 0, hi: 1e6, problem: 'Lists a month must be 0 or more.' },
  listsCvPct: { lo: 0, hi: 1000, problem: 'The variation must be 0 to 1,000 %.' },
  recordingsGb: { lo: 0, hi: 1e6, nullable: true, problem: 'Recordings stored must be 0 GB or more, or empty.' },
  recordingsMonths: { lo: 1, hi: 240, whole: true, problem: 'Recordings go back 1 to 240 whole months.' },
  recordedMinutes: { lo: 0, hi: 1e10, nullable: true, problem: 'Recorded minutes must be 0 or more, or empty.' },
  recordingKbPerMinute: { lo: 0, hi: 1e5, nullable: true, problem: 'KB per minute must be 0 or more, or empty.' },
  recordingsCvPct: { lo: 0, hi: 1000, problem: 'The variation must be 0 to 1,000 %.' },
  filesGb: { lo: 0, hi: 1e6, problem: 'Files stored must be 0 GB or more.' },
  filesMonths: { lo: 1, hi: 240, whole: true, problem: 'Files go back 1 to 240 whole months.' },
  filesGbPerMonth: { lo: 0, hi: 1e5, problem: 'Files added must be 0 GB or more a month.' },
  filesCvPct: { lo: 0, hi: 1000, problem: 'The variation must be 0 to 1,000 %.' },
  allowanceGb: { lo: 0, hi: 1e6, problem: 'The allowance must be 0 GB or more.' },
  blockGb: { lo: 0.001, hi: 1e6, problem: 'A block must be above 0 GB.' },
  priceCents: { lo: 0, hi: 1e9, whole: true, problem: 'The price must be 0 or more, in whole cents.' },
  purgePct: { lo: 0, hi: 100, problem: 'Purge 0 to 100 % of the unused records.' },
  retentionDays: { lo: 0, hi: 36_500, whole: true, problem: 'Keep files 0 to 36,500 whole days.' },
  namesPerList: { lo: 0, hi: 1e9, whole: true, problem: 'Names per list must be a whole number, 0 or more.' },
  months: { lo: 12, hi: 36, whole: true, problem: 'Forecast 12 to 36 whole months.' },
  // Every replication's monthly sizes are kept until the summary (about 9 KB at 24 months): the cap keeps a run under ~200 MB.
  replications: { lo: 10, hi: 20_000, whole: true, problem: 'Run 10 to 20,000 simulated futures.' },
};

/**
 * The default scenario's `storage` section (scenarios/outbound-team.json) in the form's units: a
 * realistic team rather than round placeholders. Recorded minutes and KB per minute are left to
 * the data set, or to the core's defaults without one.
 */
export const DEFAULT_STORAGE_INPUTS: StorageInputs = Object.freeze({
  recordsCount: 400_000,
  recordKb: 4,
  recordsPerMonth: 12_000,
  recordsCvPct: 25,
  unusedPct: 45,
  listRows: 1_000_000,
  listRowBytes: 400,
  rowsPerList: 200_000,
  listsPerMonth: 3,
  listsCvPct: 40,
  recordingsGb: null,
  recordingsMonths: 4,
  recordedMinutes: null,
  recordingKbPerMinute: null,
  recordingsCvPct: 12,
  filesGb: 3,
  filesMonths: 12,
  filesGbPerMonth: 0.15,
  filesCvPct: 50,
  allowanceGb: 125,
  pricing: 'per-block',
  blockGb: 10,
  priceCents: 1500,
  basis: 'peak',
  purgePct: 80,
  purgeSchedule: 'once',
  retentionDays: 90,
  namesPerList: 10_000,
  trimLists: true,
  months: 24,
  replications: 200,
  seed: '20261001',
});

export function defaultStorageInputs(): StorageInputs {
  return { ...DEFAULT_STORAGE_INPUTS };
}

const fits = (x: unknown, rule: NumberRule): boolean =>
  (x === null && rule.nullable === true) ||
  (typeof x === 'number' && Number.isFinite(x) && x >= rule.lo && x <= rule.hi && (!rule.whole || Number.isInteger(x)));

/** Problems that stop a run, by field: one plain sentence each. */
export function storageProblems(i: StorageInputs): Partial<Record<keyof StorageInputs, string>> {
  const p: Partial<Record<keyof StorageInputs, string>> = {};
  for (const [key, rule] of Object.entries(NUMBERS) as [NumberKey, NumberRule][]) {
    // The block size only matters when the fee is billed per block.
    if (key === 'blockGb' && i.pricing !== 'per-block') continue;
    if (!fits(i[key], rule)) p[key] = rule.problem;
  }
  if (i.seed.trim() === '') p.seed = 'The seed cannot be empty.';
  return p;
}

/** A stored form, field by field: whatever is missing or wrong takes its default. */
export function restoreStorageInputs(stored: unknown): StorageInputs {
  const d = defaultStorageInputs();
  if (stored === null || typeof stored !== 'object') return d;
  const s = stored as Partial<Record<keyof StorageInputs, unknown>>;
  const out: StorageInputs = { ...d };
  for (const [key, rule] of Object.entries(NUMBERS) as [NumberKey, NumberRule][]) {
    if (fits(s[key], rule)) (out as unknown as Record<string, unknown>)[key] = s[key];
  }
  const oneOf = <T extends string>(x: unknown, options: readonly T[], fallback: T): T => (options.includes(x as T) ? (x as T) : fallback);
  out.pricing = oneOf(s.pricing, ['per-gb', 'per-block'], d.pricing);
  out.basis = oneOf(s.basis, ['peak', 'month-end'], d.basis);
  out.purgeSchedule = oneOf(s.purgeSchedule, ['once', 'monthly'], d.purgeSchedule);
  out.trimLists = typeof s.trimLists === 'boolean' ? s.trimLists : d.trimLists;
  out.seed = typeof s.seed === 'string' && s.seed.trim() !== '' ? s.seed : d.seed;
  return out;
}

const GB = 1e9;
const KB = 1e3;

/**
 * The form as the core's settings layer (sizes in bytes, shares 0..1). Empty recording fields are
 * left out, so the layers before it (the data set's measurements, then the defaults) decide them.
 */
export function storageSettings(i: StorageInputs): StorageSettings {
  return {
    seed: i.seed,
    months: i.months,
    records: { count: i.recordsCount, bytesPerRecord: i.recordKb * KB, newPerMonth: i.recordsPerMonth, cv: i.recordsCvPct / 100, unusedShare: i.unusedPct / 100 },
    lists: { rows: i.listRows, bytesPerRow: i.listRowBytes, rowsPerList: i.rowsPerList, listsPerMonth: i.listsPerMonth, cv: i.listsCvPct / 100 },
    recordings: {
      historyMonths: i.recordingsMonths,
      cv: i.recordingsCvPct / 100,
      ...(i.recordingsGb !== null ? { bytes: i.recordingsGb * GB } : {}),
      ...(i.recordedMinutes !== null ? { minutesPerMonth: i.recordedMinutes } : {}),
      ...(i.recordingKbPerMinute !== null ? { bytesPerMinute: i.recordingKbPerMinute * KB } : {}),
    },
    files: { bytes: i.filesGb * GB, historyMonths: i.filesMonths, bytesPerMonth: i.filesGbPerMonth * GB, cv: i.filesCvPct / 100 },
    fee: { allowanceGb: i.allowanceGb, pricing: i.pricing, blockGb: i.blockGb, priceCents: i.priceCents, basis: i.basis },
    remedies: {
      purge: { share: i.purgePct / 100, schedule: i.purgeSchedule },
      retention: { days: i.retentionDays },
      partialLists: { namesPerList: i.namesPerList, trimCurrent: i.trimLists },
    },
  };
}

/**
 * What the data set says about recordings, as a settings layer under the form: recorded minutes
 * a month, the size of a minute when the export gives sizes, and the forecast starting the month
 * after its last call (the CLI does the same: src/cli/storage.ts).
 */
export function dataStorageSettings(stats: RecordingStats, name: string): StorageSettings {
  const last = stats.months.at(-1)?.month;
  return {
    source: name,
    recordings: {
      minutesPerMonth: stats.minutesPerMonth,
      ...(Number.isFinite(stats.bytesPerMinute) ? { bytesPerMinute: stats.bytesPerMinute } : {}),
    },
    ...(last !== undefined ? { startMonth: monthLabel(last, 1) } : {}),
  };
}
