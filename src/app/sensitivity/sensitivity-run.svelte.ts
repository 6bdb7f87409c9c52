/**
 * A tornado's runs: the base input and each input low and high, one after another on a worker
 * pool of its own (a pool serves one run at a time, so sharing the page's would cancel it).
 * Progress counts finished runs; cancel stops the one under way and keeps nothing half done.
 */
import { summarizeRecharge } from '../../core/recharge/summarize-recharge.ts';
import type { RechargeInput, RechargeReplication, RechargeResult } from '../../core/recharge/types.ts';
import { isCancel, messageOf } from '../state/ports-run-helpers.ts';
import { SimPool, type TaskJob } from '../workers/sim-pool.ts';
import { rechargeVariants, type RechargeVariant } from './recharge-sensitivity.ts';

export type SensitivityStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export type RunJob = (job: TaskJob<RechargeReplication, RechargeResult>, signal: AbortSignal) => Promise<RechargeResult>;

export interface SensitivityOutcomes {
  pct: number;
  replications: number;
  seed: string;
  base: RechargeResult;
  runs: { variant: RechargeVariant; low: RechargeResult; high: RechargeResult }[];
}

export class SensitivityRun {
  status = $state<SensitivityStatus>('idle');
  done = $state(0);
  total = $state(0);
  outcome = $state.raw<SensitivityOutcomes | null>(null);
  error = $state<string | null>(null);

  readonly #runJob: RunJob;
  #abort: AbortController | null = null;
  #runId = 0;

  constructor(runJob: RunJob) {
    this.#runJob = runJob;
  }

  get running(): boolean {
    return this.status === 'running';
  }

  /** Runs the base input and every variant with `replications` each; resolves however it ends. */
  async run(base: RechargeInput, pct: number, replications: number): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const id = ++this.#runId;
    const variants = rechargeVariants(base, pct);
    this.status = 'running';
    this.error = null;
    this.done = 0;
    this.total = 1 + 2 * variants.length;
    const one = async (input: RechargeInput) => {
      const hours = input.months * 730;
      const result = await this.#runJob(
        { task: { kind: 'recharge', input }, replications, summarize: (rs, ms) => summarizeRecharge(input, rs, ms), workOf: () => hours, partialEveryMs: Infinity },
        abort.signal,
      );
      if (id === this.#runId) this.done++;
      return result;
    };
    try {
      const baseResult = await one(base);
      const runs: SensitivityOutcomes['runs'] = [];
      for (const variant of variants) {
        abort.signal.throwIfAborted();
        runs.push({ variant, low: await one(variant.low), high: await one(variant.high) });
      }
      if (id !== this.#runId) return;
      this.outcome = { pct, replications, seed: base.seed, base: baseResult, runs };
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
    if (this.status === 'running') this.status = 'cancelled';
  }
}

let pool: SimPool | null = null;

/** The app's tornado; its pool starts on the first run and stays for the next. */
export const sensitivityRun = new SensitivityRun((job, signal) => {
  pool ??= new SimPool();
  return pool.runTask(job, () => {}, signal);
});
