import { describe, expect, it } from 'vitest';
import {
  guessDateOrder,
  looksLikeDate,
  looksLikeHms,
  looksLikeNumber,
  looksLikeTimeOfDay,
  looksLikeTimestamp,
} from '../../../../src/core/ingest/time/index.ts';

describe('looksLikeTimestamp(value)', () => {
  it.each([
    '2026-03-08T14:05:09Z', '2026-03-08 14:05', '2026-03-08T14:05:09.123-05:00',
    '3/8/2026 2:30 PM', '25/12/2026 10:00', '08.03.2026 14:30',
  ])('is true for the date and time %j', (value) => {
    expect(looksLikeTimestamp(value)).toBe(true);
  });

  it.each(['2026-03-08', '3/8/2026', '14:05', '12', '', 'Alice', '2026-02-30 10:00', '13/13/2026 10:00'])(
    'is false for %j',
    (value) => {
      expect(looksLikeTimestamp(value)).toBe(false);
    },
  );
});

describe('looksLikeDate(value)', () => {
  it.each(['2026-03-08', '3/8/2026', '25/12/2026', '12/25/2026', '08.03.2026', '3/8/26'])(
    'is true for %j in either order',
    (value) => {
      expect(looksLikeDate(value)).toBe(true);
    },
  );

  it.each(['2026-03-08 10:00', '14:05', '12', '', '13/13/2026', '2026-02-29'])('is false for %j', (value) => {
    expect(looksLikeDate(value)).toBe(false);
  });
});

describe('looksLikeTimeOfDay(value)', () => {
  it.each(['14:05', '0:10:10', '2:30 PM', '11:59:59.5'])('is true for %j', (value) => {
    expect(looksLikeTimeOfDay(value)).toBe(true);
  });

  it.each(['25:00', '90:00', '2026-03-08', '12', ''])('is false for %j', (value) => {
    expect(looksLikeTimeOfDay(value)).toBe(false);
  });
});

describe('looksLikeHms(value)', () => {
  it.each(['0:00:00', '27:03:00', '90:00', '-0:05', '1:02:03.5'])('is true for %j', (value) => {
    expect(looksLikeHms(value)).toBe(true);
  });

  it.each(['12', '12.5', '', 'abc', '1:60:00', '2:30 PM'])('is false for %j', (value) => {
    expect(looksLikeHms(value)).toBe(false);
  });
});

describe('looksLikeNumber(value)', () => {
  it.each(['12', '-3', '12.5', '12,5', '0', ' 7 '])('is true for %j', (value) => {
    expect(looksLikeNumber(value)).toBe(true);
  });

  it.each(['', '1,234', 'abc', '12:00', '$5', '1e3'])('is false for %j', (value) => {
    expect(looksLikeNumber(value)).toBe(false);
  });
});

describe('guessDateOrder(samples)', () => {
  it.each<[string, string[], 'mdy' | 'dmy']>([
    ['no samples', [], 'mdy'],
    ['only ambiguous dates', ['03/04/2026', '1/2/2026'], 'mdy'],
    ['a first field over 12', ['03/04/2026', '25/04/2026'], 'dmy'],
    ['a second field over 12', ['03/04/2026', '03/25/2026'], 'mdy'],
    ['a day-first timestamp', ['13/1/26 10:00'], 'dmy'],
    ['a month-first timestamp with AM/PM', ['1/13/2026 2:30 PM'], 'mdy'],
    ['dotted and ISO dates only (fixed order, no vote)', ['25.03.2026', '2026-03-25'], 'mdy'],
    ['more month-first than day-first evidence', ['13/01/2026', '01/13/2026', '01/14/2026'], 'mdy'],
    ['as much day-first as month-first evidence', ['13/01/2026', '01/13/2026'], 'dmy'],
    ['garbage', ['', 'n/a', '99/99/2026'], 'mdy'],
  ])('for %s gives %s', (_label, samples, expected) => {
    expect(guessDateOrder(samples)).toBe(expected);
  });
});
