/**
 * The Contract page's form: shape, defaults (scenarios/contract-example.json), the problems that
 * stop a run (each naming what and where), the repair of a stored copy, and the core's input.
 * Money is integer cents; an option's license terms follow the plan's license types in order.
 */
import type { ContractInput } from '../../core/contract/types.ts';
import { parseIsoDate } from '../../core/contract/parse-iso-date.ts';

export interface NeedInputs {
  type: string;
  startNeed: number;
  growthPctPerMonth: number;
  growthSdPctPerMonth: number;
  churnPctPerMonth: number;
}

export interface OptionTermsInputs {
  priceCents: number;
  floor: number;
  startCount: number;
}

export interface OptionInputs {
  name: string;
  termMonths: number;
  /** One per plan license type, in plan order. */
  licenses: OptionTermsInputs[];
}

export interface ContractInputs {
  /** 'YYYY-MM-01'. */
  startDate: string;
  addLagDays: number;
  plan: NeedInputs[];
  /** Whether the need follows the seasonal pattern of SEASONALITY (a summer dip). */
  seasonal: boolean;
  options: OptionInputs[];
  replications: number;
  seed: string;
  /** The proration calculator's question. */
  prorationPriceCents: number;
  prorationDate: string;
}

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 4;

/** The example's seasonal staff by license type, January first. */
export const SEASONALITY: Readonly<Record<string, readonly number[]>> = {
  CRM: [1, 1, 1.04, 1.04, 1, 0.92, 0.88, 0.92, 1.04, 1.08, 1.06, 0.96],
  'Dialer Tab': [1, 1, 1.05, 1.05, 1, 0.9, 0.85, 0.9, 1.05, 1.1, 1.08, 0.95],
  Dialer: [1, 1, 1.05, 1.05, 1, 0.9, 0.85, 0.9, 1.05, 1.1, 1.08, 0.95],
};

const terms = (rows: [number, number, number][]): OptionTermsInputs[] => rows.map(([priceCents, floor, startCount]) => ({ priceCents, floor, startCount }));

export function defaultContractInputs(): ContractInputs {
  return {
    startDate: '2027-01-01',
    addLagDays: 0,
    plan: [
      { type: 'CRM', startNeed: 48, growthPctPerMonth: 0.5, growthSdPctPerMonth: 1.5, churnPctPerMonth: 3 },
      { type: 'Dialer Tab', startNeed: 30, growthPctPerMonth: 0.5, growthSdPctPerMonth: 1.5, churnPctPerMonth: 3 },
      { type: 'Dialer', startNeed: 26, growthPctPerMonth: 0.5, growthSdPctPerMonth: 1.5, churnPctPerMonth: 3 },
      { type: 'Flex Port', startNeed: 10, growthPctPerMonth: 0.5, growthSdPctPerMonth: 1, churnPctPerMonth: 0 },
    ],
    seasonal: true,
    options: [
      { name: "A: floors at today's counts, list prices", termMonths: 36, licenses: terms([[6500, 50, 50], [2500, 30, 30], [9000, 28, 28], [2500, 10, 10]]) },
      { name: 'B: floors 20% lower, prices 8% higher', termMonths: 36, licenses: terms([[7020, 40, 48], [2700, 24, 30], [9720, 22, 26], [2700, 8, 10]]) },
      { name: 'C: 24 months, no floors, prices 15% higher', termMonths: 24, licenses: terms([[7475, 0, 48], [2875, 0, 30], [10350, 0, 26], [2875, 0, 10]]) },
    ],
    replications: 1000,
    seed: '2027',
    prorationPriceCents: 9000,
    prorationDate: '2026-11-21',
  };
}

/** "Option A" for the first option: short enough to stand in front of every message. */
export function optionLetter(index: number): string {
  return `Option ${String.fromCharCode(65 + index)}`;
}

const whole = (x: number, lo: number, hi: number) => Number.isSafeInteger(x) && x >= lo && x <= hi;
const within = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

