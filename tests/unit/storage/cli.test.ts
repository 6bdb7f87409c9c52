// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageCommand } from '../../../src/cli/storage.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-storage-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

async function run(args: string[]): Promise<{ code: number; printed: string }> {
  let printed = '';
  const code = await storageCommand(args, (s) => (printed += s));
  return { code, printed };
}

const MONEY = /^-?\d+\.\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

describe('storage --json', { timeout: 60_000 }, () => {
  it('prints the issue-5 shape for the default scenario, with recordings measured from its export', async () => {
    const { code, printed } = await run(['scenarios/outbound-team.json', '--replications', '20', '--months', '12', '--seed', '3', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(printed);
    expect(report.months).toHaveLength(12);
    expect(report.months[0].month).toBe('2026-11');
    for (const m of report.months) {
      expect(m.month).toMatch(MONTH);
      expect(typeof m.gb.p50).toBe('number');
      expect(m.gb.p95).toBeGreaterThanOrEqual(m.gb.p50);
      expect(m.fee.mean).toMatch(MONEY);
      expect(m.fee.p95).toMatch(MONEY);
    }
    expect(report.firstFeeMonth).toMatch(MONTH);
    expect(report.firstFeeMonth < '2027-11').toBe(true);
    expect(report.remedies.map((r: { name: string }) => r.name)).toEqual(['purge', 'retention', 'partialLists', 'combined']);
    for (const r of report.remedies) expect(r.savings12.mean).toMatch(MONEY);
    expect(report.invoice).toMatchObject({ month: '2026-11', unit: 'block of 10 GB', unitPrice: '15.00' });
    expect(report.recordings.bytesPerMinute).toBeGreaterThan(200_000);
    expect(report.seed).toBe('3');
  });

  it('gives the same numbers for the same seed', async () => {
    const args = ['scenarios/outbound-team.json', '--replications', '5', '--months', '12', '--json'];
    const strip = (text: string) => ({ ...JSON.parse(text), elapsedMs: 0 });
    expect(strip((await run(args)).printed)).toEqual(strip((await run(args)).printed));
  });

  it('forecasts a storage-only scenario from its own figures', async () => {
    const path = file('only.json', {
      version: 1,
      seed: 9,
      storage: { startMonth: '2027-01', months: 12, replications: 10, fee: { allowanceGb: 60, pricing: 'per-gb', price: '0.50', basis: 'month-end' } },
    });
    const report = JSON.parse((await run([path, '--json'])).printed);
    expect(report.replications).toBe(10);
    expect(report.months.map((m: { month: string }) => m.month).slice(0, 2)).toEqual(['2027-01', '2027-02']);
    expect(report.inputs.fee).toMatchObject({ pricing: 'per-gb', price: '0.50', basis: 'month-end' });
    expect(report.invoice.unit).toBe('GB');
  });

  it('prints a plain-text report without --json', async () => {
    const path = file('text.json', { version: 1, storage: { startMonth: '2027-01', months: 12, replications: 5 } });
    const { printed } = await run([path]);
    expect(printed).toMatch(/All three together/);
    expect(printed).toMatch(/invoice 2027-01/);
  });
});

describe('storage exit codes', { timeout: 60_000 }, () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it.each([
    [['storage', '--months', '0', 'scenarios/outbound-team.json'], /--months must be a whole number from 1 to 60/],
    [['storage', 'missing.json'], /cannot read missing\.json/],
    [['storage', 'BAD'], /bad\.json: \$\.storage\.months: expected a whole number from 1 to 60, got 99/],
  ])('exits 2 with one line on stderr for bad input (%j)', (args, message) => {
    const bad = file('bad.json', { version: 1, storage: { months: 99 } });
    const r = cli(args.map((a) => (a === 'BAD' ? bad : a)));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
