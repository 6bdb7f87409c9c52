import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { SimCancelledError, SimFailedError, SimPool, type SimProgress } from '../../../src/app/workers/sim-pool.ts';
import { comparable, direct, smallJob } from './pool-fixtures.ts';

import * as Comlink from 'comlink';
import type { SimApi } from '../../../workers/sim.worker.ts';

const realWorker = () => new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module' });

/** Keeps the readiness handles alive: a collected Comlink proxy tells its worker to close. */
const handles: unknown[] = [];

/**
 * `n` real workers, each started only once the one before answers: @vitest/web-worker evaluates a
 * module once for two instances that load it at the same moment, and the second never answers
 * (in a browser each worker has its own realm, so the pool itself starts them together).
 */
async function started(n: number): Promise<() => Worker> {
  const workers: Worker[] = [];
  for (let i = 0; i < n; i++) {
    const worker = realWorker();
    const api = Comlink.wrap<SimApi>(worker);
    handles.push(api);
    const job = smallJob();
    await api.runTask({ kind: 'ports', model: job.model, opts: job.opts }, -2, 0, 0);
    workers.push(worker);
  }
  return () => {
    const next = workers.shift();
    if (!next) throw new Error('test: more workers asked for than started');
    return next;
  };
}

/** A worker that dies on its first message, as one that runs out of memory would. */
class CrashingWorker extends EventTarget {
  postMessage(): void {
    setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'out of memory' })), 1);
  }
  terminate(): void {}
  static make = () => new CrashingWorker() as unknown as Worker;
}

let pool: SimPool | null = null;
afterEach(() => {
  pool?.dispose();
  pool = null;
});

describe('SimPool (module workers under @vitest/web-worker)', () => {
  it('gives the same PortsResult as runReplications + summarizeReplications, for 1 and 3 workers', async () => {
    const job = smallJob({}, 12);
    for (const size of [1, 3]) {
      pool = new SimPool({ size, createWorker: await started(size) });
      const progress: SimProgress[] = [];
      const result = await pool.run(job, (p) => progress.push(p));
      expect(comparable(result)).toEqual(comparable(direct(job)));
      expect(progress.at(-1)).toMatchObject({ done: 12, total: 12, calls: result.calls });
      pool.dispose();
    }
  });

  it('starts its workers on first use, no more than it needs', async () => {
    let made = 0;
    const next = await started(2);
    pool = new SimPool({ size: 4, createWorker: () => (made++, next()) });
    expect(made).toBe(0);
    await pool.run(smallJob({}, 2), () => {});
    expect(made).toBe(2);
  });

  it('defaults to one worker per core but one, and at least one', () => {
    expect(new SimPool().size).toBe(Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
  });

  it('rejects with SimCancelledError on abort, and the next run on the same workers gives the right answer', async () => {
    pool = new SimPool({ size: 2, createWorker: await started(2) });
    const abort = new AbortController();
    const first = pool.run(smallJob({ seed: 'first' }, 40), () => abort.abort(), abort.signal);
    await expect(first).rejects.toBeInstanceOf(SimCancelledError);
    const job = smallJob({}, 6);
    expect(comparable(await pool.run(job, () => {}))).toEqual(comparable(direct(job)));
    expect(pool.started).toBe(2);
  });

  it('cancels the previous run when a new one starts', async () => {
    pool = new SimPool({ size: 2, createWorker: await started(2) });
    const first = pool.run(smallJob({ seed: 'first' }, 40), () => {});
    const job = smallJob({}, 6);
    const second = pool.run(job, () => {});
    await expect(first).rejects.toBeInstanceOf(SimCancelledError);
    expect(comparable(await second)).toEqual(comparable(direct(job)));
  });

  it('replaces a crashed worker, reports it, and re-runs its chunk', async () => {
    let made = 0;
    const crashes: string[] = [];
    const next = await started(2);
    pool = new SimPool({ size: 2, createWorker: () => (made++ === 0 ? CrashingWorker.make() : next()) });
    pool.onWorkerCrash = (m) => crashes.push(m);
    const job = smallJob({}, 8);
    const result = await pool.run(job, () => {});
    expect(comparable(result)).toEqual(comparable(direct(job)));
    expect(crashes).toEqual(['a simulation worker crashed: out of memory']);
    expect(made).toBe(3);
  });

  it('rejects with SimFailedError when a chunk fails twice', async () => {
    const crashes: string[] = [];
    pool = new SimPool({ size: 1, createWorker: CrashingWorker.make, onWorkerCrash: (m) => crashes.push(m) });
    const err = await pool.run(smallJob({}, 4), () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimFailedError);
    expect((err as Error).message).toBe('The simulation stopped: replication 0 failed twice (a simulation worker crashed: out of memory).');
    expect(crashes).toHaveLength(2);
  });

  it('reports a kernel error in a chunk as SimFailedError and keeps the worker', async () => {
    let made = 0;
    const next = await started(1);
    pool = new SimPool({ size: 1, createWorker: () => (made++, next()) });
    const bad = smallJob({ portsLo: 5, portsHi: 4 }, 2);
    const err = await pool.run(bad, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimFailedError);
    expect((err as Error).message).toContain('simulateReplication: need whole numbers 0 ≤ portsLo ≤ portsHi');
    const job = smallJob({}, 3);
    expect(comparable(await pool.run(job, () => {}))).toEqual(comparable(direct(job)));
    expect(made).toBe(1);
  });
});
