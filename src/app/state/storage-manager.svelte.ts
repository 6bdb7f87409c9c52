/**
 * The Storage page's state: the form (remembered), what the data set says about recordings
 * (measured in the data worker), the forecast input those two give, and the Monte Carlo run in
 * the worker pool.
 */
import type { CallTable } from '../../core/ingest/types.ts';
import { checkStorageInput } from '../../core/storage/check-storage-input.ts';
import { monthLabel } from '../../core/storage/month-calendar.ts';
import type { RecordingStats } from '../../core/storage/recording-stats-from-calls.ts';
import { storageInput, type StorageSettings } from '../../core/storage/storage-input.ts';
import { summarizeStorage } from '../../core/storage/summarize-storage.ts';
import type { StorageInput, StorageReplication, StorageResult } from '../../core/storage/types.ts';
import type { DataSet } from '../persistence/types.ts';
import type { TaskJob } from '../workers/sim-pool.ts';
import { SimPool } from '../workers/sim-pool.ts';
import { dataManager, dataWorker } from './data-manager.svelte.ts';
import { PageInputs, type PageStore } from './page-inputs.svelte.ts';
import { messageOf } from './ports-run-helpers.ts';
import { SimRun, type TaskPoolLike } from './sim-run.svelte.ts';
import { dataStorageSettings, defaultStorageInputs, restoreStorageInputs, storageProblems, storageSettings, type StorageInputs } from './storage-inputs.ts';

export interface StorageManagerDeps {
  data: { readonly active: DataSet | null };
  createPool: () => TaskPoolLike;
  recordingStats: (table: CallTable, timeZone: string) => Promise<RecordingStats>;
  openStore?: () => Promise<PageStore>;
  /** Today, for the month a forecast without data starts from. */
  now?: () => number;
}

export type StatsStatus = 'none' | 'loading' | 'ready' | 'failed';

export class StorageManager {
  readonly form: PageInputs<'storageInputs', StorageInputs>;
  readonly sim: SimRun<StorageResult>;
  /** What the active data set says about recordings. */
  stats = $state.raw<RecordingStats | null>(null);
  statsStatus = $state<StatsStatus>('none');
  statsError = $state<string | null>(null);
  /** The input of the latest run started: its fee rule and assumptions explain the numbers shown. */
  ranInput = $state.raw<StorageInput | null>(null);

  readonly #deps: StorageManagerDeps;
  #statsKey = '';
  /** The data set and zone of the stats on show. */
  #shownKey = '';
  #statsP: Promise<RecordingStats> | null = null;

  constructor(deps: StorageManagerDeps) {
    this.#deps = deps;
    this.form = new PageInputs('storageInputs', defaultStorageInputs, restoreStorageInputs, deps.openStore);
    this.sim = new SimRun<StorageResult>(deps.createPool);
  }

  get inputs(): StorageInputs {
    return this.form.inputs;
  }

  get data(): StorageManagerDeps['data'] {
    return this.#deps.data;
  }

  get problems(): Partial<Record<keyof StorageInputs, string>> {
    return storageProblems(this.inputs);
  }

  /** Why the run button is off, in words; null when it is on. */
  get blocked(): string | null {
    return Object.values(this.problems)[0] ?? null;
  }

  /** The input a run would use now (with the data set's recordings once measured); null while the form has problems. */
  get input(): StorageInput | null {
    if (this.blocked) return null;
    return this.#input(this.data.active ? this.stats : null);
  }

  init(): Promise<void> {
    return this.form.init();
  }

  update(patch: Partial<StorageInputs>): Promise<void> {
    return this.form.update(patch);
  }

  /** Measures the active data set's recordings (once per data set and zone). */
  async loadStats(): Promise<void> {
    if (!this.data.active) {
      this.stats = null;
      this.statsStatus = 'none';
      return;
    }
    const key = this.#key();
    // Only what is on show counts as loaded: a run may have started the read (#stats) without showing it.
    if (key === this.#shownKey && this.statsStatus === 'ready') return;
    this.statsStatus = 'loading';
    this.statsError = null;
    try {
      const stats = await this.#stats();
      if (key !== this.#key()) return;
      this.#show(key, stats);
    } catch (err) {
      if (key !== this.#key()) return;
      this.statsStatus = 'failed';
      this.statsError = `The recordings could not be read from the data set: ${messageOf(err)}`;
    }
  }

  /** The forecast, every remedy and their combination in the same simulated futures. */
  run(): Promise<void> {
    return this.sim.run<StorageReplication>(async () => {
      const key = this.#key();
      const stats = this.data.active ? await this.#stats() : null;
      // What the run measured is shown too, so the page and the tornado read the same recordings.
      if (stats && key === this.#key()) this.#show(key, stats);
      const input = this.#input(stats);
      checkStorageInput(input, 'Storage page');
      this.ranInput = input;
      const job: TaskJob<StorageReplication, StorageResult> = {
        task: { kind: 'storage', input },
        replications: this.inputs.replications,
        summarize: (rs, ms) => summarizeStorage(input, rs, ms),
        workOf: () => input.months,
      };
      return job;
    });
  }

  /** Defaults, then the data set's recordings, then the form: later layers win field by field. */
  #input(stats: RecordingStats | null): StorageInput {
    const today = new Date(this.#deps.now?.() ?? Date.now()).toISOString().slice(0, 7);
    const layers: StorageSettings[] = [{ startMonth: monthLabel(today, 1) }];
    const active = this.data.active;
    if (active && stats && stats.calls > 0) layers.push(dataStorageSettings(stats, active.name));
    layers.push(storageSettings(this.inputs));
    return storageInput(...layers);
  }

  #show(key: string, stats: RecordingStats): void {
    this.stats = stats;
    this.statsStatus = 'ready';
    this.#shownKey = key;
  }

  #key(): string {
    const a = this.data.active;
    return JSON.stringify([a?.id ?? null, a?.mapping.timeZone ?? null]);
  }

  #stats(): Promise<RecordingStats> {
    const key = this.#key();
    const active = this.data.active;
    if (!active) return Promise.reject(new Error('No data set is loaded.'));
    if (key !== this.#statsKey || !this.#statsP) {
      this.#statsKey = key;
      const p = this.#deps.recordingStats(active.table, active.mapping.timeZone);
      // A failed read may succeed on retry (after a worker crash): do not keep the failure.
      p.catch(() => { if (this.#statsP === p) this.#statsP = null; });
      this.#statsP = p;
    }
    return this.#statsP;
  }
}

/** The app's Storage page state; its worker pool starts on the first run. */
export const storageManager = new StorageManager({
  data: dataManager,
  createPool: () => new SimPool(),
  recordingStats: (table, timeZone) => dataWorker.guard(dataWorker.api.recordingStats(table, timeZone)),
});
