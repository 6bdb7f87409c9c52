// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prorateCents } from '../../../src/core/contract/prorate-cents.ts';
import { daysInMonth } from '../../../src/core/contract/days-in-month.ts';
import { parseIsoDate } from '../../../src/core/contract/parse-iso-date.ts';

describe('prorateCents(monthlyPriceCents, date)', () => {
  // [date, price cents, days, daysInMonth, amount cents]: hand-computed price × days / daysInMonth, half up.
  const cases: [string, number, number, number, number, string][] = [
    ['2026-11-21', 9000, 10, 30, 3000, "domain.md's example: 90.00 on day 21 of a 30-day month → 30.00"],
    ['2026-11-01', 9000, 30, 30, 9000, 'the first day of a 30-day month is the full price'],
    ['2026-11-30', 9000, 1, 30, 300, 'the last day of a 30-day month is one day'],
    ['2027-01-01', 9000, 31, 31, 9000, 'the first day of a 31-day month is the full price'],
    ['2027-01-31', 9000, 1, 31, 290, 'the last day of a 31-day month: 290.32… → 2.90'],
    ['2027-01-17', 9000, 15, 31, 4355, 'mid 31-day month: 4,354.84 cents → 43.55'],
    ['2026-12-31', 6500, 1, 31, 210, 'the last day of December: 209.68 cents → 2.10'],
    ['2028-02-01', 9000, 29, 29, 9000, 'the first day of a leap February (29 days) is the full price'],
    ['2028-02-29', 9000, 1, 29, 310, 'the leap day is the last day of a 29-day month: 310.34… → 3.10'],
    ['2028-02-15', 9000, 15, 29, 4655, 'mid leap February: 4,655.17 cents → 46.55'],
    ['2027-02-01', 9000, 28, 28, 9000, 'the first day of a common February (28 days) is the full price'],
    ['2027-02-28', 9000, 1, 28, 321, 'the last day of a common February: 321.43 → 3.21'],
    ['2027-02-15', 9000, 14, 28, 4500, 'the 15th of a common February is exactly half'],
    ['2026-11-16', 4501, 15, 30, 2251, 'half a cent rounds up: 45.01 × 15/30 = 22.505 → 22.51'],
    ['2027-02-15', 4501, 14, 28, 2251, 'half a cent rounds up in February too: 45.01 × 14/28 → 22.51'],
    ['2026-11-16', 4499, 15, 30, 2250, 'just under half a cent rounds down: 44.99 × 15/30 = 22.495 → 22.50'],
    ['2026-11-21', 0, 10, 30, 0, 'a free license costs nothing prorated'],
  ];
  for (const [date, price, days, dim, amount, what] of cases) {
    it(`${date} at ${price} cents: ${what}`, () => {
      expect(prorateCents(price, date)).toEqual({ amountCents: amount, days, daysInMonth: dim });
    });
  }

  it('charges never more than the full price and never rise later in the month', () => {
    for (const [y, m] of [[2027, 1], [2027, 2], [2028, 2], [2026, 11]] as const) {
      let previous = Infinity;
      for (let d = 1; d <= daysInMonth(y, m); d++) {
        const { amountCents } = prorateCents(12345, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        expect(amountCents).toBeLessThanOrEqual(Math.min(previous, 12345));
        previous = amountCents;
      }
    }
  });

  it('throws a RangeError naming the function for a date that does not exist or a price in fractions of a cent', () => {
    expect(() => prorateCents(9000, '2027-02-29')).toThrow(/prorateCents: date/);
    expect(() => prorateCents(9000, '2026-11-31')).toThrow(RangeError);
    expect(() => prorateCents(9000, '21/11/2026')).toThrow(RangeError);
    expect(() => prorateCents(90.5, '2026-11-21')).toThrow(/prorateCents: monthlyPriceCents/);
    expect(() => prorateCents(-1, '2026-11-21')).toThrow(RangeError);
  });
});

describe('daysInMonth(year, month) and parseIsoDate(text)', () => {
  it('follow the Gregorian leap rule: 2028 and 2000 are leap years, 2027 and 1900 are not', () => {
    expect([daysInMonth(2028, 2), daysInMonth(2000, 2), daysInMonth(2027, 2), daysInMonth(1900, 2)]).toEqual([29, 29, 28, 28]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('parseIsoDate reads real dates only', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate(' 2026-11-21 ')).toEqual({ year: 2026, month: 11, day: 21 });
    for (const bad of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-11-00', '2026-1-21', '2026/11/21', '20261121', '', '２０２６-11-21']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });
});
