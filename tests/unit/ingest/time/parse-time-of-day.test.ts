import { describe, expect, it } from 'vitest';
import { parseTimeOfDaySec } from '../../../../src/core/ingest/time/index.ts';

/** Seconds after midnight of a 24-hour clock reading. */
const sec = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;

describe('parseTimeOfDaySec(text)', () => {
  it.each<[string, number]>([
    ['0:00', 0],
    ['00:00:00', 0],
    ['9:05', sec(9, 5)],
    ['09:05', sec(9, 5)],
    ['14:05:09', sec(14, 5, 9)],
    ['23:59:59', sec(23, 59, 59)],
    ['1:02:03.5', sec(1, 2, 3.5)],
    ['1:02:03,25', sec(1, 2, 3.25)],
    ['  14:05  ', sec(14, 5)],
  ])('reads the 24-hour clock %j as %d s', (text, expected) => {
    expect(parseTimeOfDaySec(text)).toBe(expected);
  });

  it('reads a millisecond fraction to within floating-point rounding', () => {
    expect(parseTimeOfDaySec('12:00:00.123')).toBeCloseTo(43_200.123, 9);
  });

  it('reads 12:00 AM as midnight and 12:00 PM as noon', () => {
    expect(parseTimeOfDaySec('12:00 AM')).toBe(0);
    expect(parseTimeOfDaySec('12:00 PM')).toBe(sec(12, 0));
  });

  it.each<[string, number]>([
    ['12:30 AM', sec(0, 30)],
    ['12:59:59 AM', sec(0, 59, 59)],
    ['1:00 AM', sec(1, 0)],
    ['11:59 AM', sec(11, 59)],
    ['12:30 PM', sec(12, 30)],
    ['1:00 PM', sec(13, 0)],
    ['11:59 PM', sec(23, 59)],
    ['11:59:59 PM', sec(23, 59, 59)],
    ['2:30 pm', sec(14, 30)],
    ['2:30PM', sec(14, 30)],
    ['2:30 p.m.', sec(14, 30)],
    ['2:30 A.M.', sec(2, 30)],
    ['2:30:15.5 PM', sec(14, 30, 15.5)],
    ['2:30\u202fPM', sec(14, 30)],
    ['0:30 AM', sec(0, 30)],
  ])('reads the 12-hour clock %j as %d s', (text, expected) => {
    expect(parseTimeOfDaySec(text)).toBe(expected);
  });

  it.each([
    '24:00', '24:00:00', '25:00', '13:00 PM', '13:00 AM', '0:30 PM',
    '9:60', '9:05:60', '9:5', '9:05:6', '123:00', '9', '9:', '9:05:', '9:05:00.',
    '9.05', '-1:00', '9:05:00Z', '9:05 XM', '9:05 AMX', '9:05 AM PM', '9:05 A',
    '', '   ', 'noon', '2026-03-08',
  ])('gives NaN for %j', (text) => {
    expect(parseTimeOfDaySec(text)).toBeNaN();
  });
});
