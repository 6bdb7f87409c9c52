/**
 * The scenario file's `storage` section: the storage-fee forecast (issue 5). Every field is
 * optional; the core's DEFAULT_STORAGE_ASSUMPTIONS fill the gaps, and with a usage export the
 * recordings' minutes and bytes per minute come from the data. Sizes are bytes, money a decimal
 * string ("15.00"), shares 0 to 1.
 */
import * as v from 'valibot';
import { got, numberIn, object, oneOf, text } from './schema-parts.ts';

export interface ScenarioStorage {
  /** First forecast month, 'YYYY-MM' (default: the month after the data, or next month). */
  startMonth?: string;
  /** Forecast length, 1–60 months. */
  months?: number;
  replications?: number;
  records?: { count?: number; bytesPerRecord?: number; newPerMonth?: number; cv?: number; unusedShare?: number };
  lists?: { rows?: number; bytesPerRow?: number; rowsPerList?: number; listsPerMonth?: number; cv?: number };
  /** Without `bytes`, the store holds `historyMonths` months at the current rate. */
  recordings?: { bytes?: number; historyMonths?: number; minutesPerMonth?: number; cv?: number; bytesPerMinute?: number };
  files?: { bytes?: number; historyMonths?: number; bytesPerMonth?: number; cv?: number };
  /** Allowance in GB (10^9 bytes); `price` of a GB or of a block, a decimal string. */
  fee?: { allowanceGb?: number; pricing?: 'per-gb' | 'per-block'; blockGb?: number; price?: string; basis?: 'peak' | 'month-end' };
  remedies?: {
    purge?: { share?: number; schedule?: 'once' | 'monthly' };
    retention?: { days?: number };
    partialLists?: { namesPerList?: number; trimCurrent?: boolean };
  };
}

const BYTES = numberIn(0, 1e15);
const CV = numberIn(0, 10);
const SHARE = numberIn(0, 1);
const COUNT = numberIn(0, 1e12);
const opt = v.optional;

const remediesSchema = object(
  {
    purge: opt(object({ share: opt(SHARE), schedule: opt(oneOf(['once', 'monthly'] as const)) }, 'an object { share, schedule }')),
    retention: opt(object({ days: opt(numberIn(0, 36_500, { whole: true })) }, 'an object { days }')),
    partialLists: opt(
      object(
        { namesPerList: opt(numberIn(0, 1e9, { whole: true })), trimCurrent: opt(v.boolean(got('true or false'))) },
        'an object { namesPerList, trimCurrent }',
      ),
    ),
  },
  'an object { purge, retention, partialLists }',
);

export const storageSchema = object(
  {
    startMonth: opt(v.pipe(text('a month such as "2026-11"'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, got('a month such as "2026-11"')))),
    months: opt(numberIn(1, 60, { whole: true })),
    replications: opt(numberIn(1, 100_000, { whole: true })),
    records: opt(
      object(
        { count: opt(COUNT), bytesPerRecord: opt(BYTES), newPerMonth: opt(COUNT), cv: opt(CV), unusedShare: opt(SHARE) },
        'an object { count, bytesPerRecord, newPerMonth, cv, unusedShare }',
      ),
    ),
    lists: opt(
      object(
        { rows: opt(COUNT), bytesPerRow: opt(BYTES), rowsPerList: opt(numberIn(1, 1e12)), listsPerMonth: opt(numberIn(0, 1e6)), cv: opt(CV) },
        'an object { rows, bytesPerRow, rowsPerList, listsPerMonth, cv }',
      ),
    ),
    recordings: opt(
      object(
        {
          bytes: opt(BYTES),
          historyMonths: opt(numberIn(1, 240, { whole: true })),
          minutesPerMonth: opt(COUNT),
          cv: opt(CV),
          bytesPerMinute: opt(numberIn(0, 1e9)),
        },
        'an object { bytes, historyMonths, minutesPerMonth, cv, bytesPerMinute }',
      ),
    ),
    files: opt(
      object(
        { bytes: opt(BYTES), historyMonths: opt(numberIn(1, 240, { whole: true })), bytesPerMonth: opt(BYTES), cv: opt(CV) },
        'an object { bytes, historyMonths, bytesPerMonth, cv }',
      ),
    ),
    fee: opt(
      object(
        {
          allowanceGb: opt(numberIn(0, 1e7)),
          pricing: opt(oneOf(['per-gb', 'per-block'] as const)),
          blockGb: opt(numberIn(0, 1e7, { above: true })),
          price: opt(v.pipe(text('a price such as "15.00"'), v.regex(/^\d{1,9}(\.\d{1,2})?$/, got('a price such as "15.00"')))),
          basis: opt(oneOf(['peak', 'month-end'] as const)),
        },
        'an object { allowanceGb, pricing, blockGb, price, basis }',
      ),
    ),
    remedies: opt(remediesSchema),
  },
  'a storage object',
);

// The section's output must be the documented interface (checked by the compiler, no runtime cost).
export const checkedStorage: v.GenericSchema<unknown, ScenarioStorage> = storageSchema;
