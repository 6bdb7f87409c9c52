// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { licensesCommand } from '../../../src/cli/licenses.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-licenses-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[]): Promise<{ code: number; printed: string }> {
  let printed = '';
  const code = await licensesCommand(args, (s) => (printed += s));
  return { code, printed };
}

describe('licenses <roster.csv> <usage.csv>', () => {
  it('answers --json with findings (code, users, monthlyCost) and pools (license, assigned, peakConcurrent, recommended)', async () => {
    const { code, printed } = await run([
      'scenarios/roster-outbound-team.csv', 'scenarios/outbound-team.csv', '--tz', 'America/Chicago', '--replications', '10', '--json',
    ]);
    expect(code).toBe(0);
    const d = JSON.parse(printed);
    for (const f of d.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'users', 'monthlyCost', 'title', 'detail']));
      expect(f.monthlyCost === null || /^\d+\.\d\d$/.test(f.monthlyCost)).toBe(true);
    }
    // The generated sample roster's deliberate problems (scenarios/gen/roster.ts).
    const by = Object.fromEntries(d.findings.map((f: any) => [f.code, f]));
    expect(by['dial-without-license'].users).toEqual(['Diego Alvarez', 'Marcus Reed', 'Nora Fischer', 'Priya Shah']);
    expect(by['port-without-flex-port'].users).toEqual(["Liam O'Connor"]);
    expect(by['dialer-without-dialer-tab'].users).toEqual(['Diego Alvarez', 'Nora Fischer', 'Priya Shah', 'Sam Patel']);
    expect(by['hidden-with-licenses']).toMatchObject({ users: ['Brandon Cole'], monthlyCost: '205.00' });
    expect(by['active-without-crm'].users).toEqual(['Emily Zhang']);
    expect(by['usage-user-not-in-roster'].users).toEqual(['Bianca Lopes', 'Darnell Brooks', 'Sofia Rossi']);
    // 20 Dialer Tab holders while up to 25 users dial at once (the need counts users without one too).
    expect(by['pool-short']).toMatchObject({ license: 'dialer_tab', users: [] });
    expect(by['pool-shelfware'].license).toBe('flex_port');
    expect(d.roster.problems.map((p: any) => [p.line, p.code])).toEqual([[3, 'bad-status'], [9, 'duplicate-user'], [25, 'unknown-license'], [33, 'missing-user']]);
    expect(d.pools.map((p: any) => p.license)).toEqual(['dialer_tab', 'dialer', 'flex_port']);
    for (const p of d.pools) {
      for (const k of ['assigned', 'peakConcurrent', 'recommended']) expect(Number.isInteger(p[k])).toBe(true);
      // The need counts every user of the pool's activities; what is assigned may fall short of it.
      expect(p.recommended).toBeLessThanOrEqual(p.users);
    }
    const dialerTab = d.pools.find((p: any) => p.license === 'dialer_tab');
    expect(dialerTab.assigned).toBeLessThan(dialerTab.recommended);
  }, 30_000);

  it('reports a short pool when --total sets it below the need, and takes --price', async () => {
    const roster = file('r.csv', 'User,Licenses\nAnn,CRM;Dialer Tab;Dialer\nBo,CRM;Dialer Tab;Dialer\n');
    const usage = file('u.csv', 'start,agent,type,seconds\n2026-10-05 09:00,Ann,dial,3600\n2026-10-05 09:10,Bo,dial,600\n');
    const d = JSON.parse((await run([roster, usage, '--tz', 'UTC', '--replications', '5', '--total', 'dialer=1', '--price', 'dialer=100', '--json'])).printed);
    const short = d.findings.find((f: any) => f.code === 'pool-short');
    expect(short).toMatchObject({ license: 'dialer', users: [], monthlyCost: '100.00' });
    expect(d.pools[1]).toMatchObject({ license: 'dialer', assigned: 1, peakConcurrent: 2, recommended: 2 });
  });

  it('prints findings and pools in words without --json', async () => {
    const roster = file('r2.csv', 'User,Status,Licenses\nAnn,active,Dialer Tab;Dialer\n');
    const usage = file('u2.csv', 'start,agent,type,seconds\n2026-10-05 09:00,Ann,dial,60\n');
    const { printed } = await run([roster, usage, '--tz', 'UTC', '--replications', '3']);
    expect(printed).toContain('Active users without CRM');
    expect(printed).toContain('Dialer Tab');
  });

  it('exits 2 with one line for an unreadable roster', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'licenses', join(dir, 'missing.csv'), 'scenarios/outbound-team.csv', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot read');
  }, 30_000);
});
