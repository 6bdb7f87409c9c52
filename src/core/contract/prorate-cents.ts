import { roundHalfUpCents } from '../money/round-half-up-cents.ts';
import { daysInMonth as monthLength } from './days-in-month.ts';
import { parseIsoDate } from './parse-iso-date.ts';

export interface Proration {
  /** What one license bought on the date costs for the rest of its billing month, integer cents. */
  amountCents: number;
  /** Days left in the month counting the day of purchase (1 to daysInMonth). */
  days: number;
  daysInMonth: number;
}

/**
 * The prorated charge of one license added on `date` (domain.md section 1): the monthly price
 * for the days left in the billing (calendar) month, counting the day of purchase, over the
 * month's real length, rounded half up to the cent. Bought on the 1st it is the full price.
 * monthlyPriceCents: a whole number of cents ≥ 0; date: 'YYYY-MM-DD'.
 * Example: prorateCents(9000, '2026-11-21') → { amountCents: 3000, days: 10, daysInMonth: 30 }
 */
export function prorateCents(monthlyPriceCents: number, date: string): Proration {
  if (!Number.isSafeInteger(monthlyPriceCents) || monthlyPriceCents < 0) {
    throw new RangeError(`prorateCents: monthlyPriceCents must be a whole number of cents ≥ 0, got ${monthlyPriceCents}`);
  }
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`prorateCents: date must be a real date 'YYYY-MM-DD', got '${date}'`);
  const daysInMonth = monthLength(d.year, d.month);
  const days = daysInMonth - d.day + 1;
  return { amountCents: roundHalfUpCents((monthlyPriceCents * days) / daysInMonth), days, daysInMonth };
}
