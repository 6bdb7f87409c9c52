// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { billContract } from '../../../src/core/contract/bill-contract.ts';
import type { ContractTerms, LicenseEvent, MonthInvoice } from '../../../src/core/contract/types.ts';
import { terms } from './contract-fixtures.ts';

const dialer = (floor: number, startCount: number, termMonths = 3, startDate = '2026-11-01'): ContractTerms => ({
  startDate,
  termMonths,
  licenses: [terms('Dialer', 9000, floor, startCount)],
});
const add = (date: string, count = 1, type = 'Dialer'): LicenseEvent => ({ kind: 'add', date, type, count });
const lower = (date: string, count = 1, type = 'Dialer'): LicenseEvent => ({ kind: 'lower', date, type, count });
const hide = (date: string, count = 1, type = 'Dialer'): LicenseEvent => ({ kind: 'hide', date, type, count });
const totals = (months: MonthInvoice[]) => months.map((m) => m.totalCents);
const sumOfItems = (m: MonthInvoice) => m.lines.reduce((a, l) => a + l.amountCents, 0) + m.prorations.reduce((a, p) => a + p.amountCents, 0);

describe('billContract: adds', () => {
  it('charges an add for the days left counting the day of purchase, then in full from the next month', () => {
    const ledger = billContract(dialer(0, 50), [add('2026-11-21')]);
    expect(totals(ledger.months)).toEqual([450_000 + 3000, 459_000, 459_000]);
    expect(ledger.months[0]!.prorations).toEqual([
      { date: '2026-11-21', type: 'Dialer', count: 1, days: 10, daysInMonth: 30, unitAmountCents: 3000, amountCents: 3000 },
    ]);
    expect(ledger.months[1]!.lines[0]).toEqual({ type: 'Dialer', quantity: 51, unitPriceCents: 9000, amountCents: 459_000 });
  });

  it('from December to January: an add on 31 December is one day of 31, and January bills it in full', () => {
    const ledger = billContract(dialer(0, 10, 2, '2026-12-01'), [add('2026-12-31', 2)]);
    expect(ledger.months.map((m) => m.month)).toEqual(['2026-12', '2027-01']);
    expect(ledger.months[0]!.prorations[0]).toMatchObject({ count: 2, days: 1, daysInMonth: 31, unitAmountCents: 290, amountCents: 580 });
    expect(totals(ledger.months)).toEqual([90_000 + 580, 108_000]);
  });

  it('prorates several licenses as count × the prorated price of one', () => {
    const ledger = billContract(dialer(0, 0, 1, '2028-02-01'), [add('2028-02-15', 3)]);
    expect(ledger.months[0]!.prorations[0]).toMatchObject({ days: 15, daysInMonth: 29, unitAmountCents: 4655, amountCents: 13_965 });
  });
});

describe('billContract: removals earn no credit', () => {
  it('a license removed mid-month is still paid that month and stops from the next', () => {
    const kept = billContract(dialer(0, 50), []);
    const removed = billContract(dialer(0, 50), [lower('2026-11-10', 5)]);
    expect(removed.months[0]!.totalCents).toBe(kept.months[0]!.totalCents);
    expect(totals(removed.months)).toEqual([450_000, 405_000, 405_000]);
    expect(removed.months[0]!.endCounts).toEqual({ Dialer: 45 });
  });

  it('removed on the first or the last day of a month, it is still paid for that month', () => {
    for (const date of ['2026-12-01', '2026-12-31']) {
      expect(totals(billContract(dialer(0, 50), [lower(date, 2)]).months), date).toEqual([450_000, 450_000, 432_000]);
    }
  });

  it('an add then a removal in the same month pays the prorated add and gets nothing back', () => {
    const ledger = billContract(dialer(0, 50), [add('2026-11-21'), lower('2026-11-25')]);
    expect(totals(ledger.months)).toEqual([453_000, 450_000, 450_000]);
  });
});

describe('billContract: floors', () => {
  it('refuses a lowering below the floor with a message naming the floor, and the count stays at the floor', () => {
    const ledger = billContract(dialer(50, 50), [lower('2026-12-03', 2)]);
    expect(ledger.refusals).toHaveLength(1);
    const refusal = ledger.refusals[0]!;
    expect(refusal).toMatchObject({ code: 'below-floor', floor: 50, event: { kind: 'lower', date: '2026-12-03', count: 2 } });
    expect(refusal.message).toBe('cannot lower Dialer from 50 to 48: the contract floor is 50 Dialer licenses until 2027-01-31');
    expect(ledger.months[1]!.refusals).toEqual([refusal]);
    expect(ledger.months[1]!.endCounts.Dialer).toBe(50);
    expect(ledger.months[2]!.lines[0]!.quantity).toBe(50);
  });

  it('refuses a lowering that would cross the floor as a whole (55 − 10 with floor 50 stays 55), and allows one down to the floor', () => {
    const crossing = billContract(dialer(50, 55), [lower('2026-11-05', 10)]);
    expect(crossing.months[1]!.lines[0]!.quantity).toBe(55);
    expect(crossing.refusals[0]!.message).toMatch(/from 55 to 45: the contract floor is 50/);
    const toFloor = billContract(dialer(50, 55), [lower('2026-11-05', 5)]);
    expect(toFloor.refusals).toEqual([]);
    expect(toFloor.months[1]!.lines[0]!.quantity).toBe(50);
  });

  it("the example in billContract's doc comment: 4,530.00, 4,590.00, 4,500.00 and a refusal", () => {
    const ledger = billContract(dialer(50, 50), [add('2026-11-21'), lower('2026-12-10'), lower('2027-01-05')]);
    expect(totals(ledger.months)).toEqual([453_000, 459_000, 450_000]);
    expect(ledger.refusals.map((r) => r.message)).toEqual(['cannot lower Dialer from 50 to 49: the contract floor is 50 Dialer licenses until 2027-01-31']);
  });

  it('lists floor top-ups (licenses paid above the need at the month start because of the floor) when needs are given', () => {
    const ledger = billContract(dialer(50, 50), [], { Dialer: [44, 50, 57] });
    expect(ledger.months.map((m) => m.floorTopUps)).toEqual([
      [{ type: 'Dialer', floor: 50, need: 44, quantity: 6, amountCents: 54_000 }],
      [],
      [],
    ]);
  });
});

