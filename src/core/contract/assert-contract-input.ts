import { assertContractTerms } from './assert-contract-terms.ts';
import type { ContractInput } from './types.ts';

/**
 * Throws a RangeError naming `caller` when a contract Monte Carlo input is not usable: no options,
 * option terms that assertContractTerms refuses, an option whose license types are not exactly the
 * plan's, or plan numbers out of range (startNeed a whole number ≥ 0, growth above −100 % with a spread of 0 to 100 points, churn
 * 0 to 100 %, 12 positive seasonal factors, addLagDays a whole number 0 to 31).
 * Example: assertContractInput({ ...input, options: [] }, 'runContractChunk') // throws 'runContractChunk: needs at least one option'
 */
export function assertContractInput(input: ContractInput, caller: string): void {
  if (typeof input.seed !== 'string') throw new RangeError(`${caller}: seed must be a string`);
  if (input.options.length === 0) throw new RangeError(`${caller}: needs at least one option`);
  const plan = input.plan;
  if (!Number.isInteger(plan.addLagDays) || plan.addLagDays < 0 || plan.addLagDays > 31) {
    throw new RangeError(`${caller}: plan.addLagDays must be a whole number from 0 to 31, got ${plan.addLagDays}`);
  }
  const types = new Set<string>();
  for (const p of plan.licenses) {
    if (types.has(p.type)) throw new RangeError(`${caller}: plan license type '${p.type}' appears twice`);
    types.add(p.type);
    if (!Number.isSafeInteger(p.startNeed) || p.startNeed < 0) throw new RangeError(`${caller}: ${p.type} startNeed must be a whole number ≥ 0, got ${p.startNeed}`);
    if (!(p.growthPctPerMonth > -100 && p.growthPctPerMonth <= 1000)) throw new RangeError(`${caller}: ${p.type} growthPctPerMonth must be above -100 and at most 1000, got ${p.growthPctPerMonth}`);
    const sd = p.growthSdPctPerMonth ?? 0;
    if (!(sd >= 0 && sd <= 100)) throw new RangeError(`${caller}: ${p.type} growthSdPctPerMonth must be from 0 to 100, got ${sd}`);
    if (!(p.churnPctPerMonth >= 0 && p.churnPctPerMonth <= 100)) throw new RangeError(`${caller}: ${p.type} churnPctPerMonth must be from 0 to 100, got ${p.churnPctPerMonth}`);
    if (p.seasonality !== undefined && (p.seasonality.length !== 12 || !p.seasonality.every((x) => x > 0 && Number.isFinite(x)))) {
      throw new RangeError(`${caller}: ${p.type} seasonality must be 12 positive numbers, January first`);
    }
  }
  for (const option of input.options) {
    assertContractTerms({ ...option, startDate: input.startDate }, `${caller}: option '${option.name}'`);
    const named = new Set(option.licenses.map((l) => l.type));
    const missing = [...types].find((t) => !named.has(t));
    const extra = [...named].find((t) => !types.has(t));
    if (missing !== undefined) throw new RangeError(`${caller}: option '${option.name}' has no terms for license type '${missing}'`);
    if (extra !== undefined) throw new RangeError(`${caller}: option '${option.name}' has license type '${extra}', which the plan does not`);
  }
}
