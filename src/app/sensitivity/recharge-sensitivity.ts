/**
 * The Recharge simulation's tornado: which inputs move, by how much, and the outputs one can
 * watch. Every variant keeps the base input's seed, so all runs draw the same random days
 * (common random numbers): a bar's width is the input's effect, not noise.
 */
import { summarizeRecharge } from '../../core/recharge/summarize-recharge.ts';
import type { RechargeInput, RechargeReplication, RechargeResult, UsageModel } from '../../core/recharge/types.ts';
import { formatMoneyWhole, formatPercent } from '../format.ts';
import { perturb } from './perturb.ts';
import { checkMovePct, signed, type OutputSpec, type SensitivityPlan, type SensitivityVariant } from './sensitivity-plan.ts';

export type RechargeOutput = 'pZero' | 'idle' | 'recharges' | 'billed';

export const RECHARGE_OUTPUTS: Record<RechargeOutput, OutputSpec<RechargeResult>> = {
  pZero: { label: 'Chance the dialer stops', of: (r) => r.pZero.mean, format: (v) => formatPercent(v, 1) },
  idle: { label: 'Money sitting in the balance', of: (r) => r.idleBalanceCents.mean, format: formatMoneyWhole },
  recharges: { label: 'Card charges a month', of: (r) => r.rechargesPerMonth.mean, format: (v) => v.toFixed(2) },
  billed: { label: 'Billed a month', of: (r) => r.billedCents.perMonth, format: formatMoneyWhole },
};

export type RechargeVariant = SensitivityVariant<RechargeInput>;

/** The usage model with every day's spend × factor (the rule, from last month, stays as it was). */
export function scaleUsage(model: UsageModel, factor: number): UsageModel {
  if (model.kind === 'parametric') return { ...model, dailyMeanCents: model.dailyMeanCents * factor };
  return { ...model, hourlyCents: model.hourlyCents.map((c) => c * factor) };
}

/**
 * Each main input moved down and up by `pct` percent of its value (with a least step where the
 * value may be 0): usage level (the future's spend against last month's, which is what the rate or
 * the call volume changes), growth, recharge days, threshold days, credit delay, card declines.
 * Example: rechargeVariants(input, 20)[2] // { label: 'Recharge days', lowText: '11', highText: '17', … } for 14 days
 */
export function rechargeVariants(base: RechargeInput, pct: number): RechargeVariant[] {
  checkMovePct(pct, 'rechargeVariants');
  const out: RechargeVariant[] = [];
  const f = pct / 100;
  out.push({
    label: 'Usage level (volume or rate)',
    lowText: `×${(1 - f).toFixed(2)}`,
    highText: `×${(1 + f).toFixed(2)}`,
    low: { ...base, usage: scaleUsage(base.usage, 1 - f) },
    high: { ...base, usage: scaleUsage(base.usage, 1 + f) },
  });
  const g = perturb(base.growthPct, { pct, minStep: pct / 10, min: -90, max: 1000 });
  out.push({ label: 'Growth, % a month', lowText: signed(g.low, 1), highText: signed(g.high, 1), low: { ...base, growthPct: g.low }, high: { ...base, growthPct: g.high } });
  const r = perturb(base.rechargeDays, { pct, minStep: 1, min: 1, integer: true });
  out.push({ label: 'Recharge days', lowText: `${r.low}`, highText: `${r.high}`, low: { ...base, rechargeDays: r.low }, high: { ...base, rechargeDays: r.high } });
  const t = perturb(base.thresholdDays, { pct, minStep: 1, min: 1, integer: true });
  out.push({ label: 'Threshold days', lowText: `${t.low}`, highText: `${t.high}`, low: { ...base, thresholdDays: t.low }, high: { ...base, thresholdDays: t.high } });
  const d = perturb(base.creditDelayHours, { pct, minStep: Math.max(1, Math.round((pct / 20) * 12)), min: 0, integer: true });
  out.push({ label: 'Credit delay, hours', lowText: `${d.low} h`, highText: `${d.high} h`, low: { ...base, creditDelayHours: d.low }, high: { ...base, creditDelayHours: d.high } });
  const p = perturb(base.declineProbability * 100, { pct, minStep: pct / 4, min: 0, max: 100 });
  out.push({
    label: 'Card declines, %',
    lowText: `${p.low.toFixed(1)} %`,
    highText: `${p.high.toFixed(1)} %`,
    low: { ...base, declineProbability: p.low / 100 },
    high: { ...base, declineProbability: p.high / 100 },
  });
  return out;
}

/** The Recharge tornado: the page's input, its variants, and the balance simulation as a pool job. */
export function rechargePlan(base: RechargeInput, pct: number): SensitivityPlan<RechargeInput, RechargeReplication, RechargeResult> {
  return {
    pct,
    seed: base.seed,
    base,
    variants: rechargeVariants(base, pct),
    job: (input, replications) => ({
      task: { kind: 'recharge', input },
      replications,
      summarize: (rs, ms) => summarizeRecharge(input, rs, ms),
      // Work counted in simulated hours, about 730 a month.
      workOf: () => input.months * 730,
    }),
    outputs: RECHARGE_OUTPUTS,
  };
}
