/**
 * The workbench's scenarios: named, saved sets of every page's inputs, kept in IndexedDB. Opening
 * one writes each page's form through its manager (after the page's own repair) and switches the
 * data set it names; comparing opens each chosen scenario in turn, runs the pages, keeps the key
 * numbers in the scenario and puts the forms back as they were. Import, export and share links
 * never replace a scenario already saved: whatever comes in is added under a fresh id.
 * A scenario saved, exported or shared while the Ports page reads a data set carries the traffic
 * model fitted from it (never the call records), so the Ports page runs where the data set is not.
 */
import { decodeShare, encodeShare, shareFromHash } from '../../core/workbench/share-link.ts';
import { parseWorkbenchScenario, ScenarioFileError } from '../../core/workbench/parse-workbench-scenario.ts';
import { scenarioJson } from '../../core/workbench/scenario-json.ts';
import type { SharedTrafficModel } from '../../core/workbench/shared-traffic-model.ts';
import {
  SCENARIO_PAGES, WORKBENCH_VERSION, type DataSetRef, type ScenarioPages, type ScenarioResults, type WorkbenchScenario,
} from '../../core/workbench/types.ts';
import { openDataStore, type DataStore } from '../persistence/data-store.ts';
import { contractManager } from './contract-manager.svelte.ts';
import { restoreContractInputs } from './contract-inputs.ts';
import { dataManager } from './data-manager.svelte.ts';
import { licensesManager } from './licenses-manager.svelte.ts';
import { restoreLicensesInputs } from './licenses-inputs.ts';
import { keyResults, runPages, type RunnablePage } from './page-runs.ts';
import { portsManager } from './ports-manager.svelte.ts';
import { restoreInputs } from './ports-inputs.ts';
import { messageOf } from './ports-run-helpers.ts';
import { rechargeManager } from './recharge-manager.svelte.ts';
import { restoreRechargeInputs } from './recharge-inputs.ts';
import { storageManager } from './storage-manager.svelte.ts';
import { restoreStorageInputs } from './storage-inputs.ts';

export type ScenarioStore = Pick<DataStore, 'listScenarios' | 'putScenario' | 'deleteScenario' | 'getActiveScenarioId' | 'setActiveScenarioId'>;

/** The pages' forms, read and written through their managers. */
export interface PagesPort {
  init(): Promise<void>;
  /** Every page's form as it is now (plain copies). */
  read(): ScenarioPages;
  /** Writes every page's form, each repaired by the page's own restore function first. */
  write(pages: ScenarioPages): Promise<void>;
}

/** The Data page's data sets: the active one, the stored ones, and switching. */
export interface DataPort {
  init(): Promise<void>;
  readonly active: { id: string; name: string } | null;
  readonly datasets: readonly { id: string; name: string; createdMs: number }[];
  switchTo(id: string): Promise<void>;
  /** Imports the bundled sample whose export has this file name; false when there is none. */
  openSample(fileName: string): Promise<boolean>;
}

/** The Ports page's traffic model, as scenarios carry it (see core/workbench/shared-traffic-model.ts). */
export interface TrafficPort {
  /** The model a scenario saved now carries: the page's data-set fit, or the shared model on offer; null when none. */
  current(): Promise<SharedTrafficModel | null>;
  /** The active data set's model for a saved Ports form (its kinds and holding choice); null when that form does not read a data set. */
  fitFor(portsForm: Record<string, unknown>): Promise<SharedTrafficModel | null>;
  /** The model on offer on the Ports page now. */
  readonly offered: SharedTrafficModel | null;
  /** Offers a scenario's model on the Ports page (null: none); with `dataMissing`, a page reading a data set switches to it. */
  offer(model: SharedTrafficModel | null, opts: { dataMissing: boolean }): Promise<void>;
}

/** The pages a comparison can run: the simulation pages and the Licenses page's roster check and pool sizing. */
export type ComparePage = RunnablePage | 'licenses';

/** Each page's key numbers, as a scenario keeps them. */
export type ScenarioKeyResults = Omit<ScenarioResults, 'computedAt'>;

/** A bundled scenario file (scenarios/*.json) that can be imported as it is. */
export interface BundledScenario {
  id: string;
  name: string;
  fileName: string;
  json: string;
}

