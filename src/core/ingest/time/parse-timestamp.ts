import type { DateOrder } from '../types.ts';
import {
  dateScan, isSpaceCode, parseDatePrefix, parseDateRange, skipSpaces, trimEnd, twoDigitsAt,
} from './parse-date.ts';
import { parseClockRange } from './parse-time-of-day.ts';
import { isValidTimeZone, wallTimeToUtcMs } from './zone-offset.ts';

const DAY_MS = 86_400_000;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const UPPER_T = 84;
const LOWER_T = 116;
const UPPER_Z = 90;
const LOWER_Z = 122;
const UPPER_U = 85;
const UPPER_G = 71;

/** Wall-clock time in one zone (days since epoch, ms into the day) to UTC epoch ms. */
type WallToUtc = (days: number, msOfDay: number) => number;

/** Slots of the per-parser day cache; a power of two, enough for years of consecutive days. */
const DAY_SLOTS = 4096;

/**
 * `wallTimeToUtcMs` behind a direct-mapped cache of whole local days: a day with no offset change
 * converts with one add; a transition day goes through `wallTimeToUtcMs` per call, which applies
 * the gap/overlap rule.
 */
function makeWallToUtc(timeZone: string): WallToUtc {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (days, msOfDay) => days * DAY_MS + msOfDay;
  const slotDay = new Float64Array(DAY_SLOTS).fill(NaN);
  const slotShiftMs = new Float64Array(DAY_SLOTS);
  return (days, msOfDay) => {
    if (msOfDay >= DAY_MS) {
      days++;
      msOfDay -= DAY_MS;
    }
    const slot = days & (DAY_SLOTS - 1);
    if (slotDay[slot] !== days) {
      // Equal shifts at the first and last millisecond mean no transition within the day
      // (no zone changes offset twice in one day and back).
      const startMs = days * DAY_MS;
      const endMs = startMs + DAY_MS - 1;
      const startShift = wallTimeToUtcMs(timeZone, startMs) - startMs;
      const endShift = wallTimeToUtcMs(timeZone, endMs) - endMs;
      slotDay[slot] = days;
      slotShiftMs[slot] = startShift === endShift ? startShift : NaN;
    }
    const shift = slotShiftMs[slot];
    const wallMs = days * DAY_MS + msOfDay;
    return Number.isNaN(shift) ? wallTimeToUtcMs(timeZone, wallMs) : wallMs + shift;
  };
}

/**
 * A UTC offset in exactly [from, to): `Z`, `UTC`, `GMT`, `±HH:MM`, `±HHMM` or `±HH`, as ms east of
 * UTC, or NaN.
 */
function parseOffsetRange(text: string, from: number, to: number): number {
  const length = to - from;
  const sign = text.charCodeAt(from);
  if (length === 1) return sign === UPPER_Z || sign === LOWER_Z ? 0 : NaN;
  if (length === 3 && (text.startsWith('UTC', from) || text.startsWith('GMT', from))) return 0;
  if (sign !== PLUS && sign !== MINUS) return NaN;
  const hours = twoDigitsAt(text, from + 1);
  let minutes = 0;
  if (length === 6 && text.charCodeAt(from + 3) === COLON) minutes = twoDigitsAt(text, from + 4);
  else if (length === 5) minutes = twoDigitsAt(text, from + 3);
  else if (length !== 3) return NaN;
  if (!(hours < 24 && minutes < 60)) return NaN;
  const offsetMs = (hours * 60 + minutes) * 60_000;
  return sign === MINUS ? -offsetMs : offsetMs;
}

/**
 * A time of day with an optional UTC offset in exactly [from, to), on local day `days`, as UTC
 * epoch ms rounded to the millisecond. An explicit offset is applied exactly; without one the
 * wall time is read in the parser's zone.
 */
function clockToUtcMs(days: number, text: string, from: number, to: number, wallToUtc: WallToUtc): number {
  const mark = offsetStartIn(text, from, to);
  const sec = parseClockRange(text, from, trimEnd(text, from, mark));
  if (Number.isNaN(sec)) return NaN;
  const msOfDay = Math.round(sec * 1000);
  if (mark === to) return wallToUtc(days, msOfDay);
  return days * DAY_MS + msOfDay - parseOffsetRange(text, mark, to);
}

/**
 * Where a trailing UTC offset starts in [from, to), or `to` when there is none. An offset has one
 * of five lengths and opens with a character no clock or AM/PM suffix contains (`Z`, `U`, `G`,
 * `+`, `-`), so looking at those positions from the end is enough; anything else that is not a
 * clock fails in `parseClockRange`.
 */
function offsetStartIn(text: string, from: number, to: number): number {
  const length = to - from;
  if (length < 1) return to;
  const last = text.charCodeAt(to - 1);
  if (last === UPPER_Z || last === LOWER_Z) return to - 1;
  if (length >= 3) {
    const c = text.charCodeAt(to - 3);
    if (c === PLUS || c === MINUS || c === UPPER_U || c === UPPER_G) return to - 3;
  }
  if (length >= 5) {
    const c = text.charCodeAt(to - 5);
    if (c === PLUS || c === MINUS) return to - 5;
  }
  if (length >= 6) {
    const c = text.charCodeAt(to - 6);
    if (c === PLUS || c === MINUS) return to - 6;
  }
  return to;
}

