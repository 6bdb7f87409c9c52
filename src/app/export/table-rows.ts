/**
 * Every results table of the app as CSV rows (header first): plain numbers with their unit in the
 * column name (dollars, fractions, GB), so a spreadsheet can compute with them. Pure functions,
 * tested without a DOM; DownloadCsv turns them into a file.
 */
import type { ContractSummary } from '../../core/contract/types.ts';
import type { Finding, RosterProblem } from '../../core/licenses/types.ts';
import type { RechargeResult, TunerResult } from '../../core/recharge/types.ts';
import type { StorageResult } from '../../core/storage/types.ts';
import type { CsvRows } from './csv.ts';

/** Cents → dollars with two decimals, as a number. */
export const dollars = (cents: number): number => (Number.isFinite(cents) ? Math.round(cents) / 100 : NaN);
/** Six significant digits: enough for any share, without float noise such as 0.30000000000000004. */
export const sig = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(6)) : NaN);

/** The Recharge page's per-month table: chance of reaching zero in each month, with its interval. */
export function rechargeMonthRows(r: Pick<RechargeResult, 'monthLabels' | 'pZeroByMonth'>): CsvRows {
  return [
    ['month', 'p_zero_mean', 'p_zero_lo95', 'p_zero_hi95'],
    ...r.monthLabels.map((m, i) => {
      const p = r.pZeroByMonth[i]!;
      return [m, sig(p.mean), sig(p.lo), sig(p.hi)];
    }),
  ];
}

/** The recharge tuner's grid as one row per setting (recharge days × threshold days). */
export function tunerRows(t: Pick<TunerResult, 'cells' | 'cheapest' | 'platform'>): CsvRows {
  return [
    ['recharge_days', 'threshold_days', 'p_zero_mean', 'p_zero_lo95', 'p_zero_hi95', 'recharges_per_month', 'idle_balance_usd', 'mark'],
    ...t.cells.map((c, i) => [
      c.rechargeDays, c.thresholdDays, sig(c.pZero.mean), sig(c.pZero.lo), sig(c.pZero.hi), sig(c.rechargesPerMonth), dollars(c.idleBalanceCents),
      [i === t.platform ? 'platform' : '', i === t.cheapest ? 'least idle within target' : ''].filter(Boolean).join('; '),
    ]),
  ];
}

/** The Storage page's savings table: doing nothing, then each remedy and the combination. */
export function storageSavingsRows(r: Pick<StorageResult, 'remedies' | 'feeHorizonMeanCents'>): CsvRows {
  return [
    ['remedy', 'saved_12_months_usd', 'saved_12_lo95_usd', 'saved_12_hi95_usd', 'saved_horizon_usd', 'saved_horizon_lo95_usd', 'saved_horizon_hi95_usd', 'fee_horizon_usd'],
    ['Do nothing', null, null, null, null, null, null, dollars(r.feeHorizonMeanCents)],
    ...r.remedies.map((m) => [
      m.label,
      dollars(m.savings12Cents.mean), dollars(m.savings12Cents.lo), dollars(m.savings12Cents.hi),
      dollars(m.savingsHorizonCents.mean), dollars(m.savingsHorizonCents.lo), dollars(m.savingsHorizonCents.hi),
      dollars(m.feeHorizonMeanCents),
    ]),
  ];
}

/** The Storage forecast month by month (doing nothing): size quantiles, the fee, the fee with each remedy. */
export function storageMonthRows(r: Pick<StorageResult, 'months'>): CsvRows {
  const variants = Object.keys(r.months[0]?.feeMeanCentsByVariant ?? {});
  return [
    ['month', 'total_gb_p5', 'total_gb_p50', 'total_gb_p95', 'fee_mean_usd', 'fee_p50_usd', 'fee_p95_usd', 'share_of_futures_billed', ...variants.map((v) => `fee_mean_usd_${v}`)],
    ...r.months.map((m) => [
      m.month, sig(m.totalGb.p5), sig(m.totalGb.p50), sig(m.totalGb.p95),
      dollars(m.feeCents.mean), dollars(m.feeCents.p50), dollars(m.feeCents.p95), sig(m.feeShare),
      ...variants.map((v) => dollars((m.feeMeanCentsByVariant as Record<string, number>)[v] ?? NaN)),
    ]),
  ];
}

/** Label–value tables as read (a bill, an invoice): already worded for people, one row each. */
export function labelledRows(header: readonly string[], rows: readonly (readonly string[])[]): CsvRows {
  return [header, ...rows];
}

/** The Licenses findings, one row each; users joined with "; ". */
export function findingRows(findings: readonly Finding[]): CsvRows {
  return [
    ['severity', 'code', 'title', 'license', 'monthly_cost_usd', 'users', 'detail'],
    ...findings.map((f) => [f.severity, f.code, f.title, f.license ?? '', f.monthlyCostCents === undefined ? null : dollars(f.monthlyCostCents), f.users.join('; '), f.detail]),
  ];
}

/** Roster rows that could not be read: where, which column, the value, why. */
export function rosterProblemRows(problems: readonly RosterProblem[]): CsvRows {
  return [['line', 'column', 'value', 'code', 'reason'], ...problems.map((p) => [p.line, p.column ?? '', p.value, p.code, p.message])];
}

/** One row per license pool: assigned, observed peak, busy-hour need, recommended size. */
export function poolCsvRows(rows: readonly { label: string; assigned: number; peakConcurrent: number; busyHour: string; busyP95: number; recommended: number | null }[]): CsvRows {
  return [
    ['pool', 'assigned', 'peak_at_once', 'busy_hour', 'busy_hour_p95_at_once', 'recommended'],
    ...rows.map((r) => [r.label, r.assigned, r.peakConcurrent, r.busyHour, r.busyP95, r.recommended]),
  ];
}

/** The Contract comparison: totals over each option's term, the paired difference, shelfware, floors, lock-outs. */
export function contractComparisonRows(s: Pick<ContractSummary, 'options'>): CsvRows {
  return [
    ['option', 'term_months', 'total_p5_usd', 'total_p50_usd', 'total_p95_usd', 'total_mean_usd', 'monthly_mean_usd', 'vs_first_mean_usd', 'vs_first_lo95_usd', 'vs_first_hi95_usd',
      'shelfware_licenses_per_month', 'shelfware_usd', 'shelfware_p95_usd', 'months_at_floor_mean', 'lock_out_risk'],
    ...s.options.map((o) => [
      o.name, o.termMonths, dollars(o.totalCents.p5), dollars(o.totalCents.p50), dollars(o.totalCents.p95), dollars(o.totalCents.mean), dollars(o.monthlyMeanCents),
      o.differenceVsFirst ? dollars(o.differenceVsFirst.meanCents) : null, o.differenceVsFirst ? dollars(o.differenceVsFirst.loCents) : null, o.differenceVsFirst ? dollars(o.differenceVsFirst.hiCents) : null,
      sig(o.shelfware.meanLicenses), dollars(o.shelfware.meanCents), dollars(o.shelfware.p95Cents), sig(o.monthsAtFloor.mean), sig(o.lockOut.risk),
    ]),
  ];
}

/** The Data page's replay table: for each port count, time at or above it and the calls it would have lost. */
export function portReplayRows(rows: readonly { ports: number; shareOfTimeAtOrAbove: number; blockedCalls: number; blockedShare: number }[]): CsvRows {
  return [['ports', 'share_of_time_at_or_above', 'calls_finding_all_busy', 'share_of_calls_blocked'], ...rows.map((r) => [r.ports, sig(r.shareOfTimeAtOrAbove), r.blockedCalls, sig(r.blockedShare)])];
}
