// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backtestRecharge, ruleFromUsage, usageByDay, usageOptions } from '../../../src/core/recharge/index.ts';
import { monthOfCalls, table } from './fixtures.ts';

describe('backtestRecharge(usage, rule, startBalanceCents)', () => {
  const usage = usageByDay(table(monthOfCalls('2026-09', () => 1250)), usageOptions(), 'UTC');
  const rule = ruleFromUsage(usage);

  it('replays September at $12.50 a day from threshold + amount: recharges on the 14th and 28th days at $62.50', () => {
    const bt = backtestRecharge(usage, rule);
    expect(bt).toMatchObject({ month: '2026-09', startBalanceCents: 23_750, recharges: 2, billedCents: 35_000, minBalanceCents: 6_250, hoursAtZero: 0 });
    expect(bt.endBalanceCents).toBe(23_750 + 35_000 - 37_500);
    expect(bt.dayEndBalance[13]).toBe(23_750);
    expect(bt.hourlyBalance).toHaveLength(30 * 24);
  });

  it('counts the hours at zero from a starting balance too small for the first day', () => {
    const bt = backtestRecharge(usage, { ...rule, amountCents: 0, thresholdCents: 0 }, 5_000);
    // $50.00 lasts four days; the fourth day's call uses it up exactly, which counts as reaching zero.
    expect(bt.hoursAtZero).toBe(30 - 3);
    expect(bt.minBalanceCents).toBe(0);
  });
});
