/**
 * Calendar months of a forecast as whole days since 1970-01-01: month arithmetic for retention
 * (a recording's age is counted in calendar days, so month lengths matter) and month labels.
 * The UTC calendar is used: day counts are the same in every zone.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for 'YYYY-MM' with a month 01–12. */
export function isMonthLabel(text: string): boolean {
  return MONTH.test(text);
}

function parts(startMonth: string, offset: number): [number, number] {
  const m = MONTH.exec(startMonth);
  if (!m) throw new RangeError(`monthLabel: expected a month such as '2026-11', got '${startMonth}'`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + offset;
  return [Math.floor(index / 12), index - Math.floor(index / 12) * 12];
}

/**
 * The month `offset` months after `startMonth` (negative goes back).
 * Example: monthLabel('2026-11', 2) → '2027-01'
 */
export function monthLabel(startMonth: string, offset: number): string {
  const [y, m] = parts(startMonth, offset);
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Day number (days since 1970-01-01) of the first day of the month `offset` months after `startMonth`.
 * Example: monthStartDay('1970-02', 0) → 31
 */
export function monthStartDay(startMonth: string, offset: number): number {
  const [y, m] = parts(startMonth, offset);
  return Date.UTC(y, m, 1) / 86_400_000;
}
