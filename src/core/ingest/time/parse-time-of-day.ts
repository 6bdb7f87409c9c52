import { skipSpaces, trimEnd, twoDigitsAt } from './parse-date.ts';

const COLON = 58;
const DOT = 46;
const COMMA = 44;

/** Powers of ten by fraction length, so a fraction is one correctly rounded division. */
export const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The time of day written in exactly [from, to) of `text` (no surrounding whitespace), as seconds
 * after midnight, or NaN. Forms as in `parseTimeOfDaySec`.
 */
export function parseClockRange(text: string, from: number, to: number): number {
  let i = from;
  let d = text.charCodeAt(i) - 48;
  if (i >= to || !(d >= 0 && d <= 9)) return NaN;
  let hour = d;
  i++;
  d = text.charCodeAt(i) - 48;
  if (i < to && d >= 0 && d <= 9) {
    hour = hour * 10 + d;
    i++;
  }
  if (i + 3 > to || text.charCodeAt(i) !== COLON) return NaN;
  const minute = twoDigitsAt(text, i + 1);
  if (!(minute < 60)) return NaN;
  i += 3;
  let second = 0;
  if (i < to && text.charCodeAt(i) === COLON) {
    if (i + 3 > to) return NaN;
    second = twoDigitsAt(text, i + 1);
    if (!(second < 60)) return NaN;
    i += 3;
    const c = text.charCodeAt(i);
    if (i < to && (c === DOT || c === COMMA)) {
      i++;
      const start = i;
      let fraction = 0;
      for (; i < to; i++) {
        d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        // Digits past the 15th are below a femtosecond; keep reading, stop accumulating.
        if (i - start < 15) fraction = fraction * 10 + d;
      }
      const fractionDigits = Math.min(i - start, 15);
      if (fractionDigits === 0) return NaN;
      second += fraction / POW10[fractionDigits];
    }
  }
  i = skipSpaces(text, i, to);
  if (i < to) {
    // 12-hour clock: `AM`, `pm`, `a.m.`, `P.M`; hour 12 is the start of the half-day.
    const half = text.charCodeAt(i) | 0x20;
    if (half !== 97 && half !== 112) return NaN;
    i++;
    if (i < to && text.charCodeAt(i) === DOT) i++;
    if (i >= to || (text.charCodeAt(i) | 0x20) !== 109) return NaN;
    i++;
    if (i < to && text.charCodeAt(i) === DOT) i++;
    if (i !== to || hour > 12) return NaN;
    if (half === 97) {
      if (hour === 12) hour = 0;
    } else if (hour === 0) {
      return NaN;
    } else if (hour !== 12) {
      hour += 12;
    }
  } else if (hour > 23) {
    return NaN;
  }
  return hour * 3600 + minute * 60 + second;
}

/**
 * The time of day in `text` as seconds after midnight (fractional when the text has a fraction),
 * or NaN. Accepts `H:MM`, `HH:MM:SS`, `H:MM:SS.fff` (or `,fff`), with an optional 12-hour suffix
 * (`AM`, `pm`, `a.m.`, with or without a space; 12 AM is midnight, 12 PM is noon). Hours run
 * 0–23 (1–12 with a suffix, and `0:xx AM`); 24:00 and leap seconds give NaN.
 * Example: parseTimeOfDaySec('2:30 PM') === 52_200.
 */
export function parseTimeOfDaySec(text: string): number {
  const from = skipSpaces(text, 0, text.length);
  return parseClockRange(text, from, trimEnd(text, from, text.length));
}
