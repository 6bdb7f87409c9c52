// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioFile, ScenarioFileError } from '../../../src/core/scenario/scenario-schema.ts';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const hours = (x: number) => Array.from({ length: 24 }, () => x);

/** A valid version-1 scenario with data, overridden by `patch`. */
function scenario(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, id: 'support', data: 'support.csv', timeZone: 'America/New_York', seed: 7, ...patch };
}

function problem(value: unknown, fileName = 'support.json'): string {
  try {
    parseScenarioFile(typeof value === 'string' ? value : JSON.stringify(value, null, 2), fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioFileError);
    return (err as Error).message;
  }
  throw new Error('expected a ScenarioFileError');
}

describe('parseScenarioFile(text, fileName)', () => {
  // Contract files ("kind": "contract") are their own document, checked by parseContractFile.
  const isContract = (f: string) => (JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')) as { kind?: string }).kind === 'contract';
  const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'index.json' && !isContract(f));

  it('finds the bundled scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('accepts the bundled %s unchanged', (name) => {
    const text = readFileSync(join(SCENARIOS, name), 'utf8');
    const parsed = parseScenarioFile(text, name);
    const raw = JSON.parse(text);
    expect(parsed).toEqual(raw);
  });

  it('accepts every optional ports setting at once', () => {
    const ports = {
      portKinds: ['voice_drop', 'press1'],
      holding: 'lognormal',
      arrivals: 'days',
      growthPct: 30,
      multipliers: { press1: 1.5 },
      retry: { share: 0.5, delaySec: 120 },
      target: { busyHourBlocking: 0.01, maxBlockedPerMonth: 20 },
      pricePerPort: '25.00',
      range: { lo: 30, hi: 50 },
      replications: 400,
      horizonMonth: '2026-11',
    };
    expect(parseScenarioFile(JSON.stringify(scenario({ ports })), 's.json').ports).toEqual(ports);
  });

  it('accepts a parametric scenario without data, filling seven weekday factors of 1', () => {
    const traffic = { callsPerHour: hours(40), meanHoldingSec: 90, distribution: 'lognormal', cv: 1.2 };
    const parsed = parseScenarioFile(JSON.stringify({ version: 1, timeZone: 'UTC', traffic }), 'p.json');
    expect(parsed.traffic).toEqual({ ...traffic, weekdayFactors: [1, 1, 1, 1, 1, 1, 1] });
  });

  it('names the file, the JSON path and the problem', () => {
    expect(problem(scenario({ ports: { retry: { share: 'half', delaySec: 60 } } }))).toBe(
      'support.json: $.ports.retry.share: expected a number from 0 to 1, got "half"',
    );
  });

  it.each([
    [{ ports: { retry: { share: 1.5 } } }, '$.ports.retry.share: expected a number from 0 to 1, got 1.5'],
    [{ ports: { retry: { share: 0.2, delaySec: 0 } } }, '$.ports.retry.delaySec: expected a number above 0, got 0'],
    [{ ports: { replication: 50 } }, '$.ports.replication: unknown property (expected one of: portKinds,'],
    [{ ports: { range: { lo: 40, hi: 30 } } }, '$.ports.range: lo (40) is above hi (30)'],
    [{ ports: { range: { lo: 30 } } }, '$.ports.range.hi: required, missing'],
    [{ ports: { range: { lo: 2.5, hi: 30 } } }, '$.ports.range.lo: expected a whole number from 1 to 10000, got 2.5'],
    [{ ports: { pricePerPort: 25 } }, '$.ports.pricePerPort: expected a price such as "25.00", got 25'],
    [{ ports: { pricePerPort: '25.001' } }, '$.ports.pricePerPort: expected a price such as "25.00", got "25.001"'],
    [{ ports: { horizonMonth: '2026-13' } }, '$.ports.horizonMonth: expected a month such as "2026-10", got "2026-13"'],
    [{ ports: { holding: 'gamma' } }, '$.ports.holding: expected one of "empirical", "lognormal", got "gamma"'],
    [{ ports: { portKinds: ['dial', 'fax'] } }, '$.ports.portKinds[1]: expected one of "dial", "voice_drop"'],
    [{ ports: { multipliers: { calls: 2 } } }, '$.ports.multipliers.calls: expected one of "dial"'],
    [{ ports: { target: { busyHourBlocking: 0 } } }, '$.ports.target.busyHourBlocking: expected a number above 0, got 0'],
    [{ mapping: { typeLabels: { 'voice drop': 'vm' } } }, '$.mapping.typeLabels["voice drop"]: expected one of "dial"'],
    [{ mapping: { columns: { begin: 'Start' } } }, '$.mapping.columns.begin: expected one of "start"'],
    [{ timeZone: 'Mars/Olympus' }, '$.timeZone: expected an IANA time zone such as "America/Chicago", got "Mars/Olympus"'],
    [{ seed: 1.5 }, '$.seed: expected a whole number or a string, got 1.5'],
    [{ data: undefined }, '$: needs "data" (a usage export) or "traffic" (a parametric model)'],
    [{ ports: [] }, '$.ports: expected a ports object, got []'],
  ])('reports %j as "%s"', (patch, expected) => {
    expect(problem(scenario(patch))).toContain(`support.json: ${expected}`);
  });

  it.each([
    [{ callsPerHour: [1, 2, 3] }, '$.traffic.callsPerHour: expected 24 numbers (calls in each hour 0–23), got 3'],
    [{ callsPerHour: hours(-1) }, '$.traffic.callsPerHour[0]: expected a number from 0 to 10000000, got -1'],
    [{ weekdayFactors: [1, 1, 1] }, '$.traffic.weekdayFactors: expected 7 numbers (Monday to Sunday), got 3'],
    [{ distribution: 'lognormal' }, '$.traffic: a lognormal distribution needs "cv"'],
    [{ meanHoldingSec: 0 }, '$.traffic.meanHoldingSec: expected a number above 0, got 0'],
  ])('reports traffic %j as "%s"', (patch, expected) => {
    const traffic = { callsPerHour: hours(10), meanHoldingSec: 60, distribution: 'exponential', ...patch };
    expect(problem({ version: 1, traffic }, 'p.json')).toContain(`p.json: ${expected}`);
  });

  it('counts the further problems after the first', () => {
    expect(problem(scenario({ ports: { growthPct: 'lots', replications: 0 } }))).toMatch(/ \(and 1 more problem\)$/);
  });

  it('refuses a file written for a newer version, saying so', () => {
    expect(problem(scenario({ version: 2 }))).toBe(
      'support.json: $.version: this file is version 2, written for a newer Headroom; this one reads scenario files up to version 1',
    );
  });

  it.each([[undefined, 'nothing'], ['1', '"1"'], [0, '0']])('refuses version %j', (version, shown) => {
    expect(problem(scenario({ version }))).toBe(`support.json: $.version: expected 1, got ${shown}`);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "version": 1,\n  "data": "a.csv"\n  "seed": 2\n}\n';
    expect(problem(text)).toBe(`support.json: line 4, column 3: not valid JSON: expected ',' or '}' after a property value, found '"seed"'`);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseScenarioFile('\ufeff' + JSON.stringify(scenario()), 'bom.json').id).toBe('support');
  });

  it('refuses a top level that is not an object', () => {
    expect(problem('[1, 2]')).toBe('support.json: $: expected a scenario object, got [1,2]');
  });
});
