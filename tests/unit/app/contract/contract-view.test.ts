import { describe, expect, it } from 'vitest';
import { answer, billChart, cheapestOption, comparisonRows, differenceText, invoiceView, monthName, prorationAnswer } from '../../../../src/app/components/contract/contract-view.ts';
import type { MonthInvoice } from '../../../../src/core/contract/types.ts';
import { optionSummary, summary } from './factories.ts';

const a = optionSummary('A', { totalCents: { p5: 900_000, p50: 1_000_000, p95: 1_200_000, mean: 1_020_000 } });
const b = optionSummary('B', {
  totalCents: { p5: 880_000, p50: 960_000, p95: 1_300_000, mean: 1_000_000 },
  differenceVsFirst: { meanCents: -20_000, loCents: -25_000, hiCents: -15_000 },
  shelfware: { meanLicenses: 2.5, meanCents: 45_000, p95Cents: 90_000 },
  monthsAtFloor: { mean: 1.5, p95: 3 },
  lockOut: { risk: 0.123, meanUserDays: 4.06, meanMonths: 1 },
});

describe('monthName(month)', () => {
  it('writes "YYYY-MM" as a short month and year', () => {
    expect(monthName('2027-01')).toBe('Jan 2027');
    expect(monthName('2026-12')).toBe('Dec 2026');
  });
});

describe('differenceText(d)', () => {
  it('calls the first option the baseline', () => expect(differenceText(null)).toBe('baseline'));

  it('signs the mean and both ends of the interval, in whole dollars', () => {
    expect(differenceText({ meanCents: -20_000, loCents: -25_000, hiCents: 1_500 })).toBe('−$200 (95 % interval −$250 to +$15)');
  });

  it('leaves the interval out when one replication gives none', () => {
    expect(differenceText({ meanCents: 5_000, loCents: NaN, hiCents: NaN })).toBe('+$50');
  });
});

describe('cheapestOption(summary)', () => {
  it('ranks by the median total when every term is the same', () => {
    expect(cheapestOption(summary([a, b]))).toBe(1);
  });

  it('ranks by the median a month when terms differ: $10,000 over 3 months beats $9,600 over 2', () => {
    const short = optionSummary('C', { termMonths: 2, totalCents: { p5: 0, p50: 960_000, p95: 0, mean: 0 } });
    // A: 1,000,000 / 3 = 333,333 a month; C: 960,000 / 2 = 480,000.
    expect(cheapestOption(summary([a, short]))).toBe(0);
  });
});

describe('answer(summary)', () => {
  it('names the cheapest option, its median, the gap to the runner-up and the paired difference', () => {
    const [cost, paired] = answer(summary([a, b]));
    expect(cost).toBe('B costs least at the median: $9,600 over 3 months, $400 less than A ($10,000).');
    expect(paired).toBe('On the same simulated headcount, B minus A averages −$200 (95 % interval −$250 to −$150).');
  });

  it('gives the runner-up’s paired difference when the first option is the cheapest', () => {
    const dearer = optionSummary('D', { totalCents: { p5: 0, p50: 1_050_000, p95: 0, mean: 0 }, differenceVsFirst: { meanCents: 50_000, loCents: 40_000, hiCents: 60_000 } });
    const [cost, paired] = answer(summary([a, dearer]));
    expect(cost).toBe('A costs least at the median: $10,000 over 3 months, $500 less than D ($10,500).');
    expect(paired).toBe('On the same simulated headcount, D minus A averages +$500 (95 % interval +$400 to +$600).');
  });

  it('says shelfware, months at the floor and lock-outs per option, and “none” for the others', () => {
    const text = answer(summary([a, b])).join('\n');
    expect(text).toContain('Shelfware (licenses paid above the need only because of the floor): B 2.5 licenses a month, $450 over the term; A none.');
    expect(text).toContain('Months at the floor (it holds at least one license type above the need), on average: B 1.5 of 3.');
    expect(text).toContain('Lock-out risk (a user needing a license the pool did not have): B 12.3% of futures, 4.1 user-days on average.');
  });

  it('says when no option pays shelfware or locks anyone out', () => {
    const text = answer(summary([a, optionSummary('B2')], 500)).join('\n');
    expect(text).toContain('No option pays for shelfware');
    expect(text).toContain('No option locks a user out in any of the 500 simulated futures.');
  });

  it('ranks by the month when terms differ, and says so', () => {
    const c = optionSummary('C', { termMonths: 2, totalCents: { p5: 0, p50: 600_000, p95: 0, mean: 0 }, differenceVsFirst: { meanCents: -400_000, loCents: -410_000, hiCents: -390_000 } });
    const [cost] = answer(summary([a, c]));
    // C: $6,000 / 2 = $3,000 a month; A: $10,000 / 3 = $3,333.
    expect(cost).toBe('The terms differ, so the options are ranked by the median cost a month: C costs least, $3,000 a month ($6,000 over 2 months), against $3,333 for A (3 months).');
  });

  it('says nothing before any replication is in', () => {
    expect(answer(summary([a, b], 0))).toEqual([]);
  });
});

