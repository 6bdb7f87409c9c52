/**
 * The Ports page's form: its shape, defaults, the checks a run needs, and the repair of a stored
 * copy (a value written by another version of the app must never break the page).
 */
import { ACTIVITY_KINDS, type ActivityKind } from '../../core/ingest/types.ts';
import type { WhatIf } from '../../core/ports/types.ts';

export type HoldingDistribution = 'exponential' | 'lognormal' | 'constant';

/** A scenario without data: calls per hour of a typical weekday, scaled per weekday. */
export interface ParametricInputs {
  /** 24 values, calls starting in each local hour (00:00–01:00 first) of a typical weekday. */
  callsPerHour: number[];
  /** 7 factors, Monday first: 1 = a typical weekday, 0 = no calls. */
  weekdayFactors: number[];
  meanHoldingSec: number;
  distribution: HoldingDistribution;
  /** Coefficient of variation of the holding time, used by the lognormal. */
  cv: number;
}

/**
 * Where the traffic comes from: the active data set, a scenario described by hand, or the traffic
 * model that came with an opened scenario (fitted elsewhere from a data set this browser lacks).
 */
export type PortsSource = 'data' | 'parametric' | 'shared';

export interface PortsInputs {
  source: PortsSource;
  /** Kinds that hold a port; null follows the Data page's choice. */
  portKinds: ActivityKind[] | null;
  holding: 'empirical' | 'lognormal';
  arrivals: 'poisson' | 'days';
  parametric: ParametricInputs;
  growthPct: number;
  /** Extra volume per kind (1 = as observed). */
  multipliers: Partial<Record<ActivityKind, number>>;
  retrySharePct: number;
  retryDelaySec: number;
  /** Busiest-hour blocking target in percent; null = no such target. */
  targetBusyHourPct: number | null;
  /** At most this many "insufficient ports" errors a month; null = no such target. */
  targetErrorsPerMonth: number | null;
  /** Price of one Flex Port per month in cents; null = not given. */
  pricePerPortCents: number | null;
  /** Range of port counts; null = the default range for the model. */
  portsLo: number | null;
  portsHi: number | null;
  replications: number;
  seed: string;
  /** 'YYYY-MM' of the simulated month; null = the month after the data's last call (or this month's next). */
  horizonMonth: string | null;
}

export const MAX_PORTS = 10_000;
export const MAX_REPLICATIONS = 100_000;
/** The busy-hour Erlang B inverse is used up to this many ports wide a range; wider ranges run slowly. */
export const MAX_RANGE_WIDTH = 400;

export const DEFAULT_INPUTS: PortsInputs = Object.freeze({
  source: 'data',
  portKinds: null,
  holding: 'empirical',
  arrivals: 'poisson',
  parametric: Object.freeze({
    callsPerHour: [0, 0, 0, 0, 0, 0, 0, 40, 160, 260, 300, 280, 200, 220, 280, 300, 240, 160, 60, 20, 0, 0, 0, 0],
    weekdayFactors: [1, 1.05, 1, 1, 0.9, 0.15, 0],
    meanHoldingSec: 100,
    distribution: 'lognormal',
    cv: 1.2,
  }) as ParametricInputs,
  growthPct: 0,
  multipliers: {},
  retrySharePct: 0,
  retryDelaySec: 60,
  targetBusyHourPct: 1,
  targetErrorsPerMonth: null,
  pricePerPortCents: 2500,
  portsLo: null,
  portsHi: null,
  replications: 200,
  seed: '1',
  horizonMonth: null,
}) as PortsInputs;

/** A fresh, mutable copy of the defaults. */
export function defaultInputs(): PortsInputs {
  return structuredClone({ ...DEFAULT_INPUTS, parametric: { ...DEFAULT_INPUTS.parametric } });
}

export type InputField =
  | 'portKinds' | 'callsPerHour' | 'weekdayFactors' | 'meanHoldingSec' | 'cv' | 'growthPct' | 'multipliers'
  | 'retrySharePct' | 'retryDelaySec' | 'target' | 'pricePerPortCents' | 'portsRange' | 'replications' | 'seed' | 'horizonMonth';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonNegative = (v: unknown): v is number => finite(v) && v >= 0;

