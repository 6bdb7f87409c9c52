/**
 * The contract scenario file (scenarios/contract-*.json): its own document, `{ "version": 1,
 * "kind": "contract", … }`, holding a headcount plan and two to four contract options. Money is a
 * decimal string with two places; every problem is reported as `<file>: <JSON path>: <problem>`, e.g.
 *   contract.json: $.options[1].licenses[0].startCount: 40 is below the floor 50
 */
import * as v from 'valibot';
import { parseDecimalCents } from '../money/parse-decimal-cents.ts';
import { jsonPath, readJsonText } from '../scenario/read-json-text.ts';
import { got, numberIn, object, show, text as plainText } from '../scenario/schema-parts.ts';
import { parseIsoDate } from './parse-iso-date.ts';
import type { ContractOption, HeadcountPlan } from './types.ts';

export const CONTRACT_FILE_VERSION = 1;

export interface ContractFile {
  version: 1;
  kind: 'contract';
  name?: string;
  description?: string;
  seed?: number | string;
  replications?: number;
  /** 'YYYY-MM-01'. */
  startDate: string;
  plan: HeadcountPlan;
  options: ContractOption[];
}

/** A contract file that cannot be used; one line naming the file, where and what. */
export class ContractFileError extends Error {
  constructor(readonly fileName: string, readonly where: string, readonly problem: string) {
    super(`${fileName}: ${where}: ${problem}`);
    this.name = 'ContractFileError';
  }
}

// A name must say something: an empty string is refused like a missing one.
const text = (what: string) => v.pipe(plainText(what), v.minLength(1, got(what)));

const list = <T extends v.GenericSchema>(item: T, what: string, min: number, max: number) =>
  v.pipe(v.array(item, got(what)), v.check((xs) => xs.length >= min && xs.length <= max, (i) => `expected ${min} to ${max} entries (${what}), got ${(i.input as unknown[]).length}`));

const price = v.pipe(v.string(got('a price such as "65.00"')), v.check((s) => parseDecimalCents(s) !== null, got('a price such as "65.00"')));
const firstOfMonth = v.pipe(v.string(got('a date such as "2027-01-01"')), v.check((s) => parseIsoDate(s)?.day === 1, got('the first of a month such as "2027-01-01" (billing months are calendar months)')));

const needSchema = object(
  {
    type: text('a license type name such as "Dialer"'),
    startNeed: numberIn(0, 1_000_000, { whole: true }),
    growthPctPerMonth: numberIn(-99, 1000),
    growthSdPctPerMonth: v.optional(numberIn(0, 100)),
    churnPctPerMonth: numberIn(0, 100),
    seasonality: v.optional(v.pipe(v.array(numberIn(0, 100, { above: true }), got('12 numbers, January first')), v.length(12, (i) => `expected 12 numbers (January to December), got ${(i.input as unknown[]).length}`))),
  },
  'a license need { type, startNeed, growthPctPerMonth, growthSdPctPerMonth, churnPctPerMonth, seasonality }',
);
const termsSchema = object(
  {
    type: text('a license type name such as "Dialer"'),
    price,
    floor: numberIn(0, 1_000_000, { whole: true }),
    startCount: numberIn(0, 1_000_000, { whole: true }),
    cap: v.optional(numberIn(0, 1_000_000, { whole: true })),
  },
  'license terms { type, price, floor, startCount, cap }',
);
const fileSchema = object(
  {
    version: v.literal(1),
    kind: v.literal('contract', got('"contract"')),
    name: v.optional(v.string(got('a string'))),
    description: v.optional(v.string(got('a string'))),
    seed: v.optional(v.union([v.pipe(v.number(), v.integer()), v.string()], got('a whole number or a string'))),
    replications: v.optional(numberIn(1, 100_000, { whole: true })),
    startDate: firstOfMonth,
    plan: object({ addLagDays: v.optional(numberIn(0, 31, { whole: true })), licenses: list(needSchema, 'license needs', 1, 20) }, 'a plan { addLagDays, licenses }'),
    options: list(object({ name: text('an option name'), termMonths: numberIn(1, 120, { whole: true }), licenses: list(termsSchema, 'license terms', 1, 20) }, 'an option { name, termMonths, licenses }'), 'contract options', 1, 4),
  },
  'a contract object',
);

