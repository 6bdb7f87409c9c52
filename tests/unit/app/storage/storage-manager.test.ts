import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import type { DataSet } from '../../../../src/app/persistence/types.ts';
import type { TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import { StorageManager } from '../../../../src/app/state/storage-manager.svelte.ts';
import { runChunks } from '../../../../src/core/sim/run-chunks.ts';
import type { RecordingStats } from '../../../../src/core/storage/recording-stats-from-calls.ts';
import { runStorageChunk } from '../../../../src/core/storage/run-storage-chunk.ts';
import type { StorageInput } from '../../../../src/core/storage/types.ts';

/** A pool that runs the storage task on the main thread, in two lanes. */
function corePool(): TaskPoolLike {
  return {
    onWorkerCrash: undefined,
    runTask: (job, onProgress, signal) =>
      runChunks({
        replications: job.replications,
        lanes: 2,
        runChunk: async (_lane, from, to) => runStorageChunk((job.task as { input: StorageInput }).input, from, to) as never[],
        summarize: job.summarize,
        onProgress,
        partialEveryMs: 0,
        signal,
      }),
  };
}

const stats: RecordingStats = {
  calls: 1000, recordedCalls: 500, recordedShare: 0.5, recordedMinutes: 60_000, bytesPerMinute: 120_000, days: 30,
  minutesPerMonth: 60_873.75, bytesPerMonth: 60_873.75 * 120_000, months: [{ month: '2026-10', calls: 1000, recordedCalls: 500, recordedMinutes: 60_000, recordingBytes: 7.2e9 }],
};

let db = 0;
function makeManager(active: DataSet | null) {
  const recordingStats = vi.fn(async () => stats);
  const dbName = `storage-${++db}`;
  const manager = new StorageManager({ data: { active }, createPool: corePool, recordingStats, openStore: () => openDataStore(dbName), now: () => Date.UTC(2027, 4, 20) });
  return { manager, recordingStats, dbName };
}

const dataSet = { id: 'ds-1', name: 'calls.csv', table: {}, mapping: { timeZone: 'America/Chicago' } } as unknown as DataSet;

describe('StorageManager', () => {
  it('without a data set, starts next month by the clock with the assumed recordings', async () => {
    const { manager } = makeManager(null);
    await manager.init();
    expect(manager.input).toMatchObject({ startMonth: '2027-06', recordings: { minutesPerMonth: 20_000, bytesPerMinute: 240_000 } });
  });

  it('measures the data set’s recordings once, and the forecast starts the month after the data', async () => {
    const { manager, recordingStats } = makeManager(dataSet);
    await manager.init();
    await manager.loadStats();
    await manager.loadStats();
    expect(recordingStats).toHaveBeenCalledTimes(1);
    expect(recordingStats).toHaveBeenCalledWith(dataSet.table, 'America/Chicago');
    expect(manager.input).toMatchObject({ startMonth: '2026-11', source: 'calls.csv', recordings: { minutesPerMonth: 60_873.75, bytesPerMinute: 120_000 } });
    await manager.update({ recordedMinutes: 1000 });
    expect(manager.input?.recordings.minutesPerMonth).toBe(1000);
  });

  it('shows the recordings a run measured, and loads them later even when a run started the read first', async () => {
    const { manager, recordingStats } = makeManager(dataSet);
    await manager.init();
    await manager.update({ replications: 20, months: 12 });
    await manager.run();
    expect(manager.statsStatus).toBe('ready');
    expect(manager.input?.recordings.minutesPerMonth).toBe(60_873.75);
    await manager.loadStats();
    expect(recordingStats).toHaveBeenCalledTimes(1);
    expect(manager.stats).toEqual(stats);
  });

  it('runs the forecast to a result with every remedy, and remembers the form', async () => {
    const { manager, dbName } = makeManager(dataSet);
    await manager.init();
    await manager.update({ replications: 20, months: 12 });
    await manager.run();
    expect(manager.sim.status).toBe('done');
    expect(manager.sim.result?.months).toHaveLength(12);
    expect(manager.sim.result?.remedies.map((r) => r.variant)).toEqual(['purge', 'retention', 'partialLists', 'combined']);
    expect(manager.ranInput?.startMonth).toBe('2026-11');

    const again = new StorageManager({ data: { active: null }, createPool: corePool, recordingStats: async () => stats, openStore: () => openDataStore(dbName) });
    await again.init();
    expect(again.inputs).toMatchObject({ replications: 20, months: 12 });
  });

  it('will not run with a problem in the form, and says why', async () => {
    const { manager } = makeManager(null);
    await manager.init();
    await manager.update({ months: 6 });
    expect(manager.blocked).toBe('Forecast 12 to 36 whole months.');
    expect(manager.input).toBeNull();
  });
});
