import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import type { ConcurrencySteps, HourOfWeekHeatmap } from './types.ts';

const QUARTER_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const HOURS_PER_WEEK = 168;

/**
 * Concurrency by hour of the week in `timeZone`'s local time: index = weekday * 24 + hour,
 * weekday 0 = Monday. `mean` is the time-weighted mean level over all the time observed in that
 * hour of the week, the observed time being [first step, last step); NaN where none was observed.
 * `peak` is the highest level reached there (0 where unobserved).
 * Every zone offset is a multiple of 15 minutes and changes only on a 15-minute UTC boundary
 * (see zone-offset.ts), so the steps are cut at those boundaries and each piece is placed with the
 * offset at its own instant: a fall-back hour is observed twice, a spring-forward hour not at all.
 * Example: calls Mon 09:00–09:30 and 10:00–10:30 local, nothing else → observed 09:00–10:30,
 * mean[9] = 0.5, mean[10] = 1, peak[9] = 1, mean[11] = NaN.
 */
export function hourOfWeekHeatmap(steps: ConcurrencySteps, timeZone: string): HourOfWeekHeatmap {
  const levelMs = new Float64Array(HOURS_PER_WEEK);
  const observedMs = new Float64Array(HOURS_PER_WEEK);
  const peak = new Int32Array(HOURS_PER_WEEK);
  const { timesMs, levels } = steps;
  const n = levels.length;

  if (n >= 2) {
    const endMs = timesMs[n - 1];
    let t = timesMs[0];
    let i = 0;
    while (t < endMs) {
      const quarterStart = Math.floor(t / QUARTER_MS) * QUARTER_MS;
      const h = hourOfWeek(quarterStart + zoneOffsetMs(timeZone, quarterStart));
      const stop = Math.min(quarterStart + QUARTER_MS, endMs);
      while (t < stop) {
        const pieceEnd = Math.min(timesMs[i + 1], stop);
        const level = levels[i];
        levelMs[h] += level * (pieceEnd - t);
        observedMs[h] += pieceEnd - t;
        if (level > peak[h]) peak[h] = level;
        t = pieceEnd;
        if (t === timesMs[i + 1]) i++;
      }
    }
  }

  const mean = new Float64Array(HOURS_PER_WEEK);
  for (let h = 0; h < HOURS_PER_WEEK; h++) mean[h] = observedMs[h] > 0 ? levelMs[h] / observedMs[h] : NaN;
  return { mean, peak };
}

/** Hour of the week of a local wall time given as ms since 1970-01-01T00:00 local. */
function hourOfWeek(localMs: number): number {
  const day = Math.floor(localMs / DAY_MS);
  // 1970-01-01 was a Thursday, weekday 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const hour = Math.floor((localMs - day * DAY_MS) / HOUR_MS);
  return weekday * 24 + hour;
}