/**
 * What stops a run, per field, in words for the form; empty when the inputs can run.
 * `hasData` is whether a data set is active (a data-set source needs one), `hasShared` whether a
 * scenario's shared traffic model is at hand (the shared source needs one).
 * Example: inputProblems({ ...defaultInputs(), portsLo: 20, portsHi: 10 }, true).portsRange
 *   // 'The smallest port count must not exceed the largest.'
 */
export function inputProblems(inputs: PortsInputs, hasData: boolean, hasShared = false): Partial<Record<InputField | 'source', string>> {
  const p: Partial<Record<InputField | 'source', string>> = {};
  if (inputs.source === 'data') {
    if (!hasData) p.source = 'No data set is loaded: load one, or use a scenario.';
    if (inputs.portKinds && inputs.portKinds.length === 0) p.portKinds = 'Choose at least one kind of activity that holds a port.';
  } else if (inputs.source === 'shared') {
    if (!hasShared) p.source = 'No traffic model came with the open scenario: use a data set, or describe the traffic as a scenario.';
  } else {
    const { callsPerHour, weekdayFactors, meanHoldingSec, cv, distribution } = inputs.parametric;
    if (callsPerHour.length !== 24 || !callsPerHour.every(nonNegative)) p.callsPerHour = 'Calls per hour must be numbers of 0 or more.';
    else if (!callsPerHour.some((c) => c > 0)) p.callsPerHour = 'Give at least one hour with calls.';
    if (weekdayFactors.length !== 7 || !weekdayFactors.every(nonNegative)) p.weekdayFactors = 'Weekday factors must be numbers of 0 or more.';
    else if (!weekdayFactors.some((f) => f > 0)) p.weekdayFactors = 'At least one weekday needs calls.';
    if (!finite(meanHoldingSec) || meanHoldingSec <= 0) p.meanHoldingSec = 'The mean holding time must be more than 0 seconds.';
    if (distribution === 'lognormal' && (!finite(cv) || cv <= 0 || cv > 20)) p.cv = 'The CV must be between 0 and 20.';
  }
  if (!finite(inputs.growthPct) || inputs.growthPct <= -100 || inputs.growthPct > 10_000) p.growthPct = 'Growth must be more than −100 %.';
  if (!Object.values(inputs.multipliers).every((m) => nonNegative(m) && m <= 1000)) p.multipliers = 'Multipliers must be between 0 and 1,000.';
  if (!finite(inputs.retrySharePct) || inputs.retrySharePct < 0 || inputs.retrySharePct > 100) p.retrySharePct = 'The retried share must be between 0 and 100 %.';
  if (!finite(inputs.retryDelaySec) || inputs.retryDelaySec <= 0) p.retryDelaySec = 'The retry delay must be more than 0 seconds.';
  const { targetBusyHourPct: pct, targetErrorsPerMonth: errors } = inputs;
  if (pct === null && errors === null) p.target = 'Set a busiest-hour target, an errors-a-month target, or both.';
  else if (pct !== null && (!finite(pct) || pct <= 0 || pct >= 100)) p.target = 'The busiest-hour target must be between 0 and 100 %.';
  else if (errors !== null && !nonNegative(errors)) p.target = 'The errors-a-month target must be 0 or more.';
  if (inputs.pricePerPortCents !== null && !nonNegative(inputs.pricePerPortCents)) p.pricePerPortCents = 'The price must be 0 or more.';
  const { portsLo: lo, portsHi: hi } = inputs;
  if ((lo === null) !== (hi === null)) p.portsRange = 'Give both ends of the range, or neither for the default.';
  else if (lo !== null && hi !== null) {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi > MAX_PORTS) p.portsRange = `Port counts must be whole numbers from 1 to ${MAX_PORTS.toLocaleString('en-US')}.`;
    else if (lo > hi) p.portsRange = 'The smallest port count must not exceed the largest.';
    else if (hi - lo + 1 > MAX_RANGE_WIDTH) p.portsRange = `At most ${MAX_RANGE_WIDTH} port counts in one run.`;
  }
  if (!Number.isInteger(inputs.replications) || inputs.replications < 2 || inputs.replications > MAX_REPLICATIONS) {
    p.replications = `Replications must be a whole number from 2 to ${MAX_REPLICATIONS.toLocaleString('en-US')}.`;
  }
  if (inputs.seed.trim() === '') p.seed = 'The seed must not be empty.';
  if (inputs.horizonMonth !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(inputs.horizonMonth)) p.horizonMonth = 'Pick a month.';
  return p;
}

