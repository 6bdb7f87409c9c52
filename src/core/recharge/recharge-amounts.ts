import { roundHalfUpCents } from '../money/round-half-up-cents.ts';

/**
 * The platform's rule on one month (domain.md section 3): amount = rechargeDays × U / D and
 * threshold = thresholdDays × U / D, U the month's usage in cents (fractional allowed) and D its
 * days, each rounded half up to whole cents only at the end.
 * Example: rechargeAmounts(465000, 31) → { amountCents: 210000, thresholdCents: 75000 } ($4,650.00 over 31 days)
 */
export function rechargeAmounts(usageCents: number, days: number, rechargeDays = 14, thresholdDays = 5): { amountCents: number; thresholdCents: number } {
  if (!(usageCents >= 0) || !Number.isFinite(usageCents)) throw new RangeError(`rechargeAmounts: usageCents must be a finite amount ≥ 0, got ${usageCents}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`rechargeAmounts: days must be a whole number ≥ 1, got ${days}`);
  if (!(rechargeDays >= 0 && thresholdDays >= 0)) throw new RangeError(`rechargeAmounts: multipliers must be ≥ 0, got ${rechargeDays}, ${thresholdDays}`);
  return {
    amountCents: roundHalfUpCents((rechargeDays * usageCents) / days),
    thresholdCents: roundHalfUpCents((thresholdDays * usageCents) / days),
  };
}
