import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import type { CallTable } from '../ingest/types.ts';

const DAY_MS = 86_400_000;

/**
 * The local calendar days a data set covers in `timeZone`, from its first start to its last end:
 * `firstDay` as days since 1970-01-01 local, and each day's weekday (Monday = 0). Empty table → no days.
 * Example: calls on Thu 2026-10-01 and Sat 2026-10-03 (UTC) → { firstDay: 20727, weekday: [3, 4, 5] }.
 */
export function localDayRange(table: CallTable, timeZone: string): { firstDay: number; weekday: Uint8Array } {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < table.count; i++) {
    const s = table.startMs[i]!;
    if (!Number.isFinite(s)) continue;
    const d = table.durationSec[i]!;
    const e = s + (Number.isFinite(d) && d > 0 ? d * 1000 : 0);
    if (s < first) first = s;
    if (e > last) last = e;
  }
  if (first === Infinity) return { firstDay: 0, weekday: new Uint8Array(0) };
  const firstDay = Math.floor((first + zoneOffsetMs(timeZone, first)) / DAY_MS);
  // A last end exactly at midnight adds no day: the interval is half-open.
  const lastLocal = last + zoneOffsetMs(timeZone, last);
  const lastDay = Math.max(firstDay, Math.ceil(lastLocal / DAY_MS) - 1);
  const weekday = new Uint8Array(lastDay - firstDay + 1);
  // 1970-01-01 was a Thursday: weekday 3 when Monday is 0.
  for (let d = 0; d < weekday.length; d++) weekday[d] = ((((firstDay + d + 3) % 7) + 7) % 7);
  return { firstDay, weekday };
}
