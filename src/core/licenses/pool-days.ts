import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import type { Sessions } from './split-sessions.ts';
import type { PoolDays } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * Sessions grouped by the local day they start on, as seconds after that day's local midnight
 * (wall clock: on a daylight-saving change day the clock hours after the change are off by the
 * shift, accepted for a sizing model). Sessions starting outside [firstDay, firstDay + weekday.length)
 * are dropped. Within a day, sessions keep their order.
 * Example: a session 09:00–17:30 local on the second day → day 1 holds { startSec: 32400, endSec: 63000 }.
 */
export function poolDays(sessions: Sessions, timeZone: string, firstDay: number, weekday: Uint8Array): PoolDays {
  const n = sessions.startMs.length;
  const dayCount = weekday.length;
  const dayOf = new Int32Array(n);
  const offsetSec = new Float64Array(n);
  const counts = new Uint32Array(dayCount + 1);
  for (let i = 0; i < n; i++) {
    const s = sessions.startMs[i]!;
    const local = s + zoneOffsetMs(timeZone, s);
    const day = Math.floor(local / DAY_MS) - firstDay;
    dayOf[i] = day;
    offsetSec[i] = (local - (day + firstDay) * DAY_MS) / 1000;
    if (day >= 0 && day < dayCount) counts[day + 1]!++;
  }
  const dayStart = new Uint32Array(dayCount + 1);
  for (let d = 0; d < dayCount; d++) dayStart[d + 1] = dayStart[d]! + counts[d + 1]!;
  const startSec = new Float64Array(dayStart[dayCount]!);
  const endSec = new Float64Array(dayStart[dayCount]!);
  const fill = dayStart.slice(0, dayCount);
  for (let i = 0; i < n; i++) {
    const d = dayOf[i]!;
    if (d < 0 || d >= dayCount) continue;
    const at = fill[d]!++;
    startSec[at] = offsetSec[i]!;
    endSec[at] = offsetSec[i]! + (sessions.endMs[i]! - sessions.startMs[i]!) / 1000;
  }
  return { weekday: Uint8Array.from(weekday), dayStart, startSec, endSec };
}
