/**
 * The scenario file (scenarios/*.json): a usage export with its mapping, or a parametric traffic
 * model, plus the Flex Port sizing settings. Versioned; version 1 is the only one so far, and every
 * field added to it is optional, so older version-1 files stay valid.
 *
 * Every problem is reported as `<file>: <JSON path>: <problem>`, e.g.
 *   support.json: $.ports.retry.share: expected a number from 0 to 1, got "half"
 */
import * as v from 'valibot';
import { ACTIVITY_KINDS, FIELD_KEYS, type ActivityKind, type MappingSpec } from '../ingest/types.ts';
import { isValidTimeZone } from '../ingest/time/zone-offset.ts';
import type { ParametricTraffic } from '../ports/parametric-model.ts';
import { jsonPath, readJsonText } from './read-json-text.ts';
import { got, numberIn, object, oneOf, show, text } from './schema-parts.ts';
import { checkedRecharge, type ScenarioRecharge } from './recharge-section.ts';
import { checkedStorage, type ScenarioStorage } from './storage-section.ts';

/** The newest scenario-file version this code reads. */
export const SCENARIO_FILE_VERSION = 1;

/** Traffic without data (see ParametricTraffic); its zone defaults to the file's `timeZone`. */
export type ScenarioTraffic = Omit<ParametricTraffic, 'timeZone'> & { timeZone?: string };

/** Flex Port sizing settings; each one has a default in the app and the CLI. */
export interface ScenarioPorts {
  /** Activity kinds that hold a port. */
  portKinds?: ActivityKind[];
  holding?: 'empirical' | 'lognormal';
  arrivals?: 'poisson' | 'days';
  growthPct?: number;
  multipliers?: Partial<Record<ActivityKind, number>>;
  /** Share of blocked attempts retried, after a mean delay in seconds. */
  retry?: { share: number; delaySec?: number };
  target?: { busyHourBlocking?: number; maxBlockedPerMonth?: number };
  /** Monthly price of one port, a decimal string such as "25.00". */
  pricePerPort?: string;
  range?: { lo: number; hi: number };
  replications?: number;
  /** The simulated month, 'YYYY-MM'. */
  horizonMonth?: string;
}

export interface ScenarioFile {
  version: 1;
  id?: string;
  name?: string;
  description?: string;
  /** Path of the usage export, relative to the scenario file. */
  data?: string;
  timeZone?: string;
  mapping?: MappingSpec;
  seed?: number | string;
  traffic?: ScenarioTraffic;
  ports?: ScenarioPorts;
  /** Automatic-recharge settings (recharge-section.ts). */
  recharge?: ScenarioRecharge;
  /** Storage-fee forecast settings (storage-section.ts); with it, a file needs neither data nor traffic. */
  storage?: ScenarioStorage;
}

