/**
 * The Data page's state: stored data sets, the active one and its observed-traffic summary, and the
 * preview → review → import run. Heavy work goes to the data worker; every run carries an id so a
 * result that a newer request (or a cancel) has overtaken is dropped.
 */
import * as Comlink from 'comlink';
import { headerSignature, remapKinds, resolveMappingSpec } from '../../core/ingest/index.ts';
import { ACTIVITY_KINDS, DEFAULT_MAX_ROWS, type ActivityKind, type CsvPreview, type ImportProgress, type Mapping } from '../../core/ingest/types.ts';
import { DEFAULT_PORT_KINDS } from '../../core/traffic/index.ts';
import type { ObservedSummary } from '../../core/traffic/types.ts';
import { metaOf, openDataStore, type DataStore } from '../persistence/data-store.ts';
import type { DataSet, DataSetMeta } from '../persistence/types.ts';
import { bundledScenarios, fetchScenarioFile, type ScenarioCatalog, type ScenarioInfo } from '../scenarios/catalog.ts';
import { DataWorkerClient, type DataApi, type Outcome } from '../workers/data-worker-client.ts';
import type { WorkerImport } from '../../../workers/data.worker.ts';

type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/** The data worker's calls as the manager uses them (the Comlink remote, or a fake in tests). */
export interface DataWorkerApi {
  preview: Async<DataApi['preview']>;
  importFile: Async<DataApi['importFile']>;
  cancel(runId: number): unknown;
  summarize: Async<DataApi['summarize']>;
}

export interface DataManagerDeps {
  /** Read `api` on every call: the client replaces a crashed worker behind it. */
  worker: { readonly api: DataWorkerApi };
  openStore: () => Promise<DataStore>;
  scenarios: ScenarioCatalog;
  fetchScenarioFile: (scenario: ScenarioInfo) => Promise<Blob>;
  /** Zone proposed for new imports until the user picks one. */
  localTimeZone?: string;
}

/**
 * starting: reading the stored state; idle: nothing running; previewing: reading a file's first
 * rows; review: the user checks the mapping; importing: the worker reads the whole file;
 * saving: the imported data set is written to IndexedDB.
 */
export type Phase = 'starting' | 'idle' | 'previewing' | 'review' | 'importing' | 'saving';

/** A file waiting for the user to confirm its mapping. */
export interface PendingReview {
  file: Blob;
  fileName: string;
  preview: CsvPreview;
}

interface Source {
  file: Blob;
  fileName: string;
  header: string[];
  scenario: ScenarioInfo | null;
}

