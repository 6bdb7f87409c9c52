/**
 * A tornado's runs, for any page: the plan's base input and each input low and high, one after
 * another on a worker pool of its own (a pool serves one run at a time, so sharing a page's would
 * cancel it). Progress counts finished runs; cancel stops the one under way and keeps nothing half
 * done. Each page's last finished tornado is kept, so choosing another output of it redraws at once.
 */
import { abortable, isCancel, messageOf } from '../state/ports-run-helpers.ts';
import { SimPool, type TaskJob } from '../workers/sim-pool.ts';
import { readings, type SensitivityOutcomes, type SensitivityPage, type SensitivityPlan } from './sensitivity-plan.ts';

/** preparing: the page's input is being built (a data set's model fitted); blocked: the page's inputs cannot run. */
export type SensitivityStatus = 'idle' | 'preparing' | 'running' | 'done' | 'failed' | 'cancelled' | 'blocked';

export type RunJob = <R, S>(job: TaskJob<R, S>, signal: AbortSignal) => Promise<S>;

/** A page's plan, or the page's own words on why it cannot run. */
export type Prepared<I, R, S> = SensitivityPlan<I, R, S> | { problem: string };

export class SensitivityRun {
  status = $state<SensitivityStatus>('idle');
  /** The page of the run under way, or of the last one. */
  page = $state<SensitivityPage | null>(null);
  done = $state(0);
  total = $state(0);
  outcomes = $state.raw<Partial<Record<SensitivityPage, SensitivityOutcomes>>>({});
  /** Why the last run failed, or why the page cannot run. */
  error = $state<string | null>(null);

  readonly #runJob: RunJob;
  #abort: AbortController | null = null;
  #runId = 0;

  constructor(runJob: RunJob) {
    this.#runJob = runJob;
  }

  get running(): boolean {
    return this.status === 'preparing' || this.status === 'running';
  }

  /**
   * Runs the plan `prepare` builds (it gets the run's signal): the base input and every variant,
   * `replications` each. Resolves however it ends; a newer run or a cancel drops this one.
   */
  async run<I, R, S>(page: SensitivityPage, prepare: (signal: AbortSignal) => Prepared<I, R, S> | Promise<Prepared<I, R, S>>, replications: number): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const id = ++this.#runId;
    this.page = page;
    this.status = 'preparing';
    this.error = null;
    this.done = 0;
    this.total = 0;
    try {
      const plan = await abortable(Promise.resolve().then(() => prepare(abort.signal)), abort.signal);
      if (id !== this.#runId) return;
      if ('problem' in plan) {
        this.status = 'blocked';
        this.error = plan.problem;
        return;
      }
      this.status = 'running';
      this.total = 1 + 2 * plan.variants.length;
      const one = async (input: I): Promise<S> => {
        abort.signal.throwIfAborted();
        // Only a finished run is read: partial summaries would be work for nothing.
        const result = await this.#runJob({ ...plan.job(input, replications), partialEveryMs: Infinity }, abort.signal);
        if (id === this.#runId) this.done++;
        return result;
      };
      const base = await one(plan.base);
      const runs: SensitivityOutcomes['runs'] = [];
      for (const v of plan.variants) {
        const low = await one(v.low);
        const high = await one(v.high);
        runs.push({ label: v.label, lowText: v.lowText, highText: v.highText, low: readings(plan.outputs, low, base), high: readings(plan.outputs, high, base) });
      }
      if (id !== this.#runId) return;
      const outcome: SensitivityOutcomes = { page, pct: plan.pct, replications, seed: plan.seed, base: readings(plan.outputs, base, base), runs };
      this.outcomes = { ...this.outcomes, [page]: outcome };
      this.status = 'done';
    } catch (err) {
      if (id !== this.#runId) return;
      if (isCancel(err, abort.signal)) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.error = `The sensitivity runs stopped: ${messageOf(err)}`;
      }
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
  }

  cancel(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#runId++;
    if (this.running) this.status = 'cancelled';
  }
}

let pool: SimPool | null = null;

/** The app's tornado; its pool starts on the first run and stays for the next. */
export const sensitivityRun = new SensitivityRun((job, signal) => {
  pool ??= new SimPool();
  return pool.runTask(job, () => {}, signal);
});
