// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lastCompleteMonth, rechargeAmounts, rechargeSentence, ruleFromUsage, usageByDay, usageOptions } from '../../../src/core/recharge/index.ts';
import { monthOfCalls, table, type Call } from './fixtures.ts';

const daily = (calls: Call[]) => usageByDay(table(calls), usageOptions(), 'UTC');

describe('rechargeAmounts(usageCents, days, rechargeDays, thresholdDays)', () => {
  it('gives 14 and 5 days of the average day on a 31-day month: $4,650.00 → $2,100.00 and $750.00', () => {
    expect(rechargeAmounts(465_000, 31)).toEqual({ amountCents: 210_000, thresholdCents: 75_000 });
  });

  it('divides by 30 for a 30-day month: $375.00 → $175.00 and $62.50', () => {
    expect(rechargeAmounts(37_500, 30)).toEqual({ amountCents: 17_500, thresholdCents: 6_250 });
  });

  it('rounds exactly half a cent up, only at the end', () => {
    // 28 days, 14 cents: amount 14 × 14 / 28 = 7, threshold 5 × 14 / 28 = 2.5 → 3.
    expect(rechargeAmounts(14, 28)).toEqual({ amountCents: 7, thresholdCents: 3 });
    // 1 cent: amount 0.5 → 1; threshold 0.178… → 0.
    expect(rechargeAmounts(1, 28)).toEqual({ amountCents: 1, thresholdCents: 0 });
  });

  it('keeps fractional usage until the end: 14 × 10.5 / 21 = 7 exactly, not 14 × 11 / 21', () => {
    expect(rechargeAmounts(10.5, 21, 14, 5).amountCents).toBe(7);
  });

  it('refuses a month without days', () => {
    expect(() => rechargeAmounts(100, 0)).toThrow(/rechargeAmounts/);
  });
});

describe('ruleFromUsage(usage, opts)', () => {
  it('takes a 30-day month: September 2026 at $12.50 a day → $375.00, $175.00, $62.50', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-09', () => 1250)));
    expect(rule).toMatchObject({ month: '2026-09', days: 30, usageCents: 37_500, amountCents: 17_500, thresholdCents: 6_250, complete: true });
  });

  it('takes a 31-day month: October 2026 at $150.00 a day → $4,650.00, $2,100.00, $750.00', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-10', () => 15_000)));
    expect(rule).toMatchObject({ month: '2026-10', days: 31, usageCents: 465_000, amountCents: 210_000, thresholdCents: 75_000 });
  });

  it('counts 29 days in February of the leap year 2028', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2028-02', () => 1000)));
    expect(rule).toMatchObject({ month: '2028-02', days: 29, usageCents: 29_000, amountCents: 14_000, thresholdCents: 5_000 });
  });

  it('counts 28 days in February of the common year 2027', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2027-02', () => 1000)));
    expect(rule).toMatchObject({ month: '2027-02', days: 28, usageCents: 28_000, amountCents: 14_000, thresholdCents: 5_000 });
  });

  it('gives zero amount and threshold for a month with no usage', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-09', () => 0)));
    expect(rule).toMatchObject({ usageCents: 0, amountCents: 0, thresholdCents: 0 });
  });

  it('spreads one huge day over the whole month: $3,100.00 on one day of 31 → $1,400.00 and $500.00', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-10', (d) => (d === 17 ? 310_000 : 0))));
    expect(rule).toMatchObject({ days: 31, usageCents: 310_000, amountCents: 140_000, thresholdCents: 50_000 });
  });

  it('uses the last complete month, not a partial month after it', () => {
    const calls = [...monthOfCalls('2026-09', () => 1250), ...monthOfCalls('2026-10', () => 99_999).slice(0, 10)];
    expect(ruleFromUsage(daily(calls)).month).toBe('2026-09');
  });

  it('takes a month picked by hand and its own multipliers', () => {
    const calls = [...monthOfCalls('2026-09', () => 1000), ...monthOfCalls('2026-10', () => 2000)];
    expect(ruleFromUsage(daily(calls), { month: '2026-09', rechargeDays: 7, thresholdDays: 2 })).toMatchObject({ usageCents: 30_000, amountCents: 7_000, thresholdCents: 2_000 });
  });

  it('refuses a month with no day of the data', () => {
    expect(() => ruleFromUsage(daily(monthOfCalls('2026-09', () => 1)), { month: '2026-05' })).toThrow(/2026-05 holds no day/);
  });

  it('falls back to the last month with data, marked incomplete, when no month is whole', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-09', () => 1000).slice(3, 20)));
    expect(rule).toMatchObject({ month: '2026-09', days: 30, usageCents: 17_000, complete: false });
  });
});

describe('lastCompleteMonth(usage)', () => {
  it('counts a month covered from its first to its last date, quiet days inside included', () => {
    expect(lastCompleteMonth(daily([{ at: '2026-08-14T09:00:00Z' }, { at: '2026-10-31T23:00:00Z' }]))).toBe('2026-10');
    expect(lastCompleteMonth(daily([{ at: '2026-08-14T09:00:00Z' }, { at: '2026-10-30T23:00:00Z' }]))).toBe('2026-09');
    expect(lastCompleteMonth(daily([{ at: '2026-08-14T09:00:00Z' }, { at: '2026-09-29T23:00:00Z' }]))).toBeNull();
  });
});

describe('rechargeSentence(rule)', () => {
  it('states the rule with the numbers it produced', () => {
    const rule = ruleFromUsage(daily(monthOfCalls('2026-10', () => 15_000)));
    expect(rechargeSentence(rule)).toMatch(/^Last month \(October 2026\): 31 days, \$4,650\.00 used → \$2,100\.00 recharge .* falls to \$750\.00 .*or below/);
  });
});
