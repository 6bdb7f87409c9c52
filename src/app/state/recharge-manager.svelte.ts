/**
 * The Recharge page's state: the form (remembered), the data set's daily usage (computed in the
 * data worker), the rule it gives in plain words, the backtest of the real month, and two runs in
 * the worker pool: the balance simulation and the tuner.
 */
import type { ActivityKind, CallTable } from '../../core/ingest/types.ts';
import { backtestRecharge, type Backtest } from '../../core/recharge/backtest-recharge.ts';
import { usageOptions } from '../../core/recharge/defaults.ts';
import { fitParametricUsage } from '../../core/recharge/fit-parametric-usage.ts';
import { lastCompleteMonth } from '../../core/recharge/last-complete-month.ts';
import { monthShift } from '../../core/recharge/month-shift.ts';
import { parametricDailyUsage } from '../../core/recharge/parametric-daily-usage.ts';
import { rechargeInput } from '../../core/recharge/recharge-input.ts';
import { rechargeSentence } from '../../core/recharge/recharge-sentence.ts';
import { ruleFromUsage } from '../../core/recharge/rule-from-usage.ts';
import { summarizeRecharge } from '../../core/recharge/summarize-recharge.ts';
import { summarizeTuner } from '../../core/recharge/summarize-tuner.ts';
import { tunerInput } from '../../core/recharge/tuner-input.ts';
import { usageModel } from '../../core/recharge/usage-model.ts';
import type { DailyUsage, RechargeInput, RechargeReplication, RechargeResult, RechargeRule, TunerReplication, TunerResult, UsageModel, UsageOptions } from '../../core/recharge/types.ts';
import type { DataSet } from '../persistence/types.ts';
import type { TaskJob } from '../workers/sim-pool.ts';
import { SimPool } from '../workers/sim-pool.ts';
import { dataManager, dataWorker } from './data-manager.svelte.ts';
import { PageInputs, type PageStore } from './page-inputs.svelte.ts';
import { messageOf } from './ports-run-helpers.ts';
import { defaultRechargeInputs, rechargeProblems, restoreRechargeInputs, type RechargeInputs } from './recharge-inputs.ts';
import { SimRun, type TaskPoolLike } from './sim-run.svelte.ts';

export interface RechargeDataSource {
  readonly active: DataSet | null;
  readonly timeZone: string;
  readonly phase: string;
}

export interface RechargeManagerDeps {
  data: RechargeDataSource;
  createPool: () => TaskPoolLike;
  usageByDay: (table: CallTable, opts: UsageOptions, timeZone: string) => Promise<DailyUsage>;
  openStore?: () => Promise<PageStore>;
  /** Today, for the month a scenario without data starts from. */
  now?: () => number;
}

export type UsageStatus = 'none' | 'loading' | 'ready' | 'failed';

export class RechargeManager {
  readonly form: PageInputs<'rechargeInputs', RechargeInputs>;
  readonly sim: SimRun<RechargeResult>;
  readonly tuner: SimRun<TunerResult>;
  /** The data set's usage per day, for the current rate, increment and kinds. */
  usage = $state.raw<DailyUsage | null>(null);
  usageStatus = $state<UsageStatus>('none');
  usageError = $state<string | null>(null);

  readonly #deps: RechargeManagerDeps;
  #usageKey = '';
  #usageP: Promise<DailyUsage> | null = null;

  constructor(deps: RechargeManagerDeps) {
    this.#deps = deps;
    this.form = new PageInputs('rechargeInputs', defaultRechargeInputs, restoreRechargeInputs, deps.openStore);
    this.sim = new SimRun<RechargeResult>(deps.createPool);
    this.tuner = new SimRun<TunerResult>(deps.createPool);
  }

  get inputs(): RechargeInputs {
    return this.form.inputs;
  }

  get data(): RechargeDataSource {
    return this.#deps.data;
  }

  get hasData(): boolean {
    return this.data.active !== null;
  }

  get problems(): Partial<Record<keyof RechargeInputs, string>> {
    return rechargeProblems(this.inputs);
  }

  /** The usage the rule and the simulation read: the data set's, or the scenario's expected month. */
  get shownUsage(): DailyUsage | null {
    return this.inputs.source === 'data' ? this.usage : this.#parametricUsage();
  }

  /** Months the rule can come from (those the usage touches), newest first. */
  get months(): string[] {
    const u = this.shownUsage;
    if (!u || u.days === 0) return [];
    const first = u.firstDate.slice(0, 7);
    const last = new Date(Date.parse(u.firstDate) + (u.days - 1) * 86_400_000).toISOString().slice(0, 7);
    const out: string[] = [];
    for (let m = last; m >= first; m = monthShift(m, -1)) out.push(m);
    return out;
  }

