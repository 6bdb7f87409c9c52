import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDataStore, type DataStore } from '../../../src/app/persistence/data-store.ts';
import type { ScenarioCatalog } from '../../../src/app/scenarios/catalog.ts';
import { DataManager, type DataWorkerApi } from '../../../src/app/state/data-manager.svelte.ts';
import type { Outcome } from '../../../src/app/workers/data-worker-client.ts';
import type { CallTable, ImportProgress, ImportResult, Mapping } from '../../../src/core/ingest/types.ts';
import { HEADER, makeMapping, makePreview, makeSummary, makeTable } from './fixtures.ts';
import type { WorkerImport } from '../../../workers/data.worker.ts';

interface PendingImport {
  file: Blob;
  mapping: Mapping;
  runId: number;
  onProgress: (p: ImportProgress) => void;
  resolve: (outcome: Outcome<WorkerImport>) => void;
}

function importResult(rows: number, mapping: Mapping): ImportResult {
  return {
    table: makeTable(rows),
    header: [...HEADER],
    mapping,
    rows: rows + 1,
    accepted: rows,
    rejectedCount: 1,
    rejected: [{ line: 9, column: 'Start Time', value: 'soon', code: 'bad-time', message: "could not read 'soon' as a date and time" }],
    rejectedRows: [['C-9', 'Ann', 'Dial', 'soon', '60']],
    warnings: [],
    delimiter: ',',
    typeLabelCounts: { dial: Math.ceil(rows / 2), 'voice drop': Math.floor(rows / 2) },
    bytes: 1000,
    elapsedMs: 5,
  };
}

/** A worker stand-in: previews at once, holds imports until the test settles them. */
function fakeWorker() {
  const imports: PendingImport[] = [];
  const api = {
    preview: vi.fn<DataWorkerApi['preview']>(async (_file, opts) =>
      ({ ok: true, value: makePreview(opts.remembered ? { proposed: opts.remembered, remembered: true } : { proposed: makeMapping({ timeZone: opts.timeZone }) }) })),
    importFile: vi.fn<DataWorkerApi['importFile']>(
      (file, mapping, opts, onProgress) => new Promise((resolve) => imports.push({ file, mapping, runId: opts.runId, onProgress, resolve })),
    ),
    cancel: vi.fn<(runId: number) => void>(),
    summarize: vi.fn<DataWorkerApi['summarize']>(async (table: CallTable, opts) =>
      makeSummary({ calls: table.count, portKinds: opts.portKinds ?? [], timeZone: opts.timeZone })),
  };
  /** Settles the oldest unsettled import with success. */
  const succeed = (pending: PendingImport, rows = 4) => pending.resolve({ ok: true, value: importResult(rows, pending.mapping) });
  return { worker: { api }, api, imports, succeed };
}

const noScenarios: ScenarioCatalog = { defaultId: null, list: [] };
const stores: DataStore[] = [];
let dbCounter = 0;

function makeManager(worker: { api: DataWorkerApi }, dbName: string, scenarios = noScenarios, fetchScenarioFile = vi.fn()) {
  return new DataManager({
    worker,
    openStore: async () => {
      const store = await openDataStore(dbName);
      stores.push(store);
      return store;
    },
    scenarios,
    fetchScenarioFile,
    localTimeZone: 'America/Chicago',
  });
}

function csvFile(name: string, text = 'Call ID,Agent\nC-1,Ann\n'): File {
  return new File([text], name, { type: 'text/csv' });
}

/** Waits until the fake worker has received `n` imports. */
async function importsReceived(imports: PendingImport[], n: number): Promise<void> {
  await vi.waitFor(() => expect(imports.length).toBeGreaterThanOrEqual(n));
}

