import type { FilesModel, ListsModel, RecordingsModel, RecordsModel, StorageFeeRule, StorageRemedies } from './types.ts';

/** A default with its unit and a short label, so the app can list what the forecast assumes. */
export interface StorageAssumption<T> {
  value: T;
  unit: string;
  label: string;
}

type Assumed<T> = { [K in keyof T]-?: StorageAssumption<T[K]> };

export interface StorageAssumptions {
  forecast: Assumed<{ months: number; replications: number }>;
  records: Assumed<RecordsModel>;
  lists: Assumed<ListsModel>;
  /** The stored size is not assumed: it defaults to historyMonths × minutesPerMonth × bytesPerMinute. */
  recordings: Assumed<Omit<RecordingsModel, 'bytes'>>;
  files: Assumed<FilesModel>;
  fee: Assumed<StorageFeeRule>;
  purge: Assumed<StorageRemedies['purge']>;
  retention: Assumed<StorageRemedies['retention']>;
  partialLists: Assumed<StorageRemedies['partialLists']>;
}

const a = <T>(value: T, unit: string, label: string): StorageAssumption<T> => ({ value, unit, label });

/**
 * What the storage forecast assumes when neither the scenario nor the data set says otherwise.
 * GB is always 10^9 bytes (GB_BYTES). The fee's figures are placeholders: contracts differ, so
 * they are inputs (domain.md section 4).
 * Example: DEFAULT_STORAGE_ASSUMPTIONS.fee.allowanceGb → { value: 50, unit: 'GB', label: 'Included storage allowance' }
 */
export const DEFAULT_STORAGE_ASSUMPTIONS: StorageAssumptions = {
  forecast: {
    months: a(24, 'months', 'Forecast length'),
    replications: a(200, 'replications', 'Simulated futures'),
  },
  records: {
    count: a(250_000, 'records', 'Database records stored now'),
    bytesPerRecord: a(4_000, 'bytes', 'Size of a record with its notes and call history'),
    newPerMonth: a(10_000, 'records a month', 'New records a month'),
    cv: a(0.25, 'cv', 'Month-to-month variation of new records'),
    unusedShare: a(0.4, 'share', 'Records never used again (purgeable)'),
  },
  lists: {
    rows: a(500_000, 'rows', 'List rows stored now'),
    bytesPerRow: a(400, 'bytes', 'Size of a list row'),
    rowsPerList: a(100_000, 'rows', 'Rows in an uploaded list'),
    listsPerMonth: a(2, 'lists a month', 'Lists uploaded a month'),
    cv: a(0.5, 'cv', 'Month-to-month variation of rows uploaded'),
  },
  recordings: {
    historyMonths: a(12, 'months', 'Months of recordings stored now'),
    minutesPerMonth: a(20_000, 'minutes a month', 'Recorded minutes a month'),
    cv: a(0.15, 'cv', 'Month-to-month variation of recorded minutes'),
    bytesPerMinute: a(240_000, 'bytes', 'Bytes per recorded minute (MP3 at 32 kbit/s)'),
  },
  files: {
    bytes: a(2e9, 'bytes', 'Other files stored now'),
    historyMonths: a(12, 'months', 'Months over which those files were added'),
    bytesPerMonth: a(1e8, 'bytes a month', 'Other files added a month'),
    cv: a(0.5, 'cv', 'Month-to-month variation of files added'),
  },
  fee: {
    allowanceGb: a(50, 'GB', 'Included storage allowance'),
    pricing: a('per-block', '', 'Billed per GB or per started block'),
    blockGb: a(10, 'GB', 'Block size'),
    priceCents: a(2_000, 'cents', 'Price of a block (or of a GB)'),
    basis: a('peak', '', "Billed on the month's peak or month-end size"),
  },
  purge: {
    share: a(0.8, 'share', 'Unused records purged'),
    schedule: a('once', '', 'Purge once or every month'),
  },
  retention: {
    days: a(90, 'days', 'Keep recordings and files for'),
  },
  partialLists: {
    namesPerList: a(10_000, 'names', 'Names of each list uploaded at a time'),
    trimCurrent: a(true, '', 'Cut the stored lists the same way'),
  },
};
