/**
 * The Ports page's state: the form (kept between visits), the traffic model behind it, and the
 * simulation run in the worker pool with its progress, partial estimate and result. Every run
 * carries an id, so a result that a newer run or a cancel has overtaken is dropped. The traffic
 * comes from the active data set, from a scenario described by hand, or from the model that came
 * with an opened scenario (shared: fitted in another browser, without the call records).
 */
import type { ActivityKind, CallTable } from '../../core/ingest/types.ts';
import { defaultPortRange } from '../../core/ports/default-port-range.ts';
import { parametricModel } from '../../core/ports/parametric-model.ts';
import { recommendPorts } from '../../core/ports/recommend-ports.ts';
import type { PortsResult, SimulationOptions, TrafficModel } from '../../core/ports/types.ts';
import type { ObservedSummary } from '../../core/traffic/types.ts';
import { readSharedTrafficModel } from '../../core/workbench/shared-traffic-model-schema.ts';
import { compactTrafficModel, expandTrafficModel, type SharedTrafficModel } from '../../core/workbench/shared-traffic-model.ts';
import { hourOfWeekRow } from '../charts/ports/blocking-heatmap-data.ts';
import { openDataStore, type DataStore } from '../persistence/data-store.ts';
import type { DataSet } from '../persistence/types.ts';
import { SimPool, type SimProgress } from '../workers/sim-pool.ts';
import { dataManager, dataWorker } from './data-manager.svelte.ts';
import { defaultInputs, inputProblems, restoreInputs, whatIfOf, type PortsInputs } from './ports-inputs.ts';
import { abortable, isCancel, lastEndMs, messageOf, simulatedMonth } from './ports-run-helpers.ts';
import { compareWithErlangB, selfCheckJob, type SelfCheckOutcome } from './ports-self-check.ts';

export interface FitOptions {
  timeZone: string;
  portKinds: ActivityKind[];
  holding: 'empirical' | 'lognormal';
  arrivals: 'poisson' | 'days';
  source?: string;
}

/** What the manager needs of the worker pool (the real SimPool, or a fake in tests). */
export interface SimPoolLike {
  readonly size: number;
  run(job: { model: TrafficModel; opts: SimulationOptions; replications: number }, onProgress: (p: SimProgress) => void, signal?: AbortSignal): Promise<PortsResult>;
  onWorkerCrash?: (message: string) => void;
}

/** The Data page's state, read only: the active data set and the kinds it counts as port-holding. */
export interface PortsDataSource {
  readonly active: DataSet | null;
  readonly summary: ObservedSummary | null;
  readonly portKinds: ActivityKind[];
  /** Zone for a scenario without data (the one proposed for imports). */
  readonly timeZone: string;
  /** 'starting' while stored data is being opened. */
  readonly phase: string;
}

export interface PortsManagerDeps {
  data: PortsDataSource;
  createPool: () => SimPoolLike;
  /** Fits a data set's traffic model off the main thread. */
  fitModel: (table: CallTable, opts: FitOptions) => Promise<TrafficModel>;
  openStore: () => Promise<Pick<DataStore, 'getPageSetting' | 'setPageSetting'>>;
  now?: () => number;
  /** Shortest time between two partial estimates shown while a run goes on. */
  partialIntervalMs?: number;
}

/**
 * idle: nothing run yet; fitting: the data set's model is being fitted; running: replications
 * under way; done, cancelled, failed: how the last run ended.
 */
/** What a run simulates (PortsManager.runInput). */
export interface PortsRunInput {
  model: TrafficModel;
  opts: SimulationOptions;
  timeZone: string;
  horizonLabel: string;
  /** The port range is the default one (from the model and the observed peak), not the form's. */
  rangeIsDefault: boolean;
  /** The observed peak of port-holding calls, when the Data page measured it for the page's kinds. */
  observedPeak?: number;
}

export type RunStatus = 'idle' | 'fitting' | 'running' | 'done' | 'cancelled' | 'failed';

/** What the shown numbers were computed from. */
export interface RunInfo {
  source: string;
  horizonLabel: string;
  portsLo: number;
  portsHi: number;
  rangeIsDefault: boolean;
  replications: number;
  seed: string;
  timeZone: string;
  /** The inputs that shape the simulation, to tell when the shown numbers are out of date. */
  key: string;
}

