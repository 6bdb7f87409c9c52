// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayLabels, fanChart, headline, monthName, monthUsage, tunerAnswer, tunerGrid } from '../../../../src/app/components/recharge/recharge-view.ts';
import { defaultRechargeInputs, rechargeProblems, restoreRechargeInputs } from '../../../../src/app/state/recharge-inputs.ts';
import { parametricDailyUsage } from '../../../../src/core/recharge/parametric-daily-usage.ts';
import { ruleFromUsage } from '../../../../src/core/recharge/rule-from-usage.ts';
import type { RechargeResult, TunerResult } from '../../../../src/core/recharge/types.ts';

const iv = (mean: number, lo = mean, hi = mean) => ({ mean, lo, hi });

function result(): RechargeResult {
  const days = 3;
  const f = (v: number) => Float64Array.from({ length: days }, () => v);
  return {
    replications: 100, months: 1, monthLabels: ['2026-11'], firstDate: '2026-11-01', days,
    pZero: iv(0.02, 0.01, 0.05), pZeroByMonth: [iv(0.02, 0.01, 0.05)],
    rechargesPerMonth: { mean: 2.25, p95: 4 }, billedCents: { mean: 450_000, perMonth: 450_000 },
    idleBalanceCents: iv(123_456, 120_000, 126_000), downtimeHours: iv(0.5), unservedCents: { mean: 1234 },
    fan: { p5: f(1), p25: f(2), p50: f(3), p75: f(4), p95: f(5) },
    samplePath: Float64Array.from({ length: 72 }, (_, h) => h), elapsedMs: 10, hoursPerSecond: 1,
  };
}

describe('recharge view', () => {
  it('labels days from the first date and names months in words', () => {
    expect(dayLabels('2026-10-30', 3)).toEqual(['Oct 30', 'Oct 31', 'Nov 1']);
    expect(monthName('2027-02')).toBe('February 2027');
  });

  it('draws the fan as two bands around the median and the sample path at each day’s last hour', () => {
    const fan = fanChart(result());
    expect(fan.bands.map((b) => [Array.from(b.lo), Array.from(b.hi)])).toEqual([[[1, 1, 1], [5, 5, 5]], [[2, 2, 2], [4, 4, 4]]]);
    expect(Array.from(fan.lines[1]!.y)).toEqual([23, 47, 71]);
  });

  it('states the headline numbers with their intervals and money in dollars', () => {
    const h = headline(result());
    // Percent signs follow the locale ("2.0%" or "2.0 %").
    expect(h.map((x) => x.value.replace(/\s/g, ''))).toEqual(['2.0%', '2.3', '$4,500', '$1,235', '0.5']);
    expect(h[0]!.detail).toMatch(/1\.0\s?% – 5\.0\s?%/);
    expect(h[4]!.detail).toContain('$12.34');
  });

  it('takes a month’s usage per day out of the data, blanks for days outside it', () => {
    const usage = parametricDailyUsage({ kind: 'parametric', dailyMeanCents: 100, dailyCv: 0, weekdayFactors: [1, 1, 1, 1, 1, 0, 0], hourProfile: Array(24).fill(0) }, '2026-11', 'UTC');
    const nov = monthUsage(usage, '2026-11');
    expect(nov.cents).toHaveLength(30);
    // 2026-11-01 is a Sunday, 2026-11-02 a Monday.
    expect(nov.cents.slice(0, 3)).toEqual([0, 100, 100]);
    expect(monthUsage(usage, '2026-12').cents.every(Number.isNaN)).toBe(true);
  });
});

describe('parametricDailyUsage(model, month, zone)', () => {
  it('gives the month the rule reads: $150 a weekday, weekends off, September 2026 → 22 weekdays, U = $3,300', () => {
    const usage = parametricDailyUsage({ kind: 'parametric', dailyMeanCents: 15_000, dailyCv: 0.3, weekdayFactors: [1, 1, 1, 1, 1, 0, 0], hourProfile: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, '2026-09', 'UTC');
    const rule = ruleFromUsage(usage, { month: '2026-09' });
    expect(rule).toMatchObject({ month: '2026-09', days: 30, usageCents: 330_000, amountCents: 154_000, thresholdCents: 55_000 });
    // The day's spend falls in the two hours of the profile, half each.
    expect(usage.hourlyCents[24 * 0 + 9]).toBe(7500);
    expect(usage.hourlyCents[24 * 0 + 8]).toBe(0);
  });
});

describe('tuner view', () => {
  const cell = (rd: number, td: number, p: number, idle: number) => ({ rechargeDays: rd, thresholdDays: td, pZero: iv(p), rechargesPerMonth: 30 / rd, idleBalanceCents: idle });
  const tuner: TunerResult = {
    replications: 50, rechargeDays: [7, 14], thresholdDays: [2, 5],
    cells: [cell(7, 2, 0.05, 100_000), cell(7, 5, 0.004, 150_000), cell(14, 2, 0.03, 200_000), cell(14, 5, 0.002, 250_000)],
    cheapest: 1, platform: 3, targetPZero: 0.01, elapsedMs: 5,
  };

  it('lays thresholds out as rows and recharge days as columns, marking the platform’s cell and the cheapest safe one', () => {
    const spec = tunerGrid(tuner, 'pZero');
    expect(spec.rows).toEqual(['2 d', '5 d']);
    expect(spec.cols).toEqual(['7', '14']);
    expect(Array.from(spec.values)).toEqual([0.05, 0.03, 0.004, 0.002]);
    expect(spec.marks).toEqual({ '1,1': ['platform'], '1,0': ['best'] });
    expect(spec.text(0.004)).toBe('0.4');
  });

  it('answers in words with the money the cheapest safe setting frees against 14/5', () => {
    expect(tunerAnswer(tuner)).toContain('recharge 7 days of usage when the balance falls to 5 days');
    expect(tunerAnswer(tuner)).toContain('($1,000 more tied up)');
    expect(tunerAnswer({ ...tuner, cheapest: null })).toMatch(/No setting in the grid keeps the chance of reaching zero under 1\.0\s?%/);
  });
});

describe('Recharge form', () => {
  it('accepts the defaults and names a bad field in words', () => {
    expect(rechargeProblems(defaultRechargeInputs())).toEqual({});
    expect(rechargeProblems({ ...defaultRechargeInputs(), months: 13, minuteKinds: [] })).toEqual({
      months: 'Simulate 1 to 12 months.',
      minuteKinds: 'Choose at least one kind of call that uses dialer minutes.',
    });
  });

  it('repairs a stored form field by field and never throws on junk', () => {
    const restored = restoreRechargeInputs({ months: 6, rateCentsPerMin: -1, minuteKinds: ['dial', 'bogus'], month: '2026-13', startBalanceCents: 5000 });
    expect(restored.months).toBe(6);
    expect(restored.rateCentsPerMin).toBe(defaultRechargeInputs().rateCentsPerMin);
    expect(restored.minuteKinds).toEqual(['dial']);
    expect(restored.month).toBeNull();
    expect(restored.startBalanceCents).toBe(5000);
    for (const junk of [null, 3, 'x', [], { parametric: 7 }]) expect(() => restoreRechargeInputs(junk)).not.toThrow();
  });
});
