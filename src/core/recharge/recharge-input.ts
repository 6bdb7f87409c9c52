import { monthShift } from './month-shift.ts';
import type { RechargeInput, RechargeRule, UsageModel } from './types.ts';

/** Defaults of the balance simulation; the card never declines and credit is immediate unless set. */
export const DEFAULT_MONTHS = 3;
export const DEFAULT_DECLINE_RETRY_HOURS = 24;

/**
 * A simulation input from a rule and a usage model, with defaults: the months after the rule's
 * month (DEFAULT_MONTHS of them), no growth, no declines (a declined card retried after 24 h),
 * credit at once, starting balance threshold + one recharge, seed '1'. `patch` overrides any field.
 * Example: rechargeInput(rule, usageModel(daily), { months: 12, seed: '7' }).startMonth → '2026-11' for an October rule
 */
export function rechargeInput(rule: RechargeRule, usage: UsageModel, patch: Partial<RechargeInput> = {}): RechargeInput {
  return {
    startMonth: monthShift(rule.month, 1),
    months: DEFAULT_MONTHS,
    usage,
    growthPct: 0,
    lastMonth: { usageCents: rule.usageCents, days: rule.days },
    rechargeDays: rule.rechargeDays,
    thresholdDays: rule.thresholdDays,
    startBalanceCents: null,
    declineProbability: 0,
    declineRetryHours: DEFAULT_DECLINE_RETRY_HOURS,
    creditDelayHours: 0,
    seed: '1',
    ...patch,
  };
}
