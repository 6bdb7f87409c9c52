/**
 * A pool of long-lived simulation workers (workers/sim.worker.ts) on the main thread: sized to the
 * machine with one core left for the page, workers started on first use, chunks of replications
 * scheduled by runChunked, so the same seed gives the same PortsResult for any pool size.
 */
import * as Comlink from 'comlink';
import type { SimApi } from '../../../workers/sim.worker.ts';
import { LatestRun, runChunked, WorkerCrashError, type SimProgress } from '../../core/ports/run-chunked.ts';
import type { PortsResult, ReplicationResult, SimulationOptions, TrafficModel } from '../../core/ports/types.ts';

export { SimCancelledError, SimFailedError, type SimProgress } from '../../core/ports/run-chunked.ts';

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
    });
    // A crash with no chunk in flight is reported through onCrash only.
    this.dead.catch(() => {});
  }

  run(model: TrafficModel, opts: SimulationOptions, from: number, to: number): Promise<ReplicationResult[]> {
    return Promise.race([this.api.runChunk(model, opts, from, to), this.dead]);
  }
}

export class SimPool {
  readonly size: number;
  onWorkerCrash: ((message: string) => void) | undefined;
  readonly #createWorker: () => Worker;
  #lanes: (Lane | null)[];
  readonly #latest = new LatestRun();

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
    return runChunked({
      ...job,
      lanes: this.size,
      runChunk: (lane, from, to) => this.#lane(lane).run(job.model, job.opts, from, to),
      onProgress,
      signal: run.signal,
    }).finally(run.release);
  }

  /** Cancels any run and ends every worker; the pool starts fresh ones if used again. */
  dispose(): void {
    this.#latest.abort();
    for (const lane of this.#lanes) lane?.worker.terminate();
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
    lane.worker.terminate();
    const index = this.#lanes.indexOf(lane);
    if (index >= 0) this.#lanes[index] = null;
    this.onWorkerCrash?.(message);
  }
}
