/**
 * One component's sizes over the forecast, doing nothing and with its remedy, from the same
 * monthly growth draws (common random numbers). Each month: growth first, then the month-end
 * clean-up, so `remPeak` is the size before it and `remEnd` after it.
 *
 * Why a remedy can never raise a size: every remedied quantity is the doing-nothing quantity times
 * a factor in [0, 1] (or a sum of such), added up in the same order, and floating-point addition
 * and multiplication by a factor ≤ 1 are monotone. Internal to the storage module.
 */
import { monthStartDay } from './month-calendar.ts';
import type { FilesModel, ListsModel, RecordingsModel, RecordsModel, StorageRemedies } from './types.ts';

/** Bytes per month: `base` (doing nothing: peak = end), `remPeak` and `remEnd` (with the remedy). */
export interface ComponentPath {
  base: Float64Array;
  remPeak: Float64Array;
  remEnd: Float64Array;
}

function path(months: number): ComponentPath {
  return { base: new Float64Array(months), remPeak: new Float64Array(months), remEnd: new Float64Array(months) };
}

/**
 * Records split into used and unused bytes; a purge deletes `share` of the unused ones at the end
 * of the first month ('once') or of every month ('monthly'). New records are unused in the same
 * share as the stored ones. `newRecords[m]` is month m's draw of new records.
 */
export function recordsPath(model: RecordsModel, purge: StorageRemedies['purge'], newRecords: ArrayLike<number>): ComponentPath {
  const months = newRecords.length;
  const out = path(months);
  const u = model.unusedShare;
  const used = model.count * (1 - u) * model.bytesPerRecord;
  let unused = model.count * u * model.bytesPerRecord;
  let unusedKept = unused;
  let usedNow = used;
  for (let m = 0; m < months; m++) {
    const added = newRecords[m]! * model.bytesPerRecord;
    usedNow += added * (1 - u);
    unused += added * u;
    unusedKept += added * u;
    out.base[m] = usedNow + unused;
    out.remPeak[m] = usedNow + unusedKept;
    if (m === 0 || purge.schedule === 'monthly') unusedKept *= 1 - purge.share;
    out.remEnd[m] = usedNow + unusedKept;
  }
  return out;
}

/**
 * Lists stored now plus the rows uploaded each month (kept until deleted). Partial upload stores
 * only the next `namesPerList` of each list's `rowsPerList` names (replaced as they are called), so
 * every list takes the share keep = min(1, namesPerList / rowsPerList) of its full size; with
 * `trimCurrent` the stored lists are cut to that share at the first month-end.
 */
export function listsPath(model: ListsModel, partial: StorageRemedies['partialLists'], listRows: ArrayLike<number>): ComponentPath {
  const months = listRows.length;
  const out = path(months);
  const keep = Math.min(1, partial.namesPerList / model.rowsPerList);
  const stored = model.rows * model.bytesPerRow;
  let storedKept = stored;
  let added = 0;
  let addedKept = 0;
  for (let m = 0; m < months; m++) {
    const bytes = listRows[m]! * model.bytesPerRow;
    added += bytes;
    addedKept += bytes * keep;
    out.base[m] = stored + added;
    out.remPeak[m] = storedKept + addedKept;
    if (m === 0 && partial.trimCurrent) storedKept = stored * keep;
    out.remEnd[m] = storedKept + addedKept;
  }
  return out;
}

/**
 * Recordings or other files in monthly cohorts, so retention is exact by calendar day: the stored
 * bytes are spread evenly over the `historyMonths` months before `startMonth`, each forecast month
 * adds `addedBytes[m]`, and within a month bytes are spread evenly over its days. At the end of
 * month m (instant E), retention of D days deletes what was made before E − D days: the share
 * clamp((E − D − first day) / days in month, 0, 1) of each cohort.
 * Example: a 30-day cohort ending 10 days before E under 30-day retention is one-third deleted.
 */
export function cohortPath(
  model: RecordingsModel | FilesModel,
  retentionDays: number,
  startMonth: string,
  addedBytes: ArrayLike<number>,
): ComponentPath {
  const months = addedBytes.length;
  const H = model.historyMonths;
  const out = path(months);
  const made = new Float64Array(H + months);
  const kept = new Float64Array(H + months);
  const firstDay = new Float64Array(H + months + 1);
  for (let k = 0; k <= H + months; k++) firstDay[k] = monthStartDay(startMonth, k - H);
  for (let k = 0; k < H; k++) made[k] = kept[k] = model.bytes / H;
  for (let m = 0; m < months; m++) {
    const last = H + m;
    made[last] = kept[last] = addedBytes[m]!;
    let base = 0;
    let peak = 0;
    for (let k = 0; k <= last; k++) {
      base += made[k]!;
      peak += kept[k]!;
    }
    const cutoffDay = firstDay[last + 1]! - retentionDays;
    let end = 0;
    for (let k = 0; k <= last; k++) {
      const deleted = Math.min(1, Math.max(0, (cutoffDay - firstDay[k]!) / (firstDay[k + 1]! - firstDay[k]!)));
      // From what was made, not from what is left, so a share deleted once is never deleted twice.
      kept[k] = made[k]! * (1 - deleted);
      end += kept[k]!;
    }
    out.base[m] = base;
    out.remPeak[m] = peak;
    out.remEnd[m] = end;
  }
  return out;
}
