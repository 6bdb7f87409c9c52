// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkbenchScenario, ScenarioFileError } from '../../../src/core/workbench/parse-workbench-scenario.ts';
import { decodeShare, encodeShare, shareFromHash } from '../../../src/core/workbench/share-link.ts';
import type { SharedTrafficModel } from '../../../src/core/workbench/shared-traffic-model.ts';
import type { WorkbenchScenario } from '../../../src/core/workbench/types.ts';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const NOW = '2026-11-02T09:30:00.000Z';

/** A valid version-2 scenario, overridden by `patch`. */
function scenario(patch: Partial<WorkbenchScenario> = {}): WorkbenchScenario {
  return {
    version: 2, id: 'a1', name: 'Growth +20 %', notes: 'Q3 plan', createdAt: NOW, updatedAt: NOW, seed: '7',
    dataSet: { id: 'ds-1', name: 'outbound-team.csv' },
    pages: { ports: { growthPct: 20, seed: '7' }, recharge: { replications: 100, seed: '7' }, storage: { seed: '7' }, licenses: { seed: '7' }, contract: { seed: '7' } },
    results: { computedAt: NOW, ports: { recommendedPorts: 23, busyHourBlocking: 0.008, monthlyCostCents: 57_500 }, recharge: { pZero: 0.01, rechargesPerMonth: 2.5, idleBalanceCents: 41_000 } },
    ...patch,
  };
}

function problem(text: string, fileName = 'plan.json'): string {
  try {
    parseWorkbenchScenario(text, fileName, { now: NOW });
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioFileError);
    return (err as Error).message;
  }
  throw new Error('expected a ScenarioFileError');
}

describe('parseWorkbenchScenario(json, fileName)', () => {
  it('reads back a version-2 scenario exactly as written', () => {
    const s = scenario();
    expect(parseWorkbenchScenario(JSON.stringify(s, null, 2), 'plan.json')).toEqual(s);
  });

  it('fills missing notes and pages with empties (the pages repair their forms with defaults)', () => {
    const { notes: _n, seed: _s, results: _r, ...s } = scenario();
    const out = parseWorkbenchScenario(JSON.stringify({ ...s, pages: { ports: { growthPct: 5 } } }), 'plan.json');
    expect(out.notes).toBe('');
    expect(out.pages).toEqual({ ports: { growthPct: 5 }, recharge: {}, storage: {}, licenses: {}, contract: {} });
    expect(out).not.toHaveProperty('seed');
  });

  it('refuses a newer version and says so', () => {
    expect(problem(JSON.stringify({ ...scenario(), version: 3 }))).toBe(
      'plan.json: $.version: this scenario is version 3, written by a newer Headroom; this one reads scenarios up to version 2. Nothing was changed.',
    );
  });

  it('refuses broken JSON with the line and column', () => {
    expect(problem('{\n  "version": 2,\n  "name": "x",,\n}')).toBe("plan.json: line 3, column 15: not valid JSON: expected a property name in double quotes, found ','");
  });

  it('names the JSON path and the problem of a wrong type', () => {
    expect(problem(JSON.stringify({ ...scenario(), pages: { ...scenario().pages, recharge: [1, 2] } }))).toBe(
      "plan.json: $.pages.recharge: expected an object (the page's form), got [1,2]",
    );
    expect(problem(JSON.stringify({ ...scenario(), name: 42 }))).toBe('plan.json: $.name: expected a name, got 42');
    expect(problem(JSON.stringify({ ...scenario(), dataSet: { id: 'x', name: 3 } }))).toBe('plan.json: $.dataSet.name: expected a file name, got 3');
    expect(problem(JSON.stringify({ ...scenario(), results: { computedAt: NOW, ports: { recommendedPorts: 'many', busyHourBlocking: null, monthlyCostCents: null } } }))).toBe(
      'plan.json: $.results.ports.recommendedPorts: expected a number or null, got "many"',
    );
    expect(problem(JSON.stringify({ ...scenario(), colour: 'red' }))).toMatch(/^plan\.json: \$\.colour: unknown property/);
    expect(problem('[1]')).toBe('plan.json: $: expected a scenario object, got [1]');
    expect(problem(JSON.stringify({ name: 'x' }))).toBe('plan.json: $.version: expected 1 or 2, got nothing');
  });

  it('migrates every bundled version-1 usage scenario', () => {
    const index = JSON.parse(readFileSync(join(SCENARIOS, 'index.json'), 'utf8')) as { scenarios: string[] };
    for (const id of index.scenarios) {
      const text = readFileSync(join(SCENARIOS, `${id}.json`), 'utf8');
      const file = JSON.parse(text) as { name: string; data: string };
      const out = parseWorkbenchScenario(text, `${id}.json`, { now: NOW });
      expect(out).toMatchObject({ version: 2, id, name: file.name, createdAt: NOW, dataSet: { id: null, name: file.data } });
      // A migrated scenario is itself a valid version-2 scenario.
      expect(parseWorkbenchScenario(JSON.stringify(out), 'again.json')).toEqual(out);
    }
  });

  it('refuses a version-1 file with the version-1 schema’s path and problem', () => {
    expect(problem(JSON.stringify({ version: 1, data: 'a.csv', ports: { retry: { share: 'half' } } }), 'old.json')).toBe(
      'old.json: $.ports.retry.share: expected a number from 0 to 1, got "half"',
    );
  });

  it('never throws anything but ScenarioFileError, whatever JSON or text it is given', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    const nearScenario = fc.record({ version: fc.oneof(fc.constant(1), fc.constant(2), fc.integer()), name: fc.jsonValue({ maxDepth: 1 }), pages: fc.jsonValue({ maxDepth: 2 }), dataSet: fc.jsonValue({ maxDepth: 2 }), ports: fc.jsonValue({ maxDepth: 2 }), data: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(anyJson.map((x) => JSON.stringify(x)), nearScenario.map((x) => JSON.stringify(x)), fc.string()), (text) => {
        try {
          parseWorkbenchScenario(text, 'fuzz.json', { now: NOW });
        } catch (err) {
          expect(err).toBeInstanceOf(ScenarioFileError);
          expect((err as Error).message.startsWith('fuzz.json: ')).toBe(true);
        }
      }),
      { seed: 20261102, numRuns: 500 },
    );
  });

  it('refuses a JSON nesting too deep for the engine as a file that cannot be read', () => {
    expect(problem('['.repeat(200_000) + ']'.repeat(200_000))).toMatch(/^plan\.json: /);
  });
});

