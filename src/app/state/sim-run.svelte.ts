/**
 * One page's Monte Carlo run on its own worker pool (recharge, storage, contracts…): status,
 * progress, the estimate so far, the result, and the failures worded for people. A new run drops
 * the one before it (a run id keeps its late answers off the screen); cancel keeps the pool.
 */
import type { ChunksProgress, TaskJob } from '../workers/sim-pool.ts';
import { abortable, isCancel, messageOf } from './ports-run-helpers.ts';

export type RunStatus = 'idle' | 'preparing' | 'running' | 'done' | 'failed' | 'cancelled';

/** What a run needs of the pool (the real SimPool, or a fake in tests). */
export interface TaskPoolLike {
  onWorkerCrash: ((message: string) => void) | undefined;
  runTask<R, S>(job: TaskJob<R, S>, onProgress: (p: ChunksProgress<S>) => void, signal?: AbortSignal): Promise<S>;
}

/** Progress reaches the screen at most this often; the final report always does. */
const PROGRESS_EVERY_MS = 100;

export class SimRun<S> {
  status = $state<RunStatus>('idle');
  progress = $state.raw<ChunksProgress<S> | null>(null);
  /** The final answer of the latest finished run (kept while a new one runs). */
  result = $state.raw<S | null>(null);
  /** The estimate so far of the run in progress, or of a cancelled one. */
  partial = $state.raw<S | null>(null);
  error = $state<string | null>(null);
  crashes = $state.raw<string[]>([]);

  readonly #createPool: () => TaskPoolLike;
  #pool: TaskPoolLike | null = null;
  #runId = 0;
  #abort: AbortController | null = null;
  #lastProgressMs = -Infinity;
  /** An estimate waiting for its own task (see #showLater). */
  #pendingPartial: S | null = null;
  #partialTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(createPool: () => TaskPoolLike) {
    this.#createPool = createPool;
  }

  get running(): boolean {
    return this.status === 'preparing' || this.status === 'running';
  }

  /**
   * The latest numbers to show: the estimate so far while running, after a cancel or after a
   * failure (a half-finished run's numbers, labelled as such, beat the previous run's unlabelled);
   * else the last finished result.
   */
  get shown(): S | null {
    return (this.running || this.status === 'cancelled' || this.status === 'failed') && this.partial ? this.partial : this.result;
  }

  /** Whether `shown` is an unfinished run's estimate, which the page must say. */
  get shownIsPartial(): boolean {
    return this.partial !== null && this.shown === this.partial;
  }

  /**
   * Runs the job `prepare` builds (it may ask a worker for the data first; it gets the run's
   * signal). Resolves when the run has ended, however it ended.
   */
  async run<R>(prepare: (signal: AbortSignal) => TaskJob<R, S> | Promise<TaskJob<R, S>>): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const run = ++this.#runId;
    this.status = 'preparing';
    this.error = null;
    this.crashes = [];
    this.#dropPending();
    this.partial = null;
    this.progress = null;
    this.#lastProgressMs = -Infinity;
    try {
      const job = await abortable(Promise.resolve().then(() => prepare(abort.signal)), abort.signal);
      if (run !== this.#runId) return;
      this.status = 'running';
      this.progress = { done: 0, total: job.replications, work: 0, elapsedMs: 0, workPerSecond: 0, partial: null };
      const result = await this.#poolP().runTask(job, (p) => this.#onProgress(run, p), abort.signal);
      if (run !== this.#runId) return;
      this.#dropPending();
      this.result = result;
      this.partial = null;
      this.status = 'done';
    } catch (err) {
      if (run !== this.#runId) return;
      this.#showPendingNow();
      if (isCancel(err, abort.signal)) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        // The pool's own failures are already worded for people.
        this.error = err instanceof Error && err.name === 'SimFailedError' ? err.message : `The simulation stopped: ${messageOf(err)}`;
      }
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
  }

  /** Stops the run; the estimate so far stays on show, marked as cancelled. */
  cancel(): void {
    if (!this.#abort) return;
    this.#showPendingNow();
    this.#abort.abort();
    this.#abort = null;
    this.#runId++;
    this.status = 'cancelled';
  }

  #onProgress(run: number, p: ChunksProgress<S>): void {
    if (run !== this.#runId) return;
    if (p.partial) this.#showLater(p.partial);
    const t = performance.now();
    if (p.done === p.total || t - this.#lastProgressMs >= PROGRESS_EVERY_MS) {
      this.#lastProgressMs = t;
      this.progress = p;
    }
  }

  /**
   * A new estimate reaches the page in the task after the one that summarised it: summarising and
   * redrawing the results are then two tasks, not one long one. Only the latest waits.
   */
  #showLater(partial: S): void {
    this.#pendingPartial = partial;
    this.#partialTimer ??= setTimeout(() => this.#showPendingNow(), 0);
  }

  /** Shows the estimate that is waiting, if any (a run that stops keeps its latest on show). */
  #showPendingNow(): void {
    const pending = this.#pendingPartial;
    this.#dropPending();
    if (pending !== null) this.partial = pending;
  }

  #dropPending(): void {
    clearTimeout(this.#partialTimer);
    this.#partialTimer = undefined;
    this.#pendingPartial = null;
  }

  #poolP(): TaskPoolLike {
    if (!this.#pool) {
      this.#pool = this.#createPool();
      this.#pool.onWorkerCrash = (message) => {
        if (this.running) this.crashes = [...this.crashes, message];
      };
    }
    return this.#pool;
  }
}
