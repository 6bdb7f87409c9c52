import type { RechargeInput, TunerInput } from './types.ts';

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/**
 * The tuner's input over `sim` with its defaults: recharge days 3..30 × threshold days 1..10
 * (280 cells, the platform's 14/5 among them) and a 1 % target for reaching zero.
 * Example: tunerInput(sim).rechargeDays.length * tunerInput(sim).thresholdDays.length → 280
 */
export function tunerInput(sim: RechargeInput, patch: Partial<Omit<TunerInput, 'sim'>> = {}): TunerInput {
  return {
    sim,
    rechargeDays: patch.rechargeDays ?? range(3, 30),
    thresholdDays: patch.thresholdDays ?? range(1, 10),
    targetPZero: patch.targetPZero ?? 0.01,
  };
}