/** The what-if knobs the simulation takes. */
export function whatIfOf(inputs: PortsInputs): WhatIf {
  const multipliers: Partial<Record<ActivityKind, number>> = {};
  for (const kind of ACTIVITY_KINDS) {
    const m = inputs.multipliers[kind];
    if (m !== undefined && m !== 1) multipliers[kind] = m;
  }
  return { growthPct: inputs.growthPct, multipliers, retry: { share: inputs.retrySharePct / 100, delaySec: inputs.retryDelaySec } };
}

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isKind = (v: unknown): v is ActivityKind => typeof v === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(v);
const numberOrNull = (v: unknown): v is number | null => v === null || finite(v);
const numbers = (length: number) => (v: unknown): v is number[] => Array.isArray(v) && v.length === length && v.every(finite);
const oneOf = <T extends string>(...options: T[]) => (v: unknown): v is T => typeof v === 'string' && (options as string[]).includes(v);

/**
 * The inputs from a stored copy: every field that is missing or of the wrong type takes its
 * default, so a copy from an older or newer version still opens.
 * Example: restoreInputs({ growthPct: 30, seed: 7 }) // defaults with growthPct 30 and seed '1'
 */
export function restoreInputs(stored: unknown): PortsInputs {
  const d = defaultInputs();
  if (!stored || typeof stored !== 'object') return d;
  const s = stored as Record<string, unknown>;
  const par = (s.parametric && typeof s.parametric === 'object' ? s.parametric : {}) as Record<string, unknown>;
  const multipliers: Partial<Record<ActivityKind, number>> = {};
  if (s.multipliers && typeof s.multipliers === 'object') {
    for (const [kind, m] of Object.entries(s.multipliers)) if (isKind(kind) && nonNegative(m)) multipliers[kind] = m;
  }
  return {
    source: pick(s.source, oneOf('data', 'parametric', 'shared'), d.source),
    portKinds: Array.isArray(s.portKinds) ? ACTIVITY_KINDS.filter((k) => (s.portKinds as unknown[]).includes(k)) : null,
    holding: pick(s.holding, oneOf('empirical', 'lognormal'), d.holding),
    arrivals: pick(s.arrivals, oneOf('poisson', 'days'), d.arrivals),
    parametric: {
      callsPerHour: pick(par.callsPerHour, numbers(24), d.parametric.callsPerHour),
      weekdayFactors: pick(par.weekdayFactors, numbers(7), d.parametric.weekdayFactors),
      meanHoldingSec: pick(par.meanHoldingSec, finite, d.parametric.meanHoldingSec),
      distribution: pick(par.distribution, oneOf('exponential', 'lognormal', 'constant'), d.parametric.distribution),
      cv: pick(par.cv, finite, d.parametric.cv),
    },
    growthPct: pick(s.growthPct, finite, d.growthPct),
    multipliers,
    retrySharePct: pick(s.retrySharePct, finite, d.retrySharePct),
    retryDelaySec: pick(s.retryDelaySec, finite, d.retryDelaySec),
    targetBusyHourPct: pick(s.targetBusyHourPct, numberOrNull, d.targetBusyHourPct),
    targetErrorsPerMonth: pick(s.targetErrorsPerMonth, numberOrNull, d.targetErrorsPerMonth),
    pricePerPortCents: pick(s.pricePerPortCents, numberOrNull, d.pricePerPortCents),
    portsLo: pick(s.portsLo, numberOrNull, d.portsLo),
    portsHi: pick(s.portsHi, numberOrNull, d.portsHi),
    replications: pick(s.replications, finite, d.replications),
    seed: pick(s.seed, isString, d.seed),
    horizonMonth: pick(s.horizonMonth, (v): v is string | null => v === null || isString(v), d.horizonMonth),
  };
}