/** A scenario file that cannot be used; the message is one line naming the file, where and what. */
export class ScenarioFileError extends Error {
  constructor(
    readonly fileName: string,
    /** JSON path such as `$.ports.retry.share`, or `line 3, column 5` for a syntax error. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${where}: ${problem}`);
    this.name = 'ScenarioFileError';
  }
}

const timeZone = v.pipe(text('an IANA time zone such as "America/Chicago"'), v.check(isValidTimeZone, got('an IANA time zone such as "America/Chicago"')));

const KINDS = oneOf(ACTIVITY_KINDS);
const hourly = (count: number, what: string, item: ReturnType<typeof numberIn>) =>
  v.pipe(v.array(item, got(`a list of ${count} numbers (${what})`)), v.length(count, (i) => `expected ${count} numbers (${what}), got ${(i.input as unknown[]).length}`));

const mappingSchema = object(
  {
    columns: v.optional(v.record(oneOf(FIELD_KEYS), text('a column name'), got('an object of fields to column names'))),
    durationUnit: v.optional(oneOf(['s', 'min', 'hms'] as const)),
    timeZone: v.optional(timeZone),
    dateOrder: v.optional(oneOf(['mdy', 'dmy'] as const)),
    typeLabels: v.optional(v.record(v.string(), KINDS, got('an object of activity labels to kinds'))),
    costUnit: v.optional(oneOf(['currency', 'cents'] as const)),
  },
  'a mapping object',
);

const trafficSchema = v.pipe(
  object(
    {
      timeZone: v.optional(timeZone),
      kind: v.optional(KINDS),
      callsPerHour: hourly(24, 'calls in each hour 0–23', numberIn(0, 1e7)),
      weekdayFactors: v.optional(hourly(7, 'Monday to Sunday', numberIn(0, 100)), () => [1, 1, 1, 1, 1, 1, 1]),
      meanHoldingSec: numberIn(0, 86_400, { above: true }),
      distribution: oneOf(['exponential', 'lognormal', 'constant'] as const),
      cv: v.optional(numberIn(0, 100)),
    },
    'a traffic object',
  ),
  v.check((t) => t.distribution !== 'lognormal' || t.cv !== undefined, 'a lognormal distribution needs "cv" (its coefficient of variation, e.g. 1.2)'),
);

const portsSchema = object(
  {
    portKinds: v.optional(v.pipe(v.array(KINDS, got('a list of activity kinds')), v.minLength(1, 'expected at least one activity kind'))),
    holding: v.optional(oneOf(['empirical', 'lognormal'] as const)),
    arrivals: v.optional(oneOf(['poisson', 'days'] as const)),
    growthPct: v.optional(numberIn(-100, 10_000)),
    multipliers: v.optional(v.record(KINDS, numberIn(0, 1000), got('an object of activity kinds to multipliers'))),
    retry: v.optional(
      object({ share: numberIn(0, 1), delaySec: v.optional(numberIn(0, 86_400, { above: true })) }, 'an object { share, delaySec }'),
    ),
    target: v.optional(
      object(
        { busyHourBlocking: v.optional(numberIn(0, 1, { above: true })), maxBlockedPerMonth: v.optional(numberIn(0, 1e9)) },
        'an object { busyHourBlocking, maxBlockedPerMonth }',
      ),
    ),
    pricePerPort: v.optional(v.pipe(text('a price such as "25.00"'), v.regex(/^\d{1,9}(\.\d{1,2})?$/, got('a price such as "25.00"')))),
    range: v.optional(
      v.pipe(
        object({ lo: numberIn(1, 10_000, { whole: true }), hi: numberIn(1, 10_000, { whole: true }) }, 'an object { lo, hi }'),
        v.check((r) => r.lo <= r.hi, (i) => `lo (${(i.input as { lo: number }).lo}) is above hi (${(i.input as { hi: number }).hi})`),
      ),
    ),
    replications: v.optional(numberIn(1, 100_000, { whole: true })),
    horizonMonth: v.optional(v.pipe(text('a month such as "2026-10"'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, got('a month such as "2026-10"')))),
  },
  'a ports object',
);

const scenarioSchema = v.pipe(
  object(
    {
      version: v.literal(1),
      id: v.optional(text()),
      name: v.optional(text()),
      description: v.optional(text()),
      data: v.optional(v.pipe(text('a file path'), v.minLength(1, 'expected a file path, got ""'))),
      timeZone: v.optional(timeZone),
      mapping: v.optional(mappingSchema),
      seed: v.optional(v.union([v.pipe(v.number(), v.integer(got('a whole number or a string'))), v.string()], got('a whole number or a string'))),
      traffic: v.optional(trafficSchema),
      ports: v.optional(portsSchema),
      recharge: v.optional(checkedRecharge),
      storage: v.optional(checkedStorage),
    },
    'a scenario object',
  ),
  // A storage forecast can run on its own figures, so a storage section alone is enough.
  v.check((s) => s.data !== undefined || s.traffic !== undefined || s.storage !== undefined, 'needs "data" (a usage export) or "traffic" (a parametric model)'),
);

// The schema's output must be the documented interface (checked by the compiler, no runtime cost).
const checked: v.GenericSchema<unknown, ScenarioFile> = scenarioSchema;

/**
 * Reads and validates a scenario file. Throws ScenarioFileError naming `fileName`, the JSON path
 * (or line and column for a syntax error) and the problem; a file written for a newer version of
 * Headroom is refused as such.
 * Example: parseScenarioFile('{"version":1,"data":"a.csv"}', 'a.json') → { version: 1, data: 'a.csv' }
 */
export function parseScenarioFile(json: string, fileName: string): ScenarioFile {
  const raw = readJsonText(json, (where, problem) => {
    throw new ScenarioFileError(fileName, where, problem);
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ScenarioFileError(fileName, '$', `expected a scenario object, got ${show(raw)}`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_FILE_VERSION) {
    throw new ScenarioFileError(
      fileName,
      '$.version',
      `this file is version ${version}, written for a newer Headroom; this one reads scenario files up to version ${SCENARIO_FILE_VERSION}`,
    );
  }
  if (version !== SCENARIO_FILE_VERSION) {
    throw new ScenarioFileError(fileName, '$.version', `expected ${SCENARIO_FILE_VERSION}, got ${show(version)}`);
  }
  const result = v.safeParse(checked, raw);
  if (result.success) return result.output;
  const [first, ...rest] = result.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new ScenarioFileError(fileName, jsonPath((first.path ?? []).map((p) => p.key)), first.message + more);
}