function sameKinds(a: readonly ActivityKind[], b: readonly ActivityKind[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `ds-${Date.now().toString(36)}-${Math.floor(performance.now()).toString(36)}`;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class DataManager {
  phase = $state<Phase>('starting');
  /** Stored data sets, newest first. */
  datasets = $state.raw<DataSetMeta[]>([]);
  active = $state.raw<DataSet | null>(null);
  summary = $state.raw<ObservedSummary | null>(null);
  summarizing = $state(false);
  portKinds = $state.raw<ActivityKind[]>([...DEFAULT_PORT_KINDS]);
  /** Zone proposed for the next import: the last one confirmed, else the browser's. */
  timeZone = $state('UTC');
  /** Largest file imported, in data rows; a bigger one is refused with a message naming this limit. */
  maxRows = $state(DEFAULT_MAX_ROWS);
  review = $state.raw<PendingReview | null>(null);
  progress = $state.raw<ImportProgress | null>(null);
  /** Name of the file being imported. */
  importName = $state('');
  /** What went wrong last, for a person; cleared by the next action. */
  error = $state<string | null>(null);
  /** A neutral note such as "Import cancelled". */
  notice = $state<string | null>(null);

  readonly scenarios: ScenarioCatalog;
  busy = $derived(this.phase !== 'idle' && this.phase !== 'review');

  readonly #deps: DataManagerDeps;
  #store: Promise<DataStore> | null = null;
  #init: Promise<void> | null = null;
  /** Id of the preview or import whose result is still wanted; bumped to drop a run. */
  #runId = 0;
  #summaryRun = 0;

  constructor(deps: DataManagerDeps) {
    this.#deps = deps;
    this.scenarios = deps.scenarios;
    this.timeZone = deps.localTimeZone ?? 'UTC';
  }

  #storeP(): Promise<DataStore> {
    this.#store ??= this.#deps.openStore();
    return this.#store;
  }

  /** Restores the stored state; on a first visit, imports the default sample scenario. Runs once. */
  init(): Promise<void> {
    this.#init ??= this.#restore();
    return this.#init;
  }

  async #restore(): Promise<void> {
    try {
      const store = await this.#storeP();
      const [settings, datasets] = await Promise.all([store.getSettings(), store.listDataSets()]);
      this.datasets = datasets;
      if (settings.portKinds) this.portKinds = settings.portKinds.filter((k): k is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(k));
      if (settings.timeZone) this.timeZone = settings.timeZone;
      if (settings.maxRows) this.maxRows = settings.maxRows;
      if (settings.activeId && datasets.some((d) => d.id === settings.activeId)) {
        await this.switchTo(settings.activeId);
        this.phase = 'idle';
      } else {
        this.phase = 'idle';
        if (datasets.length === 0 && this.scenarios.defaultId) await this.openScenario(this.scenarios.defaultId);
      }
    } catch (err) {
      this.phase = 'idle';
      this.error = `Stored data could not be read in this browser (${messageOf(err)}). You can still import a file.`;
    }
  }

  #clearMessages(): void {
    this.error = null;
    this.notice = null;
  }

  /** Reads the first rows of a file and proposes a mapping for review. */
  async chooseFile(file: Blob, fileName = file instanceof File ? file.name : 'export.csv'): Promise<void> {
    this.#clearMessages();
    this.#stopImport();
    const run = ++this.#runId;
    const back = this.review ? 'review' : 'idle';
    this.phase = 'previewing';
    try {
      const preview = await this.#preview(file, fileName, this.timeZone);
      if (run !== this.#runId) return;
      this.review = { file, fileName, preview };
      this.phase = 'review';
    } catch (err) {
      if (run !== this.#runId) return;
      this.error = messageOf(err);
      this.phase = back;
    }
  }

  /** Previews with the remembered mapping for this header when there is one. */
  async #preview(file: Blob, fileName: string, timeZone: string): Promise<CsvPreview> {
    const first = await this.#deps.worker.api.preview(file, { timeZone, fileName });
    if (!first.ok) throw new Error(first.message);
    if (first.value.remembered) return first.value;
    let remembered: Mapping | null = null;
    try {
      remembered = await (await this.#storeP()).getRememberedMapping(headerSignature(first.value.header));
    } catch {
      // Without storage there is nothing remembered; the proposed mapping stands.
    }
    if (!remembered) return first.value;
    const second = await this.#deps.worker.api.preview(file, { timeZone, fileName, remembered });
    return second.ok ? second.value : first.value;
  }

  /** Imports the file under review with the mapping the user confirmed. */
  async confirmImport(mapping: Mapping): Promise<void> {
    const review = this.review;
    if (!review || this.phase !== 'review') return;
    await this.#import({ file: review.file, fileName: review.fileName, header: review.preview.header, scenario: null }, mapping);
  }

  /** Closes the mapping review without importing. */
  dismissReview(): void {
    if (this.phase === 'importing') return;
    this.#runId++;
    this.review = null;
    this.phase = 'idle';
    this.#clearMessages();
  }

  /** Fetches a bundled scenario's CSV and imports it with the scenario's own mapping, without review. */
  async openScenario(id: string): Promise<void> {
    const scenario = this.scenarios.list.find((s) => s.id === id);
    if (!scenario) {
      this.error = `There is no sample scenario called "${id}".`;
      return;
    }
    this.#clearMessages();
    this.#stopImport();
    const run = ++this.#runId;
    this.phase = 'previewing';
    try {
      const file = await this.#deps.fetchScenarioFile(scenario);
      if (run !== this.#runId) return;
      const preview = await this.#deps.worker.api.preview(file, { timeZone: scenario.timeZone, fileName: scenario.fileName });
      if (run !== this.#runId) return;
      if (!preview.ok) throw new Error(preview.message);
      const spec = { ...scenario.mapping, timeZone: scenario.mapping.timeZone ?? scenario.timeZone };
      const mapping = resolveMappingSpec(preview.value.header, spec, preview.value.proposed);
      this.review = null;
      await this.#import({ file, fileName: scenario.fileName, header: preview.value.header, scenario }, mapping, run);
    } catch (err) {
      if (run !== this.#runId) return;
      this.error = `The sample "${scenario.name}" could not be opened: ${messageOf(err)}`;
      this.phase = this.review ? 'review' : 'idle';
    }
  }

  async #import(source: Source, mapping: Mapping, run = ++this.#runId): Promise<void> {
    this.#clearMessages();
    this.phase = 'importing';
    this.importName = source.fileName;
    this.progress = { rows: 0, bytes: 0, totalBytes: source.file.size, elapsedMs: 0 };
    const onProgress = (p: ImportProgress) => {
      if (run === this.#runId) this.progress = p;
    };
    let outcome: Outcome<WorkerImport>;
    const id = newId();
    // The worker stores the table and summarises it where it was built (see DataApi.importFile).
    const dbName = await this.#storeP().then((store) => store.name, () => null);
    const portKinds = [...this.portKinds];
    try {
      outcome = await this.#deps.worker.api.importFile(
        source.file,
        mapping,
        {
          runId: run,
          header: source.header,
          maxRows: this.maxRows,
          ...(dbName ? { store: { dbName, id } } : {}),
          summarize: { timeZone: mapping.timeZone, portKinds },
        },
        Comlink.proxy(onProgress),
      );
    } catch (err) {
      outcome = { ok: false, code: 'internal', message: `The import stopped: ${messageOf(err)}` };
    }
    if (run !== this.#runId) return;
    if (!outcome.ok) {
      this.progress = null;
      if (outcome.code === 'cancelled') this.notice = 'Import cancelled.';
      else if (outcome.code === 'too-large') this.error = `${outcome.message} The row limit is under “Load other data”.`;
      else this.error = outcome.message;
      this.phase = this.review ? 'review' : 'idle';
      return;
    }
    this.phase = 'saving';
    await this.#adopt(outcome.value, source, run, id, portKinds);
  }

  /**
   * Stores an imported data set, then shows it: what the page shows as active is already stored,
   * so a reload right after an import brings it back.
   */
  async #adopt(result: WorkerImport, source: Source, run: number, id: string, portKinds: ActivityKind[]): Promise<void> {
    const dataSet: DataSet = {
      id,
      name: source.fileName,
      createdMs: Date.now(),
      rows: result.rows,
      accepted: result.accepted,
      rejectedCount: result.rejectedCount,
      bytes: result.bytes,
      mapping: result.mapping,
      scenarioId: source.scenario?.id ?? null,
      scenarioName: source.scenario?.name ?? null,
      table: result.table,
      header: result.header,
      rejected: result.rejected,
      rejectedRows: result.rejectedRows,
      warnings: result.warnings,
      typeLabelCounts: result.typeLabelCounts,
    };
    let store: DataStore | null = null;
    let storeError: string | null = null;
    try {
      store = await this.#storeP();
      if (result.storedAs === id) await store.putMeta(metaOf(dataSet));
      else await store.putDataSet(dataSet);
      if (!source.scenario) {
        await store.rememberMapping(headerSignature(source.header), result.mapping);
        await store.setSetting('timeZone', result.mapping.timeZone);
      }
      this.datasets = [metaOf(dataSet), ...this.datasets];
    } catch (err) {
      store = null;
      storeError = `The data set is loaded but could not be stored in this browser (${messageOf(err)}); it will be gone after a reload.`;
    }
    // Overtaken while saving (another file or sample was asked for): stored and listed, not shown.
    if (run !== this.#runId) return;
    // Stored as the active one before it shows as such, so a reload at any moment brings back what
    // the page showed (the setting used to follow, and a quick reload could open the one before).
    await store?.setSetting('activeId', dataSet.id).catch(() => undefined);
    if (run !== this.#runId) return;
    this.review = null;
    this.phase = 'idle';
    this.progress = null;
    this.active = dataSet;
    this.summary = null;
    this.error = storeError;
    if (!source.scenario) this.timeZone = result.mapping.timeZone;
    // The worker's summary stands while the kinds that hold a port are the ones it was made for.
    const ready = result.summary && sameKinds(portKinds, this.portKinds) ? result.summary : null;
    if (ready) {
      this.#summaryRun++;
      this.summary = ready;
    }
    await (ready ? Promise.resolve() : this.#summarize());
  }

  /** Asks the worker to stop the running import and drops its result; the previous data set stays. */
  cancelImport(): void {
    if (!this.#stopImport()) return;
    this.phase = this.review ? 'review' : 'idle';
    this.notice = 'Import cancelled.';
  }

  /** Stops a running import (another file or sample was asked for, or Cancel): true if one ran. */
  #stopImport(): boolean {
    if (this.phase !== 'importing') return false;
    const run = this.#runId++;
    void Promise.resolve(this.#deps.worker.api.cancel(run)).catch(() => undefined);
    this.progress = null;
    return true;
  }

  /** Makes a stored data set the active one. */
  async switchTo(id: string): Promise<void> {
    if (this.active?.id === id && this.summary) return;
    this.#clearMessages();
    try {
      const store = await this.#storeP();
      const stored = await store.getDataSet(id);
      if (!stored) {
        this.error = 'That data set is no longer stored.';
        this.datasets = this.datasets.filter((d) => d.id !== id);
        return;
      }
      // Stored as the active one before it shows as such (see #adopt).
      await store.setSetting('activeId', id);
      // Labels may have been re-mapped after the import; the stored kinds are the import's.
      this.active = { ...stored, table: remapKinds(stored.table, stored.mapping.typeLabels) };
      this.summary = null;
    } catch (err) {
      this.error = `The data set could not be read from this browser's storage (${messageOf(err)}).`;
      return;
    }
    await this.#summarize();
  }

  /** Deletes a stored data set; deleting the active one leaves no data set active. */
  async deleteDataSet(id: string): Promise<void> {
    this.#clearMessages();
    try {
      const store = await this.#storeP();
      await store.deleteDataSet(id);
      this.datasets = this.datasets.filter((d) => d.id !== id);
      if (this.active?.id === id) {
        this.#summaryRun++;
        this.active = null;
        this.summary = null;
        this.summarizing = false;
        await store.setSetting('activeId', null);
      }
    } catch (err) {
      this.error = `The data set could not be deleted (${messageOf(err)}).`;
    }
  }

  /** The import row limit (a whole number ≥ 1); kept between visits. */
  async setMaxRows(rows: number): Promise<void> {
    if (!Number.isInteger(rows) || rows < 1) return;
    this.maxRows = rows;
    await this.#storeP().then((s) => s.setSetting('maxRows', rows)).catch(() => undefined);
  }

  /** Which activity kinds hold a Flex Port; re-summarizes. */
  async setPortKinds(kinds: ActivityKind[]): Promise<void> {
    this.portKinds = ACTIVITY_KINDS.filter((k) => kinds.includes(k));
    const saved = this.#storeP().then((s) => s.setSetting('portKinds', [...this.portKinds])).catch(() => undefined);
    await Promise.all([saved, this.#summarize()]);
  }

  /** Re-maps the active data set's activity labels to kinds without re-reading the file; re-summarizes. */
  async setTypeLabels(typeLabels: Record<string, ActivityKind>): Promise<void> {
    const active = this.active;
    if (!active) return;
    const mapping: Mapping = { ...active.mapping, typeLabels: { ...typeLabels } };
    const meta = { ...metaOf(active), mapping };
    this.active = { ...active, mapping, table: remapKinds(active.table, mapping.typeLabels) };
    this.datasets = this.datasets.map((d) => (d.id === active.id ? meta : d));
    const saved = this.#storeP()
      .then(async (s) => {
        await s.putMeta(meta);
        if (!active.scenarioId) await s.rememberMapping(headerSignature(active.header), mapping);
      })
      .catch(() => undefined);
    await Promise.all([saved, this.#summarize()]);
  }

  /** Summarizes the active data set again (e.g. after a worker crash). */
  resummarize(): Promise<void> {
    return this.#summarize();
  }

  async #summarize(): Promise<void> {
    const active = this.active;
    if (!active) return;
    const run = ++this.#summaryRun;
    this.summarizing = true;
    try {
      const summary = await this.#deps.worker.api.summarize(active.table, {
        timeZone: active.mapping.timeZone,
        portKinds: [...this.portKinds],
      });
      if (run !== this.#summaryRun) return;
      this.summary = summary;
    } catch (err) {
      if (run !== this.#summaryRun) return;
      this.error = `The traffic summary could not be computed (${messageOf(err)}).`;
    }
    this.summarizing = false;
  }

  /** The worker died: whatever it was doing is lost, the app and the active data set stay. */
  workerCrashed(message: string): void {
    // A data set being saved no longer needs the worker: let it finish.
    const saving = this.phase === 'saving';
    if (!saving) this.#runId++;
    this.#summaryRun++;
    const wasSummarizing = this.summarizing;
    this.summarizing = false;
    // A summary for other settings would pass for the current one; without it the page offers a retry.
    if (wasSummarizing) this.summary = null;
    // Also ends 'starting': a restore waiting on the dead worker never finishes by itself.
    if (!saving && this.phase !== 'review' && this.phase !== 'idle') {
      this.progress = null;
      this.phase = this.review ? 'review' : 'idle';
    }
    const kept = this.active ? ` The data set "${this.active.name}" is still loaded.` : '';
    const retry = wasSummarizing ? ' Use "Summarize again" to retry.' : ' You can try again.';
    this.error = `The data worker stopped unexpectedly (${message}).${kept}${retry}`;
  }
}

/** The app's one data worker and manager. Nothing starts until `init()` or a first call. */
export const dataWorker = new DataWorkerClient();
export const dataManager = new DataManager({
  worker: dataWorker,
  openStore: () => openDataStore(),
  scenarios: bundledScenarios,
  fetchScenarioFile,
  localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});
dataWorker.onCrash = (message) => dataManager.workerCrashed(message);
