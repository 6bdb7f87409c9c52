import type { RandomStream } from '../random/create-stream.ts';

/**
 * Simulated days [0, horizonDays) starting on a Monday, each copying a random observed day of the
 * same weekday, else of the same kind (Monday–Friday or weekend), else any observed day, as the
 * Ports page's day resampling does. Returns the observed day index per simulated day, and the
 * simulated days' weekdays. Draws exactly one uniform per simulated day.
 * Example: observed weekdays [0, 0, 1], 7 days → order like [1, 2, 0, 2, 1, 0, 0]; day 1 (a Tuesday) is always 2.
 */
export function resampleDays(observedWeekday: Uint8Array, horizonDays: number, rng: RandomStream): { order: Int32Array; weekday: Uint8Array } {
  if (observedWeekday.length === 0) throw new RangeError('resampleDays: no observed days to resample');
  const byWeekday: number[][] = Array.from({ length: 7 }, () => []);
  observedWeekday.forEach((w, d) => byWeekday[w]!.push(d));
  const all = Array.from(observedWeekday.keys());
  const weekdays = byWeekday.slice(0, 5).flat().sort((a, b) => a - b);
  const weekends = byWeekday.slice(5).flat().sort((a, b) => a - b);
  const candidates = byWeekday.map((same, w) => {
    const kind = w < 5 ? weekdays : weekends;
    return same.length > 0 ? same : kind.length > 0 ? kind : all;
  });
  const order = new Int32Array(horizonDays);
  const weekday = new Uint8Array(horizonDays);
  for (let k = 0; k < horizonDays; k++) {
    const w = k % 7;
    const pool = candidates[w]!;
    weekday[k] = w;
    order[k] = pool[Math.min(pool.length - 1, Math.floor(rng() * pool.length))]!;
  }
  return { order, weekday };
}
