import { describe, expect, it } from 'vitest';
import { ContractManager } from '../../../../src/app/state/contract-manager.svelte.ts';
import type { PageStore } from '../../../../src/app/state/page-inputs.svelte.ts';
import type { TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import { runContractChunk } from '../../../../src/core/contract/run-contract-chunk.ts';

/** A store in memory, as the settings store would keep it. */
function memoryStore(): PageStore & { saved: Map<string, unknown> } {
  const saved = new Map<string, unknown>();
  return {
    saved,
    getPageSetting: async (key) => saved.get(key) as never,
    setPageSetting: async (key, value) => { saved.set(key, structuredClone(value)); },
  };
}

/** A pool that runs the whole task on this thread. */
function inlinePool(): TaskPoolLike & { jobs: number } {
  const pool = {
    jobs: 0,
    onWorkerCrash: undefined,
    runTask: async (job: Parameters<TaskPoolLike['runTask']>[0]) => {
      pool.jobs++;
      if (job.task.kind !== 'contract') throw new Error('not a contract');
      return job.summarize(runContractChunk(job.task.input, 0, job.replications) as never[], 1);
    },
  };
  return pool as never;
}

describe('ContractManager', () => {
  it('runs every option on the worker pool and keeps the input it ran', async () => {
    const pool = inlinePool();
    const m = new ContractManager({ createPool: () => pool, openStore: async () => memoryStore() });
    await m.init();
    await m.update({ replications: 20 });
    await m.run();
    expect(m.sim.status).toBe('done');
    expect(m.sim.result?.options.map((o) => o.name)).toEqual(m.inputs.options.map((o) => o.name));
    expect(m.sim.result?.replications).toBe(20);
    expect(m.ran?.options).toHaveLength(3);
  });

  it('never starts a run with bad inputs', async () => {
    const pool = inlinePool();
    const m = new ContractManager({ createPool: () => pool, openStore: async () => memoryStore() });
    await m.setTerms(1, 2, { floor: -1 });
    expect(m.blocked).toBe('Option B, Dialer: the floor must be a whole number ≥ 0.');
    await m.run();
    expect(pool.jobs).toBe(0);
    expect(m.sim.status).toBe('idle');
  });

  it('duplicates an option after itself, removes one, and keeps two to four', async () => {
    const m = new ContractManager({ createPool: inlinePool, openStore: async () => memoryStore() });
    await m.duplicateOption(0);
    expect(m.inputs.options.map((o) => o.name.slice(0, 1))).toEqual(['A', 'A', 'B', 'C']);
    expect(m.inputs.options[1]!.name).toBe(`${m.inputs.options[0]!.name} copy`);
    expect(m.canAdd).toBe(false);
    await m.duplicateOption(0);
    expect(m.inputs.options).toHaveLength(4);
    await m.removeOption(0);
    await m.removeOption(0);
    expect(m.canRemove).toBe(false);
    await m.removeOption(0);
    expect(m.inputs.options.map((o) => o.name.slice(0, 1))).toEqual(['B', 'C']);
  });

  it('remembers the form: a new manager on the same store reads it back', async () => {
    const store = memoryStore();
    const first = new ContractManager({ createPool: inlinePool, openStore: async () => store });
    await first.init();
    await first.setTerms(1, 2, { floor: 20 });
    await first.update({ seed: 'kept' });
    const second = new ContractManager({ createPool: inlinePool, openStore: async () => store });
    await second.init();
    expect(second.inputs.seed).toBe('kept');
    expect(second.inputs.options[1]!.licenses[2]!.floor).toBe(20);
  });
});