/**
 * Problems that stop a run, keyed by where they are ('startDate', 'plan.2.churnPctPerMonth',
 * 'options.1.licenses.2.floor', 'options.1.name', 'options', 'replications', 'seed'): one
 * sentence each, naming the option and the license type.
 */
export function contractProblems(i: ContractInputs): Record<string, string> {
  const p: Record<string, string> = {};
  if (parseIsoDate(i.startDate)?.day !== 1) p.startDate = 'Start date: pick a month (billing months are calendar months).';
  if (!whole(i.addLagDays, 0, 31)) p.addLagDays = 'Add lag: a whole number of days from 0 to 31.';
  i.plan.forEach((n, t) => {
    const at = `plan.${t}`;
    if (!whole(n.startNeed, 0, 1_000_000)) p[`${at}.startNeed`] = `Plan, ${n.type}: the starting need must be a whole number ≥ 0.`;
    if (!within(n.growthPctPerMonth, -99, 1000)) p[`${at}.growthPctPerMonth`] = `Plan, ${n.type}: growth must be from −99 % to 1,000 % a month.`;
    if (!within(n.growthSdPctPerMonth, 0, 100)) p[`${at}.growthSdPctPerMonth`] = `Plan, ${n.type}: the growth uncertainty must be from 0 to 100 points.`;
    if (!within(n.churnPctPerMonth, 0, 100)) p[`${at}.churnPctPerMonth`] = `Plan, ${n.type}: churn must be from 0 % to 100 % a month.`;
  });
  if (i.options.length < MIN_OPTIONS || i.options.length > MAX_OPTIONS) p.options = `Compare ${MIN_OPTIONS} to ${MAX_OPTIONS} options.`;
  const names = new Map<string, number>();
  i.options.forEach((o, k) => {
    const who = optionLetter(k);
    const name = o.name.trim();
    if (name === '') p[`options.${k}.name`] = `${who}: give it a name.`;
    else if (names.has(name)) p[`options.${k}.name`] = `${who}: the name “${name}” is already ${optionLetter(names.get(name)!)}’s.`;
    else names.set(name, k);
    if (!whole(o.termMonths, 1, 120)) p[`options.${k}.termMonths`] = `${who}: the term must be a whole number of months from 1 to 120.`;
    o.licenses.forEach((l, t) => {
      const at = `options.${k}.licenses.${t}`;
      const where = `${who}, ${i.plan[t]?.type ?? `license ${t + 1}`}`;
      if (!whole(l.priceCents, 0, 1e10)) p[`${at}.priceCents`] = `${where}: the monthly price must be 0 or more, in whole cents.`;
      if (!whole(l.floor, 0, 1_000_000)) p[`${at}.floor`] = `${where}: the floor must be a whole number ≥ 0.`;
      if (!whole(l.startCount, 0, 1_000_000)) p[`${at}.startCount`] = `${where}: the starting count must be a whole number ≥ 0.`;
      else if (whole(l.floor, 0, 1_000_000) && l.startCount < l.floor) {
        p[`${at}.startCount`] = `${where}: the starting count ${l.startCount} is below the floor ${l.floor} (a total can never be below its floor).`;
      }
    });
  });
  if (!whole(i.replications, 1, 100_000)) p.replications = 'Replications: a whole number from 1 to 100,000.';
  if (i.seed.trim() === '') p.seed = 'Seed: it cannot be empty.';
  return p;
}

/** The core's input of a checked form. */
export function contractInputOf(i: ContractInputs): ContractInput {
  return {
    seed: i.seed.trim(),
    startDate: i.startDate,
    plan: {
      addLagDays: i.addLagDays,
      licenses: i.plan.map((n) => {
        const season = i.seasonal ? SEASONALITY[n.type] : undefined;
        return { ...n, ...(season ? { seasonality: [...season] } : {}) };
      }),
    },
    options: i.options.map((o) => ({
      name: o.name.trim(),
      termMonths: o.termMonths,
      licenses: o.licenses.map((l, t) => ({ type: i.plan[t]!.type, ...l })),
    })),
  };
}

