const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a calendar month of the proleptic Gregorian calendar: 28 to 31, February 29 in leap
 * years (divisible by 4, except centuries not divisible by 400).
 * month is 1 (January) to 12.
 * Example: daysInMonth(2028, 2) → 29; daysInMonth(2027, 2) → 28; daysInMonth(2026, 11) → 30
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`daysInMonth: need a whole year and a month 1 to 12, got ${year}-${month}`);
  }
  // Arithmetic rather than Date: the Monte Carlo asks this for every event it bills.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return LENGTHS[month - 1]!;
}
