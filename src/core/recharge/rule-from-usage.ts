import { PLATFORM_RECHARGE_DAYS, PLATFORM_THRESHOLD_DAYS } from './defaults.ts';
import { lastCompleteMonth } from './last-complete-month.ts';
import { monthSpan } from './month-span.ts';
import { rechargeAmounts } from './recharge-amounts.ts';
import type { DailyUsage, RechargeRule } from './types.ts';

export interface RuleOptions {
  /** 'YYYY-MM'; default the last complete calendar month in the data, else the last month with data. */
  month?: string;
  rechargeDays?: number;
  thresholdDays?: number;
}

/**
 * The platform's recharge rule from the data (domain.md section 3): U = usage of the month, D its
 * calendar days, amount = 14 × U / D and threshold = 5 × U / D (multipliers from `opts`), rounded
 * half up to cents at the end. Throws a RangeError naming the function when the month holds no day
 * of the data.
 * Example: 30 days of September 2026 at $12.50 a day → { month: '2026-09', days: 30, usageCents: 37500,
 *   amountCents: 17500, thresholdCents: 6250, complete: true, … }
 */
export function ruleFromUsage(usage: DailyUsage, opts: RuleOptions = {}): RechargeRule {
  if (usage.days === 0) throw new RangeError('ruleFromUsage: the data has no calls');
  const lastDate = new Date(Date.parse(usage.firstDate) + (usage.days - 1) * 86_400_000);
  const month = opts.month ?? lastCompleteMonth(usage) ?? lastDate.toISOString().slice(0, 7);
  const span = monthSpan(usage, month);
  if (span.to <= span.from) {
    throw new RangeError(`ruleFromUsage: ${month} holds no day of the data (${usage.firstDate} to ${lastDate.toISOString().slice(0, 10)})`);
  }
  let usageCents = 0;
  for (let d = span.from; d < span.to; d++) usageCents += usage.cents[d];
  const rechargeDays = opts.rechargeDays ?? PLATFORM_RECHARGE_DAYS;
  const thresholdDays = opts.thresholdDays ?? PLATFORM_THRESHOLD_DAYS;
  return {
    month,
    days: span.days,
    usageCents,
    complete: span.complete,
    rechargeDays,
    thresholdDays,
    ...rechargeAmounts(usageCents, span.days, rechargeDays, thresholdDays),
  };
}
