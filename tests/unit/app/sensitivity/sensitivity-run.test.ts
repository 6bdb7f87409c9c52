import { describe, expect, it } from 'vitest';
import { runTaskChunk } from '../../../../src/core/sim/sim-task.ts';
import { rechargePlan } from '../../../../src/app/sensitivity/recharge-sensitivity.ts';
import type { SensitivityPlan } from '../../../../src/app/sensitivity/sensitivity-plan.ts';
import { SensitivityRun, type RunJob } from '../../../../src/app/sensitivity/sensitivity-run.svelte.ts';
import { bumpyInput } from '../../recharge/fixtures.ts';

// Runs the core in-process, as a worker would: any task kind, all replications in one chunk.
const inProcess: RunJob = async (job, signal) => {
  signal.throwIfAborted();
  return job.summarize(runTaskChunk(job.task, 0, job.replications) as never, 0);
};

/** A plan with no simulation: an input is a number, its "result" the number itself. */
function numberPlan(inputs: number, pct = 10): SensitivityPlan<number, never, { value: number }> {
  return {
    pct,
    seed: 'fake',
    base: 100,
    variants: Array.from({ length: inputs }, (_, i) => ({ label: `input ${i}`, lowText: 'lo', highText: 'hi', low: 100 - i - 1, high: 100 + i + 1 })),
    job: (input, replications) => ({ task: { kind: 'recharge', input: null as never }, replications, summarize: () => ({ value: input }) }),
    outputs: {
      value: { label: 'Value', of: (r) => r.value, format: String },
      fromBase: { label: 'Difference from the base', of: (r, base) => r.value - base.value, format: String },
    },
  };
}

const summarizeOnly: RunJob = async (job, signal) => {
  signal.throwIfAborted();
  return job.summarize([], 0);
};

describe('SensitivityRun.run(page, prepare, replications)', () => {
  it('runs the Recharge base and each input low and high (13 runs) with the same random numbers', async () => {
    const run = new SensitivityRun(inProcess);
    await run.run('recharge', () => rechargePlan(bumpyInput(), 20), 30);
    expect(run.status).toBe('done');
    expect(run.done).toBe(13);
    const o = run.outcomes.recharge!;
    expect(o).toMatchObject({ page: 'recharge', pct: 20, replications: 30, seed: bumpyInput().seed });
    expect(o.runs).toHaveLength(6);
    // Same random days in every run: fewer recharge days always mean more card charges, and more
    // usage always means more money billed.
    const days = o.runs.find((r) => r.label === 'Recharge days')!;
    expect(days.low.recharges).toBeGreaterThan(days.high.recharges!);
    const usage = o.runs[0]!;
    expect(usage.high.billed).toBeGreaterThan(usage.low.billed!);
  });

  it('counts finished runs, 1 + 2 × inputs in all, in the order base, then each input low and high', async () => {
    const seen: { input: number; done: number; total: number }[] = [];
    const run = new SensitivityRun(async (job, signal) => {
      const result = await summarizeOnly(job, signal);
      seen.push({ input: (result as { value: number }).value, done: run.done, total: run.total });
      return result;
    });
    await run.run('ports', () => numberPlan(3), 5);
    expect(seen.map((s) => s.input)).toEqual([100, 99, 101, 98, 102, 97, 103]);
    expect(seen.map((s) => s.done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seen.every((s) => s.total === 7)).toBe(true);
    expect(run.done).toBe(7);
  });

  it('keeps every output of every run, outputs read against the base run', async () => {
    const run = new SensitivityRun(summarizeOnly);
    await run.run('storage', () => numberPlan(2), 5);
    const o = run.outcomes.storage!;
    expect(o.base).toEqual({ value: 100, fromBase: 0 });
    expect(o.runs.map((r) => [r.low.fromBase, r.high.fromBase])).toEqual([[-1, 1], [-2, 2]]);
  });

  it('ends as cancelled, with nothing half done kept, when cancelled mid-way', async () => {
    let calls = 0;
    const run = new SensitivityRun(async (job, signal) => {
      calls++;
      if (calls === 3) run.cancel();
      return summarizeOnly(job, signal);
    });
    await run.run('ports', () => numberPlan(4), 5);
    expect(run.status).toBe('cancelled');
    expect(run.outcomes.ports).toBeUndefined();
    expect(calls).toBe(3);
    expect(run.done).toBe(2);
  });

  it('keeps the last finished tornado of the page, and of other pages, when a new one is cancelled', async () => {
    let calls = 0;
    let cancelAt = -1;
    const run = new SensitivityRun(async (job, signal) => {
      if (++calls === cancelAt) run.cancel();
      return summarizeOnly(job, signal);
    });
    await run.run('ports', () => numberPlan(1), 5);
    await run.run('storage', () => numberPlan(1), 5);
    const before = run.outcomes;
    cancelAt = calls + 2;
    await run.run('ports', () => numberPlan(3, 50), 5);
    expect(run.status).toBe('cancelled');
    expect(run.outcomes.ports).toBe(before.ports);
    expect(run.outcomes.storage).toBe(before.storage);
  });

  it('ends as cancelled without running anything when cancelled while the plan is prepared', async () => {
    let jobs = 0;
    const run = new SensitivityRun(async (job, signal) => {
      jobs++;
      return summarizeOnly(job, signal);
    });
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const going = run.run('ports', async () => {
      await ready;
      return numberPlan(2);
    }, 5);
    expect(run.status).toBe('preparing');
    run.cancel();
    release();
    await going;
    expect(run.status).toBe('cancelled');
    expect(jobs).toBe(0);
  });

  it('drops an older run overtaken by a newer one', async () => {
    const run = new SensitivityRun(summarizeOnly);
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const older = run.run('ports', async () => {
      await ready;
      return numberPlan(5);
    }, 5);
    await run.run('ports', () => numberPlan(1), 5);
    release();
    await older;
    expect(run.status).toBe('done');
    expect(run.outcomes.ports!.runs).toHaveLength(1);
  });

  it('says in the page’s words why it cannot run, and runs nothing', async () => {
    let jobs = 0;
    const run = new SensitivityRun(async (job, signal) => {
      jobs++;
      return summarizeOnly(job, signal);
    });
    await run.run('ports', () => ({ problem: 'No data set is loaded: load one, or use a scenario.' }), 5);
    expect(run.status).toBe('blocked');
    expect(run.error).toBe('No data set is loaded: load one, or use a scenario.');
    expect(jobs).toBe(0);
  });

  it('reports a failing run in words', async () => {
    const run = new SensitivityRun(() => Promise.reject(new Error('worker died')));
    await run.run('recharge', () => rechargePlan(bumpyInput(), 20), 5);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/worker died/);
  });

  it('reports a plan that cannot be made (a share out of range) as a failure naming the builder', async () => {
    const run = new SensitivityRun(summarizeOnly);
    await run.run('recharge', () => rechargePlan(bumpyInput(), 0), 5);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/rechargeVariants: pct/);
  });
});
