import type { DailyUsage, UsageModel } from './types.ts';

/**
 * A parametric usage model fitted to observed days, to start the parametric form from the data:
 * weekday factors = mean usage of each weekday / mean of the weekday means (1 where a weekday was
 * never seen), dailyMeanCents = the mean of the weekday means, dailyCv = the coefficient of
 * variation of the days after dividing out their weekday factor, hourProfile = the share of usage
 * in each local hour of the day.
 * Example: 28 days of $10 on weekdays and $0 at weekends → { dailyMeanCents: 714.28…, weekdayFactors: [1.4, 1.4, 1.4, 1.4, 1.4, 0, 0], dailyCv: 0, … }
 */
export function fitParametricUsage(usage: DailyUsage): Extract<UsageModel, { kind: 'parametric' }> {
  const sums = new Float64Array(7);
  const counts = new Float64Array(7);
  const hourProfile = new Array<number>(24).fill(0);
  let total = 0;
  for (let d = 0; d < usage.days; d++) {
    sums[usage.weekday[d]] += usage.cents[d];
    counts[usage.weekday[d]]++;
    for (let h = 0; h < 24; h++) hourProfile[h] += usage.hourlyCents[d * 24 + h];
    total += usage.cents[d];
  }
  let seen = 0;
  let meanOfMeans = 0;
  for (let w = 0; w < 7; w++) {
    if (counts[w] > 0) {
      meanOfMeans += sums[w] / counts[w];
      seen++;
    }
  }
  meanOfMeans = seen > 0 ? meanOfMeans / seen : 0;
  const weekdayFactors = Array.from(sums, (s, w) => (counts[w] > 0 && meanOfMeans > 0 ? s / counts[w] / meanOfMeans : 1));
  let n = 0;
  let sq = 0;
  for (let d = 0; d < usage.days; d++) {
    const expected = meanOfMeans * weekdayFactors[usage.weekday[d]];
    if (expected <= 0) continue;
    const r = usage.cents[d] / expected - 1;
    sq += r * r;
    n++;
  }
  return {
    kind: 'parametric',
    dailyMeanCents: meanOfMeans,
    dailyCv: n > 1 ? Math.sqrt(sq / (n - 1)) : 0,
    weekdayFactors,
    hourProfile: hourProfile.map((x) => (total > 0 ? x / total : 0)),
  };
}
