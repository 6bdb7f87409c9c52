import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../../../src/core/ingest/types.ts';
import { makeDateTimeParser, makeTimestampParser } from '../../../../src/core/ingest/time/index.ts';

/** An instant written as an explicit ISO 8601 UTC string (a typo in a case must not compare NaN with NaN). */
function utc(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad expectation ${iso}`);
  return ms;
}

describe('makeTimestampParser(timeZone, order)', () => {
  describe('in UTC', () => {
    const mdy = makeTimestampParser('UTC', 'mdy');
    const dmy = makeTimestampParser('UTC', 'dmy');

    it.each<[string, DateOrder, string]>([
      ['2026-03-08T14:05:09', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08 14:05:09', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08t14:05:09', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08T14:05', 'mdy', '2026-03-08T14:05:00.000Z'],
      ['2026-03-08 9:05', 'mdy', '2026-03-08T09:05:00.000Z'],
      ['2026/03/08 14:05:09', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08T14:05:09.123', 'mdy', '2026-03-08T14:05:09.123Z'],
      ['2026-03-08T14:05:09.1234567', 'mdy', '2026-03-08T14:05:09.123Z'],
      ['2026-03-08T14:05:09.9996', 'mdy', '2026-03-08T14:05:10.000Z'],
      ['2026-03-08T23:59:59.9999', 'mdy', '2026-03-09T00:00:00.000Z'],
      ['3/8/2026 2:30 AM', 'mdy', '2026-03-08T02:30:00.000Z'],
      ['3/8/2026 2:30 PM', 'mdy', '2026-03-08T14:30:00.000Z'],
      ['03/08/2026 14:05:09', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['3/8/26 2:30 pm', 'mdy', '2026-03-08T14:30:00.000Z'],
      ['8/3/2026 2:30 PM', 'dmy', '2026-03-08T14:30:00.000Z'],
      ['08/03/2026 14:05:09', 'dmy', '2026-03-08T14:05:09.000Z'],
      ['8.3.2026 14:30', 'mdy', '2026-03-08T14:30:00.000Z'],
      ['08.03.2026 14:30:15', 'dmy', '2026-03-08T14:30:15.000Z'],
      ['3/8/2026  2:30   AM', 'mdy', '2026-03-08T02:30:00.000Z'],
      ['3/8/26    12:05:09', 'mdy', '2026-03-08T12:05:09.000Z'],
      ['  2026-03-08T14:05:09  ', 'mdy', '2026-03-08T14:05:09.000Z'],
      ['2024-02-29 12:00', 'mdy', '2024-02-29T12:00:00.000Z'],
    ])('reads %j (%s) as %s', (text, order, iso) => {
      expect((order === 'mdy' ? mdy : dmy)(text)).toBe(utc(iso));
    });

    it.each<[string, string]>([
      ['2026-03-08', '2026-03-08T00:00:00.000Z'],
      ['3/8/2026', '2026-03-08T00:00:00.000Z'],
      ['08.03.2026', '2026-03-08T00:00:00.000Z'],
    ])('reads the date alone %j as its midnight %s', (text, iso) => {
      expect(mdy(text)).toBe(utc(iso));
    });

    it('reads the same slash date by the order it was made with', () => {
      expect(mdy('03/08/2026 10:00')).toBe(utc('2026-03-08T10:00:00Z'));
      expect(dmy('03/08/2026 10:00')).toBe(utc('2026-08-03T10:00:00Z'));
    });
  });

  describe('with an explicit offset', () => {
    const ny = makeTimestampParser('America/New_York', 'mdy');
    const berlin = makeTimestampParser('Europe/Berlin', 'mdy');

    it.each<[string, string]>([
      ['2026-03-08T02:30:00-05:00', '2026-03-08T07:30:00.000Z'],
      ['2026-03-08T14:05:09Z', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08T14:05:09z', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08T14:05:09+01:00', '2026-03-08T13:05:09.000Z'],
      ['2026-03-08T14:05:09+0100', '2026-03-08T13:05:09.000Z'],
      ['2026-03-08T14:05:09+01', '2026-03-08T13:05:09.000Z'],
      ['2026-03-08T14:05:09 +01:00', '2026-03-08T13:05:09.000Z'],
      ['2026-03-08T14:05:09.123-05:00', '2026-03-08T19:05:09.123Z'],
      ['2026-03-08T02:30:00+05:45', '2026-03-07T20:45:00.000Z'],
      ['2026-03-08T02:30:00-00:00', '2026-03-08T02:30:00.000Z'],
      ['2026-12-31T23:30:00-05:00', '2027-01-01T04:30:00.000Z'],
      ['2026-03-08 14:05:09 UTC', '2026-03-08T14:05:09.000Z'],
      ['2026-03-08 14:05:09 GMT', '2026-03-08T14:05:09.000Z'],
      ['3/8/2026 2:30 PM -05:00', '2026-03-08T19:30:00.000Z'],
      ['2026-11-01T01:30:00-05:00', '2026-11-01T06:30:00.000Z'],
    ])('honours the offset in %j exactly: %s, whatever the zone', (text, iso) => {
      expect(ny(text)).toBe(utc(iso));
      expect(berlin(text)).toBe(utc(iso));
    });
  });

  describe('in America/New_York', () => {
    const ny = makeTimestampParser('America/New_York', 'mdy');

    it.each<[string, string]>([
      ['2026-03-07 12:00', '2026-03-07T17:00:00.000Z'],
      ['2026-03-08 00:00', '2026-03-08T05:00:00.000Z'],
      ['2026-03-08 01:59', '2026-03-08T06:59:00.000Z'],
      ['2026-03-08 02:00', '2026-03-08T07:00:00.000Z'],
      ['2026-03-08 02:30', '2026-03-08T07:30:00.000Z'],
      ['2026-03-08T02:30:00', '2026-03-08T07:30:00.000Z'],
      ['2026-03-08 03:00', '2026-03-08T07:00:00.000Z'],
      ['2026-03-08 03:30', '2026-03-08T07:30:00.000Z'],
      ['2026-03-08 12:00', '2026-03-08T16:00:00.000Z'],
      ['2026-03-09 12:00', '2026-03-09T16:00:00.000Z'],
    ])('on the spring-forward day reads %j as %s (the 02:00–03:00 gap moves forward an hour)', (text, iso) => {
      expect(ny(text)).toBe(utc(iso));
    });

    it.each<[string, string]>([
      ['2026-10-31 12:00', '2026-10-31T16:00:00.000Z'],
      ['2026-11-01 00:30', '2026-11-01T04:30:00.000Z'],
      ['2026-11-01 01:00', '2026-11-01T05:00:00.000Z'],
      ['2026-11-01 01:30', '2026-11-01T05:30:00.000Z'],
      ['2026-11-01T01:30:00', '2026-11-01T05:30:00.000Z'],
      ['2026-11-01 01:59:59', '2026-11-01T05:59:59.000Z'],
      ['2026-11-01 02:00', '2026-11-01T07:00:00.000Z'],
      ['2026-11-01 02:30', '2026-11-01T07:30:00.000Z'],
      ['2026-11-01 12:00', '2026-11-01T17:00:00.000Z'],
      ['2026-11-02 12:00', '2026-11-02T17:00:00.000Z'],
    ])('on the fall-back day reads %j as %s (the repeated 01:00–02:00 takes the earlier instant)', (text, iso) => {
      expect(ny(text)).toBe(utc(iso));
    });

    it.each<[string, string]>([
      ['3/8/2026 12:00 AM', '2026-03-08T05:00:00.000Z'],
      ['3/8/2026 2:30 AM', '2026-03-08T07:30:00.000Z'],
      ['3/8/2026 12:30 PM', '2026-03-08T16:30:00.000Z'],
      ['3/8/2026 11:59 PM', '2026-03-09T03:59:00.000Z'],
      ['11/1/2026 1:30 AM', '2026-11-01T05:30:00.000Z'],
      ['11/1/2026 12:30 PM', '2026-11-01T17:30:00.000Z'],
      ['1/15/2026 12:00 AM', '2026-01-15T05:00:00.000Z'],
      ['7/4/2026 11:59 PM', '2026-07-05T03:59:00.000Z'],
    ])('reads the US form %j as %s', (text, iso) => {
      expect(ny(text)).toBe(utc(iso));
    });

    it('reads a date alone as its local midnight', () => {
      expect(ny('2026-03-08')).toBe(utc('2026-03-08T05:00:00Z'));
      expect(ny('11/1/2026')).toBe(utc('2026-11-01T04:00:00Z'));
    });

    it('round-trips every quarter hour of 2026 except the second pass through the fall-back hour', () => {
      const wall = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/New_York', hourCycle: 'h23',
        year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
      const parse = makeTimestampParser('America/New_York', 'mdy');
      const mismatches: string[] = [];
      for (let t = utc('2026-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 15 * 60_000) {
        const us = wall.format(t).replace(',', ''); // "03/08/2026 03:00:00"
        const iso = `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}T${us.slice(11)}`;
        const secondPass = t >= utc('2026-11-01T06:00:00Z') && t < utc('2026-11-01T07:00:00Z');
        const expected = secondPass ? t - 3_600_000 : t;
        for (const text of [us, us.slice(0, 16), iso, iso.slice(0, 16)]) {
          if (parse(text) !== expected) mismatches.push(`${new Date(t).toISOString()} ${text}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  describe('in Europe/Berlin', () => {
    const berlin = makeTimestampParser('Europe/Berlin', 'dmy');

    it.each<[string, string]>([
      ['2026-01-15 12:00', '2026-01-15T11:00:00.000Z'],
      ['2026-07-15 12:00', '2026-07-15T10:00:00.000Z'],
      ['2026-03-29 01:30', '2026-03-29T00:30:00.000Z'],
      ['2026-03-29 02:30', '2026-03-29T01:30:00.000Z'],
      ['2026-03-29 03:30', '2026-03-29T01:30:00.000Z'],
      ['29.03.2026 02:30', '2026-03-29T01:30:00.000Z'],
      ['2026-10-25 01:30', '2026-10-24T23:30:00.000Z'],
      ['2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
      ['2026-10-25 03:30', '2026-10-25T02:30:00.000Z'],
      ['25/10/2026 14:00', '2026-10-25T13:00:00.000Z'],
    ])('reads %j as %s', (text, iso) => {
      expect(berlin(text)).toBe(utc(iso));
    });
  });

  describe('invalid text', () => {
    const ny = makeTimestampParser('America/New_York', 'mdy');

    it.each([
      '', '   ', 'garbage', 'null', '10:00', 'T10:00',
      '2026-02-29T10:00', '2026-13-01 10:00', '4/31/2026 10:00 AM', '2026-03-08T',
      '2026-03-08T24:00:00', '2026-03-08T10:60', '2026-03-08T10:00:60', '2026-03-08T13:00 PM',
      '2026-03-08T10', '2026-03-08X10:00', '2026-03-08T10:00+25:00', '2026-03-08T10:00+05:60',
      '2026-03-08T10:00+5', '2026-03-08T10:00+05:00:00', '2026-03-08T10:00-', '2026-03-08T10:00ZZ',
      '2026-03-08T10:00Z junk', '2026-03-08 10:00 EST', '2026-03-08T10:00 UTC+1',
      '3/8/2026,10:00', '20260308T100000Z',
      '2026-02-29T10:00:00', '2026-03-08X10:00:00', '2026-03-08T10:60:00', '2026-03-08T10:00:60',
      '13/08/2026 10:00:00', '2026-03-08T1a:00:00', '3/8/26 xxx 12:05:09',
    ])('gives NaN for %j', (text) => {
      expect(ny(text)).toBeNaN();
    });
  });

  it('throws a RangeError naming itself for an unknown time zone', () => {
    expect(() => makeTimestampParser('Mars/Olympus_Mons', 'mdy')).toThrow(/makeTimestampParser/);
    expect(() => makeTimestampParser('Mars/Olympus_Mons', 'mdy')).toThrow(RangeError);
  });
});

