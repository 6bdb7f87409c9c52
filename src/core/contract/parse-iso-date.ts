import { daysInMonth } from './days-in-month.ts';

export interface CalendarDate {
  year: number;
  /** 1 (January) to 12. */
  month: number;
  /** 1 to the month's length. */
  day: number;
}

/**
 * A calendar date written 'YYYY-MM-DD' → its parts, or null when it is not a real date
 * (2027-02-29 and 2026-11-31 are null; years 1000 to 9999).
 * Example: parseIsoDate('2028-02-29') → { year: 2028, month: 2, day: 29 }
 */
export function parseIsoDate(text: string): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const t = text.length === 10 ? text : text.trim();
  // Digit by digit rather than a regular expression: the Monte Carlo parses every billed event's date.
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 7);
  const day = digits(t, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The number written in t[from, to) with ASCII digits only, or -1. */
function digits(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
