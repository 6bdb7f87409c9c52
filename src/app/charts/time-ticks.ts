import { wallTimeToUtcMs, zoneOffsetMs } from '../../core/ingest/index.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Tick spacings tried, smallest first. */
const STEPS = [HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];

export interface TimeTicks {
  stepMs: number;
  /** Tick instants, UTC epoch ms, on whole local hours (or local midnights for day steps). */
  valuesMs: number[];
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/**
 * Axis ticks on round local times in `timeZone` between `fromMs` and `toMs`: whole hours for short
 * spans, midnights for longer ones (Mondays for week steps), about `maxTicks` of them. Walks the
 * local clock, so the cost is one zone lookup per tick whatever the span.
 * Example: 2026-10-01 00:00 to 12:00 in UTC, maxTicks 8 → every 2 hours from 00:00.
 */
export function timeTicks(fromMs: number, toMs: number, timeZone: string, maxTicks = 8): TimeTicks {
  if (!(toMs > fromMs)) return { stepMs: HOUR, valuesMs: [] };
  const stepMs = STEPS.find((s) => (toMs - fromMs) / s <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const localFrom = fromMs + zoneOffsetMs(timeZone, fromMs);
  const localTo = toMs + zoneOffsetMs(timeZone, toMs);
  const valuesMs: number[] = [];
  const take = (wallMs: number) => {
    const t = wallTimeToUtcMs(timeZone, wallMs);
    // A wall time skipped by a daylight-saving gap comes back shifted: not a round time, no tick.
    if (t >= fromMs && t <= toMs && t + zoneOffsetMs(timeZone, t) === wallMs) valuesMs.push(t);
  };
  if (stepMs < DAY) {
    for (let wall = Math.ceil(localFrom / stepMs) * stepMs; wall <= localTo; wall += stepMs) take(wall);
  } else {
    const days = stepMs / DAY;
    // Day 0 (1970-01-01) was a Thursday: +3 makes weekly steps land on Mondays.
    const shift = days % 7 === 0 ? 3 : 0;
    let day = Math.ceil(localFrom / DAY);
    day += mod(-(day + shift), days);
    for (; day * DAY <= localTo; day += days) take(day * DAY);
  }
  return { stepMs, valuesMs };
}

/** Whether an instant is midnight on the local clock of `timeZone`. */
export function isLocalMidnight(ms: number, timeZone: string): boolean {
  return mod(ms + zoneOffsetMs(timeZone, ms), DAY) === 0;
}
