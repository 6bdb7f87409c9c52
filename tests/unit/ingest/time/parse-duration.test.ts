import { describe, expect, it } from 'vitest';
import type { DurationUnit } from '../../../../src/core/ingest/types.ts';
import { parseDurationSec } from '../../../../src/core/ingest/time/index.ts';

describe('parseDurationSec(text, unit)', () => {
  it.each<[string, number]>([
    ['12', 12],
    ['0', 0],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['12,50', 12.5],
    ['0,125', 0.125],
    ['1234,567', 1234.567],
    ['.5', 0.5],
    ['5.', 5],
    ['+4', 4],
    ['-3', -3],
    ['  42  ', 42],
    ['0.1', 0.1],
    ['86400', 86_400],
  ])("reads seconds ('s') %j as %d", (text, expected) => {
    expect(parseDurationSec(text, 's')).toBe(expected);
  });

  it.each<[string, number]>([
    ['1.5', 90],
    ['2', 120],
    ['0,5', 30],
    ['0.1', 6],
    ['-1', -60],
    ['0', 0],
  ])("reads minutes ('min') %j as %d s", (text, expected) => {
    expect(parseDurationSec(text, 'min')).toBe(expected);
  });

  it.each<[string, number]>([
    ['0:00:00', 0],
    ['1:02:03', 3723],
    ['01:02:03', 3723],
    ['1:02:03.5', 3723.5],
    ['1:02:03,5', 3723.5],
    ['27:03:00', 27 * 3600 + 3 * 60],
    ['100:00:00', 360_000],
    ['90:00', 5400],
    ['05:07', 307],
    ['5:07', 307],
    ['0:59.25', 59.25],
    ['-0:00:05', -5],
    ['-1:30', -90],
    ['-5', -5],
    ['12', 12],
    ['12.5', 12.5],
    [' 0:10:10 ', 610],
  ])("reads clock durations ('hms') %j as %d s", (text, expected) => {
    expect(parseDurationSec(text, 'hms')).toBe(expected);
  });

  it('reads a negative zero as plain zero', () => {
    expect(Object.is(parseDurationSec('-0', 's'), 0)).toBe(true);
    expect(Object.is(parseDurationSec('-0:00:00', 'hms'), 0)).toBe(true);
  });

  it.each<[string, DurationUnit]>([
    ['', 's'], ['   ', 's'], ['', 'min'], ['', 'hms'], ['   ', 'hms'],
    ['1,234', 's'], ['-1,234', 's'], ['1,234', 'min'], ['1.2.3', 's'], ['1,2,3', 's'],
    ['1e3', 's'], ['12s', 's'], ['1 000', 's'], ['abc', 's'], ['-', 's'], ['.', 's'], ['--5', 's'],
    ['1:30', 's'], ['1:30', 'min'],
    ['1:60:00', 'hms'], ['1:00:60', 'hms'],
    ['1:2:3', 'hms'], ['1:02:3', 'hms'], ['1:02:03:04', 'hms'], [':30', 'hms'], ['1:', 'hms'],
    ['1:02:', 'hms'], ['1:02:03.', 'hms'], ['1:02.5:03', 'hms'], ['1:02:03 PM', 'hms'],
    ['abc', 'hms'], ['-', 'hms'], ['1:30x', 'hms'],
  ])('gives NaN for %j (%s)', (text, unit) => {
    expect(parseDurationSec(text, unit)).toBeNaN();
  });
});