export interface WorkbenchDeps {
  openStore: () => Promise<ScenarioStore>;
  pages: PagesPort;
  data: DataPort;
  traffic: TrafficPort;
  runPages: (pages: ComparePage[], signal?: AbortSignal) => Promise<void>;
  keyResults: () => ScenarioKeyResults;
  bundled?: BundledScenario[];
  now?: () => string;
  newId?: () => string;
}

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface CompareState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  ids: string[];
  pages: ComparePage[];
  /** Which scenario is being run, 1-based, while running. */
  step: number;
  error: string | null;
}

export const MAX_COMPARE = 4;
export const COMPARE_PAGES: ComparePage[] = ['ports', 'recharge', 'storage', 'licenses', 'contract'];

const byUpdated = (a: WorkbenchScenario, b: WorkbenchScenario) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);

/** "Plan (copy)", "Plan (copy 2)", … the first not taken. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let k = 1; ; k++) {
    const candidate = k === 1 ? `${base} (copy)` : `${base} (copy ${k})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** The seed every page's form shares, when they all share one. */
export function sharedSeed(pages: ScenarioPages): string | undefined {
  const seeds = new Set(SCENARIO_PAGES.map((p) => pages[p].seed));
  const [only] = [...seeds];
  return seeds.size === 1 && typeof only === 'string' ? only : undefined;
}

export class WorkbenchManager {
  /** Saved scenarios, most recently updated first. */
  scenarios = $state.raw<WorkbenchScenario[]>([]);
  activeId = $state<string | null>(null);
  ready = $state(false);
  notice = $state.raw<Notice | null>(null);
  /** The last import's problem, worded `<file>: <JSON path>: <problem>`. */
  importError = $state<string | null>(null);
  compare = $state.raw<CompareState>({ status: 'idle', ids: [], pages: COMPARE_PAGES, step: 0, error: null });

  active = $derived(this.scenarios.find((s) => s.id === this.activeId) ?? null);
  busy = $derived(this.compare.status === 'running');

  readonly #deps: WorkbenchDeps;
  #store: Promise<ScenarioStore> | null = null;
  #init: Promise<void> | null = null;
  #abort: AbortController | null = null;

  constructor(deps: WorkbenchDeps) {
    this.#deps = deps;
  }

  get bundled(): BundledScenario[] {
    return this.#deps.bundled ?? [];
  }