export interface SelfCheckState {
  status: 'idle' | 'running' | 'done' | 'failed';
  outcome: SelfCheckOutcome | null;
  result: PortsResult | null;
  error: string | null;
}

export class PortsManager {
  inputs = $state.raw<PortsInputs>(defaultInputs());
  /** The stored inputs have been read (or could not be). */
  ready = $state(false);
  status = $state<RunStatus>('idle');
  progress = $state.raw<SimProgress | null>(null);
  /** The estimate so far while a run goes on (and what a cancelled run got to). */
  partial = $state.raw<PortsResult | null>(null);
  result = $state.raw<PortsResult | null>(null);
  /**
   * The numbers on show: the last run's result or estimate so far. A new run keeps the previous
   * numbers on show until its first estimate arrives, so the page does not blank and redraw.
   */
  shown = $state.raw<PortsResult | null>(null);
  /** What `shown` was computed from. */
  runInfo = $state.raw<RunInfo | null>(null);
  /** 'final': a finished run; 'partial': an estimate (running or cancelled); 'previous': a new run has not reported yet. */
  shownKind = $state<'none' | 'final' | 'partial' | 'previous'>('none');
  error = $state<string | null>(null);
  /** Workers that stopped during the current run, in words. */
  crashes = $state.raw<string[]>([]);
  /** The data set's holding-time models for the fit chart: resampled data and fitted lognormal. */
  holdingModels = $state.raw<{ empirical: TrafficModel; lognormal: TrafficModel } | null>(null);
  holdingError = $state<string | null>(null);
  selfCheck = $state.raw<SelfCheckState>({ status: 'idle', outcome: null, result: null, error: null });
  /** The traffic model that came with the open scenario (the 'shared' source runs on it); null when none did. */
  shared = $state.raw<SharedTrafficModel | null>(null);

  hasData = $derived(this.data.active !== null);
  portKinds = $derived(this.inputs.portKinds ?? this.data.portKinds);
  problems = $derived(inputProblems(this.inputs, this.data.active !== null, this.shared !== null));
  canRun = $derived(Object.keys(this.problems).length === 0);
  busy = $derived(this.status === 'fitting' || this.status === 'running' || this.selfCheck.status === 'running');
  // Each read on its own, so that editing another input does not recompute the recommendation.
  #targetPct = $derived(this.inputs.targetBusyHourPct);
  #targetErrors = $derived(this.inputs.targetErrorsPerMonth);
  #price = $derived(this.inputs.pricePerPortCents);
  #targetProblem = $derived(this.problems.target);
  /** The smallest port count meeting the form's target, from the numbers on show. */
  recommendation = $derived.by(() => {
    const shown = this.shown;
    const pct = this.#targetPct;
    const errors = this.#targetErrors;
    const price = this.#price;
    if (!shown || shown.table.length === 0 || this.#targetProblem) return null;
    const target = {
      busyHourBlocking: pct === null ? undefined : pct / 100,
      maxBlockedPerMonth: errors === null ? undefined : errors,
    };
    return recommendPorts(shown, target, price !== null && Number.isFinite(price) ? price : undefined);
  });
  /** A note on where the numbers on show come from, when they are not a finished run's for these inputs. */
  shownNote = $derived.by(() => {
    const shown = this.shown;
    const total = this.runInfo?.replications ?? 0;
    const running = this.status === 'fitting' || this.status === 'running';
    if (!shown) return null;
    if (this.shownKind === 'previous') return running ? 'From the previous run; the new one is starting' : 'From the previous run';
    if (this.shownKind === 'partial') {
      const of = `${shown.replications.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} simulated months`;
      if (running) return `Estimate so far: ${of}`;
      // A failed run keeps its estimate on show too; it must not read as one the user stopped.
      return this.status === 'failed' ? `Not finished, the run failed: from ${of}` : `Cancelled: from ${of}`;
    }
    return this.stale ? 'Inputs changed since this run: run again to update' : null;
  });
  /** The shown numbers were computed from other inputs than the form's. */
  stale = $derived(this.runInfo !== null && this.shown !== null && this.runInfo.key !== this.#key());

  readonly #deps: PortsManagerDeps;
  #pool: SimPoolLike | null = null;
  #store: Promise<Pick<DataStore, 'getPageSetting' | 'setPageSetting'>> | null = null;
  #init: Promise<void> | null = null;
  #saving: Promise<void> = Promise.resolve();
  #runId = 0;
  #abort: AbortController | null = null;
  #checkAbort: AbortController | null = null;
  #partialTimer: ReturnType<typeof setTimeout> | null = null;
  #pendingPartial: PortsResult | null = null;
  #pendingProgress: SimProgress | null = null;
  #lastPartialMs = -Infinity;
  #lastProgressMs = -Infinity;
  #models = new Map<string, Promise<TrafficModel>>();
  #modelsFor: DataSet | null = null;
  #holdingRun = 0;
  /** The info of the run going on, shown with its first numbers. */
  #pendingInfo: RunInfo | null = null;
  /** `shared` expanded for the simulator, once per model. */
  #expanded: { from: SharedTrafficModel; model: TrafficModel } | null = null;

  constructor(deps: PortsManagerDeps) {
    this.#deps = deps;
  }

  /** The Data page's state, read only. */
  get data(): PortsDataSource {
    return this.#deps.data;
  }

  #storeP() {
    this.#store ??= this.#deps.openStore();
    return this.#store;
  }

  #poolP(): SimPoolLike {
    if (!this.#pool) {
      this.#pool = this.#deps.createPool();
      this.#pool.onWorkerCrash = (message) => this.#workerCrashed(message);
    }
    return this.#pool;
  }

