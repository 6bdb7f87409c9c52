/**
 * The workbench's scenarios: named, saved sets of every page's inputs, kept in IndexedDB. Opening
 * one writes each page's form through its manager (after the page's own repair) and switches the
 * data set it names; comparing opens each chosen scenario in turn, runs the pages, keeps the key
 * numbers in the scenario and puts the forms back as they were. Import, export and share links
 * never replace a scenario already saved: whatever comes in is added under a fresh id.
 */
import { decodeShare, encodeShare, shareFromHash } from '../../core/workbench/share-link.ts';
import { parseWorkbenchScenario, ScenarioFileError } from '../../core/workbench/parse-workbench-scenario.ts';
import { SCENARIO_PAGES, WORKBENCH_VERSION, type DataSetRef, type ScenarioPages, type WorkbenchScenario } from '../../core/workbench/types.ts';
import { openDataStore, type DataStore } from '../persistence/data-store.ts';
import { contractManager } from './contract-manager.svelte.ts';
import { restoreContractInputs } from './contract-inputs.ts';
import { dataManager } from './data-manager.svelte.ts';
import { licensesManager } from './licenses-manager.svelte.ts';
import { restoreLicensesInputs } from './licenses-inputs.ts';
import { keyResults, runPages, type KeyResults, type RunnablePage } from './page-runs.ts';
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
  runPages: (pages: RunnablePage[], signal?: AbortSignal) => Promise<void>;
  keyResults: () => KeyResults;
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
  pages: RunnablePage[];
  /** Which scenario is being run, 1-based, while running. */
  step: number;
  error: string | null;
}

export const MAX_COMPARE = 4;
export const COMPARE_PAGES: RunnablePage[] = ['ports', 'recharge', 'storage', 'contract'];

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
    const scenario: WorkbenchScenario = {
      version: WORKBENCH_VERSION, id: this.#newId(), name: name.trim() || 'Untitled scenario', notes, createdAt: now, updatedAt: now,
      ...(seed !== undefined ? { seed } : {}), dataSet: this.#dataRef(), pages,
    };
    let ok = false;
    await this.#guard('The scenario could not be saved', async () => {
      await this.#save(scenario);
      await this.#setActive(scenario.id);
      this.notice = { kind: 'info', text: `Saved “${scenario.name}” from the current inputs.` };
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
    const { results: _r, seed: _s, ...rest } = s;
    await this.#guard('The scenario could not be saved', async () => {
      await this.#save({ ...rest, ...(seed !== undefined ? { seed } : {}), pages, dataSet: this.#dataRef(), updatedAt: this.#now() });
      this.notice = { kind: 'info', text: `Updated “${s.name}” from the current inputs.` };
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

  /** Writes the scenario's forms into the pages and switches to its data set (or says why not). */
  async open(id: string, opts: { quiet?: boolean } = {}): Promise<void> {
    const s = this.#find(id);
    if (!s) return;
    await this.#deps.pages.init();
    await this.#deps.pages.write(s.pages);
    const dataNote = await this.#openData(s.dataSet);
    await this.#setActive(id);
    if (!opts.quiet) this.notice = dataNote ?? { kind: 'info', text: `Opened “${s.name}”: every page now has its inputs.` };
  }

  /** Switches to the referenced data set: by id, else the newest by name, else the bundled sample of that name. */
  async #openData(ref: DataSetRef | null): Promise<Notice | null> {
    if (!ref) return null;
    const data = this.#deps.data;
    await data.init();
    if (data.active && (data.active.id === ref.id || (ref.id === null && data.active.name === ref.name))) return null;
    const byId = ref.id ? data.datasets.find((d) => d.id === ref.id) : undefined;
    const byName = [...data.datasets].sort((a, b) => b.createdMs - a.createdMs).find((d) => d.name === ref.name);
    const found = byId ?? byName;
    if (found) {
      await data.switchTo(found.id);
      return null;
    }
    if (await data.openSample(ref.name)) return null;
    return {
      kind: 'warning',
      text: `The inputs are open, but this scenario reads the data set “${ref.name}”, which is not stored in this browser. Import it on the Data page, or switch the pages to their scenario (no data) source.`,
    };
  }

  /** A download of the scenario as JSON. */
  exportJson(id: string): { fileName: string; text: string } | null {
    const s = this.#find(id);
    if (!s) return null;
    const safe = s.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
    return { fileName: `${safe}.headroom.json`, text: JSON.stringify($state.snapshot(s), null, 2) + '\n' };
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

  /** The share text of a scenario (for `#/scenarios?share=`). */
  shareText(id: string): string | null {
    const s = this.#find(id);
    return s ? encodeShare($state.snapshot(s) as WorkbenchScenario) : null;
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
      const data = added.dataSet ? ` It reads the data set “${added.dataSet.name}”: the call records are not in the link, so open it with that data set imported, or switch the pages to their scenario (no data) source.` : '';
      this.notice = { kind: 'info', text: `Added “${added.name}” from a shared link. Your own scenarios are unchanged.${data}` };
    }
    return added;
  }

  /**
   * Runs each scenario's pages in turn (2 to 4 scenarios), keeps their key numbers in the
   * scenarios, then puts the forms and the data set back as they were before.
   */
  async runCompare(ids: string[], pages: RunnablePage[] = COMPARE_PAGES): Promise<void> {
    const chosen = ids.filter((id) => this.#find(id)).slice(0, MAX_COMPARE);
    if (chosen.length < 2 || this.busy) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.compare = { status: 'running', ids: chosen, pages, step: 0, error: null };
    await this.#deps.pages.init();
    const before = { pages: this.#deps.pages.read(), dataId: this.#deps.data.active?.id ?? null, activeId: this.activeId };
    try {
      for (const [k, id] of chosen.entries()) {
        this.compare = { ...this.compare, step: k + 1 };
        await this.open(id, { quiet: true });
        await this.#deps.runPages(pages, abort.signal);
        // Only the pages run now: another page's numbers would be an earlier scenario's.
        const all = this.#deps.keyResults();
        const ran = Object.fromEntries(pages.filter((p) => all[p] !== undefined).map((p) => [p, all[p]])) as KeyResults;
        const s = this.#find(id);
        if (s) await this.#save({ ...s, results: { computedAt: this.#now(), ...ran } });
      }
      this.compare = { ...this.compare, status: 'done' };
    } catch (err) {
      this.compare = abort.signal.aborted ? { ...this.compare, status: 'cancelled' } : { ...this.compare, status: 'failed', error: messageOf(err) };
    } finally {
      this.#abort = null;
      await this.#deps.pages.write(before.pages);
      if (before.dataId && this.#deps.data.active?.id !== before.dataId) await this.#deps.data.switchTo(before.dataId);
      await this.#setActive(before.activeId);
    }
  }

  cancelCompare(): void {
    this.#abort?.abort();
  }
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

export const workbenchManager = new WorkbenchManager({
  openStore: () => openDataStore(),
  pages: pagesPort,
  data: dataPort,
  runPages,
  keyResults,
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