/** Whether `code` may separate a date from its time: `T` (ISO 8601) or whitespace. */
function isDateTimeSeparator(code: number): boolean {
  return code === UPPER_T || code === LOWER_T || isSpaceCode(code);
}

function timestampRange(
  text: string, from: number, to: number, order: DateOrder, wallToUtc: WallToUtc,
): number {
  if (to - from === 19 && text.charCodeAt(from + 13) === COLON && text.charCodeAt(from + 16) === COLON) {
    // Fixed width `YYYY-MM-DDTHH:MM:SS` (also `MM/DD/YYYY HH:MM:SS`), the commonest form, read
    // without scanning; whatever this does not accept takes the general path below.
    const days = parseDateRange(text, from, from + 10, order);
    const hour = twoDigitsAt(text, from + 11);
    const minute = twoDigitsAt(text, from + 14);
    const second = twoDigitsAt(text, from + 17);
    if (
      hour < 24 && minute < 60 && second < 60 && !Number.isNaN(days) &&
      isDateTimeSeparator(text.charCodeAt(from + 10))
    ) {
      return wallToUtc(days, (hour * 3600 + minute * 60 + second) * 1000);
    }
  }
  const days = parseDatePrefix(text, from, to, order);
  if (Number.isNaN(days)) return NaN;
  const dateEnd = dateScan.end;
  if (dateEnd === to) return wallToUtc(days, 0);
  if (!isDateTimeSeparator(text.charCodeAt(dateEnd))) return NaN;
  return clockToUtcMs(days, text, skipSpaces(text, dateEnd + 1, to), to, wallToUtc);
}

function assertTimeZone(caller: string, timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`${caller}: unknown time zone '${timeZone}'`);
}

/**
 * A parser from timestamp text to UTC epoch milliseconds (NaN when unreadable).
 * Reads ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]]` (`T` or a space) with `Z`, `±HH:MM`, `±HHMM`,
 * `±HH` (also ` UTC`, ` GMT`) applied exactly, and any date form of `parseDateDays` followed by a
 * space and a time of `parseTimeOfDaySec` (AM/PM too). A date alone is its local midnight. Times
 * without an offset are wall times in `timeZone` (DST gap: moved forward; overlap: the earlier
 * instant). Throws a RangeError for an unknown zone.
 * Example: makeTimestampParser('America/New_York', 'mdy')('3/8/2026 1:30 AM') === Date.UTC(2026, 2, 8, 6, 30).
 */
export function makeTimestampParser(timeZone: string, order: DateOrder): (text: string) => number {
  assertTimeZone('makeTimestampParser', timeZone);
  const wallToUtc = makeWallToUtc(timeZone);
  return (text) => {
    const from = skipSpaces(text, 0, text.length);
    return timestampRange(text, from, trimEnd(text, from, text.length), order, wallToUtc);
  };
}

/**
 * A parser for exports with a date column and a separate time column, to UTC epoch ms (NaN when
 * unreadable or when the time is empty). The time is a time of day (optionally with an offset) on
 * the date; when the time column holds a whole timestamp, the date column is ignored. A date
 * column written with a midnight time (`3/8/2026 0:00`, as spreadsheets save dates) is accepted;
 * any other time in it gives NaN. Throws a RangeError for an unknown zone.
 * Example: makeDateTimeParser('UTC', 'mdy')('2026-03-08', '2:30 PM') === Date.UTC(2026, 2, 8, 14, 30).
 */
export function makeDateTimeParser(
  timeZone: string,
  order: DateOrder,
): (dateText: string, timeText: string) => number {
  assertTimeZone('makeDateTimeParser', timeZone);
  const wallToUtc = makeWallToUtc(timeZone);
  return (dateText, timeText) => {
    const from = skipSpaces(timeText, 0, timeText.length);
    const to = trimEnd(timeText, from, timeText.length);
    if (startsWithDate(timeText, from, to)) {
      // A date alone in the time column says nothing about the time: NaN, not midnight.
      if (Number.isNaN(parseDatePrefix(timeText, from, to, order)) || dateScan.end === to) return NaN;
      return timestampRange(timeText, from, to, order, wallToUtc);
    }
    const dateFrom = skipSpaces(dateText, 0, dateText.length);
    const dateTo = trimEnd(dateText, dateFrom, dateText.length);
    const days = parseDatePrefix(dateText, dateFrom, dateTo, order);
    if (Number.isNaN(days)) return NaN;
    const dateEnd = dateScan.end;
    if (dateEnd < dateTo) {
      if (!isDateTimeSeparator(dateText.charCodeAt(dateEnd))) return NaN;
      if (parseClockRange(dateText, skipSpaces(dateText, dateEnd + 1, dateTo), dateTo) !== 0) return NaN;
    }
    return clockToUtcMs(days, timeText, from, to, wallToUtc);
  };
}

/** Whether [from, to) opens with digits and a date separator (a timestamp, not a clock). */
function startsWithDate(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return i > from && (c === MINUS || c === SLASH || c === DOT);
    i++;
  }
  return false;
}
