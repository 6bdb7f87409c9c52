import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { SimRun, type TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import { PageInputs } from '../../../../src/app/state/page-inputs.svelte.ts';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import { runChunks } from '../../../../src/core/sim/run-chunks.ts';
import { SimCancelledError, SimFailedError } from '../../../../src/core/sim/sim-errors.ts';
import type { SimTask } from '../../../../src/core/sim/sim-task.ts';

const task = { kind: 'ports' } as unknown as SimTask;
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A pool that runs each replication as its index, one chunk per tick, and can fail or crash. */
function fakePool(behaviour: { failAt?: number; failFrom?: number; crashAt?: number } = {}): TaskPoolLike {
  const pool: TaskPoolLike = {
    onWorkerCrash: undefined,
    runTask: (job, onProgress, signal) =>
      runChunks({
        replications: job.replications,
        lanes: 2,
        runChunk: async (_lane, from, to) => {
          await tick();
          if (from === behaviour.crashAt) pool.onWorkerCrash?.('out of memory');
          if (from === behaviour.failAt || (behaviour.failFrom !== undefined && from >= behaviour.failFrom)) throw new SimFailedError('The simulation stopped: replication 3 failed twice (boom).');
          return Array.from({ length: to - from }, (_, k) => from + k) as never[];
        },
        summarize: job.summarize,
        onProgress,
        partialEveryMs: 0,
        signal,
      }),
  };
  return pool;
}

const sumJob = (replications: number) => ({ task, replications, summarize: (rs: number[]) => rs.reduce((s, r) => s + r, 0) });

describe('SimRun', () => {
  it('runs a job to its summary, with progress to the last replication', async () => {
    const run = new SimRun<number>(() => fakePool());
    await run.run(() => sumJob(10));
    expect(run.status).toBe('done');
    expect(run.result).toBe(45);
    expect(run.progress?.done).toBe(10);
    expect(run.shown).toBe(45);
  });

  it('shows a new estimate in the task after the one that made it, and a cancel shows the latest at once', async () => {
    let report!: (p: { done: number; total: number; work: number; elapsedMs: number; workPerSecond: number; partial: number | null }) => void;
    const pool: TaskPoolLike = {
      onWorkerCrash: undefined,
      runTask: (_job, onProgress, signal) => {
        report = onProgress as typeof report;
        return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new SimCancelledError())));
      },
    };
    const run = new SimRun<number>(() => pool);
    const ended = run.run(() => sumJob(100));
    await vi.waitFor(() => expect(run.status).toBe('running'));
    report({ done: 10, total: 100, work: 10, elapsedMs: 5, workPerSecond: 2000, partial: 45 });
    expect(run.partial).toBeNull();
    await tick(); // the page's next task
    expect(run.partial).toBe(45);
    // Two estimates before the page's next task: only the latest is shown, and a cancel shows it now.
    report({ done: 20, total: 100, work: 20, elapsedMs: 9, workPerSecond: 2000, partial: 190 });
    report({ done: 30, total: 100, work: 30, elapsedMs: 12, workPerSecond: 2000, partial: 435 });
    run.cancel();
    expect(run.shown).toBe(435);
    await ended;
    await tick(); // a timer left behind would have fired by now
    expect(run.status).toBe('cancelled');
    expect(run.shown).toBe(435);
  });

  it('cancel() ends the run as cancelled, keeps the estimate so far, and the next run works', async () => {
    const run = new SimRun<number>(() => fakePool());
    const first = run.run(() => sumJob(400));
    for (let i = 0; i < 5; i++) await tick();
    run.cancel();
    await first;
    expect(run.status).toBe('cancelled');
    expect(run.shown).not.toBeNull();
    await run.run(() => sumJob(4));
    expect(run.status).toBe('done');
    expect(run.result).toBe(6);
  });

  it('keeps a failed run’s estimate on show, marked as unfinished, rather than the previous result', async () => {
    const run = new SimRun<number>(() => fakePool({ failFrom: 20 }));
    await run.run(() => sumJob(4));
    expect(run.result).toBe(6);
    expect(run.shownIsPartial).toBe(false);
    await run.run(() => sumJob(40));
    expect(run.status).toBe('failed');
    expect(run.shown).not.toBe(6);
    expect(run.shown).toBe(run.partial);
    expect(run.shownIsPartial).toBe(true);
  });

  it('reports a failed run in the pool’s words and a failed preparation with its reason', async () => {
    const run = new SimRun<number>(() => fakePool({ failAt: 0 }));
    await run.run(() => sumJob(4));
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/replication 3 failed twice/);
    await run.run(() => Promise.reject(new Error('The data worker stopped unexpectedly.')));
    expect(run.error).toBe('The simulation stopped: The data worker stopped unexpectedly.');
  });

  it('lists a crashed worker while the run carries on', async () => {
    const run = new SimRun<number>(() => fakePool({ crashAt: 0 }));
    await run.run(() => sumJob(4));
    expect(run.crashes).toEqual(['out of memory']);
    expect(run.status).toBe('done');
  });

  it('a newer run overtakes an older one, whose answer never shows', async () => {
    const run = new SimRun<number>(() => fakePool());
    const older = run.run(() => sumJob(200));
    const newer = run.run(() => sumJob(3));
    await Promise.all([older, newer]);
    expect(run.result).toBe(3);
    expect(run.status).toBe('done');
  });

  it('treats the pool’s own cancel as a cancel', async () => {
    const run = new SimRun<number>(() => ({ onWorkerCrash: undefined, runTask: () => Promise.reject(new SimCancelledError()) }));
    await run.run(() => sumJob(2));
    expect(run.status).toBe('cancelled');
  });
});

describe('PageInputs', () => {
  it('keeps a page’s form across a reload, checked by the page’s restore', async () => {
    const dbName = `inputs-${Math.random()}`;
    const defaults = () => ({ months: 12, rate: 2 });
    const restore = (x: unknown) => ({ ...defaults(), ...(x as object) });
    const first = new PageInputs('rechargeInputs', defaults, restore, () => openDataStore(dbName));
    await first.init();
    await first.update({ months: 6 });
    const again = new PageInputs('rechargeInputs', defaults, restore, () => openDataStore(dbName));
    await again.init();
    expect(again.inputs).toEqual({ months: 6, rate: 2 });
    await again.reset();
    expect(again.inputs).toEqual(defaults());
  });
});
