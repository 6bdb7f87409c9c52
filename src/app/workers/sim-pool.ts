/**
 * A pool of long-lived simulation workers (workers/sim.worker.ts) on the main thread: sized to the
 * machine with one core left for the page, workers started on first use, chunks of replications
 * of any simulation scheduled by runChunks, so the same seed gives the same answer for any pool size.
 */
import * as Comlink from 'comlink';
import type { SimApi } from '../../../workers/sim.worker.ts';
import { runChunked, type SimProgress } from '../../core/ports/run-chunked.ts';
import type { PortsResult, ReplicationResult, SimulationOptions, TrafficModel } from '../../core/ports/types.ts';
import { LatestRun } from '../../core/sim/latest-run.ts';
import { runChunks, type ChunksProgress } from '../../core/sim/run-chunks.ts';
import { WorkerCrashError } from '../../core/sim/sim-errors.ts';
import type { SimTask, TaskJob } from '../../core/sim/sim-task.ts';

export { SimCancelledError, SimFailedError, type SimProgress } from '../../core/ports/run-chunked.ts';
export type { ChunksProgress } from '../../core/sim/run-chunks.ts';

export type { TaskJob } from '../../core/sim/sim-task.ts';

export interface SimJob {
  model: TrafficModel;
  opts: SimulationOptions;
  replications: number;
  /** Least time between partial summaries in progress reports, ms (default 250; Infinity for none). */
  partialEveryMs?: number;
}

export interface SimPoolOptions {
  /** Workers; default one per core but one (at least one). */
  size?: number;
  /** Makes one worker; tests inject their own. */
  createWorker?: () => Worker;
  /** Told when a worker dies and is replaced (the run carries on). */
  onWorkerCrash?: (message: string) => void;
}

/** A partial summary runs in a task of its own, after the one that took the chunk in (no long task). */
const nextTask = (f: () => void): void => void setTimeout(f, 0);

function defaultWorker(): Worker {
  return new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
}

/** One worker and its Comlink handle; `dead` rejects when the worker crashes. */
class Lane {
  readonly api: Comlink.Remote<SimApi>;
  readonly dead: Promise<never>;

