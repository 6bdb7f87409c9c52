import { daysInMonth } from './days-in-month.ts';
import { parseIsoDate } from './parse-iso-date.ts';

export interface BillingMonth {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 'YYYY-MM'. */
  label: string;
  daysInMonth: number;
}

/**
 * Month `index` (0 = the month of `startDate`) of a contract: billing months are calendar months.
 * Example: billingMonth('2026-11-01', 2) → { year: 2027, month: 1, label: '2027-01', daysInMonth: 31 }
 */
export function billingMonth(startDate: string, index: number): BillingMonth {
  const start = parseIsoDate(startDate);
  if (!start) throw new RangeError(`billingMonth: startDate must be a date 'YYYY-MM-DD', got '${startDate}'`);
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`billingMonth: index must be a whole number ≥ 0, got ${index}`);
  const k = start.month - 1 + index;
  const year = start.year + Math.floor(k / 12);
  const month = (k % 12) + 1;
  return { year, month, label: `${year}-${String(month).padStart(2, '0')}`, daysInMonth: daysInMonth(year, month) };
}
