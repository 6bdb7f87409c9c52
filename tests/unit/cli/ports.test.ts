// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { portsCommand, PORTS_HELP } from '../../../src/cli/ports.ts';
import { lcg } from '../traffic/lcg.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-ports-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function portsJson(args: string[]): Promise<any> {
  let printed = '';
  const code = await portsCommand([...args, '--json'], (s) => (printed += s));
  expect(code).toBe(0);
  return JSON.parse(printed);
}

/** The report without what depends on the machine or the clock. */
function numbers(report: any): unknown {
  const { elapsedMs, callsPerSecond, workers, ...rest } = report;
  void elapsedMs, void callsPerSecond, void workers;
  return rest;
}

/** Two weeks of inbound calls, 9 to 5 on weekdays, ~3 E: `start,seconds,type`. */
function usageCsv(): string {
  const random = lcg(7);
  const lines = ['start,seconds,type'];
  for (let day = 0; day < 14; day++) {
    const date = new Date(Date.UTC(2026, 8, 7 + day));
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (let t = 9 * 3600; t < 17 * 3600; t += Math.ceil(-Math.log(1 - random()) * 60)) {
      const at = new Date(date.getTime() + t * 1000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${at},${Math.ceil(-Math.log(1 - random()) * 180)},inbound`);
    }
  }
  return lines.join('\n') + '\n';
}

const PARAMETRIC = {
  version: 1,
  id: 'flat',
  timeZone: 'UTC',
  seed: 5,
  traffic: { callsPerHour: Array(24).fill(120), meanHoldingSec: 90, distribution: 'exponential' },
  ports: { range: { lo: 2, hi: 9 }, replications: 4, horizonMonth: '2026-02', pricePerPort: '25.00' },
};

describe('ports --json', { timeout: 120_000 }, () => {
  it('gives identical numbers for the same seed with 1, 2 and 4 workers', async () => {
    const args = ['scenarios/outbound-team.json', '--replications', '6', '--ports', '12..16', '--seed', '42'];
    const [one, two, four] = [await portsJson([...args, '--workers', '1']), await portsJson([...args, '--workers', '2']), await portsJson([...args, '--workers', '4'])];
    expect(numbers(two)).toEqual(numbers(one));
    expect(numbers(four)).toEqual(numbers(one));
    expect(one.seed).toBe('42');
    expect(one.table.map((r: any) => r.ports)).toEqual([12, 13, 14, 15, 16]);
  });

  it('reports the documented fields: table intervals, recommendation, Erlang B, horizon in ISO UTC', async () => {
    const d = await portsJson([file('flat.json', JSON.stringify(PARAMETRIC))]);
    expect(d).toMatchObject({ seed: '5', replications: 4 });
    expect(d.calls).toBeGreaterThan(0);
    expect(d.horizon).toEqual({ start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z' });
    expect(d.table).toHaveLength(8);
    for (const row of d.table) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['ports', 'blocking', 'busyHourBlocking', 'blockedPerMonth', 'utilisation']));
      expect(Object.keys(row.blocking)).toEqual(['mean', 'lo', 'hi']);
      expect(row.blockedPerMonth).toEqual({ mean: expect.any(Number), p50: expect.any(Number), p95: expect.any(Number) });
    }
    expect(d.erlangB.map((e: any) => e.ports)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const rec = d.recommendation;
    expect(rec).toMatchObject({ ports: expect.any(Number), met: expect.any(Boolean), reason: expect.any(String) });
    expect(rec.monthlyCost).toBe(`${rec.ports * 25}.00`);
    expect(rec).not.toHaveProperty('monthlyCostCents');
    expect(d.model.source).toMatch(/^parametric/);
  });

  it('lets flags override the scenario: --ports, --price, --month, --target', async () => {
    const d = await portsJson([file('flat2.json', JSON.stringify(PARAMETRIC)), '--ports', '4..6', '--price', '9.5', '--month', '2026-03', '--target', '5%']);
    expect(d.table.map((r: any) => r.ports)).toEqual([4, 5, 6]);
    const cents = d.recommendation.ports * 950;
    expect(d.recommendation.monthlyCost).toBe(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    expect(d.horizon.start).toBe('2026-03-01T00:00:00.000Z');
    expect(d.model.target).toEqual({ busyHourBlocking: 0.05 });
  });

  it("reads a scenario's data relative to the scenario file, and a CSV directly with inspect's mapping flags", async () => {
    file('calls.csv', usageCsv());
    const scenario = { version: 1, data: 'calls.csv', timeZone: 'UTC', mapping: { columns: { start: 'start', duration: 'seconds' } } };
    const viaScenario = await portsJson([file('usage.json', JSON.stringify(scenario)), '--replications', '3', '--ports', '3..8']);
    expect(viaScenario.model.source).toMatch(/^calls\.csv, \d[\d,]* port-holding calls/);
    const direct = await portsJson([join(dir, 'calls.csv'), '--start', 'start', '--duration', 'seconds', '--tz', 'UTC', '--replications', '3', '--ports', '3..8']);
    expect(numbers(direct)).toEqual(numbers(viaScenario));
    expect(direct.peakConcurrent.observed).toBeGreaterThan(0);
    expect(direct.horizon).toEqual({ start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T00:00:00.000Z' });
  });

  it.each([
    [['--ports', '9..3'], /--ports must be LO\.\.HI/],
    [['--price', '25.001'], /--price must be a price such as 25\.00/],
    [['--retry', '1.5'], /--retry must be a share from 0 to 1/],
    [['--holding', 'gamma'], /--holding must be empirical or lognormal/],
    [['--month', '2026-13'], /--month must be YYYY-MM/],
    [['--workers', '0'], /--workers must be a whole number/],
    [['--kinds', 'dial,fax'], /--kinds takes kinds from .*, got 'fax'/],
  ])('refuses %j with a one-line usage error', async (flags, message) => {
    await expect(portsCommand([file('ok.json', JSON.stringify(PARAMETRIC)), ...flags], () => {})).rejects.toThrow(message);
  });

  it('names the file, the JSON path and the problem for an invalid scenario', async () => {
    const bad = { ...PARAMETRIC, ports: { retry: { share: 'half' } } };
    const path = file('support.json', JSON.stringify(bad));
    await expect(portsCommand([path], () => {})).rejects.toThrow(`${path}: $.ports.retry.share: expected a number from 0 to 1, got "half"`);
  });

  it('has help naming its input and flags', () => {
    expect(PORTS_HELP).toMatch(/^ports <scenario\.json \| usage\.csv>/);
    for (const flag of ['--ports LO..HI', '--replications R', '--seed S', '--workers W', '--json']) expect(PORTS_HELP).toContain(flag);
  });
});

describe('ports in the cli process', { timeout: 60_000 }, () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 2 with one line on stderr for a scenario file that is not JSON', () => {
    const r = cli(['ports', file('broken.json', '{\n  "version": 1,\n  "data": "a.csv"\n  "seed": 1\n}\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.json: line 4, column 3: not valid JSON/);
  });

  it('runs a parametric scenario on worker threads and prints JSON', () => {
    const r = cli(['ports', file('cli.json', JSON.stringify(PARAMETRIC)), '--workers', '2', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).table).toHaveLength(8);
  });
});
