import { meanInterval } from '../stats/mean-interval.ts';
import { quantile } from '../stats/quantile.ts';
import { monthLabel } from './month-calendar.ts';
import { remedyLabel } from './remedy-label.ts';
import { storageInvoice } from './storage-invoice.ts';
import {
  GB_BYTES,
  STORAGE_COMPONENTS,
  STORAGE_VARIANTS,
  type Quantiles,
  type RemedySavings,
  type StorageComponent,
  type StorageInput,
  type StorageMonth,
  type StorageReplication,
  type StorageResult,
  type StorageVariant,
} from './types.ts';

const C = STORAGE_COMPONENTS.length;

function quantiles(values: Float64Array): Quantiles {
  return { p5: quantile(values, 0.05), p50: quantile(values, 0.5), p95: quantile(values, 0.95) };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/**
 * Reduces replications (any order; sorted by index first, so the answer never depends on who ran
 * what) to the forecast the Storage page and the CLI show. All sizes are the billed ones (the
 * fee's basis: peak or month-end), of doing nothing unless a variant is named.
 * - months[m]: quantiles (p5, p50, p95, R-7) over replications of each component and of the
 *   stacked sums (top of each layer), total GB, fee mean/p50/p95 in cents, mean fee per variant,
 *   and the share of replications billed;
 * - firstFeeMonth: the first month whose median fee is above 0 (billed in at least half the
 *   futures); firstPossibleFeeMonth: the first whose mean fee is above 0 (billed in any);
 * - remedies: per remedy and combined, the fee saved against doing nothing, summed per replication
 *   over the first min(12, months) months and over the horizon, mean with its 95 % Student-t
 *   interval (meanInterval), in cents;
 * - invoice: the first month billed on its median size (storageInvoice).
 * Needs at least one replication.
 * Example: summarizeStorage(input, runStorageChunk(input, 0, 200), 35).firstFeeMonth → '2027-02' (outbound-team.json)
 */
export function summarizeStorage(input: StorageInput, results: readonly StorageReplication[], elapsedMs: number): StorageResult {
  const M = input.months;
  const V = STORAGE_VARIANTS.length;
  const sorted = [...results].sort((a, b) => a.index - b.index);
  if (sorted.length === 0) throw new RangeError('summarizeStorage: needs at least one replication');
  sorted.forEach((r, j) => {
    if (j > 0 && r.index === sorted[j - 1]!.index) throw new RangeError(`summarizeStorage: replication ${r.index} appears twice`);
    if (r.feeCents.length !== V * M) throw new RangeError(`summarizeStorage: replication ${r.index} has ${r.feeCents.length} fees, expected ${V * M}`);
  });
  const R = sorted.length;
  const billed = (r: StorageReplication) => (input.fee.basis === 'peak' ? r.peakBytes : r.endBytes);
  const fee = (r: StorageReplication, v: number, m: number) => r.feeCents[v * M + m]!;

  const months: StorageMonth[] = [];
  const values = new Float64Array(R);
  const stacked = new Float64Array(R);
  for (let m = 0; m < M; m++) {
    const stackedBytes = {} as Record<StorageComponent, Quantiles>;
    const componentBytes = {} as Record<StorageComponent, Quantiles>;
    stacked.fill(0);
    STORAGE_COMPONENTS.forEach((name, c) => {
      for (let j = 0; j < R; j++) {
        values[j] = billed(sorted[j]!)[m * C + c]!;
        stacked[j]! += values[j]!;
      }
      componentBytes[name] = quantiles(values);
      stackedBytes[name] = quantiles(stacked);
    });
    const totalGb = quantiles(stacked.map((b) => b / GB_BYTES));
    const feeMeanCentsByVariant = {} as Record<StorageVariant, number>;
    STORAGE_VARIANTS.forEach((name, v) => {
      for (let j = 0; j < R; j++) values[j] = fee(sorted[j]!, v, m);
      feeMeanCentsByVariant[name] = mean(values);
    });
    for (let j = 0; j < R; j++) values[j] = fee(sorted[j]!, 0, m);
    months.push({
      month: monthLabel(input.startMonth, m),
      stackedBytes,
      componentBytes,
      totalGb,
      feeCents: { mean: mean(values), p50: quantile(values, 0.5), p95: quantile(values, 0.95) },
      feeMeanCentsByVariant,
      feeShare: values.filter((x) => x > 0).length / R,
    });
  }

  const first12 = Math.min(12, M);
  const totals = (v: number, to: number) => Float64Array.from(sorted, (r) => {
    let sum = 0;
    for (let m = 0; m < to; m++) sum += fee(r, v, m);
    return sum;
  });
  const none12 = totals(0, first12);
  const noneAll = totals(0, M);
  const remedies: RemedySavings[] = STORAGE_VARIANTS.slice(1).map((name, i) => {
    const v = i + 1;
    const paid12 = totals(v, first12);
    const paidAll = totals(v, M);
    return {
      variant: name as RemedySavings['variant'],
      label: remedyLabel(input, name),
      savings12Cents: meanInterval(none12.map((x, j) => x - paid12[j]!)),
      savingsHorizonCents: meanInterval(noneAll.map((x, j) => x - paidAll[j]!)),
      feeHorizonMeanCents: mean(paidAll),
    };
  });

  const firstBy = (test: (row: StorageMonth) => boolean) => months.find(test)?.month ?? null;
  return {
    seed: input.seed,
    replications: R,
    elapsedMs,
    basis: input.fee.basis,
    allowanceBytes: Math.round(input.fee.allowanceGb * GB_BYTES),
    months,
    firstFeeMonth: firstBy((row) => row.feeCents.p50 > 0),
    firstPossibleFeeMonth: firstBy((row) => row.feeCents.mean > 0),
    remedies,
    invoice: storageInvoice(months[0]!.month, months[0]!.stackedBytes[STORAGE_COMPONENTS[C - 1]!].p50, input.fee),
    fee12MeanCents: mean(none12),
    feeHorizonMeanCents: mean(noneAll),
  };
}
