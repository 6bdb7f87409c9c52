/**
 * The CLI's simulation pool: worker_threads running src/cli/sim-thread.ts, scheduled by the same
 * runChunked as the browser's SimPool, so both give the same numbers for the same seed.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { runChunked, type SimProgress } from '../core/ports/run-chunked.ts';
import type { PortsResult, ReplicationResult, SimulationOptions, TrafficModel } from '../core/ports/types.ts';
import { LatestRun } from '../core/sim/latest-run.ts';
import { runChunks, type ChunksProgress } from '../core/sim/run-chunks.ts';
import { WorkerCrashError } from '../core/sim/sim-errors.ts';
import type { SimTask, TaskJob } from '../core/sim/sim-task.ts';

export { SimCancelledError, SimFailedError, type SimProgress } from '../core/ports/run-chunked.ts';

export interface ChunkRequest {
  id: number;
  /** The task, or null when this thread already holds task `key` (TaskCache). */
  task: SimTask | null;
  key: number;
  from: number;
  to: number;
}

export type ChunkReply = { id: number; ok: true; results: object[] } | { id: number; ok: false; message: string };

/** A run of any simulation task on the threads (the same job as the browser's pool runs). */
export type NodeTaskJob<R, S> = TaskJob<R, S>;

export interface NodeSimJob {
  model: TrafficModel;
  opts: SimulationOptions;
  replications: number;
  /** Least time between partial summaries in progress reports, ms (default 250; Infinity for none). */
  partialEveryMs?: number;
}

/**
 * Node 20 does not carry tsx's module hooks into worker threads, and registering tsx inside each
 * thread then compiling every module there took 0.45–0.53 s per thread. Instead the thread entry
 * and everything it imports are bundled once per process by esbuild (the compiler tsx itself
 * uses), about 0.15 s, and each thread evaluates that one script in about 60 ms.
 */
const THREAD_ENTRY = new URL('./sim-thread.ts', import.meta.url);
let threadScript: string | null = null;

function threadSource(): string {
  threadScript ??= buildSync({
    entryPoints: [fileURLToPath(THREAD_ENTRY)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return threadScript;
}

/** One thread; its pending chunks reject with WorkerCrashError when it dies. */
class Lane {
  readonly worker: Worker;
  #nextId = 0;
  #pending = new Map<number, { resolve: (r: object[]) => void; reject: (e: Error) => void }>();
  /** Key of the task this thread holds a copy of, -1 for none. */
  #heldKey = -1;
  #dead = false;

  constructor(onCrash: (lane: Lane, message: string) => void) {
    this.worker = new Worker(threadSource(), { eval: true });
    this.worker.unref();
    const crash = (message: string) => {
      if (this.#dead) return;
      this.#dead = true;
      const err = new WorkerCrashError(message);
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
      onCrash(this, message);
    };
    this.worker.on('message', (reply: ChunkReply) => {
      const p = this.#pending.get(reply.id);
      if (!p) return;
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) this.worker.unref();
      if (reply.ok) p.resolve(reply.results);
      else p.reject(new Error(reply.message));
    });
    this.worker.on('error', (err) => crash(`a simulation thread crashed: ${err.message}`));
    this.worker.on('messageerror', () => crash('a simulation thread sent a message that could not be read'));
    this.worker.on('exit', (code) => crash(`a simulation thread exited (code ${code})`));
  }

  run(task: SimTask, key: number, from: number, to: number): Promise<object[]> {
    if (this.#dead) return Promise.reject(new WorkerCrashError('a simulation thread has stopped'));
    const id = this.#nextId++;
    const send = this.#heldKey === key ? null : task;
    this.#heldKey = key;
    const reply = new Promise<object[]>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.worker.ref();
      const request: ChunkRequest = { id, task: send, key, from, to };
      this.worker.postMessage(request);
    });
    // A failed chunk is retried with the task attached, in case the thread lost its copy.
    reply.catch(() => { if (this.#heldKey === key) this.#heldKey = -1; });
    return reply;
  }
}

/** The CLI's pool; call dispose() when done (idle threads do not keep the process alive). */
export class NodeSimPool {
  readonly size: number;
  onWorkerCrash: ((message: string) => void) | undefined;
  #lanes: (Lane | null)[];
  readonly #latest = new LatestRun();
  #nextKey = 0;

  constructor(opts: { size?: number; onWorkerCrash?: (message: string) => void } = {}) {
    const size = opts.size ?? availableParallelism();
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`NodeSimPool: size must be a whole number ≥ 1, got ${size}`);
    this.size = size;
    this.onWorkerCrash = opts.onWorkerCrash;
    this.#lanes = Array.from({ length: size }, () => null);
  }

  /** Same contract as SimPool.run: a new run cancels the previous one. */
  run(job: NodeSimJob, onProgress?: (p: SimProgress) => void, signal?: AbortSignal): Promise<PortsResult> {
    const run = this.#latest.begin(signal);
    const task: SimTask = { kind: 'ports', model: job.model, opts: job.opts };
    const key = this.#nextKey++;
    return runChunked({
      ...job,
      lanes: this.size,
      runChunk: (lane, from, to) => this.#lane(lane).run(task, key, from, to) as Promise<ReplicationResult[]>,
      onProgress,
      signal: run.signal,
    }).finally(run.release);
  }

  /** Any simulation task on the threads; same contract as SimPool.runTask. */
  runTask<R, S>(job: NodeTaskJob<R, S>, onProgress?: (p: ChunksProgress<S>) => void, signal?: AbortSignal): Promise<S> {
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
    }).finally(run.release);
  }

  /** Cancels any run and ends every thread. */
  async dispose(): Promise<void> {
    this.#latest.abort();
    const lanes = this.#lanes.filter((l): l is Lane => l !== null);
    this.#lanes = this.#lanes.map(() => null);
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }

  #lane(index: number): Lane {
    let lane = this.#lanes[index];
    if (!lane) {
      lane = new Lane((dead, message) => this.#crashed(dead, message));
      this.#lanes[index] = lane;
    }
    return lane;
  }

  #crashed(lane: Lane, message: string): void {
    const index = this.#lanes.indexOf(lane);
    if (index < 0) return; // disposed on purpose
    this.#lanes[index] = null;
    void lane.worker.terminate();
    this.onWorkerCrash?.(message);
  }
}
