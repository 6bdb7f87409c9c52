import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import { RECORDED, type CallTable } from '../ingest/types.ts';

const DAY_MS = 86_400_000;
/** Days in an average Gregorian month (365.2425 / 12). */
export const DAYS_PER_MONTH = 365.2425 / 12;

export interface RecordingMonth {
  /** Local calendar month, 'YYYY-MM'. */
  month: string;
  calls: number;
  recordedCalls: number;
  recordedMinutes: number;
  /** Bytes of the month's recordings whose size the export gives. */
  recordingBytes: number;
}

export interface RecordingStats {
  calls: number;
  recordedCalls: number;
  /** recordedCalls / calls (0..1), NaN for no calls. */
  recordedShare: number;
  recordedMinutes: number;
  /** Bytes per recorded minute over the recorded calls with a known size; NaN when the export has no sizes. */
  bytesPerMinute: number;
  /** Local calendar days from the first call's day to the last's, inclusive. */
  days: number;
  /** Recorded minutes in an average month: recordedMinutes / days × 30.436875. */
  minutesPerMonth: number;
  /** minutesPerMonth × bytesPerMinute; NaN without sizes. */
  bytesPerMonth: number;
  /** Per local calendar month observed, in order. */
  months: RecordingMonth[];
}

/**
 * What a usage export says about call recordings, for the storage forecast. A call counts as
 * recorded when its `recorded` code is yes, or unknown with a recording size above 0; minutes
 * are its duration. Months and days are local calendar ones in `timeZone` (default UTC).
 * Example: 3 recorded calls of 120 s with 480,000 bytes each on one day
 *   → { recordedMinutes: 6, bytesPerMinute: 240000, days: 1, minutesPerMonth: 182.6…, … }
 */
export function recordingStatsFromCalls(table: CallTable, timeZone = 'UTC'): RecordingStats {
  const byMonth = new Map<string, RecordingMonth>();
  let recordedCalls = 0;
  let recordedMinutes = 0;
  let sizedMinutes = 0;
  let sizedBytes = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < table.count; i++) {
    const startMs = table.startMs[i]!;
    const localMs = startMs + zoneOffsetMs(timeZone, startMs);
    const day = Math.floor(localMs / DAY_MS);
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    const month = new Date(day * DAY_MS).toISOString().slice(0, 7);
    let row = byMonth.get(month);
    if (!row) byMonth.set(month, (row = { month, calls: 0, recordedCalls: 0, recordedMinutes: 0, recordingBytes: 0 }));
    row.calls++;
    const bytes = table.recordingBytes[i]!;
    const code = table.recorded[i]!;
    const recorded = code === RECORDED.yes || (code === RECORDED.unknown && bytes > 0);
    if (!recorded) continue;
    const minutes = table.durationSec[i]! / 60;
    recordedCalls++;
    recordedMinutes += minutes;
    row.recordedCalls++;
    row.recordedMinutes += minutes;
    if (Number.isFinite(bytes)) {
      row.recordingBytes += bytes;
      sizedBytes += bytes;
      sizedMinutes += minutes;
    }
  }
  const calls = table.count;
  const days = calls > 0 ? lastDay - firstDay + 1 : 0;
  const bytesPerMinute = sizedMinutes > 0 ? sizedBytes / sizedMinutes : NaN;
  const minutesPerMonth = days > 0 ? (recordedMinutes / days) * DAYS_PER_MONTH : 0;
  return {
    calls,
    recordedCalls,
    recordedShare: calls > 0 ? recordedCalls / calls : NaN,
    recordedMinutes,
    bytesPerMinute,
    days,
    minutesPerMonth,
    bytesPerMonth: minutesPerMonth * bytesPerMinute,
    months: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
  };
}
