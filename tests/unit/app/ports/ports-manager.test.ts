import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDataStore, type DataStore } from '../../../../src/app/persistence/data-store.ts';
import type { DataSet } from '../../../../src/app/persistence/types.ts';
import { PortsManager, type FitOptions, type PortsDataSource, type SimPoolLike } from '../../../../src/app/state/ports-manager.svelte.ts';
import { SimCancelledError, SimFailedError, type SimProgress } from '../../../../src/app/workers/sim-pool.ts';
import type { ActivityKind, CallTable } from '../../../../src/core/ingest/types.ts';
import { parametricModel } from '../../../../src/core/ports/parametric-model.ts';
import { compactTrafficModel, type SharedTrafficModel } from '../../../../src/core/workbench/shared-traffic-model.ts';
import type { PortsResult, SimulationOptions, TrafficModel } from '../../../../src/core/ports/types.ts';
import { makeMapping, makeTable } from '../fixtures.ts';
import { makeResult } from './factories.ts';

interface PendingRun {
  job: { model: TrafficModel; opts: SimulationOptions; replications: number };
  onProgress: (p: SimProgress) => void;
  signal?: AbortSignal;
  resolve: (r: PortsResult) => void;
  reject: (e: unknown) => void;
}

/** A pool stand-in: holds every run until the test settles it; an abort rejects like the real pool. */
function fakePool() {
  const runs: PendingRun[] = [];
  const pool: SimPoolLike = {
    size: 2,
    run: vi.fn((job, onProgress, signal) =>
      new Promise<PortsResult>((resolve, reject) => {
        runs.push({ job, onProgress, signal, resolve, reject });
        signal?.addEventListener('abort', () => reject(new SimCancelledError()), { once: true });
      })),
  };
  return { pool, runs };
}

function flatModel(source = 'fitted'): TrafficModel {
  return {
    ...parametricModel({ timeZone: 'America/Chicago', callsPerHour: Array<number>(24).fill(100), weekdayFactors: Array<number>(7).fill(1), meanHoldingSec: 180, distribution: 'exponential' }),
    source,
  };
}

function dataSet(): DataSet {
  return {
    id: 'ds-1', name: 'calls.csv', createdMs: 0, rows: 10, accepted: 10, rejectedCount: 0, bytes: 100,
    mapping: makeMapping(), scenarioId: null, scenarioName: null, table: makeTable(10), header: [], rejected: [],
    rejectedRows: [], warnings: [], typeLabelCounts: {},
  };
}

function source(active: DataSet | null = null, portKinds: ActivityKind[] = ['voice_drop', 'press1']): PortsDataSource {
  return { active, summary: null, portKinds, timeZone: 'America/Chicago', phase: 'idle' };
}

const stores: DataStore[] = [];
let dbCounter = 0;

function makeManager(opts: { data?: PortsDataSource; dbName?: string; partialIntervalMs?: number } = {}) {
  const { pool, runs } = fakePool();
  const fitModel = vi.fn(async (_table: CallTable, _opts: FitOptions) => flatModel());
  const dbName = opts.dbName ?? `ports-${++dbCounter}`;
  const manager = new PortsManager({
    data: opts.data ?? source(),
    createPool: () => pool,
    fitModel,
    openStore: async () => {
      const store = await openDataStore(dbName);
      stores.push(store);
      return store;
    },
    now: () => Date.UTC(2026, 9, 20),
    partialIntervalMs: opts.partialIntervalMs ?? 0,
  });
  return { manager, pool, runs, fitModel, dbName };
}

/** A manager on a scenario with a fixed range, ready to run. */
async function scenarioManager() {
  const made = makeManager();
  await made.manager.init();
  await made.manager.update({ source: 'parametric', portsLo: 10, portsHi: 12 });
  return made;
}

async function runsStarted(runs: PendingRun[], n: number): Promise<void> {
  await vi.waitFor(() => expect(runs.length).toBeGreaterThanOrEqual(n));
}