describe('comparisonRows(summary)', () => {
  it('gives one row per option with its totals, difference, shelfware, floor months and risk, marking the cheapest', () => {
    const rows = comparisonRows(summary([a, b]));
    expect(rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(rows[0]).toMatchObject({ p5: '$9,000', p50: '$10,000', p95: '$12,000', difference: 'baseline', shelfMoney: '$0', monthsAtFloor: '0 of 3', lockOut: '0.0%', cheapest: false });
    expect(rows[1]).toMatchObject({ p50: '$9,600', difference: '−$200 (95 % interval −$250 to −$150)', shelfLicenses: '2.5', shelfMoney: '$450 (p95 $900)', monthsAtFloor: '1.5 of 3', cheapest: true });
  });
});

describe('billChart(summary, choice)', () => {
  it('draws one option as p5–p95 and p25–p75 bands with its median', () => {
    const chart = billChart(summary([a, b]), 1);
    expect(chart.labels).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027']);
    expect(chart.bands.map((x) => Array.from(x.lo))).toEqual([[329_800, 339_800, 349_800], [329_900, 339_900, 349_900]]);
    expect(Array.from(chart.bands[0]!.hi)).toEqual([330_200, 340_200, 350_200]);
    expect(Array.from(chart.lines[0]!.y)).toEqual([330_000, 340_000, 350_000]);
  });

  it('overlays every option’s median, leaving months past a shorter term empty', () => {
    const short = optionSummary('C', { termMonths: 2 });
    const chart = billChart(summary([a, short]), 'all');
    expect(chart.bands).toEqual([]);
    expect(chart.lines.map((l) => l.label)).toEqual(['A (median)', 'C (median)']);
    expect(Array.from(chart.lines[1]!.y)).toEqual([330_000, 340_000, NaN]);
  });
});

describe('invoiceView(invoice, optionName, replication)', () => {
  const inv: MonthInvoice = {
    monthIndex: 10,
    month: '2026-11',
    lines: [{ type: 'Dialer', quantity: 50, unitPriceCents: 9000, amountCents: 450_000 }],
    prorations: [{ date: '2026-11-21', type: 'Dialer', count: 2, days: 10, daysInMonth: 30, unitAmountCents: 3000, amountCents: 6000 }],
    floorTopUps: [{ type: 'Dialer', floor: 50, need: 47, quantity: 3, amountCents: 27_000 }],
    hidden: [{ type: 'Dialer', users: 1, amountCents: 9000 }],
    refusals: [],
    endCounts: { Dialer: 52 },
    totalCents: 456_000,
  };

  it('lists line items, prorations with their days, floor top-ups and the total', () => {
    const v = invoiceView(inv, 'A', 0);
    expect(v.title).toBe('A, Nov 2026 (month 11), simulated future 0');
    expect(v.lines).toEqual([{ label: 'Dialer', detail: '50 × $90.00', amount: '$4,500.00' }]);
    expect(v.prorations).toEqual([{ label: 'Dialer, added 2026-11-21', detail: '2 × $30.00 (10/30 days)', amount: '$60.00' }]);
    expect(v.topUps).toEqual([{ label: 'Dialer: floor 50, need 47', detail: '3 above the need', amount: '$270.00' }]);
    expect(v.notes).toEqual(['1 hidden Dialer user still holds a license: $90.00 this month.']);
    expect(v.total).toBe('$4,560.00');
  });
});

describe('prorationAnswer(priceCents, date)', () => {
  it('charges $90.00 bought on 2026-11-21 for 10 of 30 days: $30.00', () => {
    expect(prorationAnswer(9000, '2026-11-21')).toEqual({ amount: '$30.00', text: '10 of 30 days (the day of purchase counts): $90.00 × 10/30.' });
  });

  it('charges the full price on the first and one day on the last (29-day February 2028)', () => {
    expect(prorationAnswer(2900, '2028-02-01')).toMatchObject({ amount: '$29.00' });
    expect(prorationAnswer(2900, '2028-02-29')).toMatchObject({ amount: '$1.00', text: expect.stringContaining('1 of 29 days') });
  });

  it('asks for a price in whole cents and a real day', () => {
    expect(prorationAnswer(NaN, '2026-11-21')).toEqual({ error: 'Price: 0 or more, in whole cents.' });
    expect(prorationAnswer(9000, '2027-02-29')).toEqual({ error: 'Date: pick a day.' });
  });
});
