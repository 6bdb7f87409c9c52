import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import type { KeyResults, RunnablePage } from '../../../../src/app/state/page-runs.ts';
import { copyName, WorkbenchManager, type DataPort, type PagesPort } from '../../../../src/app/state/workbench-manager.svelte.ts';
import { encodeShare } from '../../../../src/core/workbench/share-link.ts';
import type { ScenarioPages } from '../../../../src/core/workbench/types.ts';

let dbCount = 0;

/** Pages whose forms are plain objects, a data port with two stored data sets, and runs whose results follow the recharge form. */
function fixture(opts: { db?: string; pages?: ScenarioPages } = {}) {
  const db = opts.db ?? `workbench-${++dbCount}`;
  let forms: ScenarioPages = opts.pages ?? { ports: { seed: '1' }, recharge: { replications: 100, growthPct: 0, seed: '1' }, storage: { seed: '1' }, licenses: { seed: '1' }, contract: { seed: '1' } };
  const pages: PagesPort = {
    init: async () => undefined,
    read: () => structuredClone(forms),
    write: async (p) => { forms = structuredClone(p); },
  };
  const switched: string[] = [];
  const data: DataPort & { activeId: string | null } = {
    activeId: 'ds-1',
    init: async () => undefined,
    get active() { return this.activeId ? { id: this.activeId, name: this.activeId === 'ds-1' ? 'calls.csv' : 'other.csv' } : null; },
    datasets: [{ id: 'ds-1', name: 'calls.csv', createdMs: 1 }, { id: 'ds-2', name: 'other.csv', createdMs: 2 }],
    async switchTo(id) { switched.push(id); this.activeId = id; },
    openSample: async () => false,
  };
  const runs: RunnablePage[][] = [];
  let clock = 0;
  let ids = 0;
  const make = () => new WorkbenchManager({
    openStore: () => openDataStore(db),
    pages,
    data,
    runPages: async (p) => { runs.push(p); },
    keyResults: (): KeyResults => ({
      recharge: { pZero: 0.01 * (1 + Number(forms.recharge.growthPct)), rechargesPerMonth: 2, idleBalanceCents: 1000 },
      storage: { fee12Cents: 500, firstFeeMonth: null },
    }),
    now: () => new Date(Date.UTC(2026, 10, 2, 9, 0, clock++)).toISOString(),
    newId: () => `id-${db}-${++ids}`,
  });
  return { manager: make(), make, db, data, switched, runs, setForms: (f: ScenarioPages) => { forms = f; }, forms: () => forms };
}

