/**
 * IndexedDB storage of data sets, settings and remembered mappings. Nothing here leaves the browser.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Mapping } from '../../core/ingest/types.ts';
import type { WorkbenchScenario } from '../../core/workbench/types.ts';
import type { DataSet, DataSetContent, DataSetMeta, PageSettings, Settings } from './types.ts';

interface HeadroomDb extends DBSchema {
  datasets: { key: string; value: DataSetMeta };
  contents: { key: string; value: DataSetContent };
  settings: { key: string; value: unknown };
  mappings: { key: string; value: Mapping };
  /** Workbench scenarios (src/core/workbench/types.ts), by id; checked by parseWorkbenchScenario when read. */
  scenarios: { key: string; value: WorkbenchScenario };
}

/** 2: adds the scenarios store. */
const VERSION = 2;

/** The listing part of a data set. */
export function metaOf(dataSet: DataSet): DataSetMeta {
  const { table: _t, header: _h, rejected: _r, rejectedRows: _rr, warnings: _w, typeLabelCounts: _c, ...meta } = dataSet;
  return meta;
}

export class DataStore {
  readonly #db: IDBPDatabase<HeadroomDb>;

  constructor(db: IDBPDatabase<HeadroomDb>) {
    this.#db = db;
  }

  /** The database's name, so the data worker can open the same one. */
  get name(): string {
    return this.#db.name;
  }

  /**
   * A data set's table and rejected rows, written by the data worker where the table was built:
   * storing it from the page would clone tens of MB on the main thread. The listing (putMeta)
   * follows from the page once this has succeeded.
   */
  async putContents(content: DataSetContent): Promise<void> {
    await this.#db.put('contents', content);
  }

  /** Stored data sets, newest first. */
  async listDataSets(): Promise<DataSetMeta[]> {
    const all = await this.#db.getAll('datasets');
    return all.sort((a, b) => b.createdMs - a.createdMs);
  }

  async getDataSet(id: string): Promise<DataSet | null> {
    const tx = this.#db.transaction(['datasets', 'contents'], 'readonly');
    const [meta, content] = await Promise.all([tx.objectStore('datasets').get(id), tx.objectStore('contents').get(id)]);
    await tx.done;
    if (!meta || !content) return null;
    const { id: _id, ...rest } = content;
    return { ...meta, ...rest };
  }

  async putDataSet(dataSet: DataSet): Promise<void> {
    const { table, header, rejected, rejectedRows, warnings, typeLabelCounts } = dataSet;
    const meta = metaOf(dataSet);
    const tx = this.#db.transaction(['datasets', 'contents'], 'readwrite');
    await Promise.all([
      tx.objectStore('datasets').put(meta),
      tx.objectStore('contents').put({ id: meta.id, table, header, rejected, rejectedRows, warnings, typeLabelCounts }),
      tx.done,
    ]);
  }

  /** Replaces a stored data set's meta (e.g. its mapping after a label edit); the table is untouched. */
  async putMeta(meta: DataSetMeta): Promise<void> {
    await this.#db.put('datasets', meta);
  }

  async deleteDataSet(id: string): Promise<void> {
    const tx = this.#db.transaction(['datasets', 'contents'], 'readwrite');
    await Promise.all([tx.objectStore('datasets').delete(id), tx.objectStore('contents').delete(id), tx.done]);
  }

  async getSettings(): Promise<Settings> {
    const [activeId, portKinds, timeZone, maxRows] = await Promise.all([
      this.#db.get('settings', 'activeId'),
      this.#db.get('settings', 'portKinds'),
      this.#db.get('settings', 'timeZone'),
      this.#db.get('settings', 'maxRows'),
    ]);
    return {
      activeId: typeof activeId === 'string' ? activeId : null,
      portKinds: Array.isArray(portKinds) ? portKinds.filter((k): k is string => typeof k === 'string') : null,
      timeZone: typeof timeZone === 'string' ? timeZone : null,
      maxRows: typeof maxRows === 'number' && Number.isInteger(maxRows) && maxRows > 0 ? maxRows : null,
    };
  }

  async setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    if (value === null) await this.#db.delete('settings', key);
    else await this.#db.put('settings', value, key);
  }

  /** A page's own inputs (see PageSettings), as stored: the page checks them before use. */
  async getPageSetting<K extends keyof PageSettings>(key: K): Promise<unknown> {
    return this.#db.get('settings', key);
  }

  async setPageSetting<K extends keyof PageSettings>(key: K, value: PageSettings[K]): Promise<void> {
    await this.#db.put('settings', value, key);
  }

  /** The mapping last confirmed for a header, keyed by `headerSignature(header)`. */
  async getRememberedMapping(signature: string): Promise<Mapping | null> {
    return (await this.#db.get('mappings', signature)) ?? null;
  }

  async rememberMapping(signature: string, mapping: Mapping): Promise<void> {
    await this.#db.put('mappings', mapping, signature);
  }

  /** Stored workbench scenarios as stored (unknown: an older app may have written them). */
  async listScenarios(): Promise<unknown[]> {
    return this.#db.getAll('scenarios');
  }

  async putScenario(scenario: WorkbenchScenario): Promise<void> {
    await this.#db.put('scenarios', scenario);
  }

  async deleteScenario(id: string): Promise<void> {
    await this.#db.delete('scenarios', id);
  }

  /** The workbench scenario open last, kept apart from Settings (the Data page's). */
  async getActiveScenarioId(): Promise<string | null> {
    const id = await this.#db.get('settings', 'activeScenarioId');
    return typeof id === 'string' ? id : null;
  }

  async setActiveScenarioId(id: string | null): Promise<void> {
    if (id === null) await this.#db.delete('settings', 'activeScenarioId');
    else await this.#db.put('settings', id, 'activeScenarioId');
  }

  close(): void {
    this.#db.close();
  }
}

/** Opens (and on first use creates) the app's database. */
export async function openDataStore(name = 'headroom'): Promise<DataStore> {
  const db = await openDB<HeadroomDb>(name, VERSION, {
    // Each step creates only what its version added, so an upgrade keeps every existing store.
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('datasets', { keyPath: 'id' });
        database.createObjectStore('contents', { keyPath: 'id' });
        database.createObjectStore('settings');
        database.createObjectStore('mappings');
      }
      if (oldVersion < 2) database.createObjectStore('scenarios', { keyPath: 'id' });
    },
  });
  return new DataStore(db);
}
