import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../../../src/core/ingest/types.ts';
import { parseDateDays } from '../../../../src/core/ingest/time/index.ts';

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of an ISO calendar date, by the engine's own ISO reader (UTC for date-only). */
function days(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad expectation ${iso}`);
  return ms / DAY_MS;
}

describe('parseDateDays(text, order)', () => {
  it('counts days from 1970-01-01 (0 at the epoch, negative before it)', () => {
    expect(parseDateDays('1970-01-01', 'mdy')).toBe(0);
    expect(parseDateDays('1970-01-02', 'mdy')).toBe(1);
    expect(parseDateDays('1969-12-31', 'mdy')).toBe(-1);
  });

  it.each<[string, DateOrder, string]>([
    ['2026-03-08', 'mdy', '2026-03-08'],
    ['2026/03/08', 'mdy', '2026-03-08'],
    ['2026-03-08', 'dmy', '2026-03-08'],
    ['2026-3-8', 'mdy', '2026-03-08'],
    ['3/8/2026', 'mdy', '2026-03-08'],
    ['03/08/2026', 'mdy', '2026-03-08'],
    ['12/31/2026', 'mdy', '2026-12-31'],
    ['3/8/2026', 'dmy', '2026-08-03'],
    ['08/03/2026', 'dmy', '2026-03-08'],
    ['25/12/2026', 'dmy', '2026-12-25'],
    ['8.3.2026', 'dmy', '2026-03-08'],
    ['08.03.2026', 'dmy', '2026-03-08'],
    ['08.03.2026', 'mdy', '2026-03-08'],
    ['3/8/26', 'mdy', '2026-03-08'],
    ['8/3/26', 'dmy', '2026-03-08'],
    ['1/1/00', 'mdy', '2000-01-01'],
    ['3/8/69', 'mdy', '2069-03-08'],
    ['3/8/70', 'mdy', '1970-03-08'],
    ['12/31/99', 'mdy', '1999-12-31'],
    ['2024-02-29', 'mdy', '2024-02-29'],
    ['2/29/2024', 'mdy', '2024-02-29'],
    ['2000-02-29', 'mdy', '2000-02-29'],
    ['  2026-03-08  ', 'mdy', '2026-03-08'],
    ['\t3/8/2026\u00a0', 'mdy', '2026-03-08'],
  ])('reads %j (%s) as %s', (text, order, iso) => {
    expect(parseDateDays(text, order)).toBe(days(iso));
  });

  it.each<[string, DateOrder]>([
    ['2026-02-29', 'mdy'],
    ['1900-02-29', 'mdy'],
    ['2026-13-01', 'mdy'],
    ['2026-00-10', 'mdy'],
    ['2026-01-00', 'mdy'],
    ['2026-04-31', 'mdy'],
    ['4/31/2026', 'mdy'],
    ['31/4/2026', 'dmy'],
    ['13/1/2026', 'mdy'],
    ['1/13/2026', 'dmy'],
    ['31.02.2026', 'dmy'],
    ['', 'mdy'],
    ['   ', 'mdy'],
    ['garbage', 'mdy'],
    ['2026-03-08T10:00', 'mdy'],
    ['2026-03-08 10:00', 'mdy'],
    ['2026-03-08x', 'mdy'],
    ['3/8', 'mdy'],
    ['3/8/2026/1', 'mdy'],
    ['2026.03.08', 'mdy'],
    ['03-08-2026', 'mdy'],
    ['2026-03/08', 'mdy'],
    ['8.3.26', 'dmy'],
    ['123/1/2026', 'mdy'],
    ['3/8/202', 'mdy'],
    ['3/8/12026', 'mdy'],
    ['2026-003-08', 'mdy'],
    ['+2026-03-08', 'mdy'],
    ['2026-03-081', 'mdy'],
    ['20x6-03-08', 'mdy'],
    ['2026-03-0x', 'mdy'],
    ['1/2-/2026', 'mdy'],
  ])('gives NaN for %j (%s)', (text, order) => {
    expect(parseDateDays(text, order)).toBeNaN();
  });

  it('agrees with Date.UTC on every day from 1899 through 2101', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    let mismatches = 0;
    for (let d = days('1899-01-01'); d <= days('2101-12-31'); d++) {
      const date = new Date(d * DAY_MS);
      const y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, dd = date.getUTCDate();
      if (parseDateDays(`${y}-${pad(m)}-${pad(dd)}`, 'mdy') !== d) mismatches++;
      if (parseDateDays(`${m}/${dd}/${y}`, 'mdy') !== d) mismatches++;
      if (parseDateDays(`${dd}.${m}.${y}`, 'mdy') !== d) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});