/** A fresh name for a copy: "B copy", "B copy 2", … never one already taken. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = `${name.trim() || 'Option'} copy`;
  let candidate = base;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base} ${n}`;
  return candidate;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const num = (x: unknown, fallback: number, ok: (v: number) => boolean) => (typeof x === 'number' && ok(x) ? x : fallback);

/**
 * A stored form, field by field: whatever is missing or wrong takes its default. The license
 * types are the defaults' (a stored plan of other types is not this version's), so a stored
 * option with the wrong number of terms is replaced by the default option in its place.
 */
export function restoreContractInputs(stored: unknown): ContractInputs {
  const d = defaultContractInputs();
  if (!isObject(stored)) return d;
  const storedPlan = Array.isArray(stored.plan) ? stored.plan : [];
  const plan = d.plan.map((n, t) => {
    const s = storedPlan[t];
    if (!isObject(s) || s.type !== n.type) return n;
    return {
      type: n.type,
      startNeed: num(s.startNeed, n.startNeed, (v) => whole(v, 0, 1_000_000)),
      growthPctPerMonth: num(s.growthPctPerMonth, n.growthPctPerMonth, (v) => within(v, -99, 1000)),
      growthSdPctPerMonth: num(s.growthSdPctPerMonth, n.growthSdPctPerMonth, (v) => within(v, 0, 100)),
      churnPctPerMonth: num(s.churnPctPerMonth, n.churnPctPerMonth, (v) => within(v, 0, 100)),
    };
  });
  const storedOptions = Array.isArray(stored.options) ? stored.options.slice(0, MAX_OPTIONS) : [];
  const options = storedOptions.length >= MIN_OPTIONS
    ? storedOptions.map((s, k) => restoreOption(s, d.options[Math.min(k, d.options.length - 1)]!, plan.length))
    : d.options;
  return {
    startDate: typeof stored.startDate === 'string' && parseIsoDate(stored.startDate)?.day === 1 ? stored.startDate : d.startDate,
    addLagDays: num(stored.addLagDays, d.addLagDays, (v) => whole(v, 0, 31)),
    plan,
    seasonal: typeof stored.seasonal === 'boolean' ? stored.seasonal : d.seasonal,
    options,
    replications: num(stored.replications, d.replications, (v) => whole(v, 1, 100_000)),
    seed: typeof stored.seed === 'string' && stored.seed.trim() !== '' ? stored.seed : d.seed,
    prorationPriceCents: num(stored.prorationPriceCents, d.prorationPriceCents, (v) => whole(v, 0, 1e10)),
    prorationDate: typeof stored.prorationDate === 'string' && parseIsoDate(stored.prorationDate) ? stored.prorationDate : d.prorationDate,
  };
}

function restoreOption(s: unknown, fallback: OptionInputs, types: number): OptionInputs {
  if (!isObject(s) || !Array.isArray(s.licenses) || s.licenses.length !== types) return fallback;
  const licenses = s.licenses.map((l, t) => {
    const f = fallback.licenses[t]!;
    if (!isObject(l)) return f;
    const floor = num(l.floor, f.floor, (v) => whole(v, 0, 1_000_000));
    return {
      priceCents: num(l.priceCents, f.priceCents, (v) => whole(v, 0, 1e10)),
      floor,
      startCount: num(l.startCount, Math.max(f.startCount, floor), (v) => whole(v, floor, 1_000_000)),
    };
  });
  return {
    name: typeof s.name === 'string' && s.name.trim() !== '' ? s.name : fallback.name,
    termMonths: num(s.termMonths, fallback.termMonths, (v) => whole(v, 1, 120)),
    licenses,
  };
}
