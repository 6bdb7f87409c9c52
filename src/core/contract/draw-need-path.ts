import { sampleNormal } from '../random/normal.ts';
import { samplePoisson } from '../random/poisson.ts';
import type { RandomStream } from '../random/create-stream.ts';
import { billingMonth } from './billing-month.ts';
import type { HeadcountPlan } from './types.ts';

/** One drawn headcount future: licenses needed per type, day by day. */
export interface NeedPath {
  /** Days in the horizon (the months' real lengths added up). */
  days: number;
  /** Index of month m's first day; monthStartDay[months] = days. */
  monthStartDay: Int32Array;
  /** Per plan license type, in plan order: the need at the end of each day. */
  needByDay: Int32Array[];
  /** Per type: the need at the start of each month, before that month's hires and departures. */
  needAtMonthStart: Int32Array[];
}

/**
 * Draws the need of every license type of `plan` over `months` calendar months from `startDate`.
 * First one standard normal Z sets this future's growth, g = growthPctPerMonth + growthSdPctPerMonth · Z
 * for every type (at least −99 %). Then each month, per type, from the need n at its start and the trend
 *   T(k) = startNeed · (1 + g)^k · season[month k] / season[month 0]:
 * leavers ~ Poisson(n · churn) (at most n); when the trend falls (seasonal staff leaving) the need
 * is released down to round(T(m + 1)); hires ~ Poisson(T(m + 1) − what remains), so leavers are
 * replaced and the need follows the trend. Every hire and departure lands on a uniform random day
 * of the month. Draws from `rng` in a fixed order (Z, then month by month, type by type), so one stream gives one path.
 * Example: drawNeedPath({ licenses: [{ type: 'CRM', startNeed: 40, growthPctPerMonth: 0, churnPctPerMonth: 0 }], addLagDays: 0 },
 *   '2027-01-01', 12, rng) → needByDay[0] is 40 on all 365 days
 */
export function drawNeedPath(plan: HeadcountPlan, startDate: string, months: number, rng: RandomStream): NeedPath {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`drawNeedPath: months must be a whole number ≥ 1, got ${months}`);
  const calendar = Array.from({ length: months + 1 }, (_, k) => billingMonth(startDate, k));
  const monthStartDay = new Int32Array(months + 1);
  for (let m = 0; m < months; m++) monthStartDay[m + 1] = monthStartDay[m]! + calendar[m]!.daysInMonth;
  const days = monthStartDay[months]!;

  const types = plan.licenses;
  const needByDay = types.map(() => new Int32Array(days));
  const needAtMonthStart = types.map(() => new Int32Array(months));
  const current = types.map((t) => t.startNeed);
  const z = sampleNormal(rng, 0, 1);
  const trend = types.map((t) => {
    const season = t.seasonality ?? [];
    const factor = (k: number) => season[calendar[k]!.month - 1] ?? 1;
    const base = factor(0) > 0 ? factor(0) : 1;
    const growth = 1 + Math.max(-99, t.growthPctPerMonth + (t.growthSdPctPerMonth ?? 0) * z) / 100;
    return (k: number) => (t.startNeed * growth ** k * factor(k)) / base;
  });

  const delta = new Int32Array(31);
  for (let m = 0; m < months; m++) {
    const dim = calendar[m]!.daysInMonth;
    const first = monthStartDay[m]!;
    for (let t = 0; t < types.length; t++) {
      const n = current[t]!;
      needAtMonthStart[t]![m] = n;
      const leavers = Math.min(n, samplePoisson(rng, (n * types[t]!.churnPctPerMonth) / 100));
      const target = trend[t]!(m + 1);
      // Only a falling trend releases staff: a lucky month of hires in a growing plan is kept.
      const release = target < trend[t]!(m) ? Math.max(0, n - leavers - Math.round(target)) : 0;
      const hires = samplePoisson(rng, Math.max(0, target - (n - leavers - release)));
      delta.fill(0);
      for (let i = 0; i < leavers + release; i++) delta[Math.floor(rng() * dim)]! -= 1;
      for (let i = 0; i < hires; i++) delta[Math.floor(rng() * dim)]! += 1;
      let need = n;
      const out = needByDay[t]!;
      for (let d = 0; d < dim; d++) {
        need += delta[d]!;
        out[first + d] = need;
      }
      current[t] = need;
    }
  }
  return { days, monthStartDay, needByDay, needAtMonthStart };
}