describe('billContract: hidden users', () => {
  it('hidden users keep their licenses, and the bill, until the total is lowered', () => {
    const ledger = billContract(dialer(0, 20, 3), [hide('2026-11-12', 3), lower('2026-12-15', 3)]);
    expect(totals(ledger.months)).toEqual([180_000, 180_000, 153_000]);
    expect(ledger.months[0]!.hidden).toEqual([]);
    expect(ledger.months[1]!.hidden).toEqual([{ type: 'Dialer', users: 3, amountCents: 27_000 }]);
    expect(ledger.months[1]!.endCounts.Dialer).toBe(17);
    expect(ledger.months[2]!.hidden).toEqual([]);
  });

  it('refuses to hide more users than visibly hold the license', () => {
    const ledger = billContract(dialer(0, 2, 1), [hide('2026-11-02', 2), hide('2026-11-03', 1)]);
    expect(ledger.refusals.map((r) => r.code)).toEqual(['bad-count']);
    expect(ledger.refusals[0]!.message).toMatch(/only 0 visible users hold Dialer/);
  });
});

describe('billContract: invoices', () => {
  const contract: ContractTerms = {
    startDate: '2027-01-01',
    termMonths: 6,
    licenses: [terms('CRM', 6500, 40, 45), terms('Dialer Tab', 2500, 0, 30), terms('Dialer', 9000, 20, 26), terms('Flex Port', 2500, 8, 10)],
  };
  const events: LicenseEvent[] = [
    add('2027-01-09', 2, 'CRM'), add('2027-01-09', 1, 'Dialer'), lower('2027-01-31', 4, 'Dialer Tab'),
    hide('2027-02-02', 1, 'Dialer'), add('2027-02-28', 3, 'Flex Port'), lower('2027-03-01', 10, 'CRM'),
    add('2027-03-17', 1, 'Dialer Tab'), lower('2027-04-30', 7, 'Dialer'), add('2027-05-31', 5, 'CRM'), lower('2027-06-15', 5, 'Flex Port'),
  ];

  it("every month's line items and prorations add up to its total, and the months to the contract's", () => {
    const ledger = billContract(contract, events);
    for (const month of ledger.months) expect(sumOfItems(month), month.month).toBe(month.totalCents);
    expect(ledger.totalCents).toBe(ledger.months.reduce((a, m) => a + m.totalCents, 0));
    expect(ledger.months[0]!.lines.map((l) => l.type)).toEqual(['CRM', 'Dialer Tab', 'Dialer', 'Flex Port']);
  });

  it('takes events in date order whatever order they come in (same-day events keep theirs)', () => {
    expect(billContract(contract, [...events.slice(5), ...events.slice(0, 5)])).toEqual(billContract(contract, events));
  });

  it('refuses events outside the term, on impossible dates, of unknown types or with bad counts, as data', () => {
    const ledger = billContract(contract, [add('2026-12-31'), add('2027-07-01'), add('2027-02-30'), add('2027-02-01', 1, 'Fax'), add('2027-02-02', 0), add('2027-02-03', 1.5)]);
    expect(ledger.refusals.map((r) => r.code).sort()).toEqual(['bad-count', 'bad-count', 'bad-date', 'outside-term', 'outside-term', 'unknown-type']);
    expect(ledger.refusals.find((r) => r.event.date === '2027-07-01')!.message).toMatch(/outside the contract term 2027-01-01 to 2027-06-30/);
    expect(ledger.totalCents).toBe(billContract(contract, []).totalCents);
  });

  it('throws a RangeError naming the function for terms that cannot be billed', () => {
    expect(() => billContract({ ...contract, startDate: '2027-01-15' }, [])).toThrow(/billContract: startDate must be the first of a month/);
    expect(() => billContract({ ...contract, licenses: [terms('CRM', 6500, 50, 40)] }, [])).toThrow(/billContract: CRM startCount 40 is below its floor 50/);
    expect(() => billContract({ ...contract, termMonths: 0 }, [])).toThrow(/termMonths/);
    expect(() => billContract({ ...contract, licenses: [terms('CRM', 65.5, 0, 1)] }, [])).toThrow(/priceCents/);
  });
});
