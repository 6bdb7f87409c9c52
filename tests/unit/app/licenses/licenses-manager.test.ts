import { describe, expect, it } from 'vitest';
import { LicensesManager, type LicensesManagerDeps } from '../../../../src/app/state/licenses-manager.svelte.ts';
import type { TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import type { PageStore } from '../../../../src/app/state/page-inputs.svelte.ts';
import type { DataSet } from '../../../../src/app/persistence/types.ts';
import { DEFAULT_PORT_KINDS } from '../../../../src/core/traffic/port-kinds.ts';
import { ImportFileError } from '../../../../src/core/ingest/types.ts';
import { buildPoolInput, diagnoseLicenses, importRoster } from '../../../../src/core/licenses/index.ts';
import { runChunks } from '../../../../src/core/sim/run-chunks.ts';
import { runTaskChunk } from '../../../../src/core/sim/sim-task.ts';
import { callTable } from '../../licenses/factories.ts';

// Bo dials without a Dialer; Cy is hidden with three licenses; Dee's status cannot be read (line 5).
const ROSTER = [
  'User,Status,Licenses',
  'Ann,active,CRM; Dialer Tab; Dialer; Flex Port',
  'Bo,active,CRM; Dialer Tab',
  'Cy,hidden,CRM; Dialer Tab; Dialer',
  'Dee,on leave,CRM',
].join('\n');

const MON = '2026-10-05T09:00:00Z';
const table = callTable([
  { user: 'Ann', kind: 'dial', start: MON, sec: 60 },
  { user: 'Bo', kind: 'dial', start: MON, sec: 60 },
]);
const active = { id: 'ds-1', name: 'calls.csv', table, mapping: { timeZone: 'UTC' } } as unknown as DataSet;

function memoryStore(): PageStore {
  const saved = new Map<string, unknown>();
  return {
    getPageSetting: async (key) => structuredClone(saved.get(key)) as never,
    setPageSetting: async (key, value) => { saved.set(key, structuredClone(value)); },
  };
}

/** Runs the pool task on this thread, one replication per chunk, as the worker pool would. */
const inlinePool = (): TaskPoolLike => ({
  onWorkerCrash: undefined,
  runTask: (job, onProgress, signal) => runChunks({
    replications: job.replications,
    lanes: 2,
    runChunk: async (_lane, from, to) => runTaskChunk(job.task, from, to) as never[],
    summarize: job.summarize,
    onProgress,
    partialEveryMs: job.partialEveryMs,
    signal,
  }),
});

function makeManager(store: PageStore, data: { active: DataSet | null } = { active }): LicensesManager {
  const deps: LicensesManagerDeps = {
    data: { get active() { return data.active; }, portKinds: DEFAULT_PORT_KINDS },
    createPool: inlinePool,
    importRoster: async (text, spec) => {
      try {
        return { ok: true, value: importRoster(text, spec) };
      } catch (err) {
        if (err instanceof ImportFileError) return { ok: false, code: err.code, message: err.message };
        throw err;
      }
    },
    diagnose: async (roster, t, d, pools) => ({ findings: diagnoseLicenses(roster, t, d), ...buildPoolInput(t, roster, pools) }),
    fetchText: async () => ROSTER,
    openStore: async () => store,
  };
  return new LicensesManager(deps);
}

async function loaded(store = memoryStore()): Promise<LicensesManager> {
  const m = makeManager(store);
  await m.init();
  await m.useSampleRoster();
  await m.diagnose();
  return m;
}

describe('LicensesManager', () => {
  it('reads the sample roster: good rows kept, the bad one reported with its line', async () => {
    const m = await loaded();
    expect(m.inputs.roster?.name).toBe('roster-outbound-team.csv');
    expect(m.roster!.rows).toBe(4);
    expect(m.roster!.roster.map((e) => e.user)).toEqual(['Ann', 'Bo', 'Cy']);
    expect(m.roster!.problems).toMatchObject([{ line: 5, column: 'Status', value: 'on leave', code: 'bad-status' }]);
  });

  it('joins the roster to the usage: Bo dials without a Dialer, hidden Cy costs CRM + Dialer Tab + Dialer a month', async () => {
    const m = await loaded();
    const byCode = new Map(m.diagnosis!.findings.map((f) => [f.code, f]));
    expect(byCode.get('dial-without-license')!.users).toEqual(['Bo']);
    expect(byCode.get('hidden-with-licenses')).toMatchObject({ users: ['Cy'], monthlyCostCents: 6500 + 2500 + 9000 });
  });

  it('sizes the pools and finds the licenses above the need', async () => {
    const m = await loaded();
    await m.update({ replications: 4 });
    await m.runPools();
    expect(m.sim.status).toBe('done');
    // Ann and Bo both hold a Dialer Tab from 09:00 to 09:01 every simulated Monday: 60 s of the
    // 3,600 s busy hour (1.7 %) with 2 users, so 1 license misses the 1 % target and 2 meet it.
    expect(m.sizing!.map((s) => [s.license, s.recommended])).toEqual([['dialer_tab', 2], ['dialer', 2], ['flex_port', 0]]);
    // Held 3 Dialer Tab (need 2), 2 Dialer (need 2), 1 Flex Port (need 0): one license too many in each but Dialer.
    expect(m.poolFindings.map((f) => [f.code, f.license, f.monthlyCostCents])).toEqual([
      ['pool-shelfware', 'dialer_tab', 2500], ['pool-shelfware', 'flex_port', 2500],
    ]);
  });

  it('marks the sizing stale when the session gap changes, until it is run again', async () => {
    const m = await loaded();
    await m.update({ replications: 2 });
    await m.runPools();
    await m.update({ gapMin: 30 });
    await m.diagnose();
    expect(m.sizing).toBeNull();
    expect(m.sizingStale).toBe(true);
    expect(m.poolFindings).toEqual([]);
    await m.runPools();
    expect(m.sizingStale).toBe(false);
  });

  it('reads the roster again with a column the user chose, and remembers the choice', async () => {
    const m = await loaded();
    await m.setColumn('status', '');
    expect(m.roster!.roster).toHaveLength(4);
    expect(m.roster!.warnings).toContain('No status column: every user is read as active.');
    expect(m.inputs.rosterColumns).toEqual({ status: '' });
    await m.resetMapping();
    expect(m.roster!.roster).toHaveLength(3);
  });

  it('brings the roster and its columns back after a reload', async () => {
    const store = memoryStore();
    const first = await loaded(store);
    await first.setColumn('status', '');
    const second = makeManager(store);
    await second.init();
    expect(second.inputs.roster?.text).toBe(ROSTER);
    expect(second.roster!.roster).toHaveLength(4);
  });

  it('says why the sizing cannot run: no data set, then no roster', async () => {
    const m = makeManager(memoryStore(), { active: null });
    await m.init();
    expect(m.blocked).toMatch(/data set/);
    const n = makeManager(memoryStore());
    await n.init();
    expect(n.blocked).toMatch(/roster/);
  });

  it('refuses a file too large to be a roster, with a message, and keeps nothing of it', async () => {
    const m = makeManager(memoryStore());
    await m.init();
    await m.loadRosterFile(new Blob(['x'.repeat(2_000_001)]), 'calls.csv');
    expect(m.rosterStatus).toBe('failed');
    expect(m.rosterError).toMatch(/calls\.csv is 1\.9 MB.*usage export/);
    expect(m.inputs.roster).toBeNull();
  });

  it('shows a roster without a user column as a failure naming the columns', async () => {
    const m = makeManager(memoryStore());
    await m.init();
    await m.loadRosterText('Status,CRM\nactive,yes\n', 'odd.csv');
    expect(m.rosterStatus).toBe('failed');
    expect(m.rosterError).toMatch(/No roster column is mapped to the user/);
  });
});