describe('makeDateTimeParser(timeZone, order)', () => {
  const ny = makeDateTimeParser('America/New_York', 'mdy');
  const utcDateTime = makeDateTimeParser('UTC', 'mdy');

  it.each<[string, string, string]>([
    ['2026-03-08', '14:05:09', '2026-03-08T18:05:09.000Z'],
    ['3/8/2026', '2:30 PM', '2026-03-08T18:30:00.000Z'],
    ['3/8/2026', '12:00 AM', '2026-03-08T05:00:00.000Z'],
    ['2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01', '1:30:00', '2026-11-01T05:30:00.000Z'],
    ['11/1/2026', '11:59 PM', '2026-11-02T04:59:00.000Z'],
    ['  2026-03-08 ', ' 14:05 ', '2026-03-08T18:05:00.000Z'],
  ])('reads date %j with time %j in New York as %s', (date, time, iso) => {
    expect(ny(date, time)).toBe(utc(iso));
  });

  it('reads a day-first date column with its order', () => {
    expect(makeDateTimeParser('UTC', 'dmy')('08/03/2026', '10:00')).toBe(utc('2026-03-08T10:00:00Z'));
  });

  it('reads an H:MM:SS time beside an ISO date column, as in call-centre logs', () => {
    expect(utcDateTime('2010-08-01', '0:10:10')).toBe(utc('2010-08-01T00:10:10Z'));
  });

  it('honours an offset written on the time', () => {
    expect(ny('2026-03-08', '14:05:09-05:00')).toBe(utc('2026-03-08T19:05:09Z'));
    expect(ny('2026-03-08', '14:05:09Z')).toBe(utc('2026-03-08T14:05:09Z'));
  });

  it('ignores the date column when the time column holds a whole timestamp', () => {
    expect(ny('1/1/2000', '2026-03-08T14:05:09Z')).toBe(utc('2026-03-08T14:05:09Z'));
    expect(ny('garbage', '3/8/2026 2:30 AM')).toBe(utc('2026-03-08T07:30:00Z'));
  });

  it('accepts a date column saved with a midnight time, and nothing else', () => {
    expect(ny('3/8/2026 0:00', '14:05')).toBe(utc('2026-03-08T18:05:00Z'));
    expect(ny('2026-03-08 00:00:00', '14:05')).toBe(utc('2026-03-08T18:05:00Z'));
    expect(ny('3/8/2026 12:00:00 AM', '14:05')).toBe(utc('2026-03-08T18:05:00Z'));
    expect(ny('3/8/2026 9:00', '14:05')).toBeNaN();
    expect(ny('3/8/2026 junk', '14:05')).toBeNaN();
  });

  it.each<[string, string]>([
    ['2026-03-08', ''],
    ['2026-03-08', '   '],
    ['', '14:05'],
    ['2026-02-29', '10:00'],
    ['4/31/2026', '10:00'],
    ['2026-03-08', '25:00'],
    ['2026-03-08', '13:00 PM'],
    ['2026-03-08', 'noon'],
    ['2026-03-08', '2026-03-09'],
  ])('gives NaN for date %j with time %j', (date, time) => {
    expect(ny(date, time)).toBeNaN();
  });

  it('throws a RangeError naming itself for an unknown time zone', () => {
    expect(() => makeDateTimeParser('Nowhere/Else', 'mdy')).toThrow(/makeDateTimeParser/);
  });
});
