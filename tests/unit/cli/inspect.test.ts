// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { inspectCommand } from '../../../src/cli/inspect.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-inspect-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function inspectJson(args: string[]): Promise<any> {
  let printed = '';
  const code = await inspectCommand([...args, '--json'], (s) => (printed += s));
  expect(code).toBe(0);
  return JSON.parse(printed);
}

// Calls 1 and 2 overlap on [10:00:30, 10:01:00); call 3 starts exactly when call 1 ends (no overlap).
const SMALL = [
  'start,agent,type,seconds',
  '2026-09-01 10:00:00,a1,voice drop,60',
  '2026-09-01 10:00:30,a2,voice drop,60',
  '2026-09-01 10:01:00,a1,dial,120',
  '2026-09-01 10:00:45,a3,dial,-5',
  'bogus,a1,dial,10',
  '',
].join('\n');

describe('inspect --json', () => {
  it('reports rows, accepted, rejected lines, span, minutes, first peak instant and per-type peaks', async () => {
    const d = await inspectJson([file('small.csv', SMALL), '--tz', 'UTC']);
    expect(d.rows).toBe(5);
    expect(d.accepted).toBe(3);
    expect(d.rejected.map((r: any) => r.line)).toEqual([5, 6]);
    expect(d.rejected[0]).toMatchObject({ column: 'seconds', value: '-5' });
    expect(d.rejected[1]).toMatchObject({ column: 'start', value: 'bogus' });
    expect(typeof d.rejected[0].reason).toBe('string');
    expect(d.first).toBe('2026-09-01T10:00:00.000Z');
    expect(d.last).toBe('2026-09-01T10:03:00.000Z');
    expect(d.minutes).toBe(4);
    expect(d.peak).toEqual({ concurrent: 2, at: '2026-09-01T10:00:30.000Z' });
    expect(d.byType.voice_drop).toEqual({ calls: 2, minutes: 2, peak: 2 });
    expect(d.byType.dial).toEqual({ calls: 1, minutes: 2, peak: 1 });
    expect(d.mapping.columns).toMatchObject({ start: 'start', duration: 'seconds', type: 'type', user: 'agent' });
  });

  it('reads naive times in the --tz zone (10:00 in New York in September is 14:00 UTC)', async () => {
    const d = await inspectJson([file('ny.csv', SMALL), '--tz', 'America/New_York']);
    expect(d.first).toBe('2026-09-01T14:00:00.000Z');
    expect(d.peak.at).toBe('2026-09-01T14:00:30.000Z');
  });

  it('takes a separate date column with time-of-day start and end columns, an end past midnight rolling to the next day', async () => {
    const csv = ['day,begin,finish', '2026-09-01,23:59:00,0:01:00', '2026-09-02,0:00:00,0:00:30', ''].join('\n');
    const d = await inspectJson([file('tod.csv', csv), '--date', 'day', '--start', 'begin', '--end', 'finish', '--tz', 'UTC']);
    expect(d.accepted).toBe(2);
    expect(d.minutes).toBe(2.5);
    expect(d.last).toBe('2026-09-02T00:01:00.000Z');
    expect(d.peak).toEqual({ concurrent: 2, at: '2026-09-02T00:00:00.000Z' });
  });

  it('refuses an unknown column name with a message that lists the columns', async () => {
    await expect(inspectCommand([file('small2.csv', SMALL), '--start', 'nope', '--json'], () => {})).rejects.toThrow(/nope/);
  });

  it('refuses an unknown time zone', async () => {
    await expect(inspectCommand([file('small3.csv', SMALL), '--tz', 'Mars/Base', '--json'], () => {})).rejects.toThrow(/Mars\/Base/);
  });
});

describe('the cli process', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 2 with one line on stderr and no stack trace for a binary file', () => {
    const r = cli(['inspect', file('bad.csv', 'not,a\u0000csv\uFFFD\uFFFD'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s*at /m);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a missing file and for an unknown command', () => {
    expect(cli(['inspect', join(dir, 'missing.csv')]).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  });

  it('exits 2 naming the limit and its flag when a file has more rows than --max-rows', () => {
    const r = cli(['inspect', file('over.csv', SMALL), '--max-rows', '2', '--tz', 'UTC']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/more than 2 data rows.*--max-rows/);
  });

  it('lists its commands under --help', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/inspect <file\.csv>/);
  });
});
