// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { rechargeCommand } from '../../../src/cli/recharge.ts';
import { UsageError } from '../../../src/cli/args.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-recharge-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The example: one $12.50 dial call at 10:00 on each day of September 2026. */
const september = () =>
  file('month.csv', ['start,agent,type,seconds,cost', ...Array.from({ length: 30 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')} 10:00,a1,dial,300,12.50`)].join('\n') + '\n');

async function rechargeJson(args: string[]): Promise<any> {
  let printed = '';
  const code = await rechargeCommand([...args, '--json'], (s) => (printed += s));
  expect(code).toBe(0);
  return JSON.parse(printed);
}

describe('recharge --json', { timeout: 60_000 }, () => {
  it('derives the rule from September: usage "375.00", amount "175.00", threshold "62.50"', async () => {
    const d = await rechargeJson([september(), '--replications', '8', '--seed', '1', '--tz', 'UTC']);
    expect(d.lastMonth).toMatchObject({ month: '2026-09', days: 30, usage: '375.00' });
    expect(d.recharge).toMatchObject({ amount: '175.00', threshold: '62.50' });
    expect(d.backtest).toMatchObject({ recharges: 2, minBalance: '62.50', hoursAtZero: 0 });
  });

  it('answers in the agreed shape, money as two-place decimal strings', async () => {
    const d = await rechargeJson([september(), '--replications', '8', '--seed', '1', '--tz', 'UTC', '--months', '2']);
    const s = d.simulation;
    for (const key of ['mean', 'lo', 'hi']) expect(typeof s.pZero[key]).toBe('number');
    expect(Object.keys(s.rechargesPerMonth)).toEqual(['mean', 'p95']);
    expect(s.billed.mean).toMatch(/^\d+\.\d{2}$/);
    expect(s.idleBalance.mean).toMatch(/^\d+\.\d{2}$/);
    expect(typeof s.downtimeHours.mean).toBe('number');
    expect(s.pZeroByMonth.map((m: { month: string }) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(s.replications).toBe(8);
  });

  it('prices calls without a cost at --rate in --increment steps', async () => {
    const csv = file('nocost.csv', 'start,type,seconds\n2026-09-01 10:00,dial,61\n2026-09-30 10:00,dial,30\n');
    const d = await rechargeJson([csv, '--rate', '3', '--increment', '30', '--replications', '2', '--tz', 'UTC']);
    expect(d.lastMonth.usage).toBe('0.06'); // (90 s + 30 s) / 60 × 3 cents
    expect(d.assumptions).toMatchObject({ rateCentsPerMin: 3, incrementSec: 30, rateAssumed: false });
  });

  it('gives the same numbers for the same seed', async () => {
    const args = [september(), '--replications', '20', '--seed', '9', '--tz', 'UTC', '--decline', '0.3', '--credit-delay', '48'];
    const [a, b] = [await rechargeJson(args), await rechargeJson(args)];
    delete a.simulation.elapsedMs, delete a.simulation.hoursPerSecond, delete b.simulation.elapsedMs, delete b.simulation.hoursPerSecond;
    expect(a).toEqual(b);
  });

  it('reads a scenario file with a recharge section', async () => {
    const csv = september();
    const scenario = file('s.json', JSON.stringify({ version: 1, data: csv, timeZone: 'UTC', recharge: { months: 1, replications: 5, growthPct: 10, startBalance: '500.00' } }));
    const d = await rechargeJson([scenario]);
    expect(d.simulation).toMatchObject({ replications: 5, months: ['2026-10'], growthPct: 10, startBalance: '500.00' });
  });

  it('refuses bad input with a one-line UsageError', async () => {
    await expect(rechargeCommand([september(), '--month', '2026-13'], () => {})).rejects.toThrow(UsageError);
    await expect(rechargeCommand([september(), '--month', '2026-05', '--tz', 'UTC'], () => {})).rejects.toThrow(/2026-05 holds no day/);
    await expect(rechargeCommand([september(), '--start-balance', 'lots'], () => {})).rejects.toThrow(UsageError);
    const bad = file('bad.json', JSON.stringify({ version: 1, data: 'x.csv', recharge: { months: 13 } }));
    await expect(rechargeCommand([bad], () => {})).rejects.toThrow(/\$\.recharge\.months: expected a whole number from 1 to 12, got 13/);
  });

  it('exits 2 with one line on stderr for a bad file', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('src/cli/main.ts'), 'recharge', join(dir, 'missing.csv')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
