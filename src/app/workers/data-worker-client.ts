/**
 * Main-thread handle on the data worker. One long-lived worker; `restart()` replaces a crashed one.
 */
import * as Comlink from 'comlink';
import type { DataApi } from '../../../workers/data.worker.ts';

export type { DataApi, Outcome } from '../../../workers/data.worker.ts';

export class DataWorkerClient {
  #worker: Worker | null = null;
  #api: Comlink.Remote<DataApi> | null = null;
  /** Called when the worker dies outside a call (e.g. out of memory). */
  onCrash: ((message: string) => void) | null = null;

  get api(): Comlink.Remote<DataApi> {
    if (!this.#api) this.#start();
    return this.#api!;
  }

  #start(): void {
    const worker = new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (e) => {
      this.restart();
      this.onCrash?.(e.message || 'The data worker stopped unexpectedly.');
    });
    this.#worker = worker;
    this.#api = Comlink.wrap<DataApi>(worker);
  }

  /** Ends the worker (and any run in it) and starts a fresh one on next use. */
  restart(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }
}

export { Comlink };
