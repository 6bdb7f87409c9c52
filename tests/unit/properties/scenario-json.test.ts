// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContractFileError, parseContractFile } from '../../../src/core/contract/contract-file.ts';
import { parseScenarioFile, ScenarioFileError } from '../../../src/core/scenario/scenario-schema.ts';
import { parseWorkbenchScenario } from '../../../src/core/workbench/parse-workbench-scenario.ts';
import { props, timeoutFor } from './prop-runs.ts';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const bundled = (name: string): unknown => JSON.parse(readFileSync(join(SCENARIOS, name), 'utf8'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path into `value` ($ itself included), so a mutation can land anywhere. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, x] of Object.entries(value)) out.push(...pathsOf(x, [...at, k]));
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or removed, for undefined). */
function replaced(doc: unknown, path: Path, value: Json | undefined): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined && Array.isArray(node)) node.splice(last as number, 1);
  else if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Hostile replacements: other JSON, wrong types, huge and odd numbers and strings, prototype keys. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json | undefined>(undefined, null, -1, 0, 1e308, -1e308, 2.5, '', 'NaN', '9999-99', '2026-02-30', [], {}, { __proto__: 1 } as unknown as Json, 'A'.repeat(10_000)),
);

/** Text around a valid document: one value mutated, or the text cut, or a character inserted. */
function fuzzedText(valid: unknown): fc.Arbitrary<string> {
  const text = JSON.stringify(valid, null, 2);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...pathsOf(valid)), replacement).map(([path, value]) => JSON.stringify(replaced(valid, path, value)) ?? 'undefined'),
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, s]) => text.slice(0, n) + s + text.slice(n)),
    fc.json(),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );
}

/** Runs `parse`; passes when it returns or throws the typed error whose one-line message starts with the file name. */
function onlyTypedErrors(parse: (text: string, fileName: string) => unknown, errorType: new (...args: never[]) => Error) {
  return (text: string, fileName: string): void => {
    try {
      parse(text, fileName);
    } catch (err) {
      if (!(err instanceof errorType)) throw err;
      expect(err.message.startsWith(`${fileName}: `)).toBe(true);
      expect(err.message).not.toMatch(/\n/);
    }
  };
}

const fileName = fc.constantFrom('night.json', 'my plan <img src=x>.json', 'ünïcode.json');

describe('scenario and contract JSON on fuzzed input (properties)', () => {
  const scenarioValid = bundled('support-desk.json');
  const contractValid = bundled('contract-example.json');
  const workbenchValid = JSON.parse(JSON.stringify(parseWorkbenchScenario(JSON.stringify(scenarioValid), 'support-desk.json', { now: '2026-11-27T00:00:00.000Z' })));

  it('parseScenarioFile throws nothing but a ScenarioFileError naming the file', () => {
    const check = onlyTypedErrors(parseScenarioFile, ScenarioFileError);
    fc.assert(fc.property(fc.oneof(fuzzedText(scenarioValid), fuzzedText(bundled('outbound-team.json'))), fileName, check), props(400));
  }, timeoutFor(10_000));

  it('parseContractFile throws nothing but a ContractFileError naming the file', () => {
    const check = onlyTypedErrors(parseContractFile, ContractFileError);
    fc.assert(fc.property(fuzzedText(contractValid), fileName, check), props(400));
  }, timeoutFor(10_000));

  it('parseWorkbenchScenario throws nothing but a ScenarioFileError naming the file (version 2 and migrated version 1)', () => {
    const check = onlyTypedErrors((text, name) => parseWorkbenchScenario(text, name, { now: '2026-11-27T00:00:00.000Z' }), ScenarioFileError);
    fc.assert(fc.property(fc.oneof(fuzzedText(workbenchValid), fuzzedText(scenarioValid)), fileName, check), props(400));
  }, timeoutFor(10_000));
});