/** Imports a file through preview → review → import and settles it with success. */
async function importOne(manager: DataManager, fake: ReturnType<typeof fakeWorker>, name: string, rows = 4) {
  const before = fake.imports.length;
  await manager.chooseFile(csvFile(name));
  const done = manager.confirmImport(manager.review!.preview.proposed);
  await importsReceived(fake.imports, before + 1);
  fake.succeed(fake.imports.at(-1)!, rows);
  await done;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('DataManager', () => {
  it('previews a chosen file into review with the proposed mapping in the default zone', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await manager.chooseFile(csvFile('march.csv'));
    expect(manager.phase).toBe('review');
    expect(manager.review?.fileName).toBe('march.csv');
    expect(fake.api.preview.mock.calls[0]![1]).toMatchObject({ timeZone: 'America/Chicago', fileName: 'march.csv' });
  });

  it('persists a successful import, and a new manager restores it as the active data set', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const first = makeManager(fake.worker, dbName);
    await first.init();
    await importOne(first, fake, 'march.csv', 6);

    expect(first.phase).toBe('idle');
    expect(first.active?.name).toBe('march.csv');
    expect(first.active?.accepted).toBe(6);
    expect(first.summary?.calls).toBe(6);
    expect(first.datasets.map((d) => d.name)).toEqual(['march.csv']);

    const second = makeManager(fakeWorker().worker, dbName);
    await second.init();
    expect(second.active?.id).toBe(first.active!.id);
    expect(second.active?.table.count).toBe(6);
    expect(Array.from(second.active!.table.startMs)).toEqual(Array.from(makeTable(6).startMs));
    expect(second.active?.rejected[0]?.line).toBe(9);
    expect(second.summary?.calls).toBe(6);
    expect(second.datasets).toHaveLength(1);
  });

  it('takes the contents the worker stored and the summary it made, cloning nothing more on the page', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const manager = makeManager(fake.worker, dbName);
    await manager.init();
    await manager.chooseFile(csvFile('big.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 1);
    const opts = fake.api.importFile.mock.calls[0]![2];
    expect(opts.store).toEqual({ dbName, id: expect.any(String) });
    expect(opts.summarize).toEqual({ timeZone: manager.review?.preview.proposed.timeZone ?? 'America/Chicago', portKinds: manager.portKinds });
    // The worker's part, done here by hand: the contents under the id it was given, and a summary.
    const result = importResult(5, fake.imports[0]!.mapping);
    const worker = await openDataStore(dbName);
    stores.push(worker);
    const { table, header, rejected, rejectedRows, warnings, typeLabelCounts } = result;
    await worker.putContents({ id: opts.store!.id, table, header, rejected, rejectedRows, warnings, typeLabelCounts });
    const summary = makeSummary({ calls: 5, portKinds: opts.summarize!.portKinds, timeZone: opts.summarize!.timeZone });
    fake.imports[0]!.resolve({ ok: true, value: { ...result, storedAs: opts.store!.id, summary } });
    await done;
    expect(manager.active?.id).toBe(opts.store!.id);
    expect(manager.summary).toBe(summary);
    expect(fake.api.summarize).not.toHaveBeenCalled();
    const again = makeManager(fakeWorker().worker, dbName);
    await again.init();
    expect(again.active?.table.count).toBe(5);
  });

  it('shows an imported data set only once it is stored', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const manager = makeManager(fake.worker, dbName);
    await manager.init();
    await manager.chooseFile(csvFile('march.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 1);
    fake.succeed(fake.imports[0]!);
    await vi.waitFor(() => expect(manager.active).not.toBeNull());
    const store = await openDataStore(dbName);
    stores.push(store);
    expect((await store.listDataSets()).map((d) => d.id)).toEqual([manager.active!.id]);
    await done;
  });

  it('stores an import as the active data set before it shows it, so a reload at any moment brings it back', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const shownWhenStored: (string | null)[] = [];
    const manager: DataManager = new DataManager({
      worker: fake.worker,
      openStore: async () => {
        const store = await openDataStore(dbName);
        stores.push(store);
        const setSetting = store.setSetting.bind(store);
        store.setSetting = ((key, value) => {
          if (key === 'activeId') shownWhenStored.push(manager.active?.id ?? null);
          return setSetting(key, value);
        }) as typeof store.setSetting;
        return store;
      },
      scenarios: noScenarios,
      fetchScenarioFile: async () => new Blob([]),
      localTimeZone: 'America/Chicago',
    });
    await manager.init();
    await importOne(manager, fake, 'april.csv');
    // The setting was written while the page still showed no data set, not after it showed April's.
    expect(shownWhenStored).toEqual([null]);
    const reopened = await openDataStore(dbName);
    stores.push(reopened);
    expect((await reopened.getSettings()).activeId).toBe(manager.active!.id);
  });

  it('remembers the confirmed mapping and offers it for the next file with the same header', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await manager.chooseFile(csvFile('march.csv'));
    const edited = makeMapping({ durationUnit: 'min', timeZone: 'Europe/Paris' });
    const done = manager.confirmImport(edited);
    await importsReceived(fake.imports, 1);
    fake.succeed(fake.imports[0]!);
    await done;

    await manager.chooseFile(csvFile('april.csv'));
    expect(fake.api.preview).toHaveBeenLastCalledWith(expect.any(Blob), expect.objectContaining({ remembered: edited }));
    expect(manager.review?.preview.remembered).toBe(true);
    expect(manager.timeZone).toBe('Europe/Paris');
  });

  it('drops the result of an import that a newer one overtook, and its progress', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();

    await manager.chooseFile(csvFile('old.csv'));
    const oldDone = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 1);
    await manager.chooseFile(csvFile('new.csv'));
    const newDone = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 2);
    const [oldRun, newRun] = fake.imports as [PendingImport, PendingImport];
    expect(oldRun.runId).not.toBe(newRun.runId);

    oldRun.onProgress({ rows: 99, bytes: 1, totalBytes: 2, elapsedMs: 1 });
    expect(manager.progress?.rows).toBe(0);
    newRun.onProgress({ rows: 3, bytes: 1, totalBytes: 2, elapsedMs: 1 });
    expect(manager.progress?.rows).toBe(3);

    fake.succeed(newRun, 3);
    await newDone;
    fake.succeed(oldRun, 8);
    await oldDone;
    expect(manager.active?.name).toBe('new.csv');
    expect(manager.active?.accepted).toBe(3);
    expect(manager.datasets.map((d) => d.name)).toEqual(['new.csv']);
  });

  it('cancel asks the worker to stop, returns to review and leaves the previous data set active', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await importOne(manager, fake, 'kept.csv');
    const kept = manager.active;

    await manager.chooseFile(csvFile('big.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 2);
    expect(manager.phase).toBe('importing');
    manager.cancelImport();
    expect(fake.api.cancel).toHaveBeenCalledWith(fake.imports[1]!.runId);
    expect(manager.phase).toBe('review');
    expect(manager.notice).toMatch(/cancelled/i);

    // The worker answers late, even with a finished table: the answer is dropped.
    fake.succeed(fake.imports[1]!, 10);
    await done;
    expect(manager.active).toBe(kept);
    expect(manager.datasets).toHaveLength(1);
  });

  it('an error outcome sets the message, keeps the review open and the previous data set', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await importOne(manager, fake, 'kept.csv');

    await manager.chooseFile(csvFile('broken.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 2);
    fake.imports[1]!.resolve({ ok: false, code: 'no-valid-rows', message: 'No row could be read as a call: line 2, column "Start Time".' });
    await done;
    expect(manager.error).toBe('No row could be read as a call: line 2, column "Start Time".');
    expect(manager.phase).toBe('review');
    expect(manager.active?.name).toBe('kept.csv');
  });

  it('a failed preview shows its message and stays where it was', async () => {
    const fake = fakeWorker();
    fake.api.preview.mockResolvedValueOnce({ ok: false, code: 'binary', message: 'This file is not text.' });
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await manager.chooseFile(csvFile('photo.csv'));
    expect(manager.error).toBe('This file is not text.');
    expect(manager.phase).toBe('idle');
    expect(manager.review).toBeNull();
  });

  it('a worker crash during an import reports it and leaves the app usable', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await importOne(manager, fake, 'kept.csv');
    await manager.chooseFile(csvFile('huge.csv'));
    void manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 2);

    manager.workerCrashed('out of memory');
    expect(manager.error).toMatch(/data worker stopped unexpectedly \(out of memory\)/);
    expect(manager.error).toMatch(/"kept.csv" is still loaded/);
    expect(manager.phase).toBe('review');
    expect(manager.progress).toBeNull();
    expect(manager.busy).toBe(false);
    expect(manager.active?.name).toBe('kept.csv');
  });

  it('re-maps activity labels without re-importing, re-summarizes and stores the new mapping', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const manager = makeManager(fake.worker, dbName);
    await manager.init();
    await importOne(manager, fake, 'march.csv', 4);
    expect(Array.from(manager.active!.table.kind)).toEqual([0, 1, 0, 1]);
    const summaries = fake.api.summarize.mock.calls.length;

    await manager.setTypeLabels({ dial: 'dial', 'voice drop': 'press1' });
    expect(Array.from(manager.active!.table.kind)).toEqual([0, 4, 0, 4]);
    expect(fake.api.summarize.mock.calls.length).toBe(summaries + 1);
    expect(fake.api.importFile).toHaveBeenCalledTimes(1);

    const restored = makeManager(fakeWorker().worker, dbName);
    await restored.init();
    expect(restored.active?.mapping.typeLabels['voice drop']).toBe('press1');
    expect(Array.from(restored.active!.table.kind)).toEqual([0, 4, 0, 4]);
  });

  it('re-summarizes with the chosen port kinds and keeps them for the next visit', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const manager = makeManager(fake.worker, dbName);
    await manager.init();
    await importOne(manager, fake, 'march.csv');
    await manager.setPortKinds(['recording', 'voice_drop']);
    expect(fake.api.summarize.mock.lastCall![1].portKinds).toEqual(['voice_drop', 'recording']);
    expect(manager.summary?.portKinds).toEqual(['voice_drop', 'recording']);

    const restored = makeManager(fakeWorker().worker, dbName);
    await restored.init();
    expect(restored.portKinds).toEqual(['voice_drop', 'recording']);
  });

  it('passes the row limit to the import, keeps it for the next visit, and says where to raise it when a file is over it', async () => {
    const fake = fakeWorker();
    const dbName = `dm-${++dbCounter}`;
    const manager = makeManager(fake.worker, dbName);
    await manager.init();
    await manager.setMaxRows(2_000_000);
    await manager.chooseFile(csvFile('huge.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 1);
    expect(fake.api.importFile.mock.lastCall![2].maxRows).toBe(2_000_000);
    fake.imports[0]!.resolve({ ok: false, code: 'too-large', message: 'The file has more than 2,000,000 data rows, the import limit; raise the row limit to import it all.' });
    await done;
    expect(manager.error).toMatch(/2,000,000 data rows.*row limit is under “Load other data”/);

    await manager.setMaxRows(0); // not a limit: ignored
    expect(manager.maxRows).toBe(2_000_000);
    const restored = makeManager(fakeWorker().worker, dbName);
    await restored.init();
    expect(restored.maxRows).toBe(2_000_000);
  });

  it('switches between stored data sets and deletes one', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await importOne(manager, fake, 'a.csv', 2);
    await importOne(manager, fake, 'b.csv', 4);
    const [b, a] = manager.datasets;
    expect([b?.name, a?.name]).toEqual(['b.csv', 'a.csv']);

    await manager.switchTo(a!.id);
    expect(manager.active?.name).toBe('a.csv');
    expect(manager.summary?.calls).toBe(2);

    await manager.deleteDataSet(a!.id);
    expect(manager.active).toBeNull();
    expect(manager.summary).toBeNull();
    expect(manager.datasets.map((d) => d.name)).toEqual(['b.csv']);
  });

  it('on a first visit imports the default scenario with its own mapping', async () => {
    const fake = fakeWorker();
    const fetchScenarioFile = vi.fn(async () => csvFile('outbound-team.csv'));
    const catalog: ScenarioCatalog = {
      defaultId: 'outbound-team',
      list: [{
        id: 'outbound-team',
        name: 'Outbound team, 25 agents',
        description: 'October of an outbound team.',
        fileName: 'outbound-team.csv',
        dataUrl: '/scenarios/outbound-team.csv',
        timeZone: 'America/Chicago',
        mapping: { columns: { start: 'Start Time', duration: 'Duration (sec)', user: 'Agent' }, typeLabels: { 'press-1 connect': 'press1' } },
      }],
    };
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`, catalog, fetchScenarioFile);
    const started = manager.init();
    await importsReceived(fake.imports, 1);
    const run = fake.imports[0]!;
    expect(run.mapping.columns).toMatchObject({ start: 3, duration: 4, user: 1 });
    expect(run.mapping.timeZone).toBe('America/Chicago');
    expect(run.mapping.typeLabels['press-1 connect']).toBe('press1');
    fake.succeed(run);
    await started;
    expect(manager.active?.scenarioName).toBe('Outbound team, 25 agents');
    expect(manager.active?.name).toBe('outbound-team.csv');
    expect(manager.summary).not.toBeNull();
    expect(manager.review).toBeNull();
  });

  it('a scenario whose mapping names a missing column reports it and imports nothing', async () => {
    const fake = fakeWorker();
    const catalog: ScenarioCatalog = {
      defaultId: 'bad',
      list: [{ id: 'bad', name: 'Bad', description: '', fileName: 'bad.csv', dataUrl: '/bad.csv', timeZone: 'UTC', mapping: { columns: { start: 'When' } } }],
    };
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`, catalog, vi.fn(async () => csvFile('bad.csv')));
    await manager.init();
    expect(manager.error).toMatch(/The sample "Bad" could not be opened: No column 'When'/);
    expect(fake.api.importFile).not.toHaveBeenCalled();
    expect(manager.phase).toBe('idle');
  });
});

