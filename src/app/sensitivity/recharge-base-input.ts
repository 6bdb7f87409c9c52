/**
 * The Recharge page's simulation input, built from the page's form the way its manager builds it
 * (the manager keeps that step private): the tornado runs the core job directly with the page's
 * seed, so its runs share random numbers and leave the page's own result alone.
 */
import { fitParametricUsage } from '../../core/recharge/fit-parametric-usage.ts';
import { rechargeInput } from '../../core/recharge/recharge-input.ts';
import type { RechargeInput, UsageModel } from '../../core/recharge/types.ts';
import { usageModel } from '../../core/recharge/usage-model.ts';
import type { RechargeManager } from '../state/recharge-manager.svelte.ts';

/** The page's current input, or why there is none (no data, a form problem, no rule). */
export async function rechargeBaseInput(manager: RechargeManager): Promise<RechargeInput | { error: string }> {
  await manager.init();
  if (manager.blocked) return { error: manager.blocked };
  await manager.loadUsage();
  if (manager.usageError) return { error: manager.usageError };
  const usage = manager.shownUsage;
  const rule = manager.rule;
  if (!usage || !rule) return { error: 'The usage is not read yet: open the Recharge page once.' };
  if ('error' in rule) return { error: rule.error };
  const i = manager.inputs;
  const p = i.parametric;
  const model: UsageModel =
    i.source === 'parametric'
      ? { kind: 'parametric', dailyMeanCents: p.dailyMeanCents, dailyCv: p.dailyCvPct / 100, weekdayFactors: p.weekdayFactors, hourProfile: p.hourProfile }
      : i.usageModel === 'parametric' ? fitParametricUsage(usage) : usageModel(usage);
  return rechargeInput(rule.rule, model, {
    months: i.months,
    growthPct: i.growthPct,
    startBalanceCents: i.startBalanceCents,
    declineProbability: i.declinePct / 100,
    declineRetryHours: i.declineRetryHours,
    creditDelayHours: i.creditDelayHours,
    seed: i.seed,
  });
}