/** A small valid shared traffic model: one dial stream, empirical holding times. */
function trafficModel(): SharedTrafficModel {
  return {
    timeZone: 'America/Chicago', source: 'outbound-team.csv, 3 port-holding calls over 1 day', dataEndMs: Date.UTC(2026, 9, 31, 22),
    streams: [
      { kind: 'dial', ratePerHour: Array.from({ length: 168 }, (_, h) => (h % 24 === 9 ? 2.5 : 0)), holding: { kind: 'empirical', meanSec: 120, quantilesSec: [30, 100, 260] } },
      { kind: 'voice_drop', ratePerHour: Array<number>(168).fill(0.5), holding: { kind: 'lognormal', meanSec: 32, cv: 0.4 } },
    ],
  };
}

describe('parseWorkbenchScenario(json, fileName): the shared traffic model', () => {
  const withModel = (patch: (m: Record<string, unknown>) => void): string => {
    const m = JSON.parse(JSON.stringify(trafficModel())) as Record<string, unknown>;
    patch(m);
    return JSON.stringify({ ...scenario(), trafficModel: m });
  };
  const stream0 = (m: Record<string, unknown>) => (m.streams as Record<string, unknown>[])[0]!;

  it('reads a scenario with a traffic model back exactly, and one without it as before', () => {
    const s = scenario({ trafficModel: trafficModel() });
    expect(parseWorkbenchScenario(JSON.stringify(s), 'plan.json')).toEqual(s);
    expect(parseWorkbenchScenario(JSON.stringify(scenario()), 'plan.json')).not.toHaveProperty('trafficModel');
  });

  it('refuses bad numbers and wrong lengths, naming the JSON path', () => {
    expect(problem(withModel((m) => { (stream0(m).ratePerHour as number[]).pop(); }))).toBe(
      'plan.json: $.trafficModel.streams[0].ratePerHour: expected 168 rates (one per hour of the week, Monday 00:00 first), got 167',
    );
    expect(problem(withModel((m) => { (stream0(m).ratePerHour as unknown[])[9] = -1; }))).toBe(
      'plan.json: $.trafficModel.streams[0].ratePerHour[9]: expected a number from 0 to 10000000, got -1',
    );
    expect(problem(withModel((m) => { (stream0(m).ratePerHour as unknown[])[3] = 'many'; }))).toBe(
      'plan.json: $.trafficModel.streams[0].ratePerHour[3]: expected a number from 0 to 10000000, got "many"',
    );
    expect(problem(withModel((m) => { (stream0(m).holding as Record<string, unknown>).quantilesSec = [30, 20, 260]; }))).toBe(
      'plan.json: $.trafficModel.streams[0].holding.quantilesSec: expected quantiles that never decrease, got 20 after 30 at [1]',
    );
    expect(problem(withModel((m) => { (stream0(m).holding as Record<string, unknown>).meanSec = null; }))).toBe(
      'plan.json: $.trafficModel.streams[0].holding.meanSec: expected a number from 0 to 604800, got null',
    );
    expect(problem(withModel((m) => { delete (stream0(m).holding as Record<string, unknown>).quantilesSec; }))).toBe(
      'plan.json: $.trafficModel.streams[0].holding: an empirical holding model needs "quantilesSec"',
    );
    expect(problem(withModel((m) => { delete ((m.streams as Record<string, unknown>[])[1]!.holding as Record<string, unknown>).cv; }))).toBe(
      'plan.json: $.trafficModel.streams[1].holding: a lognormal holding model needs "cv" (its coefficient of variation)',
    );
    expect(problem(withModel((m) => { stream0(m).kind = 'fax'; }))).toMatch(/^plan\.json: \$\.trafficModel\.streams\[0\]\.kind: expected one of "dial", /);
    expect(problem(withModel((m) => { m.timeZone = 'Mars/Olympus'; }))).toBe(
      'plan.json: $.trafficModel.timeZone: expected an IANA time zone such as "America/Chicago", got "Mars/Olympus"',
    );
    expect(problem(withModel((m) => { (m.streams as unknown[]).push((m.streams as unknown[])[0]); }))).toBe(
      'plan.json: $.trafficModel.streams: expected each activity kind at most once',
    );
    expect(problem(withModel((m) => { m.days = []; }))).toMatch(/^plan\.json: \$\.trafficModel\.days: unknown property/);
  });

  it('checks the Licenses key results like the others', () => {
    const s = scenario({ results: { computedAt: NOW, licenses: { monthlyCostCents: 512_500, avoidableCents: 20_500, findings: 6 } } });
    expect(parseWorkbenchScenario(JSON.stringify(s), 'plan.json')).toEqual(s);
    expect(problem(JSON.stringify({ ...s, results: { computedAt: NOW, licenses: { monthlyCostCents: 'lots', avoidableCents: 0, findings: 0 } } }))).toBe(
      'plan.json: $.results.licenses.monthlyCostCents: expected a number, got "lots"',
    );
  });
});

describe('encodeShare(scenario) / decodeShare(fragment)', () => {
  it('round-trips a scenario through URI-safe text', () => {
    const s = scenario();
    const text = encodeShare(s);
    expect(text).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeShare(text)).toEqual(s);
  });

  it('refuses a cut link with a clear message', () => {
    const text = encodeShare(scenario());
    expect(() => decodeShare(text.slice(0, text.length / 2))).toThrow(ScenarioFileError);
    expect(() => decodeShare('!!!')).toThrow(/shared link: \$: /);
  });

  it('shareFromHash(hash) finds the share text in both link forms', () => {
    expect(shareFromHash('#/scenarios?share=abc')).toBe('abc');
    expect(shareFromHash('#share=xyz')).toBe('xyz');
    expect(shareFromHash('#/scenarios')).toBeNull();
  });
});
