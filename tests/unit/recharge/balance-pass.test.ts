// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { balancePass, passTally, rechargeCalendar } from '../../../src/core/recharge/index.ts';
import { path, settings } from './fixtures.ts';

const nov = rechargeCalendar('2026-11', 1); // 30 days
function run(p: ReturnType<typeof path>, s: ReturnType<typeof settings>, cal = nov) {
  const tally = passTally(cal.monthLabels.length, cal.days, cal.days * 24);
  balancePass(p, cal, s, tally);
  return tally;
}

describe('balancePass(path, cal, settings, tally)', () => {
  it('fires when the balance is exactly at the threshold', () => {
    const t = run(path(30, () => 0), settings({ startBalanceCents: 5_000 }));
    expect(t.rechargesByMonth[0]).toBe(1);
    expect(t.hourly![0]).toBe(19_000);
  });

  it('does not fire one cent above the threshold', () => {
    const t = run(path(30, () => 0), settings({ startBalanceCents: 5_001 }));
    expect(t.rechargesByMonth[0]).toBe(0);
  });

  it('fires at the end of the hour the usage brings the balance down to the threshold', () => {
    // $10 a day in hour 12; from $190 the balance is $50 after day 14's usage (index 13).
    const t = run(path(30, (_, h) => (h === 12 ? 1_000 : 0)), settings({ startBalanceCents: 19_000 }));
    expect(t.hourly![13 * 24 + 11]).toBe(6_000);
    expect(t.hourly![13 * 24 + 12]).toBe(19_000);
    expect(t.billedByMonth[0]).toBe(14_000 * t.rechargesByMonth[0]);
    expect(t.minBalanceCents).toBe(5_000);
  });

  it('fires again each hour while one recharge is not enough', () => {
    // Threshold $500, amount $100, start at $0: five recharges bring it to $500 (still ≤), the sixth above.
    const t = run(path(30, () => 0), settings({ startBalanceCents: 0, amountCents: 10_000, thresholdCents: 50_000 }));
    expect(Array.from(t.hourly!.subarray(0, 7))).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 60_000]);
    expect(t.rechargesByMonth[0]).toBe(6);
  });

  it('stops the dialer when usage finds the balance used up, and counts those hours', () => {
    const t = run(path(30, (_, h) => (h < 3 ? 400 : 0)), settings({ startBalanceCents: 1_000, amountCents: 0, thresholdCents: 0 }));
    expect(t.hitZeroByMonth[0]).toBe(1);
    expect(t.downtimeHours).toBe(30 * 3 - 2);
    expect(t.unservedCents).toBe(30 * 1_200 - 1_000);
    expect(t.rechargesByMonth[0]).toBe(0);
  });

  it('recomputes amount and threshold at the month boundary from the month that just ended', () => {
    const cal = rechargeCalendar('2026-11', 2);
    // November: $10 a day ($300 over 30 days) → December amount 14 × 300 / 30 = $140, threshold $50.
    const t = run(path(61, (d, h) => (h === 12 ? (d < 30 ? 1_000 : 2_000) : 0)), settings({ amountCents: 1_000_000, thresholdCents: 0, startBalanceCents: 30_001 }), cal);
    expect(t.rechargesByMonth[0]).toBe(0);
    // December from $0.01 at $20 a day: recharges of $140 (not $10,000) start on day 1 and come every 7 days.
    expect(t.rechargesByMonth[1]).toBeGreaterThan(3);
    expect(t.billedByMonth[1]).toBe(14_000 * t.rechargesByMonth[1]);
  });

  it('waits out a credit delay without billing twice', () => {
    const t = run(path(30, () => 0), settings({ startBalanceCents: 0, creditDelayHours: 5 }));
    expect(t.rechargesByMonth[0]).toBe(1);
    expect(t.hourly![4]).toBe(0);
    expect(t.hourly![5]).toBe(14_000);
  });

  it('retries a declined card after the retry delay, not before', () => {
    const declineU = new Float64Array(30 * 24).fill(0.9);
    declineU[0] = 0; // the first attempt is declined
    const t = run(path(30, () => 0, declineU), settings({ startBalanceCents: 0, declineProbability: 0.5, declineRetryHours: 6 }));
    expect(t.hourly![5]).toBe(0);
    expect(t.hourly![6]).toBe(14_000);
    expect(t.rechargesByMonth[0]).toBe(1);
  });

  it('never bills a zero amount', () => {
    const t = run(path(30, () => 0), settings({ startBalanceCents: 0, amountCents: 0, thresholdCents: 0 }));
    expect(t.billedByMonth[0]).toBe(0);
    expect(t.rechargesByMonth[0]).toBe(0);
  });

  it('takes quiet days in one step with the same balances as hour by hour', () => {
    const usage = path(30, (d, h) => (h >= 8 && h < 18 ? 37 + ((d * 7 + h) % 5) : 0));
    const s = settings({ startBalanceCents: 50_000, thresholdCents: 2_000, amountCents: 6_000 });
    const fast = run(usage, s);
    let bal = 50_000;
    let recharges = 0;
    const slow: number[] = [];
    for (let t = 0; t < 30 * 24; t++) {
      bal -= usage.hourly[t];
      if (bal <= 2_000) {
        bal += 6_000;
        recharges++;
      }
      slow.push(bal);
    }
    expect(fast.rechargesByMonth[0]).toBe(recharges);
    fast.hourly!.forEach((b, t) => expect(b).toBeCloseTo(slow[t], 6));
  });
});