  #storeP(): Promise<ScenarioStore> {
    this.#store ??= this.#deps.openStore();
    return this.#store;
  }

  #now(): string {
    return this.#deps.now?.() ?? new Date().toISOString();
  }

  #newId(): string {
    return this.#deps.newId?.() ?? crypto.randomUUID();
  }

  /** Reads the saved scenarios and the one open last. Runs once; a share text is added after. */
  init(share?: string | null): Promise<void> {
    this.#init ??= (async () => {
      try {
        const store = await this.#storeP();
        const [stored, activeId] = await Promise.all([store.listScenarios(), store.getActiveScenarioId()]);
        // Stored copies are checked like any file: one an older or newer app wrote badly is left out, not fatal.
        const list: WorkbenchScenario[] = [];
        for (const raw of stored) {
          try {
            list.push(parseWorkbenchScenario(JSON.stringify(raw), 'stored scenario'));
          } catch {
            /* left in storage untouched, not listed */
          }
        }
        this.scenarios = list.sort(byUpdated);
        this.activeId = activeId && list.some((s) => s.id === activeId) ? activeId : null;
      } catch (err) {
        this.notice = { kind: 'error', text: `Saved scenarios could not be read in this browser (${messageOf(err)}).` };
      }
      this.ready = true;
    })();
    return this.#init.then(async () => {
      if (share) await this.addShared(share);
    });
  }

  async #save(scenario: WorkbenchScenario): Promise<void> {
    await (await this.#storeP()).putScenario($state.snapshot(scenario) as WorkbenchScenario);
    this.scenarios = [...this.scenarios.filter((s) => s.id !== scenario.id), scenario].sort(byUpdated);
  }

  async #setActive(id: string | null): Promise<void> {
    this.activeId = id;
    try {
      await (await this.#storeP()).setActiveScenarioId(id);
    } catch {
      // Only the reopening after a reload is lost.
    }
  }

  #dataRef(): DataSetRef | null {
    const a = this.#deps.data.active;
    return a ? { id: a.id, name: a.name } : null;
  }

  /** Whether `ref` names the active data set (by id, or by name when only the name is known). */
  #isActive(ref: DataSetRef | null): boolean {
    const a = this.#deps.data.active;
    return !!a && !!ref && (a.id === ref.id || (ref.id === null && a.name === ref.name));
  }

  /**
   * A traffic model, or null with the reason kept for the notice: a model that cannot be fitted
   * (the data worker failed) must not stop the scenario from being saved.
   */
  async #traffic(fit: () => Promise<SharedTrafficModel | null>): Promise<{ model: SharedTrafficModel | null; note: string }> {
    try {
      return { model: await fit(), note: '' };
    } catch (err) {
      return { model: null, note: ` The traffic model could not be fitted (${messageOf(err)}), so it is not in the scenario.` };
    }
  }

  /** The scenario with its traffic model: the one it has, else the active data set's fit when the scenario reads that data set. */
  async #withTraffic(s: WorkbenchScenario): Promise<WorkbenchScenario> {
    if (s.trafficModel || !this.#isActive(s.dataSet)) return s;
    const { model } = await this.#traffic(() => this.#deps.traffic.fitFor(s.pages.ports));
    if (!model) return s;
    // Kept, so the next export or share need not fit again; the inputs did not change, so neither does updatedAt.
    const withModel = { ...s, trafficModel: model };
    await this.#guard('The scenario could not be saved', () => this.#save(withModel));
    return withModel;
  }

  async #guard(what: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (err) {
      this.notice = { kind: 'error', text: `${what}: ${messageOf(err)}` };
    }
  }

  /** A new scenario from every page's current inputs and the active data set; it becomes the active one. */
  async create(name: string, notes = ''): Promise<WorkbenchScenario | null> {
    await this.#deps.pages.init();
    const now = this.#now();
    const pages = this.#deps.pages.read();
    const seed = sharedSeed(pages);
    const traffic = await this.#traffic(() => this.#deps.traffic.current());
    const scenario: WorkbenchScenario = {
      version: WORKBENCH_VERSION, id: this.#newId(), name: name.trim() || 'Untitled scenario', notes, createdAt: now, updatedAt: now,
      ...(seed !== undefined ? { seed } : {}), dataSet: this.#dataRef(), ...(traffic.model ? { trafficModel: traffic.model } : {}), pages,
    };
    let ok = false;
    await this.#guard('The scenario could not be saved', async () => {
      await this.#save(scenario);
      await this.#setActive(scenario.id);
      this.notice = { kind: traffic.note ? 'warning' : 'info', text: `Saved “${scenario.name}” from the current inputs.${traffic.note}` };
      ok = true;
    });
    return ok ? scenario : null;
  }

  #find(id: string): WorkbenchScenario | null {
    return this.scenarios.find((s) => s.id === id) ?? null;
  }

  async #edit(id: string, patch: Partial<WorkbenchScenario>, what: string): Promise<void> {
    const s = this.#find(id);
    if (!s) return;
    await this.#guard(what, () => this.#save({ ...s, ...patch, updatedAt: this.#now() }));
  }

  rename(id: string, name: string): Promise<void> {
    if (!name.trim()) return Promise.resolve();
    return this.#edit(id, { name: name.trim() }, 'The scenario could not be renamed');
  }

  setNotes(id: string, notes: string): Promise<void> {
    return this.#edit(id, { notes }, 'The notes could not be saved');
  }

  /** The scenario's inputs replaced by every page's current ones (its old results no longer apply). */
  async updateFromCurrent(id: string): Promise<void> {
    const s = this.#find(id);
    if (!s) return;
    await this.#deps.pages.init();
    const pages = this.#deps.pages.read();
    const seed = sharedSeed(pages);
    const traffic = await this.#traffic(() => this.#deps.traffic.current());
    const { results: _r, seed: _s, trafficModel: _t, ...rest } = s;
    await this.#guard('The scenario could not be saved', async () => {
      await this.#save({
        ...rest, ...(seed !== undefined ? { seed } : {}), pages, dataSet: this.#dataRef(),
        ...(traffic.model ? { trafficModel: traffic.model } : {}), updatedAt: this.#now(),
      });
      this.notice = { kind: traffic.note ? 'warning' : 'info', text: `Updated “${s.name}” from the current inputs.${traffic.note}` };
    });
  }

  async duplicate(id: string): Promise<WorkbenchScenario | null> {
    const s = this.#find(id);
    if (!s) return null;
    const now = this.#now();
    const copy: WorkbenchScenario = { ...structuredClone($state.snapshot(s) as WorkbenchScenario), id: this.#newId(), name: copyName(s.name, this.scenarios.map((x) => x.name)), createdAt: now, updatedAt: now };
    await this.#guard('The copy could not be saved', () => this.#save(copy));
    return copy;
  }

  async remove(id: string): Promise<void> {
    await this.#guard('The scenario could not be deleted', async () => {
      await (await this.#storeP()).deleteScenario(id);
      this.scenarios = this.scenarios.filter((s) => s.id !== id);
      if (this.activeId === id) await this.#setActive(null);
    });
  }

  /**
   * Writes the scenario's forms into the pages, switches to its data set, and offers its traffic
   * model on the Ports page, which runs on it when the data set is not in this browser.
   */
  async open(id: string, opts: { quiet?: boolean } = {}): Promise<void> {
    const s = this.#find(id);
    if (!s) return;
    await this.#deps.pages.init();
    await this.#deps.pages.write(s.pages);
    const found = s.dataSet ? await this.#openData(s.dataSet) : false;
    await this.#deps.traffic.offer(s.trafficModel ?? null, { dataMissing: !found });
    await this.#setActive(id);
    if (!opts.quiet) this.notice = openNotice(s, found);
  }

  /** Switches to the referenced data set: by id, else the newest by name, else the bundled sample of that name; false when there is none. */
  async #openData(ref: DataSetRef): Promise<boolean> {
    const data = this.#deps.data;
    await data.init();
    if (this.#isActive(ref)) return true;
    const byId = ref.id ? data.datasets.find((d) => d.id === ref.id) : undefined;
    const byName = [...data.datasets].sort((a, b) => b.createdMs - a.createdMs).find((d) => d.name === ref.name);
    const found = byId ?? byName;
    if (found) {
      await data.switchTo(found.id);
      return true;
    }
    return data.openSample(ref.name);
  }

  /** A download of the scenario as JSON, with its traffic model (fitted now if it reads the active data set and has none). */
  async exportJson(id: string): Promise<{ fileName: string; text: string } | null> {
    const found = this.#find(id);
    if (!found) return null;
    const s = await this.#withTraffic(found);
    const safe = s.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
    return { fileName: `${safe}.headroom.json`, text: scenarioJson($state.snapshot(s)) };
  }

  /** Adds a scenario read from a file (version 1 or 2); a refused file changes nothing. */
  async importText(text: string, fileName: string): Promise<WorkbenchScenario | null> {
    this.importError = null;
    let parsed: WorkbenchScenario;
    try {
      parsed = parseWorkbenchScenario(text, fileName, { now: this.#now() });
    } catch (err) {
      this.importError = err instanceof ScenarioFileError ? err.message : `${fileName}: ${messageOf(err)}`;
      return null;
    }
    const added = await this.#add(parsed);
    if (added) this.notice = { kind: 'info', text: `Imported “${added.name}” from ${fileName}. Your other scenarios are unchanged.` };
    return added;
  }

  async importBundled(id: string): Promise<WorkbenchScenario | null> {
    const b = this.bundled.find((x) => x.id === id);
    return b ? this.importText(b.json, b.fileName) : null;
  }

  /** Adds a scenario under a fresh id, so nothing saved is ever overwritten by what comes in. */
  async #add(s: WorkbenchScenario): Promise<WorkbenchScenario | null> {
    const taken = this.scenarios.map((x) => x.name);
    const added: WorkbenchScenario = { ...s, id: this.#newId(), name: taken.includes(s.name) ? copyName(s.name, taken) : s.name };
    let ok = false;
    await this.#guard('The scenario could not be saved', async () => {
      await this.#save(added);
      ok = true;
    });
    return ok ? added : null;
  }

  /** The share text of a scenario (for `#/scenarios?share=`), with its traffic model as exportJson has it. */
  async shareText(id: string): Promise<string | null> {
    const found = this.#find(id);
    if (!found) return null;
    const s = await this.#withTraffic(found);
    return encodeShare($state.snapshot(s) as WorkbenchScenario);
  }

  /** Adds the scenario of a share link beside the user's own. */
  async addShared(text: string): Promise<WorkbenchScenario | null> {
    let parsed: WorkbenchScenario;
    try {
      parsed = decodeShare(text);
    } catch (err) {
      this.notice = { kind: 'error', text: `The shared scenario could not be read: ${messageOf(err)}. Nothing was changed.` };
      return null;
    }
    const added = await this.#add(parsed);
    if (added) {
      let data = '';
      if (added.dataSet && added.trafficModel) {
        data = ` It reads the data set “${added.dataSet.name}”: the call records are not in the link, but the traffic model fitted from them is, so the Ports page runs without them.`;
      } else if (added.dataSet) {
        data = ` It reads the data set “${added.dataSet.name}”: the call records are not in the link, so open it with that data set imported, or switch the pages to their scenario (no data) source.`;
      }
      this.notice = { kind: 'info', text: `Added “${added.name}” from a shared link. Your own scenarios are unchanged.${data}` };
    }
    return added;
  }

  /**
   * Runs each scenario's pages in turn (2 to 4 scenarios), keeps their key numbers in the
   * scenarios, then puts the forms and the data set back as they were before.
   */
  async runCompare(ids: string[], pages: ComparePage[] = COMPARE_PAGES): Promise<void> {
    const chosen = ids.filter((id) => this.#find(id)).slice(0, MAX_COMPARE);
    if (chosen.length < 2 || this.busy) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.compare = { status: 'running', ids: chosen, pages, step: 0, error: null };
    await this.#deps.pages.init();
    const before = { pages: this.#deps.pages.read(), dataId: this.#deps.data.active?.id ?? null, activeId: this.activeId, traffic: this.#deps.traffic.offered };
    try {
      for (const [k, id] of chosen.entries()) {
        this.compare = { ...this.compare, step: k + 1 };
        await this.open(id, { quiet: true });
        await this.#deps.runPages(pages, abort.signal);
        // Only the pages run now: another page's numbers would be an earlier scenario's.
        const all = this.#deps.keyResults();
        const ran = Object.fromEntries(pages.filter((p) => all[p] !== undefined).map((p) => [p, all[p]])) as ScenarioKeyResults;
        const s = this.#find(id);
        if (s) await this.#save({ ...s, results: { computedAt: this.#now(), ...ran } });
      }
      this.compare = { ...this.compare, status: 'done' };
    } catch (err) {
      this.compare = abort.signal.aborted ? { ...this.compare, status: 'cancelled' } : { ...this.compare, status: 'failed', error: messageOf(err) };
    } finally {
      this.#abort = null;
      await this.#deps.pages.write(before.pages);
      await this.#deps.traffic.offer(before.traffic, { dataMissing: false });
      if (before.dataId && this.#deps.data.active?.id !== before.dataId) await this.#deps.data.switchTo(before.dataId);
      await this.#setActive(before.activeId);
    }
  }

  cancelCompare(): void {
    this.#abort?.abort();
  }
}

/** What opening a scenario did about its data set, in words. */
function openNotice(s: WorkbenchScenario, found: boolean): Notice {
  if (!s.dataSet || found) return { kind: 'info', text: `Opened “${s.name}”: every page now has its inputs.` };
  const missing = `The inputs are open, but this scenario reads the data set “${s.dataSet.name}”, which is not stored in this browser.`;
  if (s.trafficModel) {
    return {
      kind: 'warning',
      text: `${missing} The Ports page runs on the traffic model shared with the scenario; for the pages that read call records, import the data set on the Data page.`,
    };
  }
  return { kind: 'warning', text: `${missing} Import it on the Data page, or switch the pages to their scenario (no data) source.` };
}

// ---------------------------------------------------------------------------------------------
// The app's instance, wired to the pages' managers.

const bundledJson = import.meta.glob<string>('/scenarios/*.json', { eager: true, query: '?raw', import: 'default' });

/** The usage scenarios index.json lists (the contract example is another format). */
function bundledScenarios(): BundledScenario[] {
  const index = bundledJson['/scenarios/index.json'];
  let ids: string[] = [];
  try {
    const parsed = JSON.parse(index ?? '{}') as { scenarios?: unknown };
    ids = Array.isArray(parsed.scenarios) ? parsed.scenarios.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    ids = [];
  }
  return ids.flatMap((id) => {
    const json = bundledJson[`/scenarios/${id}.json`];
    if (json === undefined) return [];
    let name = id;
    try {
      const n = (JSON.parse(json) as { name?: unknown }).name;
      if (typeof n === 'string') name = n;
    } catch {
      /* the import will word the problem */
    }
    return [{ id, name, fileName: `${id}.json`, json }];
  });
}

const plain = <T>(x: T): Record<string, unknown> => structuredClone($state.snapshot(x)) as Record<string, unknown>;

const pagesPort: PagesPort = {
  async init() {
    await Promise.all([portsManager.init(), rechargeManager.init(), storageManager.init(), licensesManager.init(), contractManager.init()]);
  },
  read() {
    return {
      ports: plain(portsManager.inputs),
      recharge: plain(rechargeManager.inputs),
      storage: plain(storageManager.inputs),
      licenses: plain(licensesManager.inputs),
      contract: plain(contractManager.inputs),
    };
  },
  async write(pages) {
    const licenses = restoreLicensesInputs(pages.licenses);
    const rosterChanged = JSON.stringify(licenses.roster) !== JSON.stringify(licensesManager.inputs.roster) || JSON.stringify(licenses.rosterColumns) !== JSON.stringify(licensesManager.inputs.rosterColumns);
    await Promise.all([
      portsManager.update(restoreInputs(pages.ports)),
      rechargeManager.update(restoreRechargeInputs(pages.recharge)),
      storageManager.update(restoreStorageInputs(pages.storage)),
      contractManager.update(restoreContractInputs(pages.contract)),
      licensesManager.update(licenses),
    ]);
    // The roster is read from its text: a different roster must be read again (in the background).
    if (rosterChanged) {
      if (licenses.roster) void licensesManager.reimport();
      else await licensesManager.clearRoster();
    }
  },
};

const dataPort: DataPort = {
  init: () => dataManager.init(),
  get active() {
    return dataManager.active;
  },
  get datasets() {
    return dataManager.datasets;
  },
  switchTo: (id) => dataManager.switchTo(id),
  async openSample(fileName) {
    const sample = dataManager.scenarios.list.find((s) => s.fileName === fileName);
    if (!sample) return false;
    await dataManager.openScenario(sample.id);
    return dataManager.active?.name === fileName;
  },
};

const trafficPort: TrafficPort = {
  current: () => portsManager.currentShared(),
  async fitFor(form) {
    const f = restoreInputs(form);
    return f.source === 'data' ? portsManager.fitShared({ portKinds: f.portKinds, holding: f.holding }) : null;
  },
  get offered() {
    return portsManager.shared;
  },
  // After pages.write the Ports form is the scenario's: a form reading a data set that is not here runs on the model.
  offer: (model, { dataMissing }) => portsManager.offerShared(model, dataMissing && portsManager.inputs.source === 'data'),
};

/**
 * The Licenses page's roster check and pool sizing with its current inputs, awaited, for a
 * comparison; a page without a roster (or that cannot size) is skipped, so it has no key result.
 */
async function runLicenses(signal?: AbortSignal): Promise<void> {
  const m = licensesManager;
  await m.init();
  if (!m.inputs.roster) return;
  await m.reimport();
  signal?.throwIfAborted();
  await m.diagnose();
  signal?.throwIfAborted();
  if (m.blocked) return;
  const onAbort = () => m.sim.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await m.runPools();
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

export const workbenchManager = new WorkbenchManager({
  openStore: () => openDataStore(),
  pages: pagesPort,
  data: dataPort,
  traffic: trafficPort,
  async runPages(pages, signal) {
    await runPages(pages.filter((p): p is RunnablePage => p !== 'licenses'), signal);
    if (pages.includes('licenses')) await runLicenses(signal);
    signal?.throwIfAborted();
  },
  keyResults: () => {
    const licenses = licensesManager.keyResult;
    return { ...keyResults(), ...(licenses ? { licenses } : {}) };
  },
  bundled: bundledScenarios(),
});

/**
 * A share link's text, taken from the address before the router tidies the hash away (this
 * module loads before the app mounts), and from any share link pasted into the address later.
 */
let pendingShare: string | null = typeof location === 'undefined' ? null : shareFromHash(location.hash);
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const share = shareFromHash(location.hash);
    if (share) void workbenchManager.init().then(() => workbenchManager.addShared(share));
  });
}

/** Starts the workbench once the app is up: reads the saved scenarios and adds a shared one. */
export async function startWorkbench(): Promise<void> {
  const share = pendingShare;
  pendingShare = null;
  await workbenchManager.init(share);
  if (share && !location.hash.startsWith('#/scenarios')) location.hash = '#/scenarios';
}
