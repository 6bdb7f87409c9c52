import { describe, expect, it } from 'vitest';
import { runRechargeChunk } from '../../../../src/core/recharge/run-recharge-chunk.ts';
import type { RechargeInput } from '../../../../src/core/recharge/types.ts';
import { SensitivityRun, type RunJob } from '../../../../src/app/sensitivity/sensitivity-run.svelte.ts';
import { bumpyInput } from '../../recharge/fixtures.ts';

// Runs the core in-process, as a worker would, chunk by chunk.
const inProcess: RunJob = async (job, signal) => {
  signal.throwIfAborted();
  const input = (job.task as { input: RechargeInput }).input;
  return job.summarize(runRechargeChunk(input, 0, job.replications), 0);
};

describe('SensitivityRun', () => {
  it('runs the base and each input low and high (13 runs) with the same random numbers', async () => {
    const run = new SensitivityRun(inProcess);
    await run.run(bumpyInput(), 20, 30);
    expect(run.status).toBe('done');
    expect(run.done).toBe(13);
    const o = run.outcome!;
    expect(o.runs).toHaveLength(6);
    // Same random days in every run: fewer recharge days always mean more card charges, and more
    // usage always means more money billed.
    const days = o.runs.find((r) => r.variant.label === 'Recharge days')!;
    expect(days.low.rechargesPerMonth.mean).toBeGreaterThan(days.high.rechargesPerMonth.mean);
    const usage = o.runs[0]!;
    expect(usage.high.billedCents.perMonth).toBeGreaterThan(usage.low.billedCents.perMonth);
  });

  it('ends as cancelled, with nothing half done kept, when cancelled mid-way', async () => {
    let calls = 0;
    const run = new SensitivityRun(async (job, signal) => {
      calls++;
      if (calls === 3) run.cancel();
      return inProcess(job, signal);
    });
    await run.run(bumpyInput(), 20, 5);
    expect(run.status).toBe('cancelled');
    expect(run.outcome).toBeNull();
    expect(calls).toBeLessThan(13);
  });

  it('reports a failing run in words', async () => {
    const run = new SensitivityRun(() => Promise.reject(new Error('worker died')));
    await run.run(bumpyInput(), 20, 5);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/worker died/);
  });
});
