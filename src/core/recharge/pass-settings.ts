import type { PassSettings } from './balance-pass.ts';
import { rechargeAmounts } from './recharge-amounts.ts';
import type { RechargeInput } from './types.ts';

/**
 * The kernel's settings for `input` with the given multipliers: the first month's amount and
 * threshold from input.lastMonth, and the starting balance (input.startBalanceCents, or that
 * threshold + one amount). Also checks the input, throwing a RangeError that names `caller` and the field.
 * Example: passSettings({ …, lastMonth: { usageCents: 37500, days: 30 }, startBalanceCents: null, … }, 14, 5, 'f')
 *   → { amountCents: 17500, thresholdCents: 6250, startBalanceCents: 23750, … }
 */
export function passSettings(input: RechargeInput, rechargeDays: number, thresholdDays: number, caller: string): PassSettings {
  const fail = (field: string, problem: string, value: unknown): never => {
    throw new RangeError(`${caller}: ${field} ${problem}, got ${String(value)}`);
  };
  const { lastMonth, startBalanceCents: start, declineProbability: p, declineRetryHours: retry, creditDelayHours: delay } = input;
  if (!(Number.isInteger(input.months) && input.months >= 1 && input.months <= 12)) fail('months', 'must be a whole number from 1 to 12', input.months);
  if (!(input.growthPct >= -100 && Number.isFinite(input.growthPct))) fail('growthPct', 'must be a finite percentage ≥ -100', input.growthPct);
  if (!(rechargeDays > 0 && Number.isFinite(rechargeDays))) fail('rechargeDays', 'must be above 0', rechargeDays);
  if (!(thresholdDays >= 0 && Number.isFinite(thresholdDays))) fail('thresholdDays', 'must be ≥ 0', thresholdDays);
  if (start !== null && !(start >= 0 && Number.isFinite(start))) fail('startBalanceCents', 'must be null or a finite amount ≥ 0', start);
  if (!(p >= 0 && p < 1)) fail('declineProbability', 'must be from 0 to below 1', p);
  if (!(Number.isInteger(retry) && retry >= 1)) fail('declineRetryHours', 'must be a whole number of hours ≥ 1', retry);
  if (!(Number.isInteger(delay) && delay >= 0)) fail('creditDelayHours', 'must be a whole number of hours ≥ 0', delay);
  const first = rechargeAmounts(lastMonth.usageCents, lastMonth.days, rechargeDays, thresholdDays);
  return {
    rechargeDays,
    thresholdDays,
    ...first,
    startBalanceCents: start ?? first.thresholdCents + first.amountCents,
    declineProbability: p,
    declineRetryHours: retry,
    creditDelayHours: delay,
  };
}
