import { wallTimeToUtcMs, zoneOffsetMs } from '../ingest/time/zone-offset.ts';

/**
 * The default simulation horizon: the first whole calendar month in `timeZone` that starts at or
 * after the instant `afterMs` (UTC ms), from its first local midnight to the next month's.
 * DST-correct (the month is 30 days ± 1 hour in a zone with a change inside it); a midnight that
 * falls in a DST gap moves forward as wallTimeToUtcMs does.
 * Example: defaultHorizon('America/New_York', Date.UTC(2026, 9, 15)) → November 2026:
 * { startMs: Date.UTC(2026, 10, 1, 4), endMs: Date.UTC(2026, 11, 1, 5), label: '2026-11' }
 */
export function defaultHorizon(timeZone: string, afterMs: number): { startMs: number; endMs: number; label: string } {
  if (!Number.isFinite(afterMs)) throw new RangeError(`defaultHorizon: afterMs must be a finite instant, got ${afterMs}`);
  const wall = new Date(afterMs + zoneOffsetMs(timeZone, afterMs));
  let year = wall.getUTCFullYear();
  let month = wall.getUTCMonth();
  let startMs = wallTimeToUtcMs(timeZone, Date.UTC(year, month, 1));
  if (startMs < afterMs) {
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
    startMs = wallTimeToUtcMs(timeZone, Date.UTC(year, month, 1));
  }
  const endMs = wallTimeToUtcMs(timeZone, Date.UTC(year, month + 1, 1));
  return { startMs, endMs, label: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}` };
}