  /** The rule from the chosen month, or why there is none. */
  get rule(): { rule: RechargeRule; sentence: string } | { error: string } | null {
    const u = this.shownUsage;
    if (!u) return null;
    try {
      const rule = ruleFromUsage(u, this.#ruleMonth(u) ? { month: this.#ruleMonth(u)! } : {});
      return { rule, sentence: rechargeSentence(rule) };
    } catch (err) {
      return { error: messageOf(err) };
    }
  }

  /** The rule's month replayed hour by hour. */
  get backtest(): Backtest | null {
    const u = this.shownUsage;
    const r = this.rule;
    if (!u || !r || 'error' in r) return null;
    try {
      return backtestRecharge(u, r.rule, this.inputs.startBalanceCents);
    } catch {
      return null;
    }
  }

  get canRun(): boolean {
    return Object.keys(this.problems).length === 0 && (this.inputs.source === 'parametric' || this.hasData);
  }

  /** Why the run button is off, in words; null when it is on. */
  get blocked(): string | null {
    if (this.inputs.source === 'data' && !this.hasData) return 'Load a data set on the Data page, or use a scenario.';
    return Object.values(this.problems)[0] ?? null;
  }

  init(): Promise<void> {
    return this.form.init();
  }

  update(patch: Partial<RechargeInputs>): Promise<void> {
    return this.form.update(patch);
  }

  /** Computes the data set's usage for the current choices (once per data set and choice). */
  async loadUsage(): Promise<void> {
    if (this.inputs.source !== 'data' || !this.data.active) {
      this.usage = null;
      this.usageStatus = 'none';
      return;
    }
    const key = this.#key();
    if (key === this.#usageKey && this.usageStatus !== 'failed') return;
    this.usageStatus = 'loading';
    this.usageError = null;
    try {
      const usage = await this.#usage();
      if (key !== this.#key()) return;
      this.usage = usage;
      this.usageStatus = 'ready';
    } catch (err) {
      if (key !== this.#key()) return;
      this.usageStatus = 'failed';
      this.usageError = `The usage could not be read: ${messageOf(err)}`;
    }
  }

  /** The balance simulation over the horizon. */
  run(): Promise<void> {
    return this.sim.run<RechargeReplication>(async () => {
      const input = await this.#simInput();
      const hours = input.months * 730;
      const job: TaskJob<RechargeReplication, RechargeResult> = {
        task: { kind: 'recharge', input },
        replications: this.inputs.replications,
        summarize: (rs, ms) => summarizeRecharge(input, rs, ms),
        workOf: () => hours,
      };
      return job;
    });
  }

  /** The grid of recharge days × threshold days. */
  runTuner(): Promise<void> {
    return this.tuner.run<TunerReplication>(async () => {
      const sim = await this.#simInput();
      const input = tunerInput(sim, { targetPZero: this.inputs.targetPZeroPct / 100 });
      const hours = sim.months * 730 * input.rechargeDays.length * input.thresholdDays.length;
      const job: TaskJob<TunerReplication, TunerResult> = {
        task: { kind: 'recharge-tuner', input },
        replications: this.inputs.tunerReplications,
        summarize: (rs, ms) => summarizeTuner(input, rs, ms),
        workOf: () => hours,
      };
      return job;
    });
  }

  #ruleMonth(u: DailyUsage): string | null {
    if (this.inputs.source === 'parametric') return u.firstDate.slice(0, 7);
    return this.inputs.month ?? lastCompleteMonth(u);
  }

  #parametricModel(): Extract<UsageModel, { kind: 'parametric' }> {
    const p = this.inputs.parametric;
    return { kind: 'parametric', dailyMeanCents: p.dailyMeanCents, dailyCv: p.dailyCvPct / 100, weekdayFactors: p.weekdayFactors, hourProfile: p.hourProfile };
  }

  /** A scenario's "last month": the calendar month before today's. */
  #parametricUsage(): DailyUsage {
    const today = new Date(this.#deps.now?.() ?? Date.now()).toISOString().slice(0, 7);
    return parametricDailyUsage(this.#parametricModel(), monthShift(today, -1), this.data.timeZone);
  }

  #key(): string {
    const i = this.inputs;
    return JSON.stringify([this.data.active?.id ?? null, i.rateCentsPerMin, i.incrementSec, [...i.minuteKinds].sort(), this.data.active?.mapping.typeLabels ?? null]);
  }

  #usage(): Promise<DailyUsage> {
    const key = this.#key();
    const active = this.data.active;
    if (!active) return Promise.reject(new Error('No data set is loaded.'));
    if (key !== this.#usageKey || !this.#usageP) {
      this.#usageKey = key;
      const opts = usageOptions({ rateCentsPerMin: this.inputs.rateCentsPerMin, incrementSec: this.inputs.incrementSec, kinds: this.inputs.minuteKinds as readonly ActivityKind[] });
      const p = this.#deps.usageByDay(active.table, opts, active.mapping.timeZone);
      // A failed read may succeed on retry (after a worker crash): do not keep the failure.
      p.catch(() => { if (this.#usageP === p) this.#usageP = null; });
      this.#usageP = p;
    }
    return this.#usageP;
  }

  async #simInput(): Promise<RechargeInput> {
    const i = this.inputs;
    const usage = i.source === 'data' ? await this.#usage() : this.#parametricUsage();
    const month = this.#ruleMonth(usage);
    const rule = ruleFromUsage(usage, month ? { month } : {});
    const model: UsageModel = i.source === 'parametric' ? this.#parametricModel() : i.usageModel === 'parametric' ? fitParametricUsage(usage) : usageModel(usage);
    return rechargeInput(rule, model, {
      months: i.months,
      growthPct: i.growthPct,
      startBalanceCents: i.startBalanceCents,
      declineProbability: i.declinePct / 100,
      declineRetryHours: i.declineRetryHours,
      creditDelayHours: i.creditDelayHours,
      seed: i.seed,
    });
  }
}

/** The app's Recharge page state; its worker pool starts on the first run. */
export const rechargeManager = new RechargeManager({
  data: dataManager,
  createPool: () => new SimPool(),
  usageByDay: (table, opts, timeZone) => dataWorker.guard(dataWorker.api.usageByDay(table, opts, timeZone)),
});