/**
 * Reads and validates a contract file. Throws ContractFileError naming `fileName`, the JSON path
 * (or line and column for a syntax error) and the problem. Beyond the shape: each option names
 * every plan license type once and no other, a starting count is never below its floor, a cap
 * never below it, option names are distinct.
 * Example: parseContractFile(text, 'contract-example.json').options[0].licenses[0].priceCents → 6500
 */
export function parseContractFile(json: string, fileName: string): ContractFile {
  const raw = readJsonText(json, (where, problem) => {
    throw new ContractFileError(fileName, where, problem);
  });
  const fail: (path: (string | number)[], problem: string) => never = (path, problem) => {
    throw new ContractFileError(fileName, jsonPath(path), problem);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail([], `expected a contract object, got ${show(raw)}`);
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CONTRACT_FILE_VERSION) {
    fail(['version'], `this file is version ${version}, written for a newer Headroom; this one reads contract files up to version ${CONTRACT_FILE_VERSION}`);
  }
  if (version !== CONTRACT_FILE_VERSION) fail(['version'], `expected ${CONTRACT_FILE_VERSION}, got ${show(version)}`);
  const result = v.safeParse(fileSchema, raw);
  if (!result.success) {
    const [first, ...rest] = result.issues;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new ContractFileError(fileName, jsonPath((first.path ?? []).map((p) => p.key as string | number)), first.message + more);
  }
  const file = result.output;

  const planTypes = file.plan.licenses.map((l) => l.type);
  planTypes.forEach((t, i) => planTypes.indexOf(t) !== i && fail(['plan', 'licenses', i, 'type'], `license type "${t}" appears twice`));
  const names = new Set<string>();
  const options: ContractOption[] = file.options.map((o, i) => {
    if (names.has(o.name)) fail(['options', i, 'name'], `option name "${o.name}" appears twice`);
    names.add(o.name);
    const seen = new Set<string>();
    const licenses = o.licenses.map((l, j) => {
      const at = ['options', i, 'licenses', j];
      if (!planTypes.includes(l.type)) fail([...at, 'type'], `"${l.type}" is not a license type of the plan (${planTypes.map((t) => `"${t}"`).join(', ')})`);
      if (seen.has(l.type)) fail([...at, 'type'], `license type "${l.type}" appears twice`);
      seen.add(l.type);
      if (l.startCount < l.floor) fail([...at, 'startCount'], `${l.startCount} is below the floor ${l.floor} (a total can never be below its floor)`);
      if (l.cap !== undefined && l.cap < l.floor) fail([...at, 'cap'], `${l.cap} is below the floor ${l.floor}`);
      return { type: l.type, priceCents: parseDecimalCents(l.price)!, floor: l.floor, startCount: l.startCount, ...(l.cap !== undefined ? { cap: l.cap } : {}) };
    });
    const missing = planTypes.find((t) => !seen.has(t));
    if (missing !== undefined) fail(['options', i, 'licenses'], `no terms for the plan's license type "${missing}"`);
    return { name: o.name, termMonths: o.termMonths, licenses };
  });
  return {
    version: 1,
    kind: 'contract',
    ...(file.name !== undefined ? { name: file.name } : {}),
    ...(file.description !== undefined ? { description: file.description } : {}),
    ...(file.seed !== undefined ? { seed: file.seed } : {}),
    ...(file.replications !== undefined ? { replications: file.replications } : {}),
    startDate: file.startDate.trim(),
    plan: { addLagDays: file.plan.addLagDays ?? 0, licenses: file.plan.licenses },
    options,
  };
}
