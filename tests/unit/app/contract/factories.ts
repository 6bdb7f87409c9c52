import type { ContractSummary, FanMonth, OptionSummary } from '../../../../src/core/contract/types.ts';

/** A month of a bill fan, every quantile set from the median (cents). */
export function fanMonth(month: string, p50: number): FanMonth {
  return { month, p5: p50 - 200, p25: p50 - 100, p50, p75: p50 + 100, p95: p50 + 200, mean: p50 };
}

/** An option summary: totals in cents, 0 shelfware, floor and lock-out unless patched. */
export function optionSummary(name: string, patch: Partial<OptionSummary> = {}): OptionSummary {
  const termMonths = patch.termMonths ?? 3;
  return {
    name,
    termMonths,
    totalCents: { p5: 900_000, p50: 1_000_000, p95: 1_200_000, mean: 1_020_000 },
    monthlyMeanCents: 340_000,
    fan: Array.from({ length: termMonths }, (_, m) => fanMonth(`2027-0${m + 1}`, 330_000 + m * 10_000)),
    shelfware: { meanLicenses: 0, meanCents: 0, p95Cents: 0 },
    monthsAtFloor: { mean: 0, p95: 0 },
    lockOut: { risk: 0, meanUserDays: 0, meanMonths: 0 },
    differenceVsFirst: null,
    ...patch,
  };
}

export function summary(options: OptionSummary[], replications = 1000): ContractSummary {
  return { seed: '1', replications, elapsedMs: 10, startDate: '2027-01-01', options };
}
