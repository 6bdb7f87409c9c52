/**
 * The simulation worker: runs chunks of replications of any simulation (core/sim/sim-task.ts) for
 * the pool (SimPool). Thin on purpose: the kernels live in src/core. Long-lived; one chunk at a time.
 */
import * as Comlink from 'comlink';
import { runTaskChunk, type SimTask } from '../src/core/sim/sim-task.ts';
import { TaskCache } from '../src/core/sim/task-cache.ts';
import { transferList } from '../src/core/sim/transfer-list.ts';

const cache = new TaskCache();

export const simApi = {
  /**
   * Takes the Web Lock `name` and holds it until this worker ends, however it ends: the pool,
   * waiting for the same lock, learns of a worker that stopped without a word (SimPool, Lane).
   */
  watch(name: string): Promise<void> {
    return new Promise<void>((held) => {
      void navigator.locks.request(name, () => {
        held();
        return new Promise<never>(() => {});
      });
    });
  },
  /**
   * Replications [from, to) of `task` (null: the task last sent with `key`), their typed arrays
   * transferred rather than copied.
   */
  runTask(task: SimTask | null, key: number, from: number, to: number): object[] {
    const results = runTaskChunk(cache.resolve(task, key), from, to);
    return Comlink.transfer(results, transferList(results));
  },
};

export type SimApi = typeof simApi;

// `self` explicitly: Comlink's default endpoint is the global object, which differs under test runners.
Comlink.expose(simApi, self);