describe('WorkbenchManager', () => {
  it('create() saves every page’s current inputs with the active data set and makes it active', async () => {
    const { manager } = fixture();
    await manager.init();
    const s = await manager.create('Base');
    expect(s).toMatchObject({ version: 2, name: 'Base', seed: '1', dataSet: { id: 'ds-1', name: 'calls.csv' } });
    expect(s!.pages.recharge).toEqual({ replications: 100, growthPct: 0, seed: '1' });
    expect(manager.activeId).toBe(s!.id);
  });

  it('reopens the last active scenario after a reload (a new manager on the same database)', async () => {
    const f = fixture();
    await f.manager.init();
    const s = await f.manager.create('Base');
    await f.manager.rename(s!.id, 'Base plan');
    await f.manager.setNotes(s!.id, 'what we run today');
    const again = f.make();
    await again.init();
    expect(again.activeId).toBe(s!.id);
    expect(again.active).toMatchObject({ name: 'Base plan', notes: 'what we run today' });
  });

  it('open(id) writes the forms and switches to the data set by id', async () => {
    const f = fixture();
    await f.manager.init();
    const s = await f.manager.create('Base');
    f.setForms({ ...f.forms(), recharge: { growthPct: 50 } });
    f.data.activeId = 'ds-2';
    await f.manager.open(s!.id);
    expect(f.forms().recharge).toEqual({ replications: 100, growthPct: 0, seed: '1' });
    expect(f.switched).toEqual(['ds-1']);
  });

  it('open(id) says so when the data set is not stored here, and still opens the inputs', async () => {
    const f = fixture();
    await f.manager.init();
    await f.manager.importText(JSON.stringify({ version: 1, id: 'x', name: 'Elsewhere', data: 'missing.csv', ports: { growthPct: 5 } }), 'x.json');
    const s = f.manager.scenarios.find((x) => x.name === 'Elsewhere')!;
    await f.manager.open(s.id);
    expect(f.forms().ports).toMatchObject({ growthPct: 5 });
    expect(f.manager.notice).toMatchObject({ kind: 'warning' });
    expect(f.manager.notice!.text).toContain('missing.csv');
  });

  it('duplicate(id) adds a copy under a new id and name; remove(id) deletes only that one', async () => {
    const { manager } = fixture();
    await manager.init();
    const s = await manager.create('Base');
    const copy = await manager.duplicate(s!.id);
    expect(copy).toMatchObject({ name: 'Base (copy)', pages: s!.pages });
    expect(copy!.id).not.toBe(s!.id);
    await manager.remove(s!.id);
    expect(manager.scenarios.map((x) => x.name)).toEqual(['Base (copy)']);
    expect(manager.activeId).toBeNull();
  });

  it('importText() adds under a fresh id and never replaces; a refused file changes nothing and says why', async () => {
    const { manager } = fixture();
    await manager.init();
    const s = await manager.create('Base');
    const out = manager.exportJson(s!.id)!;
    const added = await manager.importText(out.text, out.fileName);
    expect(added!.id).not.toBe(s!.id);
    expect(added!.name).toBe('Base (copy)');
    const before = manager.scenarios;
    expect(await manager.importText(JSON.stringify({ ...JSON.parse(out.text), version: 9 }), 'new.json')).toBeNull();
    expect(manager.importError).toMatch(/^new\.json: \$\.version: this scenario is version 9/);
    expect(manager.scenarios).toBe(before);
  });

  it('addShared(text) adds the shared scenario beside the user’s own and says so', async () => {
    const a = fixture();
    await a.manager.init();
    const s = await a.manager.create('Shared plan');
    const text = a.manager.shareText(s!.id)!;
    const b = fixture();
    await b.manager.init();
    const own = await b.manager.create('Mine');
    await b.manager.init(text);
    expect(b.manager.scenarios.map((x) => x.name).sort()).toEqual(['Mine', 'Shared plan']);
    expect(b.manager.activeId).toBe(own!.id);
    expect(b.manager.notice!.text).toMatch(/Added “Shared plan” from a shared link\. Your own scenarios are unchanged\./);
    expect(await b.manager.addShared(encodeShare(s!).slice(0, 20))).toBeNull();
    expect(b.manager.notice!.kind).toBe('error');
  });

  it('runCompare(ids) runs each scenario, keeps its key results, and puts the forms and the active scenario back', async () => {
    const f = fixture();
    await f.manager.init();
    const base = await f.manager.create('Base');
    f.setForms({ ...f.forms(), recharge: { replications: 100, growthPct: 1, seed: '1' } });
    const grown = await f.manager.create('Growth');
    await f.manager.open(base!.id);
    f.setForms({ ...f.forms(), recharge: { replications: 100, growthPct: 3, seed: '1' } }); // unsaved edits
    await f.manager.runCompare([base!.id, grown!.id], ['recharge']);
    expect(f.manager.compare.status).toBe('done');
    expect(f.runs).toEqual([['recharge'], ['recharge']]);
    const results = [base!.id, grown!.id].map((id) => f.manager.scenarios.find((s) => s.id === id)!.results);
    expect(results.map((r) => r?.recharge?.pZero)).toEqual([0.01, 0.02]);
    // Only the pages run are kept: the storage numbers were not computed for these scenarios.
    expect(results[0]).not.toHaveProperty('storage');
    expect(f.forms().recharge.growthPct).toBe(3);
    expect(f.manager.activeId).toBe(base!.id);
  });

  it('runCompare() needs two scenarios', async () => {
    const f = fixture();
    await f.manager.init();
    const s = await f.manager.create('Only');
    await f.manager.runCompare([s!.id]);
    expect(f.runs).toEqual([]);
  });

  it('copyName(name, taken) finds the first free copy name', () => {
    expect(copyName('Plan', ['Plan'])).toBe('Plan (copy)');
    expect(copyName('Plan (copy)', ['Plan', 'Plan (copy)'])).toBe('Plan (copy 2)');
  });
});

describe('openDataStore() version 2', () => {
  it('adds the scenarios store to a version-1 database and keeps its data', async () => {
    const name = 'upgrade-from-1';
    const req = indexedDB.open(name, 1);
    await new Promise<void>((resolve, reject) => {
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('datasets', { keyPath: 'id' });
        db.createObjectStore('contents', { keyPath: 'id' });
        db.createObjectStore('settings').put('ds-9', 'activeId');
        db.createObjectStore('mappings');
      };
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
    const store = await openDataStore(name);
    expect((await store.getSettings()).activeId).toBe('ds-9');
    expect(await store.listScenarios()).toEqual([]);
    store.close();
  });
});
