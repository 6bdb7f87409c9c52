import type { DailyUsage, UsageModel } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * The expected usage of calendar month `month` under a parametric model, as the daily usage the
 * rule and the backtest read: each day its weekday's share of the typical day, spread over the
 * hours by the profile (flat when the profile is all zeros). No randomness: this is the "last
 * month" a scenario without data starts from.
 * Example: $150.00 a typical day, all weekday factors 1, '2026-09' → 30 days of 15,000 cents, U = 450,000 cents
 */
export function parametricDailyUsage(model: Extract<UsageModel, { kind: 'parametric' }>, month: string, timeZone: string): DailyUsage {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`parametricDailyUsage: month must be 'YYYY-MM', got '${month}'`);
  const startMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  const days = Math.round((Date.UTC(Number(m[1]), Number(m[2]), 1) - startMs) / DAY_MS);
  const profileSum = model.hourProfile.reduce((s, w) => s + Math.max(0, w), 0);
  const shape = model.hourProfile.map((w) => (profileSum > 0 ? Math.max(0, w) / profileSum : 1 / 24));
  const cents = new Float64Array(days);
  const hourlyCents = new Float64Array(days * 24);
  const weekday = new Uint8Array(days);
  for (let d = 0; d < days; d++) {
    // Date.getUTCDay counts from Sunday; the model's weekdays start on Monday.
    const wd = (new Date(startMs + d * DAY_MS).getUTCDay() + 6) % 7;
    weekday[d] = wd;
    cents[d] = model.dailyMeanCents * (model.weekdayFactors[wd] ?? 1);
    for (let h = 0; h < 24; h++) hourlyCents[d * 24 + h] = cents[d]! * shape[h]!;
  }
  return {
    timeZone,
    firstDate: month + '-01',
    days,
    cents,
    hourlyCents,
    weekday,
    calls: new Uint32Array(days),
    priced: { cost: 0, billableMinutes: 0, duration: 0 },
  };
}
