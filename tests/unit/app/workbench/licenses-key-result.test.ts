import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../../../src/app/persistence/types.ts';
import { LicensesManager, rosterMonthlyCents } from '../../../../src/app/state/licenses-manager.svelte.ts';
import type { PageStore } from '../../../../src/app/state/page-inputs.svelte.ts';
import type { TaskPoolLike } from '../../../../src/app/state/sim-run.svelte.ts';
import { buildPoolInput, diagnoseLicenses, importRoster } from '../../../../src/core/licenses/index.ts';
import { DEFAULT_LICENSE_PRICES_CENTS } from '../../../../src/core/licenses/types.ts';
import { runChunks } from '../../../../src/core/sim/run-chunks.ts';
import { runTaskChunk } from '../../../../src/core/sim/sim-task.ts';
import { DEFAULT_PORT_KINDS } from '../../../../src/core/traffic/port-kinds.ts';
import { ALL, callTable, entry } from '../../licenses/factories.ts';

// Kim dials with every license; Lou is hidden and still holds CRM and Dialer Tab.
const ROSTER = 'User,Status,Licenses\nKim,active,CRM; Dialer Tab; Dialer; Flex Port\nLou,hidden,CRM; Dialer Tab\n';
const usage = callTable([{ user: 'Kim', kind: 'dial', start: '2026-10-05T14:00:00Z', sec: 120 }]);

/** A Licenses page on an in-memory store, a one-call data set, and the pool task run on this thread. */
function page(): LicensesManager {
  const saved = new Map<string, unknown>();
  const store: PageStore = {
    getPageSetting: async (key) => structuredClone(saved.get(key)) as never,
    setPageSetting: async (key, value) => { saved.set(key, structuredClone(value)); },
  };
  const pool: TaskPoolLike = {
    onWorkerCrash: undefined,
    runTask: (job, onProgress, signal) => runChunks({
      replications: job.replications, lanes: 1, summarize: job.summarize, onProgress, partialEveryMs: job.partialEveryMs, signal,
      runChunk: async (_lane, from, to) => runTaskChunk(job.task, from, to) as never[],
    }),
  };
  return new LicensesManager({
    data: { active: { id: 'ds-1', name: 'calls.csv', table: usage, mapping: { timeZone: 'UTC' } } as unknown as DataSet, portKinds: DEFAULT_PORT_KINDS },
    createPool: () => pool,
    importRoster: async (text, spec) => ({ ok: true, value: importRoster(text, spec) }),
    diagnose: async (roster, t, d, pools) => ({ findings: diagnoseLicenses(roster, t, d), ...buildPoolInput(t, roster, pools) }),
    fetchText: async () => ROSTER,
    openStore: async () => store,
  });
}

describe('rosterMonthlyCents(roster, pricesCents)', () => {
  it('adds up every assigned license at its price, hidden users’ included', () => {
    const p = DEFAULT_LICENSE_PRICES_CENTS;
    expect(rosterMonthlyCents([entry('a', ALL), entry('b', ['crm'], 'hidden')], p)).toBe(p.crm * 2 + p.dialer_tab + p.dialer + p.flex_port);
    expect(rosterMonthlyCents([], p)).toBe(0);
  });
});

describe('LicensesManager.keyResult', () => {
  it('is null until the roster check and the pool sizing are done, then gives the bill, the avoidable part and the findings', async () => {
    const m = page();
    await m.init();
    expect(m.keyResult).toBeNull();
    await m.loadRosterText(ROSTER, 'roster.csv');
    await m.diagnose();
    expect(m.keyResult).toBeNull(); // the pool findings need the sizing
    await m.update({ replications: 4 });
    await m.runPools();
    const p = DEFAULT_LICENSE_PRICES_CENTS;
    const r = m.keyResult!;
    expect(r.monthlyCostCents).toBe(p.crm * 2 + p.dialer_tab * 2 + p.dialer + p.flex_port);
    // Lou's CRM and Dialer Tab are paid for nothing; the pools may add shelfware on top.
    expect(r.avoidableCents).toBeGreaterThanOrEqual(p.crm + p.dialer_tab);
    expect(r.findings).toBeGreaterThanOrEqual(1);
    // Other prices: the roster check must run again before its numbers count.
    await m.update({ pricesCents: { ...p, crm: 7000 } });
    expect(m.keyResult).toBeNull();
  });
});
