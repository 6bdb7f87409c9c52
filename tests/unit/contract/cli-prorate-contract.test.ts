// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prorateCommand } from '../../../src/cli/prorate.ts';
import { contractCommand } from '../../../src/cli/contract.ts';
import { UsageError } from '../../../src/cli/args.ts';

type Command = (argv: string[], out: (s: string) => void) => Promise<number>;
async function run(command: Command, args: string[]): Promise<string> {
  let printed = '';
  expect(await command(args, (s) => (printed += s))).toBe(0);
  return printed;
}
const json = async (command: Command, args: string[]): Promise<any> => JSON.parse(await run(command, [...args, '--json']));
const MONEY = /^-?\d+\.\d{2}$/;
const EXAMPLE = 'scenarios/contract-example.json';

describe('prorate --price P --date YYYY-MM-DD', () => {
  it('prints { amount, days, daysInMonth }: 90 on 2026-11-21 → "30.00", 10 of 30 days', async () => {
    const d = await json(prorateCommand, ['--price', '90', '--date', '2026-11-21']);
    expect(d).toMatchObject({ amount: '30.00', days: 10, daysInMonth: 30 });
    expect(Number.isInteger(d.days) && Number.isInteger(d.daysInMonth)).toBe(true);
  });

  it('takes prices with cents and leap days: 45.01 on 2028-02-29 → 1 of 29 days, "1.55"', async () => {
    expect(await json(prorateCommand, ['--price', '45.01', '--date', '2028-02-29'])).toMatchObject({ amount: '1.55', days: 1, daysInMonth: 29 });
  });

  it('prints a sentence without --json', async () => {
    expect(await run(prorateCommand, ['--price=90', '--date=2026-11-21'])).toBe('A license at 90.00 a month added on 2026-11-21: 10 of 30 days, 30.00 this month.');
  });

  const bad: [string, string[], RegExp][] = [
    ['a date that does not exist', ['--price', '90', '--date', '2027-02-29'], /--date must be a real date/],
    ['a date in another format', ['--price', '90', '--date', '11/21/2026'], /--date/],
    ['a price that is not one', ['--price', 'ninety', '--date', '2026-11-21'], /--price must be a price/],
    ['a negative price', ['--price', '-90', '--date', '2026-11-21'], /--price needs a value|--price must be/],
    ['a missing date', ['--price', '90'], /prorate needs --price P and --date/],
    ['an unknown option', ['--price', '90', '--date', '2026-11-21', '--days', '3'], /unknown option --days/],
  ];
  for (const [what, args, message] of bad) {
    it(`throws a UsageError for ${what}`, async () => {
      await expect(prorateCommand(args, () => {})).rejects.toThrow(UsageError);
      await expect(prorateCommand(args, () => {})).rejects.toThrow(message);
    });
  }
});

describe('contract <contract.json>', () => {
  it('prints { options: [{ name, total: { p5, p50, p95 }, shelfware: { mean }, monthsAtFloor: { mean } }] } with money as two-place strings', async () => {
    const d = await json(contractCommand, [EXAMPLE, '--replications', '40', '--seed', '5']);
    expect(d).toMatchObject({ seed: '5', replications: 40, startDate: '2027-01-01' });
    expect(d.options.map((o: any) => o.name)).toHaveLength(3);
    for (const o of d.options) {
      expect(typeof o.name).toBe('string');
      for (const p of ['p5', 'p50', 'p95']) expect(o.total[p]).toMatch(MONEY);
      expect(typeof o.shelfware.mean).toBe('number');
      expect(typeof o.monthsAtFloor.mean).toBe('number');
      expect(o.shelfwareCost.mean).toMatch(MONEY);
      expect(o.fan).toHaveLength(o.termMonths);
      expect(o.fan[0].p50).toMatch(MONEY);
      expect(typeof o.lockOut.risk).toBe('number');
    }
    expect(d.options[0].differenceVsFirst).toBeNull();
    expect(d.options[1].differenceVsFirst.mean).toMatch(MONEY);
  });

  it('gives the same numbers for the same seed, and shows invoices of a month with --invoice', async () => {
    const a = await json(contractCommand, [EXAMPLE, '--replications', '20', '--seed', '9']);
    const b = await json(contractCommand, [EXAMPLE, '--replications', '20', '--seed', '9', '--invoice', '2028-07', '--replication', '3']);
    expect(b.options).toEqual(a.options);
    expect(b.invoices.map((i: any) => i.month)).toEqual(['2028-07', '2028-07', '2028-07']);
    for (const inv of b.invoices) {
      const cents = (s: string) => Math.round(Number(s) * 100);
      const items = inv.lines.reduce((x: number, l: any) => x + cents(l.amount), 0) + inv.prorations.reduce((x: number, p: any) => x + cents(p.amount), 0);
      expect(items).toBe(cents(inv.total));
    }
  });

  it('prints a readable comparison without --json', async () => {
    const text = await run(contractCommand, [EXAMPLE, '--replications', '10']);
    expect(text).toMatch(/^10 simulated terms from 2027-01-01, seed 2027/);
    expect(text).toMatch(/vs the first option: -?\d+\.\d{2} \(95% interval/);
  });

  it('throws a UsageError naming the file, the JSON path and the problem for a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-'));
    const path = join(dir, 'bad.json');
    const doc = JSON.parse((await import('node:fs')).readFileSync(EXAMPLE, 'utf8'));
    doc.options[0].licenses[0].floor = 'fifty';
    writeFileSync(path, JSON.stringify(doc));
    await expect(contractCommand([path], () => {})).rejects.toThrow(`${path}: $.options[0].licenses[0].floor: expected a whole number from 0 to 1000000, got "fifty"`);
    await expect(contractCommand([join(dir, 'missing.json')], () => {})).rejects.toThrow(/cannot read .*missing\.json: ENOENT/);
    await expect(contractCommand([EXAMPLE, '--invoice', '2031-01'], () => {})).rejects.toThrow(/outside every option's term/);
  });
});

describe('prorate and contract in the cli process', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exit 0 with JSON, and exit 2 with one line on stderr for a bad date or a bad file', () => {
    const ok = cli(['prorate', '--price', '90', '--date', '2026-11-21', '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).amount).toBe('30.00');
    const badDate = cli(['prorate', '--price', '90', '--date', '2026-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr.trim().split('\n')).toHaveLength(1);
    expect(badDate.stderr).toMatch(/^headroom: --date/);
    const badFile = cli(['contract', 'package.json', '--json']);
    expect(badFile.status).toBe(2);
    expect(badFile.stderr.trim().split('\n')).toHaveLength(1);
    expect(badFile.stderr).toMatch(/^headroom: package\.json: \$\.version: expected 1, got "0\.1\.0"/);
  }, 60_000);
});
