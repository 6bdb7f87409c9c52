import { isMonthLabel } from './month-calendar.ts';
import type { StorageInput } from './types.ts';

const MAX_MONTHS = 60;

/**
 * Throws a RangeError naming `caller` and the field when `input` cannot be simulated: a
 * programmer error (the CLI and the app validate people's input before building one).
 * Example: checkStorageInput({ …, months: 0 }, 'simulateStorage') throws "simulateStorage: months must be …"
 */
export function checkStorageInput(input: StorageInput, caller: string): void {
  const fail = (field: string, want: string, got: unknown) => {
    throw new RangeError(`${caller}: ${field} must be ${want}, got ${String(got)}`);
  };
  const atLeast = (field: string, x: number, lo = 0) => {
    if (!(x >= lo) || !Number.isFinite(x)) fail(field, `a finite number ≥ ${lo}`, x);
  };
  const share = (field: string, x: number) => {
    if (!(x >= 0 && x <= 1)) fail(field, 'a share from 0 to 1', x);
  };
  if (typeof input.seed !== 'string') fail('seed', 'a string', input.seed);
  if (!isMonthLabel(input.startMonth)) fail('startMonth', "a month such as '2026-11'", input.startMonth);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_MONTHS) fail('months', `a whole number from 1 to ${MAX_MONTHS}`, input.months);
  const { records: r, lists: l, recordings: rec, files: f, fee, remedies } = input;
  atLeast('records.count', r.count);
  atLeast('records.bytesPerRecord', r.bytesPerRecord);
  atLeast('records.newPerMonth', r.newPerMonth);
  atLeast('records.cv', r.cv);
  share('records.unusedShare', r.unusedShare);
  atLeast('lists.rows', l.rows);
  atLeast('lists.bytesPerRow', l.bytesPerRow);
  atLeast('lists.rowsPerList', l.rowsPerList, 1);
  atLeast('lists.listsPerMonth', l.listsPerMonth);
  atLeast('lists.cv', l.cv);
  for (const [name, c] of [['recordings', rec], ['files', f]] as const) {
    atLeast(`${name}.bytes`, c.bytes);
    if (!Number.isInteger(c.historyMonths) || c.historyMonths < 1 || c.historyMonths > 240) fail(`${name}.historyMonths`, 'a whole number from 1 to 240', c.historyMonths);
    atLeast(`${name}.cv`, c.cv);
  }
  atLeast('recordings.minutesPerMonth', rec.minutesPerMonth);
  atLeast('recordings.bytesPerMinute', rec.bytesPerMinute);
  atLeast('files.bytesPerMonth', f.bytesPerMonth);
  atLeast('fee.allowanceGb', fee.allowanceGb);
  atLeast('fee.priceCents', fee.priceCents);
  if (!Number.isInteger(fee.priceCents)) fail('fee.priceCents', 'whole cents', fee.priceCents);
  if (fee.pricing !== 'per-gb' && fee.pricing !== 'per-block') fail('fee.pricing', "'per-gb' or 'per-block'", fee.pricing);
  if (fee.pricing === 'per-block' && !(fee.blockGb > 0 && Number.isFinite(fee.blockGb))) fail('fee.blockGb', 'above 0', fee.blockGb);
  if (fee.basis !== 'peak' && fee.basis !== 'month-end') fail('fee.basis', "'peak' or 'month-end'", fee.basis);
  share('remedies.purge.share', remedies.purge.share);
  if (remedies.purge.schedule !== 'once' && remedies.purge.schedule !== 'monthly') fail('remedies.purge.schedule', "'once' or 'monthly'", remedies.purge.schedule);
  atLeast('remedies.retention.days', remedies.retention.days);
  atLeast('remedies.partialLists.namesPerList', remedies.partialLists.namesPerList);
}
