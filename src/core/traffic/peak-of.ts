import type { ConcurrencySteps } from './types.ts';

/**
 * The highest level of a step function and the first instant (UTC epoch ms) it is reached.
 * No steps (or none above 0) → { concurrent: 0, atMs: NaN }.
 * Example: levels [1, 3, 2, 3, 0] at times [t0, t1, t2, t3, t4] → { concurrent: 3, atMs: t1 }.
 */
export function peakOf(steps: ConcurrencySteps): { concurrent: number; atMs: number } {
  const { timesMs, levels } = steps;
  let concurrent = 0;
  let atMs = NaN;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] > concurrent) {
      concurrent = levels[i];
      atMs = timesMs[i];
    }
  }
  return { concurrent, atMs };
}
