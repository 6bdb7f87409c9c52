import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import type { CallTable } from '../ingest/types.ts';
import type { DailyTotals } from './types.ts';
import { holdingMs } from './holding-ms.ts';

const DAY_MS = 86_400_000;

/**
 * Calls and minutes (sum of durationSec / 60) per local calendar date of each call's start in
 * `timeZone`, for every date from the first to the last (dates without calls are zeros), sorted.
 * The offset is taken at each call's own instant, so a date that spans a daylight-saving change
 * keeps its 23 or 25 hours. `mask` selects records (non-zero = selected); undefined selects all.
 * Example: calls at 2026-11-01T23:30 and 2026-11-03T08:00 New York time →
 * days ['2026-11-01', '2026-11-02', '2026-11-03'], calls [1, 0, 1].
 */
export function dailyTotals(table: CallTable, timeZone: string, mask?: Uint8Array): DailyTotals {
  const n = table.count;
  const dayOf = new Float64Array(n);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    if ((mask !== undefined && mask[i] === 0) || holdingMs(table, i) < 0) {
      dayOf[i] = NaN;
      continue;
    }
    const startMs = table.startMs[i];
    const day = Math.floor((startMs + zoneOffsetMs(timeZone, startMs)) / DAY_MS);
    dayOf[i] = day;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (lastDay < firstDay) return { days: [], calls: [], minutes: [] };

  const count = lastDay - firstDay + 1;
  const calls = new Array<number>(count).fill(0);
  const minutes = new Array<number>(count).fill(0);
  for (let i = 0; i < n; i++) {
    const day = dayOf[i];
    if (Number.isNaN(day)) continue;
    calls[day - firstDay]++;
    minutes[day - firstDay] += table.durationSec[i] / 60;
  }
  const days = new Array<string>(count);
  for (let d = 0; d < count; d++) days[d] = new Date((firstDay + d) * DAY_MS).toISOString().slice(0, 10);
  return { days, calls, minutes };
}
