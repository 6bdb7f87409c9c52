import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import type { DataSet } from '../../../../src/app/persistence/types.ts';
import { portsBaseInput } from '../../../../src/app/sensitivity/ports-base-input.ts';
import { storageBaseInput } from '../../../../src/app/sensitivity/storage-base-input.ts';
import { PortsManager, type FitOptions, type PortsDataSource, type SimPoolLike } from '../../../../src/app/state/ports-manager.svelte.ts';
import type { TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import { StorageManager } from '../../../../src/app/state/storage-manager.svelte.ts';
import type { CallTable } from '../../../../src/core/ingest/types.ts';
import { parametricModel } from '../../../../src/core/ports/parametric-model.ts';
import type { PortsResult, SimulationOptions, TrafficModel } from '../../../../src/core/ports/types.ts';
import type { RecordingStats } from '../../../../src/core/storage/recording-stats-from-calls.ts';
import type { StorageInput } from '../../../../src/core/storage/types.ts';
import { compactTrafficModel } from '../../../../src/core/workbench/shared-traffic-model.ts';
import { makeMapping, makeSummary, makeTable } from '../fixtures.ts';
import { makeResult } from '../ports/factories.ts';

const NOW = Date.UTC(2026, 9, 20);
let db = 0;

function fittedModel(): TrafficModel {
  return { ...parametricModel({ timeZone: 'America/Chicago', callsPerHour: Array<number>(24).fill(100), weekdayFactors: Array<number>(7).fill(1), meanHoldingSec: 180, distribution: 'exponential' }), source: 'fitted' };
}

function dataSet(): DataSet {
  return {
    id: 'ds-1', name: 'calls.csv', createdMs: 0, rows: 10, accepted: 10, rejectedCount: 0, bytes: 100,
    mapping: makeMapping(), scenarioId: null, scenarioName: null, table: makeTable(10), header: [], rejected: [],
    rejectedRows: [], warnings: [], typeLabelCounts: {},
  };
}

/** A Ports manager whose pool keeps the job it is given (and answers at once): what the page runs. */
function portsPage(data: Partial<PortsDataSource> = {}, fit?: (table: CallTable, opts: FitOptions) => Promise<TrafficModel>) {
  const jobs: { model: TrafficModel; opts: SimulationOptions }[] = [];
  const pool: SimPoolLike = { size: 1, run: async (job) => (jobs.push(job), makeResult([0.02, 0.01], job.opts.portsLo) as PortsResult) };
  const fitModel = vi.fn(fit ?? (async (_table: CallTable, _opts: FitOptions) => fittedModel()));
  const dbName = `sensitivity-ports-${++db}`;
  const manager = new PortsManager({
    data: { active: null, summary: null, portKinds: ['voice_drop', 'press1'], timeZone: 'America/Chicago', phase: 'idle', ...data },
    createPool: () => pool,
    fitModel,
    openStore: () => openDataStore(dbName),
    now: () => NOW,
  });
  return { manager, jobs, fitModel };
}

describe('portsBaseInput(page)', () => {
  it('builds the scenario’s model, month, range, what-if and target exactly as the Ports page runs them', async () => {
    const { manager, jobs } = portsPage();
    await manager.init();
    await manager.update({ source: 'parametric', growthPct: 30, retrySharePct: 40, targetBusyHourPct: 2, targetErrorsPerMonth: 50 });
    await manager.run();
    const base = await portsBaseInput(manager);
    if ('error' in base) throw new Error(base.error);
    expect(base.model).toEqual(jobs[0]!.model);
    expect(base.opts).toEqual(jobs[0]!.opts);
    expect(base.target).toEqual({ busyHourBlocking: 0.02, maxBlockedPerMonth: 50 });
    expect(base.rangeIsDefault).toBe(true);
  });

  it('fits the data set’s model with the page’s choices, and keeps a range the page sets', async () => {
    const active = dataSet();
    const summary = makeSummary({ timeZone: active.mapping.timeZone, portKinds: ['voice_drop', 'press1'] });
    const { manager, jobs, fitModel } = portsPage({ active, summary });
    await manager.init();
    await manager.update({ holding: 'lognormal', arrivals: 'days', portsLo: 3, portsHi: 9 });
    await manager.run();
    const base = await portsBaseInput(manager);
    if ('error' in base) throw new Error(base.error);
    // The page's fit is reused: one fit serves the page's run and the tornado.
    expect(fitModel).toHaveBeenCalledTimes(1);
    expect(base.opts).toEqual(jobs[0]!.opts);
    expect(base.rangeIsDefault).toBe(false);
  });

  it('runs on the traffic model that came with an opened scenario, in the month after the sender’s data', async () => {
    const { manager, jobs, fitModel } = portsPage();
    await manager.init();
    await manager.offerShared(compactTrafficModel(fittedModel(), { dataEndMs: Date.UTC(2026, 2, 31, 22) }), true);
    await manager.run();
    const base = await portsBaseInput(manager);
    if ('error' in base) throw new Error(base.error);
    expect(base.model).toEqual(jobs[0]!.model);
    expect(base.opts).toEqual(jobs[0]!.opts);
    expect(fitModel).not.toHaveBeenCalled();
  });

  it('says why the page cannot run: data still opening, a form problem, a failed fit', async () => {
    const opening = portsPage({ phase: 'starting' });
    expect(await portsBaseInput(opening.manager)).toEqual({ error: 'The data set is still opening: try again in a moment.' });
    const noData = portsPage();
    expect(await portsBaseInput(noData.manager)).toEqual({ error: 'No data set is loaded: load one, or use a scenario.' });
    const failing = portsPage({ active: dataSet() }, async () => Promise.reject(new Error('worker died')));
    const base = await portsBaseInput(failing.manager);
    expect(base).toEqual({ error: 'The traffic model could not be built: worker died' });
  });
});

/** A Storage manager whose pool keeps the input it is given: what the page runs. */
function storagePage(active: DataSet | null, stats: () => Promise<RecordingStats>) {
  const inputs: StorageInput[] = [];
  const pool: TaskPoolLike = {
    onWorkerCrash: undefined,
    runTask: async (job) => {
      inputs.push((job.task as { input: StorageInput }).input);
      throw new Error('not run in this test');
    },
  };
  const dbName = `sensitivity-storage-${++db}`;
  const manager = new StorageManager({ data: { active }, createPool: () => pool, recordingStats: stats, openStore: () => openDataStore(dbName), now: () => NOW });
  return { manager, inputs };
}

const recordingStats: RecordingStats = {
  calls: 1000, recordedCalls: 500, recordedShare: 0.5, recordedMinutes: 60_000, bytesPerMinute: 120_000, days: 30,
  minutesPerMonth: 60_000, bytesPerMonth: 7.2e9, months: [{ month: '2026-09', calls: 1000, recordedCalls: 500, recordedMinutes: 60_000, recordingBytes: 7.2e9 }],
};

describe('storageBaseInput(page)', () => {
  it('is the input the Storage page runs, with the data set’s recordings', async () => {
    const { manager, inputs } = storagePage(dataSet(), async () => recordingStats);
    await manager.init();
    await manager.update({ retentionDays: 60 });
    // As the page does: it measures the recordings when it opens.
    await manager.loadStats();
    await manager.run();
    expect(await storageBaseInput(manager)).toEqual(inputs[0]);
    expect(inputs[0]).toMatchObject({ startMonth: '2026-10', recordings: { minutesPerMonth: 60_000 }, remedies: { retention: { days: 60 } } });
  });

  it('says why the page cannot run (a form problem, recordings that could not be read), and reads what a run measured', async () => {
    const blocked = storagePage(null, async () => recordingStats);
    await blocked.manager.init();
    await blocked.manager.update({ months: 5 });
    expect(await storageBaseInput(blocked.manager)).toEqual({ error: 'Forecast 12 to 36 whole months.' });
    // A run that measured the recordings before the page did shows them, so the tornado reads them too.
    const ranFirst = storagePage(dataSet(), async () => recordingStats);
    await ranFirst.manager.init();
    await ranFirst.manager.run();
    expect(await storageBaseInput(ranFirst.manager)).toMatchObject({ recordings: { minutesPerMonth: 60_000 } });
    const unread = storagePage(dataSet(), () => Promise.reject(new Error('worker died')));
    expect(await storageBaseInput(unread.manager)).toEqual({ error: 'The recordings could not be read from the data set: worker died' });
  });
});
