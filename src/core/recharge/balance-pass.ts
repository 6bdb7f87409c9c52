import { roundHalfUpCents } from '../money/round-half-up-cents.ts';
import type { UsagePath } from './draw-usage-path.ts';
import type { RechargeCalendar } from './recharge-calendar.ts';

/** One setting of the rule, as the kernel takes it. Money in cents, times in whole hours. */
export interface PassSettings {
  rechargeDays: number;
  thresholdDays: number;
  /** Amount and threshold in force in the first month. */
  amountCents: number;
  thresholdCents: number;
  startBalanceCents: number;
  declineProbability: number;
  declineRetryHours: number;
  creditDelayHours: number;
}

/** What a pass counts; reused across passes (balancePass resets it). */
export interface PassTally {
  hitZeroByMonth: Uint8Array;
  rechargesByMonth: Float64Array;
  billedByMonth: Float64Array;
  downtimeHours: number;
  unservedCents: number;
  /** Σ over hours of the end-of-hour balance, cents·hours. */
  idleSum: number;
  /** Lowest balance, after an hour's usage and before that hour's recharge, cents. */
  minBalanceCents: number;
  /** When present, filled with each day's closing balance. */
  dayEnd: Float64Array | null;
  /** When present, filled with each hour's closing balance. */
  hourly: Float64Array | null;
}

/**
 * A fresh tally for `months` months, with the optional per-day and per-hour balance arrays.
 * Example: passTally(12, 365, 0) → { hitZeroByMonth: Uint8Array(12), …, dayEnd: Float64Array(365), hourly: null }
 */
export function passTally(months: number, dayEndDays: number, hourlyHours: number): PassTally {
  return {
    hitZeroByMonth: new Uint8Array(months),
    rechargesByMonth: new Float64Array(months),
    billedByMonth: new Float64Array(months),
    downtimeHours: 0,
    unservedCents: 0,
    idleSum: 0,
    minBalanceCents: 0,
    dayEnd: dayEndDays > 0 ? new Float64Array(dayEndDays) : null,
    hourly: hourlyHours > 0 ? new Float64Array(hourlyHours) : null,
  };
}

/**
 * Replays a usage path hour by hour through the recharge rule (domain.md section 3, issue 4):
 * - each hour's usage is served from the balance; usage that finds the balance used up is not
 *   served, and the hour counts as one with the dialer stopped (downtime) and the month as a zero;
 * - at the end of each hour, when the balance is at or below the threshold (equal fires), the
 *   amount is billed; if the balance is still at or below it, the next hour's check fires again;
 * - a recharge is credited `creditDelayHours` after billing (0: at once); while one is in flight no
 *   other is billed. A declined card (declineU[hour] < declineProbability) is tried again
 *   `declineRetryHours` later, not before; a zero amount (a month without usage) never bills;
 * - at each month boundary amount and threshold are recomputed from the usage served in the month
 *   that just ended, over its days, rounded half up.
 * A day on which nothing can happen (no credit due, and the closing balance stays above the
 * threshold) is taken in one step; the hourly balances it fills are the same numbers.
 * Example: a flat $10 a day, threshold $50, amount $140, starting at $190 → the first recharge is
 *   billed at the end of day 14, hour 23, when the balance reaches exactly $50.
 */
export function balancePass(path: UsagePath, cal: RechargeCalendar, s: PassSettings, tally: PassTally): void {
  const { hourly, dayTotal, dayCum, declineU } = path;
  const months = cal.monthLabels.length;
  const { monthStartDay } = cal;
  const { hitZeroByMonth, rechargesByMonth, billedByMonth, dayEnd, hourly: hourOut } = tally;
  const p = s.declineProbability;
  const retryHours = s.declineRetryHours;
  const delay = s.creditDelayHours;
  let amount = s.amountCents;
  let threshold = s.thresholdCents;
  let bal = s.startBalanceCents;
  let minBal = bal;
  let idle = 0;
  let down = 0;
  let unserved = 0;
  let pendingAt = -1;
  let pendingAmount = 0;
  let retryAt = 0;

  for (let m = 0; m < months; m++) {
    hitZeroByMonth[m] = 0;
    rechargesByMonth[m] = 0;
    billedByMonth[m] = 0;
  }
  let served = 0;
  for (let m = 0; m < months; m++) {
    const from = monthStartDay[m];
    const to = monthStartDay[m + 1];
    if (m > 0) {
      const days = from - monthStartDay[m - 1];
      amount = roundHalfUpCents((s.rechargeDays * served) / days);
      threshold = roundHalfUpCents((s.thresholdDays * served) / days);
      served = 0;
    }
    let zero = 0;
    let recharges = 0;
    let billed = 0;
    for (let d = from; d < to; d++) {
      const h0 = d * 24;
      const total = dayTotal[d];
      if (bal - total > threshold && (pendingAt < h0 || pendingAt >= h0 + 24)) {
        if (hourOut !== null) {
          let b = bal;
          for (let h = 0; h < 24; h++) hourOut[h0 + h] = b -= hourly[h0 + h];
        }
        idle += 24 * bal - dayCum[d];
        bal -= total;
        served += total;
        if (bal < minBal) minBal = bal;
        if (dayEnd !== null) dayEnd[d] = bal;
        continue;
      }
      for (let t = h0; t < h0 + 24; t++) {
        const use = hourly[t];
        if (use > 0 && use >= bal) {
          unserved += use - bal;
          served += bal;
          bal = 0;
          down++;
          zero = 1;
        } else {
          bal -= use;
          served += use;
        }
        // The low point is after usage and before any credit or recharge in the hour.
        if (bal < minBal) minBal = bal;
        if (pendingAt === t) {
          bal += pendingAmount;
          pendingAt = -1;
        }
        if (bal <= threshold && amount > 0 && pendingAt < 0 && t >= retryAt) {
          if (declineU !== null && declineU[t] < p) {
            retryAt = t + retryHours;
          } else {
            recharges++;
            billed += amount;
            if (delay > 0) {
              pendingAt = t + delay;
              pendingAmount = amount;
            } else {
              bal += amount;
            }
          }
        }
        idle += bal;
        if (hourOut !== null) hourOut[t] = bal;
      }
      if (dayEnd !== null) dayEnd[d] = bal;
    }
    hitZeroByMonth[m] = zero;
    rechargesByMonth[m] = recharges;
    billedByMonth[m] = billed;
  }
  tally.downtimeHours = down;
  tally.unservedCents = unserved;
  tally.idleSum = idle;
  tally.minBalanceCents = minBal;
}
