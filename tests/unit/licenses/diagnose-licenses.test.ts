// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { diagnoseLicenses } from '../../../src/core/licenses/diagnose-licenses.ts';
import { poolFindings } from '../../../src/core/licenses/pool-findings.ts';
import { sizePools } from '../../../src/core/licenses/size-pools.ts';
import { DEFAULT_LICENSE_PRICES_CENTS, POOLED_LICENSES } from '../../../src/core/licenses/types.ts';
import { ALL, callTable, entry } from './factories.ts';

const MON = '2026-10-05T09:00:00Z';
const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('diagnoseLicenses(roster, table, opts)', () => {
  it('finds nothing on a clean roster whose users hold what their activities need', () => {
    const t = callTable([{ user: 'Ann', kind: 'dial', start: MON, sec: 60 }, { user: 'Ann', kind: 'voice_drop', start: MON, sec: 30 }]);
    expect(diagnoseLicenses([entry('Ann', ALL)], t)).toEqual([]);
  });

  it("names users who dial without a Dialer or a Dialer Tab (the 'no permission' case), joined ignoring case and spaces", () => {
    const t = callTable([
      { user: 'ann  LEE', kind: 'dial', start: MON, sec: 60 },
      { user: 'Bo', kind: 'press1', start: MON, sec: 60 },
      { user: 'Cy', kind: 'inbound_acd', start: MON, sec: 60 },
    ]);
    const f = diagnoseLicenses([entry('Ann Lee', ['crm', 'dialer_tab', 'flex_port']), entry('Bo', ['crm', 'dialer', 'flex_port']), entry('Cy', ['crm', 'flex_port'])], t);
    const dial = f.find((x) => x.code === 'dial-without-license')!;
    expect(dial.users).toEqual(['Ann Lee', 'Bo']);
    expect(dial.severity).toBe('error');
    expect(dial.detail).toContain('no permission');
    expect(dial.detail).toContain('Ann Lee (no Dialer)');
    expect(dial.detail).toContain('Bo (no Dialer Tab)');
    expect(dial.monthlyCostCents).toBeUndefined();
  });

  it('names users whose activities hold a port (port kinds or a recorded dial) without a Flex Port', () => {
    const t = callTable([
      { user: 'Ann', kind: 'dial', start: MON, sec: 60, recorded: true },
      { user: 'Bo', kind: 'dial', start: MON, sec: 60 },
      { user: 'Cy', kind: 'inbound_acd', start: MON, sec: 60 },
    ]);
    const roster = ['Ann', 'Bo', 'Cy'].map((u) => entry(u, ['crm', 'dialer_tab', 'dialer']));
    expect(diagnoseLicenses(roster, t).find((x) => x.code === 'port-without-flex-port')!.users).toEqual(['Ann', 'Cy']);
  });

  it('names Dialer without Dialer Tab even for users with no usage', () => {
    const f = diagnoseLicenses([entry('Sam', ['crm', 'dialer'])], callTable([]));
    expect(f.map((x) => [x.code, x.users])).toEqual([['dialer-without-dialer-tab', ['Sam']]]);
  });

  it('prices hidden users still holding licenses at their licenses × monthly prices', () => {
    const roster = [entry('Old', ['crm', 'dialer_tab', 'dialer'], 'hidden'), entry('Gone', ['flex_port'], 'hidden'), entry('Nil', [], 'hidden')];
    const f = diagnoseLicenses(roster, callTable([]), { pricesCents: { crm: 7000 } });
    const hidden = f.find((x) => x.code === 'hidden-with-licenses')!;
    expect(hidden.users).toEqual(['Gone', 'Old']);
    expect(hidden.monthlyCostCents).toBe(7000 + DEFAULT_LICENSE_PRICES_CENTS.dialer_tab + DEFAULT_LICENSE_PRICES_CENTS.dialer + DEFAULT_LICENSE_PRICES_CENTS.flex_port);
  });

  it('names active users without CRM, not hidden ones', () => {
    const f = diagnoseLicenses([entry('Ann', ['dialer_tab']), entry('Old', ['dialer_tab'], 'hidden')], callTable([]));
    expect(f.find((x) => x.code === 'active-without-crm')!.users).toEqual(['Ann']);
  });

  it('names usage users missing from the roster and says when their roster row was rejected', () => {
    const t = callTable([{ user: 'Ann', kind: 'dial', start: MON, sec: 60 }, { user: 'Bo', kind: 'dial', start: MON, sec: 60 }, { user: '', kind: 'dial', start: MON, sec: 5 }]);
    const f = diagnoseLicenses([], t, { rejectedUsers: ['bo'] });
    const absent = f.find((x) => x.code === 'usage-user-not-in-roster')!;
    expect(absent.users).toEqual(['Ann', 'Bo']);
    expect(absent.detail).toContain('rows for Bo that could not be read');
  });

  it('reports a pool below the need with the missing licenses cost, and one far above it as shelfware', () => {
    const roster = ['A', 'B', 'C', 'D', 'E', 'F'].map((u) => entry(u, ['crm', 'dialer_tab', 'dialer', 'flex_port']));
    const pools = [
      { license: 'dialer_tab' as const, peakConcurrent: 6, recommended: 6 },
      { license: 'dialer' as const, peakConcurrent: 8, recommended: 7 },
      { license: 'flex_port' as const, peakConcurrent: 2, recommended: 2 },
    ];
    const f = diagnoseLicenses(roster, callTable([]), { pools, poolTotals: { dialer: 5 } });
    expect(f.map((x) => [x.code, x.license, x.monthlyCostCents])).toEqual([
      ['pool-short', 'dialer', 2 * DEFAULT_LICENSE_PRICES_CENTS.dialer],
      ['pool-shelfware', 'flex_port', 4 * DEFAULT_LICENSE_PRICES_CENTS.flex_port],
    ]);
  });

  it('finds a pool short from the roster alone: the need counts users who dial without the license, the total is the holders', () => {
    // Every weekday of a week, Ann, Bo and Cy all dial 09:00–10:00 (unrecorded dials hold no port).
    // The roster gives Dialer Tab and Dialer to Ann and Bo only, and Flex Port to Ann and Cy.
    const recs = [5, 6, 7, 8, 9].flatMap((d) => ['Ann', 'Bo', 'Cy'].map((user) => ({ user, kind: 'dial' as const, start: `2026-10-0${d}T09:00:00Z`, sec: 3600 })));
    const t = callTable(recs);
    const roster = [entry('Ann', ALL), entry('Bo', ['crm', 'dialer_tab', 'dialer']), entry('Cy', ['crm', 'flex_port'])];
    const { observed, sizing } = sizePools(t, roster, { timeZone: 'UTC', replications: 5, seed: 'short' });
    expect(observed.map((o) => [o.license, o.users, o.peakConcurrent])).toEqual([['dialer_tab', 3, 3], ['dialer', 3, 3], ['flex_port', 0, 0]]);
    // All three at once for the whole busy hour: 2 licenses leave someone out all of it, so 3 are needed.
    expect(sizing.map((s) => s.recommended)).toEqual([3, 3, 0]);
    const pools = POOLED_LICENSES.map((license, i) => ({ license, peakConcurrent: observed[i]!.peakConcurrent, recommended: sizing[i]!.recommended }));
    const f = diagnoseLicenses(roster, t, { pools });
    expect(f.filter((x) => x.code.startsWith('pool-')).map((x) => [x.code, x.license, x.monthlyCostCents])).toEqual([
      ['pool-short', 'dialer_tab', DEFAULT_LICENSE_PRICES_CENTS.dialer_tab],
      ['pool-short', 'dialer', DEFAULT_LICENSE_PRICES_CENTS.dialer],
      ['pool-shelfware', 'flex_port', 2 * DEFAULT_LICENSE_PRICES_CENTS.flex_port],
    ]);
    expect(f.find((x) => x.code === 'dial-without-license')!.users).toEqual(['Cy']);
  });

  it('orders findings errors first, then warnings, then information', () => {
    const t = callTable([{ user: 'Ann', kind: 'dial', start: MON, sec: 60 }]);
    const f = diagnoseLicenses([entry('Ann', ['crm']), entry('Old', ['crm'], 'hidden')], t, {
      pools: [{ license: 'flex_port', peakConcurrent: 0, recommended: 0 }], poolTotals: { flex_port: 3 },
    });
    expect(codes(f)).toEqual(['dial-without-license', 'hidden-with-licenses', 'pool-shelfware']);
  });
});

describe('poolFindings(needs, totals, prices, slack)', () => {
  it('calls a pool shelfware only from max(1, ⌈slack × need⌉) licenses above the larger of peak and recommendation', () => {
    const need = { license: 'dialer' as const, peakConcurrent: 8, recommended: 7 };
    const prices = DEFAULT_LICENSE_PRICES_CENTS;
    expect(poolFindings([need], { dialer: 9 }, prices, 0.25)).toEqual([]);
    expect(poolFindings([need], { dialer: 10 }, prices, 0.25).map((f) => f.monthlyCostCents)).toEqual([2 * prices.dialer]);
    expect(poolFindings([need], { dialer: 7 }, prices, 0.25)).toEqual([]);
  });
});
