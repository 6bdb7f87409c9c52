import type { DailyUsage } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * The last calendar month whose every date lies within the data's span (first to last local date
 * with a call), 'YYYY-MM'; null when the data covers no whole month. Days without calls inside the
 * span count as covered: a quiet Sunday is usage of zero, not missing data.
 * Example: data from 2026-08-14 to 2026-10-31 → '2026-10'; from 2026-09-01 to 2026-09-30 → '2026-09'
 */
export function lastCompleteMonth(usage: DailyUsage): string | null {
  if (usage.days === 0) return null;
  const first = Date.parse(usage.firstDate);
  const last = new Date(first + (usage.days - 1) * DAY_MS);
  // The month that ends on `last`, else the one before it.
  const nextDay = new Date(last.getTime() + DAY_MS);
  const end = nextDay.getUTCDate() === 1 ? last : new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 0));
  const start = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1);
  return start >= first ? end.toISOString().slice(0, 7) : null;
}
