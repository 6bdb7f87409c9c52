import type { RandomStream } from '../random/create-stream.ts';
import { sampleNormal } from '../random/normal.ts';
import type { RechargeCalendar } from './recharge-calendar.ts';
import type { UsageModel } from './types.ts';

/** One replication's simulated usage, shared by every setting compared on it (common random numbers). */
export interface UsagePath {
  /** Per day × 24 hours: usage in cents. */
  hourly: Float64Array;
  /** Per day: the day's usage, cents. */
  dayTotal: Float64Array;
  /** Per day: Σ over its hours h of the usage up to and including h, cents·hours (a day's idle-balance shortfall). */
  dayCum: Float64Array;
  /** Per hour: the uniform that decides whether a recharge tried in that hour is declined; null without declines. */
  declineU: Float64Array | null;
}

/**
 * Draws a usage path over `cal` from `rng`: each day copies a random observed day of the same
 * weekday (any observed day when that weekday was never seen), keeping its hourly shape, or, for
 * a parametric model, dailyMeanCents × weekday factor × a lognormal day factor (mean 1, CV
 * dailyCv) spread by the hour profile. Month m (0 = first) is scaled by (1 + growthPct/100)^(m + 1):
 * growth is counted from the observed month the rule starts from. Then, when declineProbability > 0,
 * one uniform per hour for the card. `into` is reused when its size fits.
 * Example: drawUsagePath({ kind: 'parametric', dailyMeanCents: 2400, dailyCv: 0, weekdayFactors: [1,1,1,1,1,1,1],
 *   hourProfile: Array(24).fill(1) }, rechargeCalendar('2026-11', 1), 0, 0, rng).hourly[0] → 100
 */
export function drawUsagePath(
  model: UsageModel,
  cal: RechargeCalendar,
  growthPct: number,
  declineProbability: number,
  rng: RandomStream,
  into?: UsagePath,
): UsagePath {
  const days = cal.days;
  const out: UsagePath =
    into && into.dayTotal.length === days
      ? into
      : { hourly: new Float64Array(days * 24), dayTotal: new Float64Array(days), dayCum: new Float64Array(days), declineU: null };
  const { hourly, dayTotal, dayCum } = out;
  const growth = 1 + growthPct / 100;

  if (model.kind === 'days') {
    const pools = weekdayPools(model.weekday);
    if (pools.all === 0) throw new RangeError('drawUsagePath: a days model needs at least one observed day');
    for (let m = 0; m < cal.monthLabels.length; m++) {
      const scale = growth ** (m + 1);
      for (let d = cal.monthStartDay[m]; d < cal.monthStartDay[m + 1]; d++) {
        const wd = cal.weekday[d];
        const lo = pools.start[wd];
        const size = pools.start[wd + 1] - lo;
        const pick = size > 0 ? pools.order[lo + Math.floor(rng() * size)] : Math.floor(rng() * pools.all);
        for (let h = 0; h < 24; h++) hourly[d * 24 + h] = model.hourlyCents[pick * 24 + h] * scale;
      }
    }
  } else {
    const { dailyMeanCents, dailyCv, weekdayFactors, hourProfile } = model;
    const shape = normalised(hourProfile);
    const sigma = Math.sqrt(Math.log(1 + dailyCv * dailyCv));
    for (let m = 0; m < cal.monthLabels.length; m++) {
      const scale = growth ** (m + 1);
      for (let d = cal.monthStartDay[m]; d < cal.monthStartDay[m + 1]; d++) {
        const noise = sigma > 0 ? Math.exp(sampleNormal(rng, -sigma * sigma / 2, sigma)) : 1;
        const total = dailyMeanCents * weekdayFactors[cal.weekday[d]] * noise * scale;
        for (let h = 0; h < 24; h++) hourly[d * 24 + h] = total * shape[h];
      }
    }
  }

  for (let d = 0; d < days; d++) {
    let cum = 0;
    let cumSum = 0;
    for (let h = 0; h < 24; h++) {
      cum += hourly[d * 24 + h];
      cumSum += cum;
    }
    dayTotal[d] = cum;
    dayCum[d] = cumSum;
  }

  if (declineProbability > 0) {
    const u = out.declineU && out.declineU.length === days * 24 ? out.declineU : new Float64Array(days * 24);
    for (let i = 0; i < u.length; i++) u[i] = rng();
    out.declineU = u;
  } else {
    out.declineU = null;
  }
  return out;
}

/** Observed day indices grouped by weekday: order[start[w] .. start[w + 1]) are the days of weekday w. */
function weekdayPools(weekday: Uint8Array): { start: Int32Array; order: Int32Array; all: number } {
  const start = new Int32Array(8);
  for (let i = 0; i < weekday.length; i++) start[weekday[i] + 1]++;
  for (let w = 0; w < 7; w++) start[w + 1] += start[w];
  const fill = start.slice(0, 7);
  const order = new Int32Array(weekday.length);
  for (let i = 0; i < weekday.length; i++) order[fill[weekday[i]]++] = i;
  return { start, order, all: weekday.length };
}

function normalised(profile: readonly number[]): Float64Array {
  let sum = 0;
  for (let h = 0; h < 24; h++) sum += profile[h] > 0 ? profile[h] : 0;
  const out = new Float64Array(24);
  for (let h = 0; h < 24; h++) out[h] = sum > 0 ? (profile[h] > 0 ? profile[h] / sum : 0) : 1 / 24;
  return out;
}
