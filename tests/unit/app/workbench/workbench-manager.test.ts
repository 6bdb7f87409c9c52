import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import {
  copyName, WorkbenchManager, type ComparePage, type DataPort, type PagesPort, type ScenarioKeyResults, type TrafficPort,
} from '../../../../src/app/state/workbench-manager.svelte.ts';
import { decodeShare, encodeShare } from '../../../../src/core/workbench/share-link.ts';
import type { SharedTrafficModel } from '../../../../src/core/workbench/shared-traffic-model.ts';
import type { ScenarioPages } from '../../../../src/core/workbench/types.ts';

let dbCount = 0;

/** A shared traffic model fitted from `name` (one flat dial stream). */
function model(name: string, meanSec = 120): SharedTrafficModel {
  return {
    timeZone: 'America/Chicago', source: `${name}, 100 port-holding calls over 7 days`, dataEndMs: Date.UTC(2026, 9, 31),
    streams: [{ kind: 'dial', ratePerHour: Array<number>(168).fill(0.6), holding: { kind: 'lognormal', meanSec, cv: 1.1 } }],
  };
}

/**
 * A Ports page as the workbench sees it: reading a data set, its model is the active data set's
 * fit; otherwise the model on offer. Records what it was offered.
 */
function trafficPort(forms: () => ScenarioPages, data: { active: { name: string } | null }) {
  const port: Omit<TrafficPort, 'offered'> & { offered: SharedTrafficModel | null; offers: { model: string | null; dataMissing: boolean }[]; fits: number; failing: boolean } = {
    offered: null,
    offers: [],
    fits: 0,
    failing: false,
    async fitFor(form) {
      if (form.source !== 'data' || !data.active) return null;
      this.fits++;
      if (this.failing) throw new Error('the data worker stopped');
      return model(data.active.name, Number(form.meanSec ?? 120));
    },
    current() {
      return forms().ports.source === 'data' ? this.fitFor(forms().ports) : Promise.resolve(this.offered);
    },
    async offer(m, { dataMissing }) {
      this.offers.push({ model: m?.source ?? null, dataMissing });
      this.offered = m;
    },
  };
  return port;
}

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
  const data: Omit<DataPort, 'datasets'> & { activeId: string | null; datasets: DataPort['datasets'] } = {
    activeId: 'ds-1',
    init: async () => undefined,
    get active() { return this.activeId ? { id: this.activeId, name: this.activeId === 'ds-1' ? 'calls.csv' : 'other.csv' } : null; },
    datasets: [{ id: 'ds-1', name: 'calls.csv', createdMs: 1 }, { id: 'ds-2', name: 'other.csv', createdMs: 2 }],
    async switchTo(id) { switched.push(id); this.activeId = id; },
    openSample: async () => false,
  };
  const traffic = trafficPort(() => forms, data);
  const runs: ComparePage[][] = [];
  let clock = 0;
  let ids = 0;
  const make = () => new WorkbenchManager({
    openStore: () => openDataStore(db),
    pages,
    data,
    traffic,
    runPages: async (p) => { runs.push(p); },
    keyResults: (): ScenarioKeyResults => ({
      recharge: { pZero: 0.01 * (1 + Number(forms.recharge.growthPct)), rechargesPerMonth: 2, idleBalanceCents: 1000 },
      storage: { fee12Cents: 500, firstFeeMonth: null },
      licenses: { monthlyCostCents: 100_000 * (1 + Number(forms.recharge.growthPct)), avoidableCents: 6500, findings: 3 },
    }),
    now: () => new Date(Date.UTC(2026, 10, 2, 9, 0, clock++)).toISOString(),
    newId: () => `id-${db}-${++ids}`,
  });
  return { manager: make(), make, db, data, traffic, switched, runs, setForms: (f: ScenarioPages) => { forms = f; }, forms: () => forms };
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
    const out = (await manager.exportJson(s!.id))!;
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
    const text = (await a.manager.shareText(s!.id))!;
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

  it('runCompare() keeps the Licenses key results like the others’, and puts back the model on offer', async () => {
    const f = fixture();
    await f.manager.init();
    const base = await f.manager.create('Base');
    const grown = await f.manager.create('Growth');
    await f.traffic.offer(model('mine.csv'), { dataMissing: false });
    await f.manager.runCompare([base!.id, grown!.id], ['licenses']);
    expect(f.runs).toEqual([['licenses'], ['licenses']]);
    expect(f.manager.scenarios.find((s) => s.id === base!.id)!.results?.licenses).toEqual({ monthlyCostCents: 100_000, avoidableCents: 6500, findings: 3 });
    expect(f.traffic.offered?.source).toMatch(/^mine\.csv/);
  });

  it('copyName(name, taken) finds the first free copy name', () => {
    expect(copyName('Plan', ['Plan'])).toBe('Plan (copy)');
    expect(copyName('Plan (copy)', ['Plan', 'Plan (copy)'])).toBe('Plan (copy 2)');
  });
});