  /** Reads the stored inputs (and the shared model kept beside them). Runs once. */
  init(): Promise<void> {
    this.#init ??= (async () => {
      try {
        const stored = await (await this.#storeP()).getPageSetting('portsInputs');
        if (stored !== undefined) {
          this.inputs = restoreInputs(stored);
          this.shared = readSharedTrafficModel((stored as { sharedModel?: unknown } | null)?.sharedModel);
        }
      } catch {
        // Without storage the defaults stand; the page still works, only nothing is remembered.
      }
      this.ready = true;
    })();
    return this.#init;
  }

  /** Changes some inputs and stores the form; resolves once stored. */
  update(patch: Partial<PortsInputs>): Promise<void> {
    this.inputs = { ...this.inputs, ...patch };
    return this.#persist();
  }

  /**
   * Offers a scenario's shared traffic model as the page's third source (null takes it away);
   * `select` switches the page to it. Kept with the form, so a reload keeps the page as it was.
   */
  offerShared(model: SharedTrafficModel | null, select = false): Promise<void> {
    this.shared = model;
    if (select && model) this.inputs = { ...this.inputs, source: 'shared' };
    return this.#persist();
  }

  /**
   * The form and the shared model, stored under the page's one settings key (restoreInputs
   * ignores the extra field; init reads it back through the model's own check).
   */
  #persist(): Promise<void> {
    const snapshot = { ...structuredClone(this.inputs), sharedModel: this.shared ? structuredClone(this.shared) : null };
    this.#saving = this.#saving
      .then(async () => (await this.#storeP()).setPageSetting('portsInputs', snapshot))
      .catch(() => undefined);
    return this.#saving;
  }

  /** Puts every input back to its default. */
  reset(): Promise<void> {
    return this.update(defaultInputs());
  }

  #key(): string {
    const { targetBusyHourPct: _t, targetErrorsPerMonth: _e, pricePerPortCents: _p, ...sim } = this.inputs;
    const dataPart = sim.source === 'data' ? { id: this.data.active?.id ?? null, kinds: this.portKinds, table: this.data.active?.mapping.typeLabels ?? null } : null;
    const parametric = sim.source === 'parametric' ? sim.parametric : null;
    const sharedPart = sim.source === 'shared' ? this.shared : null;
    return JSON.stringify({ ...sim, parametric, portKinds: null, multipliers: whatIfOf(this.inputs).multipliers, dataPart, sharedPart });
  }

  /** The data set's model for these choices, fitted once per data set and choice. */
  #fitted(holding: 'empirical' | 'lognormal', portKinds: readonly ActivityKind[] = this.portKinds): Promise<TrafficModel> {
    const active = this.data.active;
    if (!active) return Promise.reject(new Error('No data set is loaded.'));
    if (this.#modelsFor !== active) {
      this.#models.clear();
      this.#modelsFor = active;
    }
    const kinds = [...portKinds];
    const { arrivals } = this.inputs;
    const key = JSON.stringify([holding, arrivals, kinds]);
    let model = this.#models.get(key);
    if (!model) {
      model = this.#deps.fitModel(active.table, { timeZone: active.mapping.timeZone, portKinds: kinds, holding, arrivals, source: active.name });
      this.#models.set(key, model);
      // A failed fit may succeed on retry (e.g. after a worker crash): do not keep the failure.
      model.catch(() => this.#models.delete(key));
    }
    return model;
  }

  #parametric(timeZone: string, p = this.inputs.parametric): TrafficModel {
    return parametricModel({ timeZone, ...p, cv: p.distribution === 'lognormal' ? p.cv : undefined });
  }

  #sharedModel(shared: SharedTrafficModel): TrafficModel {
    if (this.#expanded?.from !== shared) this.#expanded = { from: shared, model: expandTrafficModel(shared) };
    return this.#expanded.model;
  }

  /** When the active data set's last call ended (UTC ms): the Data page's summary says, when made in the same zone. */
  #dataEndMs(active: DataSet): number {
    const summary = this.data.summary;
    return summary && summary.timeZone === active.mapping.timeZone ? summary.lastMs : lastEndMs(active.table);
  }

  /**
   * The active data set's traffic model as a scenario carries it, fitted with the given kinds
   * (null: the Data page's) and holding choice; null without a data set.
   */
  async fitShared(choice: { portKinds: ActivityKind[] | null; holding: 'empirical' | 'lognormal' }): Promise<SharedTrafficModel | null> {
    const active = this.data.active;
    if (!active) return null;
    const model = await this.#fitted(choice.holding, choice.portKinds ?? this.data.portKinds);
    // A data set with no port-holding call has nothing to share.
    return model.streams.length > 0 ? compactTrafficModel(model, { dataEndMs: this.#dataEndMs(active) }) : null;
  }

  /**
   * The traffic model a scenario saved now carries: the data set's fit with the page's kinds and
   * holding choice while the page reads a data set, else the shared model on offer (so a scenario
   * opened from a link keeps its traffic when saved again), else null.
   */
  currentShared(): Promise<SharedTrafficModel | null> {
    if (this.inputs.source === 'data' && this.data.active) return this.fitShared({ portKinds: this.inputs.portKinds, holding: this.inputs.holding });
    return Promise.resolve(this.shared);
  }

  /** Fits both holding-time models of the data set for the fit chart. */
  async loadHoldingFit(): Promise<void> {
    if (this.inputs.source !== 'data' || !this.data.active) {
      this.holdingModels = null;
      return;
    }
    const run = ++this.#holdingRun;
    this.holdingError = null;
    try {
      const [empirical, lognormal] = await Promise.all([this.#fitted('empirical'), this.#fitted('lognormal')]);
      const now = this.holdingModels;
      // The same fits again (cached): keep the object, so the chart is not redrawn for nothing.
      if (run === this.#holdingRun && (now?.empirical !== empirical || now.lognormal !== lognormal)) this.holdingModels = { empirical, lognormal };
    } catch (err) {
      if (run !== this.#holdingRun) return;
      this.holdingModels = null;
      this.holdingError = `The holding times could not be fitted (${messageOf(err)}).`;
    }
  }

  /** The simulated month: the chosen one, else the month after the data (or after today). */
  #horizon(timeZone: string): { startMs: number; endMs: number; label: string } {
    const active = this.data.active;
    let afterMs = (this.#deps.now ?? Date.now)();
    if (this.inputs.source === 'data' && active) afterMs = this.#dataEndMs(active);
    // The month after the sender's data, as the sender's page simulated it.
    else if (this.inputs.source === 'shared' && this.shared) afterMs = this.shared.dataEndMs;
    return simulatedMonth(timeZone, this.inputs.horizonMonth, afterMs);
  }

  /** The peak of port-holding calls observed, when the Data page measured it for the same kinds. */
  #observedPeak(): number | undefined {
    const summary = this.data.summary;
    if (this.inputs.source !== 'data' || !summary) return undefined;
    const same = summary.portKinds.length === this.portKinds.length && summary.portKinds.every((k) => this.portKinds.includes(k));
    return same ? summary.portPeak.concurrent : undefined;
  }

  /**
   * What a run with the form's inputs simulates: the traffic model (the data set's fit, cached per
   * choice; the shared model; or the scenario's), the month, the port range and the what-if knobs.
   * The page's run and the tornado both start from it, so they cannot drift apart.
   * Rejects when the data set's model cannot be fitted (or `signal` aborts the fit).
   */
  async runInput(signal?: AbortSignal): Promise<PortsRunInput> {
    const inputs = this.inputs;
    const active = this.data.active;
    const shared = inputs.source === 'shared' ? this.shared : null;
    const timeZone = inputs.source === 'data' && active ? active.mapping.timeZone : shared ? shared.timeZone : this.data.timeZone;
    const model = inputs.source === 'data'
      ? await (signal ? abortable(this.#fitted(inputs.holding), signal) : this.#fitted(inputs.holding))
      : shared ? this.#sharedModel(shared) : this.#parametric(timeZone);
    const whatIf = whatIfOf(inputs);
    const horizon = this.#horizon(timeZone);
    const observedPeak = this.#observedPeak();
    const rangeIsDefault = inputs.portsLo === null || inputs.portsHi === null;
    const range = rangeIsDefault ? defaultPortRange(model, whatIf, observedPeak) : { lo: inputs.portsLo!, hi: inputs.portsHi! };
    const opts: SimulationOptions = { startMs: horizon.startMs, endMs: horizon.endMs, portsLo: range.lo, portsHi: range.hi, whatIf, seed: inputs.seed };
    return { model, opts, timeZone, horizonLabel: horizon.label, rangeIsDefault, ...(observedPeak !== undefined ? { observedPeak } : {}) };
  }

  /** Starts a run with the form's inputs; a run already going is dropped. */
  async run(): Promise<void> {
    if (!this.canRun || this.selfCheck.status === 'running') return;
    this.#stop();
    const run = ++this.#runId;
    const abort = new AbortController();
    this.#abort = abort;
    const inputs = this.inputs;
    const key = this.#key();
    this.error = null;
    this.crashes = [];
    this.result = null;
    this.partial = null;
    this.progress = null;
    this.#pendingInfo = null;
    if (this.shown) this.shownKind = 'previous';
    this.status = inputs.source === 'data' ? 'fitting' : 'running';
    try {
      const { model, opts, timeZone, horizonLabel, rangeIsDefault } = await this.runInput(abort.signal);
      if (run !== this.#runId) return;
      this.#pendingInfo = {
        source: model.source, horizonLabel, portsLo: opts.portsLo, portsHi: opts.portsHi, rangeIsDefault,
        replications: inputs.replications, seed: inputs.seed, timeZone, key,
      };
      this.status = 'running';
      this.progress = { done: 0, total: inputs.replications, calls: 0, elapsedMs: 0, callsPerSecond: 0, partial: null };
      this.#lastPartialMs = -Infinity;
      this.#lastProgressMs = -Infinity;
      const result = await this.#poolP().run(
        { model, opts, replications: inputs.replications },
        (p) => this.#onProgress(run, p),
        abort.signal,
      );
      // On in a task of its own: the pool has just spent this one on the final summary.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (run !== this.#runId) return;
      this.#clearPartialTimer();
      this.result = result;
      this.partial = null;
      this.#show(result, 'final');
      this.progress = { done: result.replications, total: inputs.replications, calls: result.calls, elapsedMs: result.elapsedMs, callsPerSecond: result.callsPerSecond, partial: null };
      this.status = 'done';
    } catch (err) {
      if (run !== this.#runId) return;
      this.#clearPartialTimer();
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

  #onProgress(run: number, p: SimProgress): void {
    if (run !== this.#runId) return;
    this.#pendingProgress = p;
    if (p.partial) this.#pendingPartial = p.partial;
    // Shown in a task of its own: the pool has just spent this one summarising the replications.
    this.#partialTimer ??= setTimeout(() => this.#flushProgress(), 0);
  }

  /**
   * Shows the latest progress (at most ten times a second) and the latest estimate (at most once
   * per partialIntervalMs: the charts and the table redraw for each), and waits for what is not due.
   */
  #flushProgress(): void {
    this.#partialTimer = null;
    const now = performance.now();
    const progress = this.#pendingProgress;
    if (progress && (now - this.#lastProgressMs >= 100 || progress.done === progress.total)) {
      this.progress = { ...progress, partial: null };
      this.#lastProgressMs = now;
      this.#pendingProgress = null;
    }
    const interval = this.#deps.partialIntervalMs ?? 400;
    const partial = this.#pendingPartial;
    if (partial && this.status === 'running' && now - this.#lastPartialMs >= interval) {
      this.partial = partial;
      this.#show(partial, 'partial');
      this.#lastPartialMs = now;
      this.#pendingPartial = null;
    }
    const wait = Math.min(
      this.#pendingProgress ? 100 - (now - this.#lastProgressMs) : Infinity,
      this.#pendingPartial ? interval - (now - this.#lastPartialMs) : Infinity,
    );
    if (Number.isFinite(wait)) this.#partialTimer = setTimeout(() => this.#flushProgress(), Math.max(0, wait));
  }

  #show(result: PortsResult, kind: 'final' | 'partial'): void {
    this.shown = result;
    this.shownKind = kind;
    if (this.#pendingInfo) this.runInfo = this.#pendingInfo;
  }

  #clearPartialTimer(): void {
    if (this.#partialTimer) clearTimeout(this.#partialTimer);
    this.#partialTimer = null;
    this.#pendingPartial = null;
    this.#pendingProgress = null;
  }

  /** Drops the running run (its result will be ignored) and asks the pool to stop it. */
  #stop(): boolean {
    const running = this.status === 'fitting' || this.status === 'running';
    this.#runId++;
    this.#abort?.abort();
    this.#abort = null;
    this.#clearPartialTimer();
    return running;
  }

  /**
   * Blocked and offered attempts per hour of the week at `ports`, summed over the replications of
   * `result` (default: those on show); null when it has no such breakdown or not that port count.
   */
  heatmapAt(ports: number | null, result = this.shown): { ports: number; blocked: Float64Array; offered: Float64Array } | null {
    const shown = result;
    if (!shown || ports === null || !shown.blockedByHourOfWeek || !shown.offeredByHourOfWeek) return null;
    const portsLo = shown.table[0]?.ports;
    if (portsLo === undefined || ports < portsLo || ports > shown.table[shown.table.length - 1]!.ports) return null;
    return { ports, blocked: hourOfWeekRow(shown.blockedByHourOfWeek, portsLo, ports), offered: shown.offeredByHourOfWeek };
  }

  /** Stops the run; the estimate so far stays on show, marked as cancelled. */
  cancel(): void {
    const pending = this.#pendingPartial;
    // A fit that never answers (its worker died) must not be waited on again by the next run.
    if (this.status === 'fitting') this.#models.clear();
    if (!this.#stop()) return;
    this.status = 'cancelled';
    // The latest estimate that was waiting for its turn on screen is the best one there is.
    if (pending) {
      this.partial = pending;
      this.#show(pending, 'partial');
    }
  }

  #workerCrashed(message: string): void {
    if (this.status !== 'running' && this.selfCheck.status !== 'running') return;
    this.crashes = [...this.crashes, message];
  }

  /** Runs the simulator on flat Poisson/exponential traffic and compares it with Erlang B. */
  async runSelfCheck(): Promise<void> {
    if (this.busy) return;
    const abort = new AbortController();
    this.#checkAbort = abort;
    this.crashes = [];
    this.selfCheck = { status: 'running', outcome: null, result: null, error: null };
    try {
      const result = await this.#poolP().run(selfCheckJob(), () => undefined, abort.signal);
      this.selfCheck = { status: 'done', outcome: compareWithErlangB(result), result, error: null };
    } catch (err) {
      this.selfCheck = { status: 'failed', outcome: null, result: null, error: isCancel(err, abort.signal) ? 'The check was cancelled.' : `The check could not run: ${messageOf(err)}` };
    } finally {
      this.#checkAbort = null;
    }
  }

  cancelSelfCheck(): void {
    this.#checkAbort?.abort();
  }
}

/** The app's Ports page state; the worker pool starts on the first run. */
export const portsManager = new PortsManager({
  data: dataManager,
  createPool: () => new SimPool(),
  fitModel: (table, opts) => dataWorker.guard(dataWorker.api.fitModel(table, opts)),
  openStore: () => openDataStore(),
});