/** Lets the manager's timers run: progress and estimates are shown in tasks of their own. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function progress(done: number, partial: PortsResult | null): SimProgress {
  return { done, total: 200, calls: done * 1000, elapsedMs: done * 10, callsPerSecond: 100_000, partial };
}

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('PortsManager.run()', () => {
  it('hands the pool the scenario, the month after today, the range and the seed, and shows the result', async () => {
    const { manager, runs } = await scenarioManager();
    const running = manager.run();
    await runsStarted(runs, 1);
    expect(manager.status).toBe('running');
    const { job } = runs[0]!;
    expect(job.replications).toBe(200);
    expect(job.opts).toMatchObject({ portsLo: 10, portsHi: 12, seed: '1', whatIf: { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } } });
    // The month after 2026-10-20 in Chicago: November 2026.
    expect(new Date(job.opts.startMs).toISOString()).toBe('2026-11-01T05:00:00.000Z');
    expect(job.model.source).toMatch(/^parametric/);
    runs[0]!.resolve(makeResult([0.05, 0.008, 0.001], 10));
    await running;
    expect(manager.status).toBe('done');
    expect(manager.result?.table).toHaveLength(3);
    expect(manager.runInfo).toMatchObject({ portsLo: 10, portsHi: 12, rangeIsDefault: false, seed: '1', replications: 200 });
    expect(manager.shown).toBe(manager.result);
    expect([manager.shownKind, manager.shownNote, manager.stale]).toEqual(['final', null, false]);
  });

  it('recommends from the form’s target, and follows a new target without a new run', async () => {
    const { manager, runs } = await scenarioManager();
    const running = manager.run();
    await runsStarted(runs, 1);
    // Busy-hour blocking is twice the month's: 10 %, 1.6 %, 0.2 %.
    runs[0]!.resolve(makeResult([0.05, 0.008, 0.001], 10));
    await running;
    expect(manager.recommendation?.ports).toBe(12);
    await manager.update({ targetBusyHourPct: 2 });
    expect(manager.recommendation?.ports).toBe(11);
    expect(manager.stale).toBe(false);
    await manager.update({ seed: '2' });
    expect(manager.stale).toBe(true);
    expect(manager.shownNote).toBe('Inputs changed since this run: run again to update');
  });

  it('shows the estimate so far while the run goes on, and the progress', async () => {
    const { manager, runs } = await scenarioManager();
    void manager.run();
    await runsStarted(runs, 1);
    const partial = makeResult([0.06, 0.01, 0.002], 10, { replications: 50 });
    runs[0]!.onProgress(progress(50, partial));
    await nextTask();
    expect(manager.progress?.done).toBe(50);
    expect(manager.partial).toBe(partial);
    expect(manager.shown).toBe(partial);
    expect(manager.result).toBeNull();
    expect(manager.shownNote).toBe('Estimate so far: 50 of 200 simulated months');
  });

  it('shows at most one estimate per interval, and a cancel shows the one still waiting', async () => {
    const { manager, runs } = makeManager({ partialIntervalMs: 60_000 });
    await manager.init();
    await manager.update({ source: 'parametric', portsLo: 10, portsHi: 12 });
    const running = manager.run();
    await runsStarted(runs, 1);
    runs[0]!.onProgress(progress(20, makeResult([0.05], 10, { replications: 20 })));
    await nextTask();
    runs[0]!.onProgress(progress(60, makeResult([0.04], 10, { replications: 60 })));
    await nextTask();
    expect(manager.shown?.replications).toBe(20);
    manager.cancel();
    await running;
    expect(manager.shown?.replications).toBe(60);
    expect(manager.shownNote).toBe('Cancelled: from 60 of 200 simulated months');
  });

  it('drops a run that a newer run has overtaken, even if it finishes last', async () => {
    const { manager, runs } = await scenarioManager();
    const first = manager.run();
    await runsStarted(runs, 1);
    const second = manager.run();
    await runsStarted(runs, 2);
    expect(runs[0]!.signal?.aborted).toBe(true);
    runs[1]!.resolve(makeResult([0.02], 10, { seed: 'second' }));
    await second;
    runs[0]!.onProgress(progress(10, makeResult([0.9], 10, { seed: 'first' })));
    runs[0]!.resolve(makeResult([0.9], 10, { seed: 'first' }));
    await first;
    expect(manager.status).toBe('done');
    expect(manager.result?.seed).toBe('second');
    expect(manager.progress?.done).toBe(200);
  });

  it('cancel() stops the run and keeps the estimate so far; a new run then works', async () => {
    const { manager, runs } = await scenarioManager();
    const first = manager.run();
    await runsStarted(runs, 1);
    runs[0]!.onProgress(progress(40, makeResult([0.05], 10, { replications: 40 })));
    await nextTask();
    manager.cancel();
    await first;
    expect(runs[0]!.signal?.aborted).toBe(true);
    expect(manager.status).toBe('cancelled');
    expect(manager.partial?.replications).toBe(40);
    expect(manager.error).toBeNull();
    expect(manager.shownKind).toBe('partial');
    expect(manager.shownNote).toBe('Cancelled: from 40 of 200 simulated months');
    const second = manager.run();
    await runsStarted(runs, 2);
    expect(manager.status).toBe('running');
    expect(manager.partial).toBeNull();
    // The cancelled run's numbers stay on show, marked, until the new run reports.
    expect(manager.shown?.replications).toBe(40);
    expect(manager.shownKind).toBe('previous');
    expect(manager.shownNote).toBe('From the previous run; the new one is starting');
    runs[1]!.resolve(makeResult([0.05, 0.01], 10));
    await second;
    expect(manager.status).toBe('done');
    expect(manager.result?.table).toHaveLength(2);
  });

  it('reports a failed run in the pool’s own words', async () => {
    const { manager, runs } = await scenarioManager();
    const running = manager.run();
    await runsStarted(runs, 1);
    runs[0]!.reject(new SimFailedError('The simulation stopped: replications 0–9 failed twice (out of memory).'));
    await running;
    expect(manager.status).toBe('failed');
    expect(manager.error).toBe('The simulation stopped: replications 0–9 failed twice (out of memory).');
  });

  it('labels the estimate of a failed run as unfinished, not as cancelled', async () => {
    const { manager, runs } = await scenarioManager();
    const running = manager.run();
    await runsStarted(runs, 1);
    runs[0]!.onProgress(progress(40, makeResult([0.05], 10, { replications: 40 })));
    await nextTask();
    runs[0]!.reject(new SimFailedError('The simulation stopped: replications 40–49 failed twice (out of memory).'));
    await running;
    expect(manager.status).toBe('failed');
    expect(manager.shownKind).toBe('partial');
    expect(manager.shownNote).toBe('Not finished, the run failed: from 40 of 200 simulated months');
  });

  it('lists a crashed worker while the run carries on', async () => {
    const { manager, pool, runs } = await scenarioManager();
    const running = manager.run();
    await runsStarted(runs, 1);
    pool.onWorkerCrash?.('a simulation worker crashed: boom');
    expect(manager.crashes).toEqual(['a simulation worker crashed: boom']);
    runs[0]!.resolve(makeResult([0.01], 10));
    await running;
    expect(manager.status).toBe('done');
  });

  it('refuses to run without a data set when the form asks for one, and says why', async () => {
    const { manager, runs } = makeManager();
    await manager.init();
    expect(manager.canRun).toBe(false);
    expect(manager.problems.source).toMatch(/No data set/);
    await manager.run();
    expect(runs).toHaveLength(0);
    expect(manager.status).toBe('idle');
  });
});

describe('PortsManager.heatmapAt(ports, result)', () => {
  it('takes that port count’s 168 cells from the summed hour-of-week arrays, and nothing outside the range', () => {
    const { manager } = makeManager();
    const blockedByHourOfWeek = Float64Array.from({ length: 3 * 168 }, (_, i) => i);
    const offeredByHourOfWeek = new Float64Array(168).fill(1000);
    const result = makeResult([0.05, 0.01, 0.002], 10, { blockedByHourOfWeek, offeredByHourOfWeek });
    const heat = manager.heatmapAt(11, result)!;
    expect(heat.ports).toBe(11);
    expect([heat.blocked[0], heat.blocked[167]]).toEqual([168, 335]);
    expect(heat.offered).toBe(offeredByHourOfWeek);
    expect(manager.heatmapAt(13, result)).toBeNull();
    expect(manager.heatmapAt(null, result)).toBeNull();
    expect(manager.heatmapAt(11, makeResult([0.05], 10))).toBeNull();
  });
});

describe('PortsManager with a data set', () => {
  it('fits the model in the worker once per data set and choice, with the data set’s zone and the Data page’s kinds', async () => {
    const { manager, runs, fitModel } = makeManager({ data: source(dataSet()) });
    await manager.init();
    const first = manager.run();
    await runsStarted(runs, 1);
    expect(fitModel).toHaveBeenCalledTimes(1);
    expect(fitModel.mock.calls[0]![1]).toEqual({ timeZone: 'America/Chicago', portKinds: ['voice_drop', 'press1'], holding: 'empirical', arrivals: 'poisson', source: 'calls.csv' });
    // makeTable's last call ends 2026-10-01 13:10 UTC: the month simulated is November.
    expect(new Date(runs[0]!.job.opts.startMs).toISOString()).toBe('2026-11-01T05:00:00.000Z');
    runs[0]!.resolve(makeResult([0.01], 10));
    await first;
    const second = manager.run();
    await runsStarted(runs, 2);
    expect(fitModel).toHaveBeenCalledTimes(1);
    await manager.update({ holding: 'lognormal' });
    runs[1]!.resolve(makeResult([0.01], 10));
    await second;
    void manager.run();
    await runsStarted(runs, 3);
    expect(fitModel).toHaveBeenCalledTimes(2);
    expect(fitModel.mock.calls[1]![1].holding).toBe('lognormal');
  });

  it('loads both holding-time fits for the fit chart', async () => {
    const { manager, fitModel } = makeManager({ data: source(dataSet()) });
    await manager.init();
    await manager.loadHoldingFit();
    expect(fitModel.mock.calls.map((c) => c[1].holding).sort()).toEqual(['empirical', 'lognormal']);
    expect(manager.holdingModels?.empirical).toBeDefined();
    expect(manager.holdingError).toBeNull();
  });

  it('cancels while the model is still being fitted, and fits again on the next run', async () => {
    const { manager, runs, fitModel } = makeManager({ data: source(dataSet()) });
    fitModel.mockImplementation(() => new Promise(() => undefined));
    await manager.init();
    const running = manager.run();
    expect(manager.status).toBe('fitting');
    manager.cancel();
    await running;
    expect(manager.status).toBe('cancelled');
    expect(runs).toHaveLength(0);
    // The next run fits again rather than waiting on the fit that never answered.
    fitModel.mockImplementation(async () => flatModel());
    void manager.run();
    await runsStarted(runs, 1);
    expect(fitModel).toHaveBeenCalledTimes(2);
  });

  it('ends a run whose fit fails (its worker died) with a message, and fits again on the next run', async () => {
    const { manager, runs, fitModel } = makeManager({ data: source(dataSet()) });
    fitModel.mockImplementation(() => Promise.reject(new Error('The data worker stopped unexpectedly.')));
    await manager.init();
    await manager.run();
    expect(manager.status).toBe('failed');
    expect(manager.error).toMatch(/data worker stopped unexpectedly/);
    expect(runs).toHaveLength(0);
    fitModel.mockImplementation(async () => flatModel());
    void manager.run();
    await runsStarted(runs, 1);
    expect(fitModel).toHaveBeenCalledTimes(2);
  });
});

describe('PortsManager with a model shared with a scenario', () => {
  /** The flat model as a scenario carries it, fitted from data that ended on 2027-01-15. */
  const sharedModel = (): SharedTrafficModel => compactTrafficModel(flatModel('outbound-team.csv, 13,753 port-holding calls over 31 days'), { dataEndMs: Date.UTC(2027, 0, 15) });

  it('runs on the shared model where the data set is not: its zone, the month after its data, Poisson arrivals, no fit', async () => {
    const { manager, runs, fitModel } = makeManager();
    await manager.init();
    expect(manager.problems.source).toMatch(/No data set/);
    await manager.offerShared(sharedModel(), true);
    expect(manager.inputs.source).toBe('shared');
    expect(manager.canRun).toBe(true);
    const running = manager.run();
    await runsStarted(runs, 1);
    const { job } = runs[0]!;
    expect(fitModel).not.toHaveBeenCalled();
    expect(job.model.arrivals).toBe('poisson');
    expect(job.model.timeZone).toBe('America/Chicago');
    expect(job.model.source).toBe('outbound-team.csv, 13,753 port-holding calls over 31 days (a model shared with the scenario, no call records)');
    expect(Array.from(job.model.streams[0]!.ratePerHour.slice(0, 3))).toEqual([100, 100, 100]);
    // February 2027 in Chicago, the month after the sender's data.
    expect(new Date(job.opts.startMs).toISOString()).toBe('2027-02-01T06:00:00.000Z');
    runs[0]!.resolve(makeResult([0.05, 0.008, 0.001], 10));
    await running;
    expect(manager.status).toBe('done');
    expect(manager.runInfo?.source).toMatch(/^outbound-team\.csv, 13,753 port-holding calls over 31 days \(a model shared/);
    expect(manager.recommendation?.ports).toBe(12);
  });

  it('offers the model without selecting it, and takes it away; a form left on it then says why it cannot run', async () => {
    const { manager } = makeManager({ data: source(dataSet()) });
    await manager.init();
    await manager.offerShared(sharedModel());
    expect([manager.inputs.source, manager.shared?.source]).toEqual(['data', 'outbound-team.csv, 13,753 port-holding calls over 31 days']);
    await manager.update({ source: 'shared' });
    await manager.offerShared(null);
    expect(manager.problems.source).toMatch(/No traffic model came with the open scenario/);
  });

  it('keeps the model and the source across a reload; a damaged stored copy is dropped', async () => {
    const { manager, dbName } = makeManager();
    await manager.init();
    await manager.offerShared(sharedModel(), true);
    const again = makeManager({ dbName }).manager;
    await again.init();
    expect(again.inputs.source).toBe('shared');
    expect(again.shared).toEqual(sharedModel());
    const store = await openDataStore(dbName);
    stores.push(store);
    await store.setPageSetting('portsInputs', { source: 'shared', sharedModel: { ...sharedModel(), streams: 'none' } });
    const third = makeManager({ dbName }).manager;
    await third.init();
    expect([third.inputs.source, third.shared]).toEqual(['shared', null]);
  });

  it('marks the numbers on show out of date when another model is offered', async () => {
    const { manager, runs } = makeManager();
    await manager.init();
    await manager.offerShared(sharedModel(), true);
    await manager.update({ portsLo: 10, portsHi: 12 });
    const running = manager.run();
    await runsStarted(runs, 1);
    runs[0]!.resolve(makeResult([0.05, 0.008, 0.001], 10));
    await running;
    expect(manager.stale).toBe(false);
    await manager.offerShared({ ...sharedModel(), source: 'other.csv' }, true);
    expect(manager.stale).toBe(true);
  });

  it('currentShared() is the data set’s fit with the page’s kinds and holding, or else the model on offer', async () => {
    const { manager, fitModel } = makeManager({ data: source(dataSet()) });
    await manager.init();
    await manager.update({ portKinds: ['press1'], holding: 'lognormal' });
    const fitted = await manager.currentShared();
    expect(fitModel.mock.calls[0]![1]).toMatchObject({ portKinds: ['press1'], holding: 'lognormal' });
    expect(fitted).toMatchObject({ timeZone: 'America/Chicago', source: 'fitted' });
    // makeTable's last call ends 2026-10-01 13:10 UTC.
    expect(new Date(fitted!.dataEndMs).toISOString()).toBe('2026-10-01T13:10:00.000Z');
    expect(fitted!.streams[0]!.ratePerHour).toHaveLength(168);
    await manager.offerShared(sharedModel());
    await manager.update({ source: 'parametric' });
    expect(await manager.currentShared()).toEqual(sharedModel());
  });

  it('fitShared() follows the Data page’s kinds when the form leaves them to it', async () => {
    const { manager, fitModel } = makeManager({ data: source(dataSet(), ['inbound_acd']) });
    await manager.init();
    await manager.fitShared({ portKinds: null, holding: 'empirical' });
    expect(fitModel.mock.calls[0]![1]).toMatchObject({ portKinds: ['inbound_acd'], holding: 'empirical' });
    expect(await makeManager().manager.fitShared({ portKinds: null, holding: 'empirical' })).toBeNull();
  });
});

describe('PortsManager inputs', () => {
  it('keep their values across a reload', async () => {
    const { manager, dbName } = makeManager();
    await manager.init();
    await manager.update({ growthPct: 30, seed: 'abc', targetErrorsPerMonth: 20, pricePerPortCents: 1999 });
    const again = makeManager({ dbName }).manager;
    await again.init();
    expect(again.inputs).toMatchObject({ growthPct: 30, seed: 'abc', targetErrorsPerMonth: 20, pricePerPortCents: 1999 });
    expect(again.ready).toBe(true);
  });

  it('open with the defaults when nothing is stored, and reset() brings the defaults back', async () => {
    const { manager, dbName } = makeManager();
    await manager.init();
    expect(manager.inputs.replications).toBe(200);
    await manager.update({ replications: 1000 });
    await manager.reset();
    const again = makeManager({ dbName }).manager;
    await again.init();
    expect(again.inputs.replications).toBe(200);
  });
});
