import { meanInterval } from '../stats/mean-interval.ts';
import { quantileSorted } from '../stats/quantile.ts';
import { billingMonth } from './billing-month.ts';
import type { ContractInput, ContractReplication, ContractSummary, FanMonth, OptionSummary } from './types.ts';

/**
 * Reduces contract replications to the comparison of options (money in cents):
 * - total contract value over each option's term: p5, p50, p95 and mean;
 * - the monthly bill fan: p5, p25, p50, p75, p95 and mean of each month of the term;
 * - shelfware: mean licenses a month paid above need because of the floor, its money over the
 *   term (mean, p95); months at the floor (mean, p95);
 * - lock-out: the share of replications with any user locked out, mean user-days and months;
 * - the paired difference of each option's total from the first option's, replication by
 *   replication, as a mean with its 95 % Student-t interval (meanInterval).
 * Results are sorted by index first, so the answer does not depend on chunking or arrival order.
 * No replications give NaN statistics.
 * Example: summarizeContract(input, runContractChunk(input, 0, 500), 120).options[1].differenceVsFirst
 *   → { meanCents: -184000, loCents: -190000, hiCents: -178000 } (option 2 cheaper by about 1,840.00)
 */
export function summarizeContract(input: ContractInput, results: readonly ContractReplication[], elapsedMs: number): ContractSummary {
  const sorted = [...results].sort((a, b) => a.index - b.index);
  const O = input.options.length;
  sorted.forEach((r, j) => {
    if (j > 0 && r.index === sorted[j - 1]!.index) throw new RangeError(`summarizeContract: replication ${r.index} appears twice`);
    if (r.totalCents.length !== O) throw new RangeError(`summarizeContract: replication ${r.index} has ${r.totalCents.length} options, expected ${O}`);
  });
  const R = sorted.length;
  // A plain loop: Float64Array.from with a mapping function is several times slower in V8, and a
  // summary builds a column per option and billing month while a run goes on.
  const column = (pick: (r: ContractReplication) => number) => {
    const out = new Float64Array(R);
    for (let j = 0; j < R; j++) out[j] = pick(sorted[j]!);
    return out;
  };
  const mean = (xs: Float64Array) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  // Each column is sorted once for all its quantiles (the fan takes five a month): R-7, as quantile().
  const ascending = (xs: Float64Array) => xs.slice().sort();
  const q = quantileSorted;

  const options: OptionSummary[] = input.options.map((option, o) => {
    const totals = column((r) => r.totalCents[o]!);
    const sortedTotals = ascending(totals);
    const fan: FanMonth[] = [];
    for (let m = 0; m < option.termMonths; m++) {
      const bills = column((r) => r.monthlyBillCents[o * r.months + m]!);
      const b = ascending(bills);
      fan.push({ month: billingMonth(input.startDate, m).label, p5: q(b, 0.05), p25: q(b, 0.25), p50: q(b, 0.5), p75: q(b, 0.75), p95: q(b, 0.95), mean: mean(bills) });
    }
    const shelfCents = column((r) => r.shelfwareCents[o]!);
    const atFloor = column((r) => r.monthsAtFloor[o]!);
    let locked = 0;
    for (const r of sorted) if (r.lockOutUserDays[o]! > 0) locked++;
    let differenceVsFirst: OptionSummary['differenceVsFirst'] = null;
    if (o > 0 && R > 0) {
      const diff = meanInterval(column((r) => r.totalCents[o]! - r.totalCents[0]!));
      differenceVsFirst = { meanCents: diff.mean, loCents: diff.lo, hiCents: diff.hi };
    }
    return {
      name: option.name,
      termMonths: option.termMonths,
      totalCents: { p5: q(sortedTotals, 0.05), p50: q(sortedTotals, 0.5), p95: q(sortedTotals, 0.95), mean: mean(totals) },
      monthlyMeanCents: mean(totals) / option.termMonths,
      fan,
      shelfware: {
        meanLicenses: mean(column((r) => r.shelfwareLicenseMonths[o]!)) / option.termMonths,
        meanCents: mean(shelfCents),
        p95Cents: q(ascending(shelfCents), 0.95),
      },
      monthsAtFloor: { mean: mean(atFloor), p95: q(ascending(atFloor), 0.95) },
      lockOut: {
        risk: R > 0 ? locked / R : NaN,
        meanUserDays: mean(column((r) => r.lockOutUserDays[o]!)),
        meanMonths: mean(column((r) => r.lockOutMonths[o]!)),
      },
      differenceVsFirst,
    };
  });
  return { seed: input.seed, replications: R, elapsedMs, startDate: input.startDate, options };
}
