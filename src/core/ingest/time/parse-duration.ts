import type { DurationUnit } from '../types.ts';
import { skipSpaces, trimEnd, twoDigitsAt } from './parse-date.ts';
import { POW10 } from './parse-time-of-day.ts';

const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const COMMA = 44;
const COLON = 58;

/**
 * The decimal number written in exactly [from, to) of `text`, times `scale`, or NaN.
 * Optional sign, digits, and one decimal point or decimal comma (`12,5` is 12.5, as European
 * exports write it). A comma followed by exactly three digits after one to three digits not
 * starting with 0 (`1,234`) may be a thousands separator, so it is refused rather than guessed.
 * The result is `mantissa * scale / 10^k`, one correctly rounded division for up to 15 digits.
 */
export function parseDecimalRange(text: string, from: number, to: number, scale: number): number {
  let i = from;
  const first = text.charCodeAt(i);
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  const digitsStart = i;
  let mantissa = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let sep = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      if (sep === 0) intDigits++;
      else fracDigits++;
    } else if (sep === 0 && (c === DOT || c === COMMA)) {
      sep = c;
    } else {
      return NaN;
    }
  }
  if (intDigits + fracDigits === 0) return NaN;
  if (
    sep === COMMA && fracDigits === 3 && intDigits >= 1 && intDigits <= 3 &&
    text.charCodeAt(digitsStart) !== 48
  ) {
    return NaN;
  }
  let value: number;
  if (intDigits + fracDigits > 15) {
    // Past 2^53 the mantissa is inexact; let the engine's own reader round (rare: 16+ digits).
    value = Number(text.slice(digitsStart, to).replace(',', '.')) * scale;
  } else {
    value = (mantissa * scale) / POW10[fracDigits];
  }
  // `0 - value` rather than `-value` so '-0' reads as 0, not -0.
  return negative ? 0 - value : value;
}

/**
 * `[-]H:MM:SS[.f]` (hours unbounded) or `[-]M:SS[.f]` (minutes unbounded) in exactly [from, to),
 * as seconds; a plain number is seconds.
 */
export function parseHmsRange(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === MINUS;
  if (negative) i++;
  const start = i;
  let first = 0;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    first = first * 10 + d;
  }
  if (i === to || text.charCodeAt(i) !== COLON) return parseDecimalRange(text, from, to, 1);
  if (i === start || i - start > 9) return NaN;
  if (i + 3 > to) return NaN;
  const second = twoDigitsAt(text, i + 1);
  i += 3;
  let hours = 0;
  let minutes = first;
  let seconds = second;
  if (i < to && text.charCodeAt(i) === COLON) {
    if (i + 3 > to || !(second < 60)) return NaN;
    hours = first;
    minutes = second;
    seconds = twoDigitsAt(text, i + 1);
    i += 3;
  }
  if (!(seconds < 60)) return NaN;
  let fraction = 0;
  const c = text.charCodeAt(i);
  if (i < to && (c === DOT || c === COMMA)) {
    i++;
    const fracStart = i;
    for (; i < to; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      if (i - fracStart < 15) fraction = fraction * 10 + d;
    }
    const fracDigits = Math.min(i - fracStart, 15);
    if (fracDigits === 0) return NaN;
    fraction /= POW10[fracDigits];
  }
  if (i !== to) return NaN;
  const value = hours * 3600 + minutes * 60 + seconds + fraction;
  return negative ? 0 - value : value;
}

/**
 * A duration in seconds, or NaN. Unit 's': a decimal number of seconds (`12.5`, `12,5`);
 * 'min': decimal minutes (`1.5` → 90); 'hms': `H:MM:SS`, `MM:SS` or `M:SS` with an optional
 * fraction on the seconds and hours past 24 allowed (`27:03:00`), or a plain number of seconds.
 * A leading `-` keeps its sign (the caller decides what a negative duration means).
 * Example: parseDurationSec('1:02:03.5', 'hms') === 3723.5.
 */
export function parseDurationSec(text: string, unit: DurationUnit): number {
  const from = skipSpaces(text, 0, text.length);
  const to = trimEnd(text, from, text.length);
  if (from === to) return NaN;
  if (unit === 'hms') return parseHmsRange(text, from, to);
  return parseDecimalRange(text, from, to, unit === 'min' ? 60 : 1);
}
