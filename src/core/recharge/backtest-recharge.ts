import { balancePass, passTally } from './balance-pass.ts';
import type { UsagePath } from './draw-usage-path.ts';
import { monthSpan } from './month-span.ts';
import { rechargeCalendar } from './recharge-calendar.ts';
import type { DailyUsage, RechargeRule } from './types.ts';

export interface Backtest {
  month: string;
  startBalanceCents: number;
  recharges: number;
  billedCents: number;
  minBalanceCents: number;
  /** Hours in which usage found the balance used up. */
  hoursAtZero: number;
  unservedCents: number;
  endBalanceCents: number;
  /** Per day of the month: closing balance, cents. */
  dayEndBalance: Float64Array;
  /** Per hour of the month: closing balance, cents. */
  hourlyBalance: Float64Array;
}

/**
 * The real month `rule.month` replayed hour by hour through the rule (balancePass): its observed
 * hourly usage, the amount and threshold `rule` gives (the rule that month's own usage produces,
 * since the month before it may not be in the data), no card declines, credit at once, starting
 * from `startBalanceCents` or threshold + one amount. Days of the month outside the data count as
 * days without usage.
 * Example: 30 days of $12.50 in September 2026, rule 175.00 / 62.50, start 237.50
 *   → { recharges: 2, minBalanceCents: 6250, hoursAtZero: 0, … } (a recharge when $62.50 is left, on days 14 and 28)
 */
export function backtestRecharge(usage: DailyUsage, rule: RechargeRule, startBalanceCents: number | null = null): Backtest {
  const cal = rechargeCalendar(rule.month, 1);
  const span = monthSpan(usage, rule.month);
  const hourly = new Float64Array(cal.days * 24);
  for (let d = span.from; d < span.to; d++) {
    for (let h = 0; h < 24; h++) hourly[(d - span.start) * 24 + h] = usage.hourlyCents[d * 24 + h];
  }
  const path: UsagePath = { hourly, dayTotal: new Float64Array(cal.days), dayCum: new Float64Array(cal.days), declineU: null };
  for (let d = 0; d < cal.days; d++) {
    let cum = 0;
    for (let h = 0; h < 24; h++) {
      cum += hourly[d * 24 + h];
      path.dayCum[d] += cum;
    }
    path.dayTotal[d] = cum;
  }
  const start = startBalanceCents ?? rule.thresholdCents + rule.amountCents;
  const tally = passTally(1, cal.days, cal.days * 24);
  balancePass(path, cal, {
    rechargeDays: rule.rechargeDays,
    thresholdDays: rule.thresholdDays,
    amountCents: rule.amountCents,
    thresholdCents: rule.thresholdCents,
    startBalanceCents: start,
    declineProbability: 0,
    declineRetryHours: 1,
    creditDelayHours: 0,
  }, tally);
  return {
    month: rule.month,
    startBalanceCents: start,
    recharges: tally.rechargesByMonth[0],
    billedCents: tally.billedByMonth[0],
    minBalanceCents: tally.minBalanceCents,
    hoursAtZero: tally.downtimeHours,
    unservedCents: tally.unservedCents,
    endBalanceCents: tally.dayEnd![cal.days - 1],
    dayEndBalance: tally.dayEnd!,
    hourlyBalance: tally.hourly!,
  };
}
