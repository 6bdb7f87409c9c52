import { meanInterval } from '../stats/mean-interval.ts';
import { quantile } from '../stats/quantile.ts';
import { rechargeCalendar } from './recharge-calendar.ts';
import type { Interval, RechargeInput, RechargeReplication, RechargeResult } from './types.ts';
import { wilsonInterval } from './wilson-interval.ts';

const FAN = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * Reduces replications of the balance simulation (results in any order; sorted by index here) to:
 * pZero and pZero per month as Wilson 95 % intervals on the share of replications that stopped;
 * recharges in a month pooled over replications × months (mean, p95 by R-7); billed per
 * replication (mean over the horizon and per month); idle balance and downtime hours as Student-t
 * 95 % intervals; the fan chart (p5, p25, p50, p75, p95 of each day's closing balance); and
 * replication 0's hourly path. hoursPerSecond = replications × simulated hours / elapsed seconds.
 * Example: summarizeRecharge(input, runRechargeChunk(input, 0, 200), 350).pZero → { mean: 0.035, lo: 0.017…, hi: 0.070… }
 */
export function summarizeRecharge(input: RechargeInput, results: readonly RechargeReplication[], elapsedMs: number): RechargeResult {
  const cal = rechargeCalendar(input.startMonth, input.months);
  const sorted = [...results].sort((a, b) => a.index - b.index);
  sorted.forEach((r, j) => {
    if (j > 0 && r.index === sorted[j - 1].index) throw new RangeError(`summarizeRecharge: replication ${r.index} appears twice`);
    if (r.dayEndBalance.length !== cal.days) throw new RangeError(`summarizeRecharge: replication ${r.index} has ${r.dayEndBalance.length} days, expected ${cal.days}`);
  });
  const R = sorted.length;
  const M = cal.monthLabels.length;

  let hits = 0;
  const hitsByMonth = new Float64Array(M);
  const perMonth = new Float64Array(R * M);
  const billed = new Float64Array(R);
  const idle = new Float64Array(R);
  const down = new Float64Array(R);
  let unserved = 0;
  sorted.forEach((r, j) => {
    hits += r.hitZero;
    let b = 0;
    for (let m = 0; m < M; m++) {
      hitsByMonth[m] += r.hitZeroByMonth[m];
      perMonth[j * M + m] = r.rechargesByMonth[m];
      b += r.billedByMonth[m];
    }
    billed[j] = b;
    idle[j] = r.idleBalanceCents;
    down[j] = r.downtimeHours;
    unserved += r.unservedCents;
  });

  const fan = { p5: new Float64Array(cal.days), p25: new Float64Array(cal.days), p50: new Float64Array(cal.days), p75: new Float64Array(cal.days), p95: new Float64Array(cal.days) };
  const lines = [fan.p5, fan.p25, fan.p50, fan.p75, fan.p95];
  const column = new Float64Array(R);
  for (let d = 0; d < cal.days; d++) {
    for (let j = 0; j < R; j++) column[j] = sorted[j].dayEndBalance[d];
    column.sort();
    for (let k = 0; k < FAN.length; k++) lines[k][d] = sortedQuantile(column, FAN[k]);
  }

  const billedMean = mean(billed);
  const hours = cal.days * 24;
  return {
    replications: R,
    months: M,
    monthLabels: cal.monthLabels,
    firstDate: cal.firstDate,
    days: cal.days,
    pZero: wilsonInterval(hits, R),
    pZeroByMonth: Array.from(hitsByMonth, (h) => wilsonInterval(h, R)),
    rechargesPerMonth: { mean: mean(perMonth), p95: quantile(perMonth, 0.95) },
    billedCents: { mean: billedMean, perMonth: billedMean / M },
    idleBalanceCents: intervalOf(idle),
    downtimeHours: intervalOf(down),
    unservedCents: { mean: R > 0 ? unserved / R : NaN },
    fan,
    samplePath: sorted[0]?.index === 0 && sorted[0].hourlyBalance ? sorted[0].hourlyBalance : null,
    elapsedMs,
    hoursPerSecond: elapsedMs > 0 ? (R * hours) / (elapsedMs / 1000) : 0,
  };
}

/** R-7 on an already sorted array (quantile() would sort a copy for each of the five lines). */
function sortedQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  return i + 1 < n ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}

function intervalOf(values: Float64Array): Interval {
  return values.length > 0 ? meanInterval(values) : { mean: NaN, lo: NaN, hi: NaN };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length > 0 ? sum / values.length : NaN;
}
