import type { SimTask } from './sim-task.ts';

/**
 * A worker's copy of the task it last ran, so a run's later chunks need not carry (and clone) a
 * large model again: the pool sends the task with a run's first chunk to each worker and only
 * its key after that. A worker that was replaced mid-run has no copy and says so; the pool then
 * resends the task with the retried chunk.
 */
export class TaskCache {
  #key = -1;
  #task: SimTask | null = null;

  /** The task for `key`: `task` when given (and kept), else the kept one. */
  resolve(task: SimTask | null, key: number): SimTask {
    if (task) {
      this.#key = key;
      this.#task = task;
      return task;
    }
    if (this.#key !== key || !this.#task) throw new Error(`this worker has no copy of task ${key}`);
    return this.#task;
  }
}
