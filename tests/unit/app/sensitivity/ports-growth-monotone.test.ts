// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { portsReading, portsVariants, type PortsSensitivityInput } from '../../../../src/app/sensitivity/ports-sensitivity.ts';
import { runReplications } from '../../../../src/core/ports/run-replications.ts';
import { summarizeReplications } from '../../../../src/core/ports/summarize-replications.ts';
import { portsInput } from './ports-fixtures.ts';

/** One tornado run with the real core, in-process: 20 simulated four-week periods. */
function simulate(input: PortsSensitivityInput) {
  const result = summarizeReplications(input.model, input.opts, runReplications(input.model, input.opts, 0, 20), 0);
  return { result, reading: portsReading(result, input.target) };
}

/**
 * Common random numbers at work: every run draws from the same seed, so a growth bar's direction
 * is growth's doing. More calls on the same ports can only block more; with independent seeds the
 * noise of 20 periods would often reverse small steps.
 */
describe('the Ports tornado’s growth variants on the real simulation', () => {
  it('never lower busy-hour blocking or errors at a fixed N as growth moves up, on the same seed', () => {
    const base = portsInput();
    const steps: PortsSensitivityInput[] = [];
    for (const pct of [50, 20]) steps.push(portsVariants(base, pct)[0]!.low);
    steps.push(base);
    for (const pct of [20, 50]) steps.push(portsVariants(base, pct)[0]!.high);
    expect(steps.map((s) => s.opts.whatIf.growthPct)).toEqual([-12.5, -5, 0, 5, 12.5]);
    const runs = steps.map(simulate);
    const N = runs[2]!.reading.recommendedPorts;
    expect(N).toBeGreaterThan(base.opts.portsLo + 3);
    expect(N).toBeLessThan(base.opts.portsHi);
    for (let i = 1; i < runs.length; i++) {
      const before = runs[i - 1]!.result.table;
      const after = runs[i]!.result.table;
      // At the recommended N and every N below it and one above. Far above it, blocking is a few
      // events in 20 periods: there, even shared random numbers leave the count to chance.
      for (let k = 0; k <= N + 1 - base.opts.portsLo; k++) {
        expect(after[k]!.busyHourBlocking.mean).toBeGreaterThanOrEqual(before[k]!.busyHourBlocking.mean);
        expect(after[k]!.blockedPerMonth.mean).toBeGreaterThanOrEqual(before[k]!.blockedPerMonth.mean);
      }
      expect(runs[i]!.reading.recommendedPorts).toBeGreaterThanOrEqual(runs[i - 1]!.reading.recommendedPorts);
    }
    // And the moves are real, not all flat.
    expect(runs[4]!.result.table[N - base.opts.portsLo]!.busyHourBlocking.mean).toBeGreaterThan(runs[0]!.result.table[N - base.opts.portsLo]!.busyHourBlocking.mean);
  });
});
