import { DEFAULT_STORAGE_ASSUMPTIONS as D, type StorageAssumptions } from './default-storage-assumptions.ts';
import type { FilesModel, ListsModel, RecordingsModel, RecordsModel, StorageFeeRule, StorageInput, StorageRemedies } from './types.ts';

/** Any part of a forecast's settings; layers of these are merged over the defaults. */
export interface StorageSettings {
  seed?: string;
  startMonth?: string;
  months?: number;
  source?: string;
  records?: Partial<RecordsModel>;
  lists?: Partial<ListsModel>;
  recordings?: Partial<RecordingsModel>;
  files?: Partial<FilesModel>;
  fee?: Partial<StorageFeeRule>;
  remedies?: { purge?: Partial<StorageRemedies['purge']>; retention?: Partial<StorageRemedies['retention']>; partialLists?: Partial<StorageRemedies['partialLists']> };
}

type Group = Exclude<keyof StorageAssumptions, 'forecast'>;

/** The default values of one group of assumptions, as plain data. */
function values<G extends Group>(group: G): { [K in keyof StorageAssumptions[G]]: StorageAssumptions[G][K] extends { value: infer V } ? V : never } {
  return Object.fromEntries(Object.entries(D[group]).map(([k, v]) => [k, (v as { value: unknown }).value])) as never;
}

/** Drops undefined fields, so a layer that leaves a field out never overwrites an earlier one. */
function defined<T extends object>(part: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(part ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A complete StorageInput: DEFAULT_STORAGE_ASSUMPTIONS, then each layer in turn (later layers
 * win field by field, e.g. what a data set says, then the scenario file, then flags). Without a
 * stored recording size, recordings.bytes = historyMonths × minutesPerMonth × bytesPerMinute (the
 * store holds that many months at the current rate). The seed defaults to '1'; startMonth has no
 * default (the core has no clock) and must come from a layer.
 * Example: storageInput({ startMonth: '2026-11' }, { fee: { allowanceGb: 100 } }).fee.allowanceGb → 100
 */
export function storageInput(...layers: StorageSettings[]): StorageInput {
  const pick = <K extends keyof StorageSettings>(key: K) => layers.map((l) => l[key]);
  const merge = <T extends object>(base: T, parts: (Partial<T> | undefined)[]): T => Object.assign({ ...base }, ...parts.map(defined));
  const last = <T>(items: (T | undefined)[]) => items.filter((x) => x !== undefined).at(-1);
  const startMonth = last(pick('startMonth'));
  if (startMonth === undefined) throw new RangeError('storageInput: no layer gives a startMonth (YYYY-MM)');
  const rec = merge({ ...values('recordings'), bytes: NaN }, pick('recordings'));
  if (Number.isNaN(rec.bytes)) rec.bytes = rec.historyMonths * rec.minutesPerMonth * rec.bytesPerMinute;
  const remedies = pick('remedies');
  const source = last(pick('source'));
  return {
    seed: last(pick('seed')) ?? '1',
    startMonth,
    months: last(pick('months')) ?? D.forecast.months.value,
    records: merge(values('records'), pick('records')),
    lists: merge(values('lists'), pick('lists')),
    recordings: rec,
    files: merge(values('files'), pick('files')),
    fee: merge(values('fee'), pick('fee')),
    remedies: {
      purge: merge(values('purge'), remedies.map((r) => r?.purge)),
      retention: merge(values('retention'), remedies.map((r) => r?.retention)),
      partialLists: merge(values('partialLists'), remedies.map((r) => r?.partialLists)),
    },
    ...(source !== undefined ? { source } : {}),
  };
}
