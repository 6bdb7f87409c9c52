/**
 * Main-thread handle on the data worker. One long-lived worker; `restart()` replaces a crashed one.
 */
import * as Comlink from 'comlink';
import type { DataApi } from '../../../workers/data.worker.ts';

export type { DataApi, Outcome } from '../../../workers/data.worker.ts';

export class DataWorkerClient {
  #worker: Worker | null = null;
  #api: Comlink.Remote<DataApi> | null = null;
  /** Rejects when the current worker dies, so calls in flight end instead of waiting forever. */
  #dead: Promise<never> | null = null;
  /** Called when the worker dies outside a call (e.g. out of memory). */
  onCrash: ((message: string) => void) | null = null;

  get api(): Comlink.Remote<DataApi> {
    if (!this.#api) this.#start();
    return this.#api!;
  }

  #start(): void {
    const worker = new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module' });
    let died: (err: Error) => void = () => {};
    this.#dead = new Promise<never>((_, reject) => (died = reject));
    this.#dead.catch(() => {});
    worker.addEventListener('error', (e) => {
      const message = e.message || 'The data worker stopped unexpectedly.';
      died(new Error(message));
      this.restart();
      this.onCrash?.(message);
    });
    this.#worker = worker;
    this.#api = Comlink.wrap<DataApi>(worker);
  }

  /**
   * `call` (a promise from `api`), ending with an error if the worker dies first: Comlink's own
   * promise would never settle.
   * Example: await dataWorker.guard(dataWorker.api.fitModel(table, opts))
   */
  guard<T>(call: Promise<T>): Promise<T> {
    const dead = this.#dead;
    return dead ? Promise.race([call, dead]) : call;
  }

  /** Ends the worker (and any run in it) and starts a fresh one on next use. */
  restart(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }
}

export { Comlink };
