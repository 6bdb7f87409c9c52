import type { PoolDays } from './types.ts';

const DAY_SEC = 86_400;
const HOUR_SEC = 3_600;
const CELLS = 168;

/**
 * Time at each level of concurrent users, by hour of week, over a sequence of days where simulated
 * day k copies observed day `order[k]`'s sessions and falls on weekday `weekday[k]` (Monday = 0).
 * Sessions are half-open [start, end): one ending when another starts never overlaps it. Time past
 * the last day is cut off. Levels above `cap` count as `cap` (never more users than the pool counts).
 * `levelSec[cell * (cap + 1) + L]` = seconds at level L in hour-of-week `cell`; `peak` = highest
 * level held for a positive time (uncapped).
 * Example: one Monday with sessions 09:00–10:00 and 09:30–11:00, order [0], weekday [0], cap 2 →
 *   cell 9: 1800 s at level 1, 1800 s at level 2; cell 10: 3600 s at level 1; peak 2.
 */
export function sweepLevels(days: PoolDays, order: ArrayLike<number>, weekday: ArrayLike<number>, cap: number): { levelSec: Float64Array; peak: number } {
  const width = cap + 1;
  const levelSec = new Float64Array(CELLS * width);
  const horizon = order.length * DAY_SEC;
  const times: number[] = [];
  const deltas: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const src = order[k]!;
    const base = k * DAY_SEC;
    for (let i = days.dayStart[src]!; i < days.dayStart[src + 1]!; i++) {
      const s = base + days.startSec[i]!;
      const e = Math.min(horizon, base + days.endSec[i]!);
      if (!(e > s)) continue;
      times.push(s, e);
      deltas.push(1, -1);
    }
  }
  const idx = Array.from(times.keys()).sort((a, b) => times[a]! - times[b]! || deltas[a]! - deltas[b]!);
  let level = 0;
  let peak = 0;
  let ev = 0;
  let t = 0;
  while (t < horizon) {
    const k = Math.floor(t / DAY_SEC);
    const hourEnd = k * DAY_SEC + (Math.floor((t - k * DAY_SEC) / HOUR_SEC) + 1) * HOUR_SEC;
    const nextEvent = ev < idx.length ? times[idx[ev]!]! : Infinity;
    const next = Math.min(hourEnd, nextEvent, horizon);
    if (next > t) {
      const cell = weekday[k]! * 24 + Math.floor((t - k * DAY_SEC) / HOUR_SEC);
      levelSec[cell * width + Math.min(level, cap)] += next - t;
      if (level > peak) peak = level;
      t = next;
    }
    while (ev < idx.length && times[idx[ev]!]! <= t) level += deltas[idx[ev++]!]!;
  }
  return { levelSec, peak };
}
