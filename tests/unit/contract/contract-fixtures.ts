/** Small frozen contract inputs for the contract tests, built by factories. */
import type { ContractInput, ContractOption, LicenseTerms, NeedPlan } from '../../../src/core/contract/types.ts';

export const need = (type: string, startNeed: number, more: Partial<NeedPlan> = {}): NeedPlan => ({
  type,
  startNeed,
  growthPctPerMonth: 0,
  churnPctPerMonth: 0,
  ...more,
});

export const terms = (type: string, priceCents: number, floor: number, startCount: number, more: Partial<LicenseTerms> = {}): LicenseTerms => ({
  type,
  priceCents,
  floor,
  startCount,
  ...more,
});

export const option = (name: string, termMonths: number, licenses: LicenseTerms[]): ContractOption => ({ name, termMonths, licenses });

/** A 40-seat team growing 1 % ± 1.5 points a month with 3 % churn; a floor-50 option and a floor-40 one at a higher price. */
export function salesInput(seed = '7'): ContractInput {
  return Object.freeze({
    seed,
    startDate: '2027-01-01',
    plan: {
      addLagDays: 0,
      licenses: [
        need('CRM', 48, { growthPctPerMonth: 0.5, growthSdPctPerMonth: 1.5, churnPctPerMonth: 3, seasonality: [1, 1, 1, 1, 1, 0.9, 0.85, 0.9, 1, 1.1, 1.1, 1] }),
        need('Dialer', 26, { growthPctPerMonth: 0.5, growthSdPctPerMonth: 1.5, churnPctPerMonth: 3 }),
      ],
    },
    options: [
      option('floor 50', 24, [terms('CRM', 6500, 50, 50), terms('Dialer', 9000, 28, 28)]),
      option('floor 40', 24, [terms('CRM', 7020, 40, 48), terms('Dialer', 9720, 22, 26)]),
    ],
  }) as ContractInput;
}
