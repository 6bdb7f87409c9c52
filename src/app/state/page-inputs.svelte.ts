/**
 * A page's form, kept in the settings store between visits: read once at start (checked by the
 * page's own `restore`, since an older version may have written it), written after each change.
 */
import { openDataStore, type DataStore } from '../persistence/data-store.ts';
import type { PageSettings } from '../persistence/types.ts';

export type PageStore = Pick<DataStore, 'getPageSetting' | 'setPageSetting'>;

export class PageInputs<K extends keyof PageSettings, T extends PageSettings[K]> {
  inputs = $state.raw<T>() as T;
  ready = $state(false);

  readonly #key: K;
  readonly #defaults: () => T;
  readonly #restore: (stored: unknown) => T;
  readonly #openStore: () => Promise<PageStore>;
  #store: Promise<PageStore> | null = null;
  #init: Promise<void> | null = null;
  #saving: Promise<void> = Promise.resolve();

  constructor(key: K, defaults: () => T, restore: (stored: unknown) => T, openStore: () => Promise<PageStore> = () => openDataStore()) {
    this.#key = key;
    this.#defaults = defaults;
    this.#restore = restore;
    this.#openStore = openStore;
    this.inputs = defaults();
  }

  #storeP(): Promise<PageStore> {
    this.#store ??= this.#openStore();
    return this.#store;
  }

  /** Reads the stored form. Runs once. */
  init(): Promise<void> {
    this.#init ??= (async () => {
      try {
        const stored = await (await this.#storeP()).getPageSetting(this.#key);
        if (stored !== undefined) this.inputs = this.#restore(stored);
      } catch {
        // Without storage the defaults stand; the page still works, only nothing is remembered.
      }
      this.ready = true;
    })();
    return this.#init;
  }

  /** Changes some inputs and stores the form; resolves once stored. */
  update(patch: Partial<T>): Promise<void> {
    this.inputs = { ...this.inputs, ...patch };
    const snapshot = structuredClone($state.snapshot(this.inputs)) as T;
    this.#saving = this.#saving
      .then(async () => (await this.#storeP()).setPageSetting(this.#key, snapshot))
      .catch(() => undefined);
    return this.#saving;
  }

  /** Puts every input back to its default. */
  reset(): Promise<void> {
    return this.update(this.#defaults());
  }
}
