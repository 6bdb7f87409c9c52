import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Zone offsets change only on 15-minute UTC boundaries (see zone-offset.ts). */
const QUARTER_MS = 15 * 60_000;

/**
 * A horizon cut into its local clock hours: piece k covers [startSec[k], startSec[k + 1]) seconds
 * after the horizon's start and lies in local hour of the week hourOfWeek[k] (weekday * 24 + hour,
 * Monday = 0). Pieces are shorter than an hour only at the horizon's ends or where the offset changes
 * mid-hour; a fall-back hour appears twice and a spring-forward hour not at all.
 */
export interface HorizonHours {
  count: number;
  /** Length count + 1; the last value is the horizon's length in seconds. */
  startSec: Float64Array;
  hourOfWeek: Uint8Array;
}

const cache = new Map<string, HorizonHours>();
const CACHE_LIMIT = 16;

/**
 * The local clock hours of [startMs, endMs) in `timeZone` (DST-correct, through zoneOffsetMs).
 * Memoised: every replication of a run walks the same horizon.
 * Example: horizonHours('UTC', Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 2, 2)) → 2 pieces,
 * startSec [0, 3600, 7200], hourOfWeek [0, 1] (2026-11-02 is a Monday).
 */
export function horizonHours(timeZone: string, startMs: number, endMs: number): HorizonHours {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || !(endMs > startMs)) {
    throw new RangeError(`horizonHours: need finite startMs < endMs, got ${startMs}..${endMs}`);
  }
  const key = `${timeZone}|${startMs}|${endMs}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const starts: number[] = [];
  const hows: number[] = [];
  let t = startMs;
  while (t < endMs) {
    const off = zoneOffsetMs(timeZone, t);
    const local = t + off;
    let end = Math.min(Math.floor(local / HOUR_MS) * HOUR_MS + HOUR_MS - off, endMs);
    for (let q = Math.floor(t / QUARTER_MS) * QUARTER_MS + QUARTER_MS; q < end; q += QUARTER_MS) {
      if (zoneOffsetMs(timeZone, q) !== off) {
        end = q;
        break;
      }
    }
    starts.push((t - startMs) / 1000);
    hows.push(localHourOfWeek(local));
    t = end;
  }
  starts.push((endMs - startMs) / 1000);

  const hours: HorizonHours = {
    count: hows.length,
    startSec: Float64Array.from(starts),
    hourOfWeek: Uint8Array.from(hows),
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, hours);
  return hours;
}

/** Hour of the week (Monday 00h = 0) of a local wall time given as ms since 1970-01-01T00:00 local. */
export function localHourOfWeek(localMs: number): number {
  const day = Math.floor(localMs / DAY_MS);
  // 1970-01-01 was a Thursday: weekday 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return weekday * 24 + Math.floor((localMs - day * DAY_MS) / HOUR_MS);
}

/** Weekday (Monday = 0) of a local day number (days since 1970-01-01 local). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