  constructor(
    readonly worker: Worker,
    onCrash: (lane: Lane, message: string) => void,
  ) {
    this.api = Comlink.wrap<SimApi>(worker);
    this.dead = new Promise<never>((_, reject) => {
      let crashed = false;
      const crash = (message: string) => {
        if (crashed) return;
        crashed = true;
        reject(new WorkerCrashError(message));
        onCrash(this, message);
      };
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault?.();
        crash(e.message ? `a simulation worker crashed: ${e.message}` : 'a simulation worker stopped unexpectedly');
      });
      worker.addEventListener('messageerror', () => crash('a simulation worker sent a message that could not be read'));
      this.#watched = this.#watchForExit(() => crash('a simulation worker stopped unexpectedly'));
    });
    // A crash with no chunk in flight is reported through onCrash only.
    this.dead.catch(() => {});
  }

  #ended = false;
  /** Settles once the worker holds its lock: chunks wait for it, so none can die unwatched. */
  #watched: Promise<unknown> = Promise.resolve();

  /**
   * A worker that ends itself (self.close(), or the browser stopping it) fires no event on its
   * Worker, and its chunk would never answer. So each worker holds a Web Lock of its own for life;
   * the lock is freed when its context goes, and the request queued for it here is then granted.
   */
  #watchForExit(onExit: () => void): Promise<unknown> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || typeof crypto === 'undefined' || !crypto.randomUUID) return Promise.resolve();
    // Unique across tabs: lock names are shared by the whole origin.
    const name = `headroom-sim-worker-${crypto.randomUUID()}`;
    return this.api.watch(name).then(
      () => { void locks.request(name, () => { if (!this.#ended) onExit(); }); },
      () => {},
    );
  }

  /** Ends the worker on purpose: its freed lock is then no crash. */
  end(): void {
    this.#ended = true;
    this.worker.terminate();
  }

  /** Key of the task this worker holds a copy of (TaskCache), -1 for none. */
  heldKey = -1;

  run(task: SimTask, key: number, from: number, to: number): Promise<object[]> {
    const send = this.heldKey === key ? null : task;
    this.heldKey = key;
    const reply = this.#watched.then(() => this.api.runTask(send, key, from, to));
    // A failed chunk is retried with the task attached, in case the worker lost its copy.
    reply.catch(() => { if (this.heldKey === key) this.heldKey = -1; });
    return Promise.race([reply, this.dead]);
  }
}

export class SimPool {
  readonly size: number;
  onWorkerCrash: ((message: string) => void) | undefined;
  readonly #createWorker: () => Worker;
  #lanes: (Lane | null)[];
  readonly #latest = new LatestRun();
  /** Each run's task key: workers keep the last task and get only its key with later chunks. */
  #nextKey = 0;

  constructor(opts: SimPoolOptions = {}) {
    const cores = (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2;
    const size = opts.size ?? Math.max(1, cores - 1);
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`SimPool: size must be a whole number ≥ 1, got ${size}`);
    this.size = size;
    this.#createWorker = opts.createWorker ?? defaultWorker;
    this.onWorkerCrash = opts.onWorkerCrash;
    this.#lanes = Array.from({ length: size }, () => null);
  }

  /** Workers started so far (they start on first use and after a crash). */
  get started(): number {
    return this.#lanes.filter((l) => l !== null).length;
  }

  /**
   * Runs `job.replications` replications and summarises them. A new run cancels the one before it.
   * Rejects with SimCancelledError when `signal` aborts (the workers stay for the next run) and
   * with SimFailedError when a chunk fails twice.
   */
  run(job: SimJob, onProgress: (p: SimProgress) => void, signal?: AbortSignal): Promise<PortsResult> {
    const run = this.#latest.begin(signal);
    const task: SimTask = { kind: 'ports', model: job.model, opts: job.opts };
    const key = this.#nextKey++;
    return runChunked({
      ...job,
      lanes: this.size,
      runChunk: (lane, from, to) => this.#lane(lane).run(task, key, from, to) as Promise<ReplicationResult[]>,
      onProgress,
      signal: run.signal,
      deferSummary: nextTask,
    }).finally(run.release);
  }

  /**
   * Runs any simulation task (recharge, storage, contracts…) the same way: a new run cancels the
   * one before it; SimCancelledError when `signal` aborts, SimFailedError when a chunk fails twice.
   */
  runTask<R, S>(job: TaskJob<R, S>, onProgress: (p: ChunksProgress<S>) => void, signal?: AbortSignal): Promise<S> {
    const run = this.#latest.begin(signal);
    const key = this.#nextKey++;
    return runChunks<R, S>({
      replications: job.replications,
      lanes: this.size,
      runChunk: (lane, from, to) => this.#lane(lane).run(job.task, key, from, to) as Promise<R[]>,
      summarize: job.summarize,
      workOf: job.workOf,
      partialEveryMs: job.partialEveryMs,
      onProgress,
      signal: run.signal,
      deferSummary: nextTask,
    }).finally(run.release);
  }

  /** Cancels any run and ends every worker; the pool starts fresh ones if used again. */
  dispose(): void {
    this.#latest.abort();
    for (const lane of this.#lanes) lane?.end();
    this.#lanes = this.#lanes.map(() => null);
  }

  #lane(index: number): Lane {
    let lane = this.#lanes[index];
    if (!lane) {
      lane = new Lane(this.#createWorker(), (dead, message) => this.#crashed(dead, message));
      this.#lanes[index] = lane;
    }
    return lane;
  }

  #crashed(lane: Lane, message: string): void {
    lane.end();
    const index = this.#lanes.indexOf(lane);
    if (index >= 0) this.#lanes[index] = null;
    this.onWorkerCrash?.(message);
  }
}
