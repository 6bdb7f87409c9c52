import type { DateOrder } from '../types.ts';
import { parseDateDays } from './parse-date.ts';
import { parseDurationSec } from './parse-duration.ts';
import { parseTimeOfDaySec } from './parse-time-of-day.ts';
import { makeTimestampParser } from './parse-timestamp.ts';

/*
 * Guessers for proposing a column mapping from sample values. Each one asks the parser the
 * importer will use, so "looks like" and "will be read" never disagree.
 */

let timestampReaders: [(text: string) => number, (text: string) => number] | undefined;

function readsAsTimestamp(value: string): boolean {
  timestampReaders ??= [makeTimestampParser('UTC', 'mdy'), makeTimestampParser('UTC', 'dmy')];
  return !Number.isNaN(timestampReaders[0](value)) || !Number.isNaN(timestampReaders[1](value));
}

/**
 * Whether `value` is a calendar date in any accepted form, day-first or month-first.
 * Example: looksLikeDate('31/12/2026') === true.
 */
export function looksLikeDate(value: string): boolean {
  return !Number.isNaN(parseDateDays(value, 'mdy')) || !Number.isNaN(parseDateDays(value, 'dmy'));
}

/**
 * Whether `value` is a date with a time of day (a date alone is not a timestamp).
 * Example: looksLikeTimestamp('3/8/2026 2:30 PM') === true; looksLikeTimestamp('3/8/2026') === false.
 */
export function looksLikeTimestamp(value: string): boolean {
  return !looksLikeDate(value) && readsAsTimestamp(value);
}

/**
 * Whether `value` is a time of day (`14:05`, `2:05:09 PM`).
 * Example: looksLikeTimeOfDay('11:59 PM') === true.
 */
export function looksLikeTimeOfDay(value: string): boolean {
  return !Number.isNaN(parseTimeOfDaySec(value));
}

/**
 * Whether `value` is a clock-style duration (`H:MM:SS` or `MM:SS`); a plain number is not.
 * `14:05` is both a time of day and a duration: header names decide between them.
 * Example: looksLikeHms('27:03:00') === true.
 */
export function looksLikeHms(value: string): boolean {
  return value.includes(':') && !Number.isNaN(parseDurationSec(value, 'hms'));
}

/**
 * Whether `value` is a plain decimal number (`12`, `-3`, `12.5`, `12,5`); `1,234` is not.
 * Example: looksLikeNumber('12,5') === true.
 */
export function looksLikeNumber(value: string): boolean {
  return !Number.isNaN(parseDurationSec(value, 's'));
}

const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?:$|[\sT])/;

/**
 * How to read the export's all-numeric slash dates, from sample values: a first field over 12
 * is a day ('dmy'), a second field over 12 is a day ('mdy'). When samples disagree the side with
 * more of them wins (a tie goes to 'dmy'); without evidence, 'mdy'. Dotted and year-first dates
 * carry no vote: their order is fixed.
 * Example: guessDateOrder(['03/04/2026', '25/04/2026']) === 'dmy'.
 */
export function guessDateOrder(samples: readonly string[]): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const sample of samples) {
    const m = SLASH_DATE.exec(sample);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 31 || second > 31) continue;
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return 'mdy';
  return dayFirst >= monthFirst ? 'dmy' : 'mdy';
}
