import type { DateOrder } from '../types.ts';

/**
 * Whitespace around and inside fields of real exports: space, tab, CR/LF, the no-break space that
 * spreadsheets write, and the narrow no-break space that `toLocaleString` puts before AM/PM.
 */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x202f || code === 13 || code === 10;
}

/** First index in [from, to) that is not whitespace, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** One past the last index in [from, to) that is not whitespace, or `from`. */
export function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/** The two decimal digits at `i` and `i + 1` as 0–99, or NaN. Indices past the string give NaN. */
export function twoDigitsAt(text: string, i: number): number {
  const hi = text.charCodeAt(i) - 48;
  const lo = text.charCodeAt(i + 1) - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : NaN;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12), without validation.
 * Integer arithmetic after H. Hinnant's `days_from_civil`.
 * Example: daysFromCivil(1970, 1, 2) === 1.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = (((153 * monthFromMarch + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DASH = 45;
const DOT = 46;
const SLASH = 47;

/**
 * Where the last `parseDatePrefix` call stopped reading. One shared record rather than a returned
 * pair, so the per-row path allocates nothing.
 */
export const dateScan = { end: 0 };

/** Index of the first non-digit in [from, to), or `to`. */
function digitsEnd(text: string, from: number, to: number): number {
  while (from < to) {
    const d = text.charCodeAt(from) - 48;
    if (d < 0 || d > 9) break;
    from++;
  }
  return from;
}

/** The decimal value of [from, to), which holds only digits (at most 4 here). */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (; from < to; from++) value = value * 10 + text.charCodeAt(from) - 48;
  return value;
}

/**
 * The date at the start of [from, to) of `text`, as days since 1970-01-01, or NaN; forms as in
 * `parseDateDays`. Reading stops after the last digit of the year (or day); when the result is
 * not NaN that position is left in `dateScan.end`, so a caller can go on to a time. What follows
 * the date is the caller's to judge.
 */
export function parseDatePrefix(text: string, from: number, to: number, order: DateOrder): number {
  const s = text.charCodeAt(from + 4);
  const after = text.charCodeAt(from + 10);
  const endsAtTen = from + 10 === to || (from + 10 < to && !(after >= 48 && after <= 57));
  if ((s === DASH || s === SLASH) && text.charCodeAt(from + 7) === s && endsAtTen) {
    // Fast path for the commonest form, fixed-width `YYYY-MM-DD` / `YYYY/MM/DD`; anything else
    // with separators in those places is left to the general reading below.
    const year = twoDigitsAt(text, from) * 100 + twoDigitsAt(text, from + 2);
    const month = twoDigitsAt(text, from + 5);
    const day = twoDigitsAt(text, from + 8);
    if (!Number.isNaN(year + month + day)) {
      dateScan.end = from + 10;
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
      return daysFromCivil(year, month, day);
    }
  }
  const aEnd = digitsEnd(text, from, to);
  const sep = text.charCodeAt(aEnd);
  if (aEnd >= to || (sep !== DASH && sep !== SLASH && sep !== DOT)) return NaN;
  const bEnd = digitsEnd(text, aEnd + 1, to);
  if (bEnd >= to || text.charCodeAt(bEnd) !== sep) return NaN;
  const cEnd = digitsEnd(text, bEnd + 1, to);
  dateScan.end = cEnd;
  const aDigits = aEnd - from;
  const bDigits = bEnd - aEnd - 1;
  const cDigits = cEnd - bEnd - 1;
  if (bDigits < 1 || bDigits > 2) return NaN;
  const a = digitsValue(text, from, Math.min(aEnd, from + 4));
  const b = digitsValue(text, aEnd + 1, bEnd);
  const c = digitsValue(text, bEnd + 1, Math.min(cEnd, bEnd + 5));
  let year: number, month: number, day: number;
  if (aDigits === 4) {
    // Year first: ISO `YYYY-MM-DD` or `YYYY/MM/DD`.
    if (sep === DOT || cDigits < 1 || cDigits > 2) return NaN;
    year = a;
    month = b;
    day = c;
  } else {
    if (aDigits < 1 || aDigits > 2 || sep === DASH) return NaN;
    if (cDigits === 4) year = c;
    else if (cDigits === 2 && sep === SLASH) year = c < 70 ? 2000 + c : 1900 + c;
    else return NaN;
    // Dotted dates are day-first wherever they are written (31.12.2026).
    if (sep === DOT || order === 'dmy') {
      day = a;
      month = b;
    } else {
      month = a;
      day = b;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * The date written in exactly [from, to) of `text` (no surrounding whitespace), as days since
 * 1970-01-01, or NaN. Forms as in `parseDateDays`.
 */
export function parseDateRange(text: string, from: number, to: number, order: DateOrder): number {
  const days = parseDatePrefix(text, from, to, order);
  return !Number.isNaN(days) && dateScan.end === to ? days : NaN;
}

/**
 * The calendar date in `text` as days since 1970-01-01, or NaN when it is not a valid date.
 * Accepts `YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY` ('mdy') or `D/M/YYYY` ('dmy'), `D.M.YYYY`
 * (always day first) and 2-digit years in slash forms (00–69 → 20xx, 70–99 → 19xx).
 * Surrounding whitespace is ignored; anything else around the date gives NaN.
 * Example: parseDateDays('3/8/2026', 'mdy') === 20520 (2026-03-08).
 */
export function parseDateDays(text: string, order: DateOrder): number {
  const from = skipSpaces(text, 0, text.length);
  return parseDateRange(text, from, trimEnd(text, from, text.length), order);
}