describe('DataManager after a worker crash while summarizing', () => {
  it('drops the summary so it can be asked for again, and the retry succeeds', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await importOne(manager, fake, 'march.csv');
    fake.api.summarize.mockImplementationOnce(() => new Promise(() => undefined));
    const hung = manager.setPortKinds(['voice_drop']);
    expect(manager.summarizing).toBe(true);

    manager.workerCrashed('worker error');
    expect(manager.summary).toBeNull();
    expect(manager.summarizing).toBe(false);
    expect(manager.error).toMatch(/Summarize again/);
    void hung;

    await manager.resummarize();
    expect(manager.summary?.portKinds).toEqual(['voice_drop']);
  });
});

describe('DataManager when another file is chosen during an import', () => {
  it('stops the running import and reviews the new file', async () => {
    const fake = fakeWorker();
    const manager = makeManager(fake.worker, `dm-${++dbCounter}`);
    await manager.init();
    await manager.chooseFile(csvFile('first.csv'));
    const done = manager.confirmImport(manager.review!.preview.proposed);
    await importsReceived(fake.imports, 1);

    await manager.chooseFile(csvFile('second.csv'));
    expect(fake.api.cancel).toHaveBeenCalledWith(fake.imports[0]!.runId);
    expect(manager.phase).toBe('review');
    expect(manager.review?.fileName).toBe('second.csv');
    expect(manager.notice).toBeNull();

    fake.succeed(fake.imports[0]!);
    await done;
    expect(manager.active).toBeNull();
    expect(manager.phase).toBe('review');
  });
});
