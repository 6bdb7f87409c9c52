import type { DailyUsage } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * Where calendar month `month` ('YYYY-MM') lies in `usage`: the day indices [from, to) it covers
 * (clipped to the data), the index its first day would have (`start`, negative before the data), its
 * calendar days D, and whether the data covers all of them.
 * Example: data from 2026-09-01 for 61 days, month '2026-10' → { from: 30, to: 61, start: 30, days: 31, complete: true }
 */
export function monthSpan(usage: DailyUsage, month: string): { from: number; to: number; start: number; days: number; complete: boolean } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`monthSpan: month must be 'YYYY-MM', got '${month}'`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const first = usage.days > 0 ? Date.parse(usage.firstDate) / DAY_MS : 0;
  const start = Date.UTC(y, mo, 1) / DAY_MS - first;
  const end = Date.UTC(y, mo + 1, 1) / DAY_MS - first;
  const from = Math.max(0, Math.min(usage.days, start));
  const to = Math.max(0, Math.min(usage.days, end));
  return { from, to, start, days: end - start, complete: from === start && to === end };
}
