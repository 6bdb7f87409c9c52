import { centsToDecimal } from '../money/cents-to-decimal.ts';
import type { RechargeRule } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** $4,650.00: dollars with thousands separators, for sentences (JSON keeps plain decimals). */
function dollars(cents: number): string {
  const [whole, frac] = centsToDecimal(cents).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/**
 * The rule in plain words, as the issue asks the page and the CLI to state it.
 * Example: rechargeSentence({ month: '2026-10', days: 31, usageCents: 465000, amountCents: 210000, thresholdCents: 75000, … })
 *   → 'Last month (October 2026): 31 days, $4,650.00 used → $2,100.00 recharge (14 days of usage) when the balance
 *      falls to $750.00 (5 days) or below; if it is still at or below $750.00 after a recharge, the next hourly check recharges again.'
 */
export function rechargeSentence(rule: RechargeRule): string {
  const [y, m] = rule.month.split('-');
  const partial = rule.complete ? '' : ', data for part of the month only';
  const threshold = dollars(rule.thresholdCents);
  return (
    `Last month (${MONTHS[Number(m) - 1]} ${y}${partial}): ${rule.days} days, ${dollars(rule.usageCents)} used → ` +
    `${dollars(rule.amountCents)} recharge (${rule.rechargeDays} days of usage) when the balance falls to ${threshold} ` +
    `(${rule.thresholdDays} days) or below; if it is still at or below ${threshold} after a recharge, the next hourly check recharges again.`
  );
}