describe('WorkbenchManager: the traffic model a scenario carries', () => {
  const readingData = (f: ReturnType<typeof fixture>, meanSec = 120) =>
    f.setForms({ ...f.forms(), ports: { source: 'data', holding: 'empirical', meanSec, seed: '1' } });

  it('create() and updateFromCurrent() put in the model the Ports page fits from the active data set', async () => {
    const f = fixture();
    await f.manager.init();
    readingData(f);
    const s = await f.manager.create('Base');
    expect(s!.trafficModel).toEqual(model('calls.csv'));
    readingData(f, 300);
    await f.manager.updateFromCurrent(s!.id);
    expect(f.manager.active!.trafficModel!.streams[0]!.holding.meanSec).toBe(300);
  });

  it('create() leaves it out when the Ports page describes its traffic by hand', async () => {
    const f = fixture();
    await f.manager.init();
    f.setForms({ ...f.forms(), ports: { source: 'parametric', seed: '1' } });
    expect(await f.manager.create('Hand')).not.toHaveProperty('trafficModel');
  });

  it('still saves when the model cannot be fitted, and says so', async () => {
    const f = fixture();
    await f.manager.init();
    readingData(f);
    f.traffic.failing = true;
    const s = await f.manager.create('Base');
    expect(s).not.toBeNull();
    expect(s).not.toHaveProperty('trafficModel');
    expect(f.manager.notice).toMatchObject({ kind: 'warning' });
    expect(f.manager.notice!.text).toContain('The traffic model could not be fitted (the data worker stopped)');
  });

  it('exportJson() and shareText() fit the model of a scenario that has none when it reads the active data set, and keep it', async () => {
    const f = fixture();
    await f.manager.init();
    readingData(f);
    f.traffic.failing = true; // saved without its model
    const s = await f.manager.create('Older');
    f.traffic.failing = false;
    const before = f.manager.active!.updatedAt;
    const text = (await f.manager.shareText(s!.id))!;
    expect(decodeShare(text).trafficModel).toEqual(model('calls.csv'));
    const out = (await f.manager.exportJson(s!.id))!;
    expect(JSON.parse(out.text).trafficModel).toEqual(model('calls.csv'));
    // Rates stay on one line each in the file.
    expect(out.text).toContain(`"ratePerHour": [${Array<number>(168).fill(0.6).join(',')}]`);
    expect(f.traffic.fits).toBe(2); // the failed one and the share's; the export found it kept
    expect(f.manager.active!.updatedAt).toBe(before);
  });

  it('exportJson() does not fit a model for a scenario of another data set', async () => {
    const f = fixture();
    await f.manager.init();
    readingData(f);
    f.traffic.failing = true;
    const s = await f.manager.create('Base');
    f.traffic.failing = false;
    f.data.activeId = 'ds-2';
    expect(JSON.parse((await f.manager.exportJson(s!.id))!.text)).not.toHaveProperty('trafficModel');
    expect(f.traffic.fits).toBe(1);
  });

  it('a shared scenario whose data set is not here opens with its model selected on the Ports page, and the notice says so', async () => {
    const a = fixture();
    await a.manager.init();
    readingData(a);
    const s = await a.manager.create('Outbound');
    const b = fixture();
    b.data.activeId = null;
    b.data.datasets = [];
    await b.manager.init();
    const added = (await b.manager.addShared((await a.manager.shareText(s!.id))!))!;
    expect(b.manager.notice!.text).toContain('the traffic model fitted from them is, so the Ports page runs without them');
    await b.manager.open(added.id);
    expect(b.traffic.offers.at(-1)).toEqual({ model: 'calls.csv, 100 port-holding calls over 7 days', dataMissing: true });
    expect(b.manager.notice).toMatchObject({ kind: 'warning' });
    expect(b.manager.notice!.text).toContain('The Ports page runs on the traffic model shared with the scenario');
  });

  it('a scenario whose data set is here offers its model without selecting it; one without a model takes the offer away', async () => {
    const f = fixture();
    await f.manager.init();
    readingData(f);
    const withModel = await f.manager.create('Fitted');
    f.setForms({ ...f.forms(), ports: { source: 'parametric', seed: '1' } });
    f.traffic.offered = null;
    const without = await f.manager.create('Hand');
    await f.manager.open(withModel!.id);
    expect(f.traffic.offers.at(-1)).toEqual({ model: 'calls.csv, 100 port-holding calls over 7 days', dataMissing: false });
    await f.manager.open(without!.id);
    expect(f.traffic.offers.at(-1)).toEqual({ model: null, dataMissing: false });
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
