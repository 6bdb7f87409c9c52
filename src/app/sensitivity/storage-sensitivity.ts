/**
 * The storage forecast's tornado: which inputs move, by how much, and the outputs one can watch.
 * Every variant keeps the base input's seed, so all runs draw the same random months (common
 * random numbers): a bar's width is the input's effect, not noise.
 */
import { summarizeStorage } from '../../core/storage/summarize-storage.ts';
import type { StorageInput, StorageReplication, StorageResult } from '../../core/storage/types.ts';
import { formatInt, formatMoney, formatMoneyWhole, formatOneDecimal } from '../format.ts';
import { perturb } from './perturb.ts';
import { checkMovePct, type OutputSpec, type SensitivityPlan, type SensitivityVariant } from './sensitivity-plan.ts';

export type StorageOutput = 'fee12' | 'fee12Remedies' | 'feeHorizon' | 'gb12';

/** The month the 12-month outputs end on: the twelfth, or the last of a shorter forecast. */
const month12 = (r: StorageResult) => r.months[Math.min(12, r.months.length) - 1];

export const STORAGE_OUTPUTS: Record<StorageOutput, OutputSpec<StorageResult>> = {
  fee12: { label: 'Storage fee over 12 months, doing nothing', of: (r) => r.fee12MeanCents, format: formatMoneyWhole },
  fee12Remedies: {
    label: 'Storage fee over 12 months with all three remedies',
    of: (r) => r.fee12MeanCents - (r.remedies.find((s) => s.variant === 'combined')?.savings12Cents.mean ?? NaN),
    format: formatMoneyWhole,
  },
  feeHorizon: { label: 'Storage fee over the whole forecast, doing nothing', of: (r) => r.feeHorizonMeanCents, format: formatMoneyWhole },
  gb12: { label: 'Data stored after 12 months, GB (median)', of: (r) => month12(r)?.totalGb.p50 ?? NaN, format: (v) => `${formatOneDecimal(v)} GB` },
};

export type StorageSensitivityVariant = SensitivityVariant<StorageInput>;

/** Everything added each month (records, list uploads, recorded minutes, files) × factor. */
export function scaleInflow(input: StorageInput, factor: number): StorageInput {
  return {
    ...input,
    records: { ...input.records, newPerMonth: input.records.newPerMonth * factor },
    lists: { ...input.lists, listsPerMonth: input.lists.listsPerMonth * factor },
    recordings: { ...input.recordings, minutesPerMonth: input.recordings.minutesPerMonth * factor },
    files: { ...input.files, bytesPerMonth: input.files.bytesPerMonth * factor },
  };
}

/**
 * Each main input of the Storage page moved down and up by `pct` percent of its value (with a
 * least step where the value may be 0): growth (everything added a month × 1 ∓ pct/100), new
 * records a month, recorded minutes a month (what is stored now stays), retention days (it only
 * acts in the remedies), the price per GB or per block, and the allowance.
 * Example: storageVariants(input, 20)[3] // { label: 'Retention, days', lowText: '72 days', highText: '108 days', … } for 90 days
 */
export function storageVariants(base: StorageInput, pct: number): StorageSensitivityVariant[] {
  checkMovePct(pct, 'storageVariants');
  const f = pct / 100;
  const out: StorageSensitivityVariant[] = [];
  out.push({ label: 'Growth (everything added a month)', lowText: `×${(1 - f).toFixed(2)}`, highText: `×${(1 + f).toFixed(2)}`, low: scaleInflow(base, 1 - f), high: scaleInflow(base, 1 + f) });
  const rec = perturb(base.records.newPerMonth, { pct, min: 0 });
  const records = (newPerMonth: number): StorageInput => ({ ...base, records: { ...base.records, newPerMonth } });
  out.push({ label: 'New records a month', lowText: formatInt(rec.low), highText: formatInt(rec.high), low: records(rec.low), high: records(rec.high) });
  const min = perturb(base.recordings.minutesPerMonth, { pct, min: 0 });
  const minutes = (minutesPerMonth: number): StorageInput => ({ ...base, recordings: { ...base.recordings, minutesPerMonth } });
  out.push({ label: 'Recorded minutes a month', lowText: `${formatInt(min.low)} min`, highText: `${formatInt(min.high)} min`, low: minutes(min.low), high: minutes(min.high) });
  const days = perturb(base.remedies.retention.days, { pct, minStep: 1, min: 0, integer: true });
  const retention = (d: number): StorageInput => ({ ...base, remedies: { ...base.remedies, retention: { days: d } } });
  out.push({ label: 'Retention, days', lowText: `${days.low} days`, highText: `${days.high} days`, low: retention(days.low), high: retention(days.high) });
  const fee = base.fee;
  const price = perturb(fee.priceCents, { pct, minStep: 1, min: 0, integer: true });
  const priced = (priceCents: number): StorageInput => ({ ...base, fee: { ...fee, priceCents } });
  const per = fee.pricing === 'per-gb' ? 'GB' : `${formatOneDecimal(fee.blockGb)} GB block`;
  out.push({ label: `Price per ${per}`, lowText: formatMoney(price.low), highText: formatMoney(price.high), low: priced(price.low), high: priced(price.high) });
  const allow = perturb(fee.allowanceGb, { pct, minStep: 1, min: 0 });
  const allowed = (allowanceGb: number): StorageInput => ({ ...base, fee: { ...fee, allowanceGb } });
  out.push({ label: 'Allowance, GB', lowText: `${formatOneDecimal(allow.low)} GB`, highText: `${formatOneDecimal(allow.high)} GB`, low: allowed(allow.low), high: allowed(allow.high) });
  return out;
}

/** The Storage tornado: the page's input, its variants, and the forecast as a pool job. */
export function storagePlan(base: StorageInput, pct: number): SensitivityPlan<StorageInput, StorageReplication, StorageResult> {
  return {
    pct,
    seed: base.seed,
    base,
    variants: storageVariants(base, pct),
    job: (input, replications) => ({
      task: { kind: 'storage', input },
      replications,
      summarize: (rs, ms) => summarizeStorage(input, rs, ms),
      // Work counted in simulated months.
      workOf: () => input.months,
    }),
    outputs: STORAGE_OUTPUTS,
  };
}
