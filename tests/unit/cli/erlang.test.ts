// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { erlangCommand } from '../../../src/cli/erlang.ts';
import { UsageError } from '../../../src/cli/args.ts';

async function run(args: string[]): Promise<string> {
  let printed = '';
  const code = await erlangCommand(args, (s) => (printed += s));
  expect(code).toBe(0);
  return printed;
}
const json = async (args: string[]): Promise<any> => JSON.parse(await run([...args, '--json']));

describe('erlang --traffic A --ports N', () => {
  it('reports the Erlang B blocking as a JSON number (10 E on 15 ports ≈ 0.03650) and the carried traffic', async () => {
    const d = await json(['--traffic', '10', '--ports', '15']);
    expect(typeof d.blocking).toBe('number');
    expect(Number.isInteger(d.blocking)).toBe(false);
    expect(d.blocking).toBeCloseTo(0.036497, 6);
    expect(d).toMatchObject({ model: 'Erlang B', traffic: 10, ports: 15 });
    expect(d.carriedErl).toBeCloseTo(10 * (1 - d.blocking), 12);
    expect(d.lostShare).toBeUndefined();
  });

  it('with --retry switches to Extended Erlang B and adds the share lost for good', async () => {
    const d = await json(['--traffic', '10', '--ports', '15', '--retry', '0.5']);
    expect(d.model).toBe('Extended Erlang B');
    expect(d.blocking).toBeGreaterThan(0.036497);
    expect(d.lostShare).toBeLessThan(d.blocking);
    expect(d.offeredWithRetriesErl).toBeGreaterThan(10);
    // First attempts = offered with retries less the retried blocks: A = A*·(1 − r·B).
    expect(d.offeredWithRetriesErl * (1 - 0.5 * d.blocking)).toBeCloseTo(10, 9);
  });

  it('prints a readable sentence without --json', async () => {
    expect(await run(['--traffic', '10', '--ports', '15'])).toBe(
      '15 ports offered 10 E: 3.65% of attempts blocked (Erlang B), 9.635 E carried.',
    );
    expect(await run(['--traffic=10', '--ports=15', '--retry=0.5'])).toMatch(/4\.07% of attempts blocked \(Extended Erlang B.*2\.08% of calls lost for good/);
  });
});

describe('erlang --traffic A --target P', () => {
  it('gives the fewest ports as an integer and the blocking there (10 E at 2 % → 17 ports, 1.29 %)', async () => {
    const d = await json(['--traffic', '10', '--target', '0.02']);
    expect(d.ports).toBe(17);
    expect(d.blocking).toBeCloseTo(0.012949, 6);
    expect(await run(['--traffic', '10', '--target', '0.02'])).toMatch(/needs 17 ports \(Erlang B\): 1\.29% of attempts blocked at 17/);
  });

  it('with --retry sizes by Extended Erlang B (5 E at 2 %, half retried → 10 ports; 20 E → 29 instead of 28)', async () => {
    const five = await json(['--traffic', '5', '--target', '0.02', '--retry', '0.5']);
    expect(five.ports).toBe(10);
    expect(five.blocking).toBeLessThanOrEqual(0.02);
    expect(Number.isInteger(five.ports)).toBe(true);
    expect((await json(['--traffic', '20', '--target', '0.02'])).ports).toBe(28);
    expect((await json(['--traffic', '20', '--target', '0.02', '--retry', '0.5'])).ports).toBe(29);
  });
});

describe('erlang usage errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['no --traffic', ['--ports', '5'], /--traffic/],
    ['neither --ports nor --target', ['--traffic', '5'], /exactly one of --ports N and --target P/],
    ['both --ports and --target', ['--traffic', '5', '--ports', '5', '--target', '0.1'], /exactly one/],
    ['a traffic that is not a number', ['--traffic', 'ten', '--ports', '5'], /--traffic.*'ten'/],
    ['a negative traffic', ['--traffic', '-1', '--ports', '5'], /--traffic/],
    ['fractional ports', ['--traffic', '5', '--ports', '2.5'], /--ports/],
    ['a target given in percent', ['--traffic', '5', '--target', '2'], /--target.*0\.01 for 1%/],
    ['a target of 0', ['--traffic', '5', '--target', '0'], /--target/],
    ['a retry share above 1', ['--traffic', '5', '--ports', '5', '--retry', '1.5'], /--retry/],
    ['every blocked attempt retried on too few ports', ['--traffic', '12', '--ports', '10', '--retry', '1'], /--retry 1/],
    ['an unknown option', ['--traffic', '5', '--ports', '5', '--blocking', '1'], /unknown option --blocking/],
    ['a stray positional', ['5', '--ports', '5'], /positional/],
    ['a missing value', ['--traffic', '--ports', '5'], /--traffic needs a value/],
  ];
  for (const [what, args, message] of cases) {
    it(`throws a UsageError for ${what}`, async () => {
      const attempt = erlangCommand(args, () => {});
      await expect(attempt).rejects.toThrow(UsageError);
      await expect(erlangCommand(args, () => {})).rejects.toThrow(message);
    });
  }
});

describe('the erlang command in the cli process', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints JSON and exits 0', () => {
    const r = cli(['erlang', '--traffic', '10', '--ports', '15', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).blocking).toBeCloseTo(0.036497, 6);
  });

  it('exits 2 with one line on stderr for bad arguments', () => {
    const r = cli(['erlang', '--traffic', '10', '--target', '5']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^headroom: --target/);
    expect(r.stdout).toBe('');
  });

  it('is listed under --help', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/erlang --traffic A/);
  });
});
