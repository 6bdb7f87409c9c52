/**
 * Reads a workbench scenario from JSON: version 2 is checked field by field (valibot), version 1
 * (the CLI's scenario file) is checked by its own schema and migrated, a newer version is refused
 * as such. Every problem is a ScenarioFileError worded `<file>: <JSON path>: <problem>`, e.g.
 *   plan.json: $.pages.recharge: expected an object (the page's form), got [1,2]
 */
import * as v from 'valibot';
import { jsonPath, readJsonText } from '../scenario/read-json-text.ts';
import { parseScenarioFile, ScenarioFileError } from '../scenario/scenario-schema.ts';
import { got, object, show, text } from '../scenario/schema-parts.ts';
import { migrateScenarioFile } from './migrate-scenario-file.ts';
import { sharedTrafficModelSchema } from './shared-traffic-model-schema.ts';
import type { SharedTrafficModel } from './shared-traffic-model.ts';
import { WORKBENCH_VERSION, type ScenarioPages, type ScenarioResults, type WorkbenchScenario } from './types.ts';

/** Larger than any real scenario (a roster is the biggest part); a bigger file is not one. */
export const MAX_SCENARIO_CHARS = 5_000_000;

const isPlainObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

const bounded = (what: string, max: number) =>
  v.pipe(text(what), v.maxLength(max, (i) => `expected at most ${max} characters, got ${(i.input as string).length}`));
const nonEmpty = (what: string, max: number) => v.pipe(bounded(what, max), v.check((s) => s.trim() !== '', `expected ${what}, got ""`));
const isoTime = v.pipe(text('an ISO time such as "2026-10-01T12:00:00.000Z"'), v.check((s) => !Number.isNaN(Date.parse(s)), got('an ISO time such as "2026-10-01T12:00:00.000Z"')));
const pageForm = v.optional(
  v.pipe(v.unknown(), v.check(isPlainObject, got("an object (the page's form)")), v.transform((x) => x as Record<string, unknown>)),
  () => ({}),
);
const finiteNumber = (what: string) => v.pipe(v.number(got(what)), v.check((x: number) => Number.isFinite(x), got(what)));
const num = finiteNumber('a number');
// valibot words a null-able value's problems with the inner schema's message.
const numOrNull = v.nullable(finiteNumber('a number or null'));

const resultsSchema = object(
  {
    computedAt: isoTime,
    ports: v.optional(object({ recommendedPorts: numOrNull, busyHourBlocking: numOrNull, monthlyCostCents: numOrNull }, 'an object of the Ports key results')),
    recharge: v.optional(object({ pZero: num, rechargesPerMonth: num, idleBalanceCents: num }, 'an object of the Recharge key results')),
    storage: v.optional(object({ fee12Cents: num, firstFeeMonth: v.nullable(text('a month or null')) }, 'an object of the Storage key results')),
    contract: v.optional(object({ cheapest: text(), totalP50Cents: num }, 'an object of the Contract key results')),
    licenses: v.optional(object({ monthlyCostCents: num, avoidableCents: num, findings: num }, 'an object of the Licenses key results')),
  },
  'an object of key results',
);

const schema = object(
  {
    version: v.literal(WORKBENCH_VERSION),
    id: nonEmpty('an id', 200),
    name: nonEmpty('a name', 200),
    notes: v.optional(bounded('notes', 20_000), ''),
    createdAt: isoTime,
    updatedAt: isoTime,
    seed: v.optional(bounded('a seed', 200)),
    dataSet: v.nullable(object({ id: v.nullable(bounded('an id or null', 200)), name: bounded('a file name', 500) }, 'an object { id, name } or null')),
    trafficModel: v.optional(sharedTrafficModelSchema),
    pages: object(
      { ports: pageForm, recharge: pageForm, storage: pageForm, licenses: pageForm, contract: pageForm },
      'an object of the pages’ forms { ports, recharge, storage, licenses, contract }',
    ),
    results: v.optional(resultsSchema),
  },
  'a scenario object',
);

// The schema's output must be the documented interface (checked by the compiler, no runtime cost).
const checked: v.GenericSchema<unknown, Omit<WorkbenchScenario, 'pages' | 'results' | 'trafficModel'> & { pages: ScenarioPages; results?: ScenarioResults; trafficModel?: SharedTrafficModel }> = schema;

export interface ParseOptions {
  /** ISO time a migrated version-1 file is created at (default: now). */
  now?: string;
}

function parse(json: string, fileName: string, opts: ParseOptions): WorkbenchScenario {
  if (json.length > MAX_SCENARIO_CHARS) {
    throw new ScenarioFileError(fileName, '$', `${json.length.toLocaleString('en-US')} characters is too large for a scenario (at most ${MAX_SCENARIO_CHARS.toLocaleString('en-US')})`);
  }
  const raw = readJsonText(json, (where, problem) => {
    throw new ScenarioFileError(fileName, where, problem);
  });
  if (!isPlainObject(raw)) throw new ScenarioFileError(fileName, '$', `expected a scenario object, got ${show(raw)}`);
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKBENCH_VERSION) {
    throw new ScenarioFileError(
      fileName,
      '$.version',
      `this scenario is version ${version}, written by a newer Headroom; this one reads scenarios up to version ${WORKBENCH_VERSION}. Nothing was changed.`,
    );
  }
  if (version === 1) return migrateScenarioFile(parseScenarioFile(json, fileName), { fileName, now: opts.now ?? new Date().toISOString() });
  if (version !== WORKBENCH_VERSION) throw new ScenarioFileError(fileName, '$.version', `expected 1 or ${WORKBENCH_VERSION}, got ${show(version)}`);
  const result = v.safeParse(checked, raw);
  if (!result.success) {
    const [first, ...rest] = result.issues;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new ScenarioFileError(fileName, jsonPath((first.path ?? []).map((p) => p.key)), first.message + more);
  }
  const { seed, results, trafficModel, ...out } = result.output;
  return {
    ...out,
    version: WORKBENCH_VERSION,
    ...(seed !== undefined ? { seed } : {}),
    ...(trafficModel !== undefined ? { trafficModel } : {}),
    ...(results !== undefined ? { results } : {}),
  };
}

/**
 * Reads a scenario (version 1 or 2) from JSON text. Throws only ScenarioFileError, naming
 * `fileName`, the JSON path (or line and column) and the problem.
 * Example: parseWorkbenchScenario('{"version":3}', 'x.json') throws
 *   "x.json: $.version: this scenario is version 3, written by a newer Headroom; …"
 */
export function parseWorkbenchScenario(json: string, fileName: string, opts: ParseOptions = {}): WorkbenchScenario {
  try {
    return parse(json, fileName, opts);
  } catch (err) {
    if (err instanceof ScenarioFileError) throw err;
    // Anything else (a nesting too deep for the engine's stack…) is still a file that cannot be read.
    throw new ScenarioFileError(fileName, '$', `could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

export { ScenarioFileError };
