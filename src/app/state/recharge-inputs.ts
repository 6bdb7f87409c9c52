/**
 * The Recharge page's form: shape, defaults, the checks a run needs, and the repair of a stored
 * copy (a value written by another version of the app must never break the page).
 */
import { ACTIVITY_KINDS, type ActivityKind } from '../../core/ingest/types.ts';
import { DEFAULT_INCREMENT_SEC, DEFAULT_MINUTE_KINDS, DEFAULT_RATE_CENTS_PER_MIN } from '../../core/recharge/defaults.ts';

/** Usage without data: a typical day's spend, its spread, its weekday and hour shapes. */
export interface ParametricUsageInputs {
  dailyMeanCents: number;
  /** Day-to-day coefficient of variation, percent. */
  dailyCvPct: number;
  weekdayFactors: number[];
  hourProfile: number[];
}

export interface RechargeInputs {
  source: 'data' | 'parametric';
  rateCentsPerMin: number;
  incrementSec: number;
  minuteKinds: ActivityKind[];
  /** 'YYYY-MM' the rule comes from; null = the last complete month in the data. */
  month: string | null;
  /** How simulated days are drawn from the data: resampled whole days, or a fitted parametric model. */
  usageModel: 'days' | 'parametric';
  parametric: ParametricUsageInputs;
  months: number;
  growthPct: number;
  /** Starting balance in cents; null = the threshold plus one recharge. */
  startBalanceCents: number | null;
  declinePct: number;
  declineRetryHours: number;
  creditDelayHours: number;
  replications: number;
  seed: string;
  tunerReplications: number;
  /** Highest acceptable chance of reaching zero within the horizon, percent. */
  targetPZeroPct: number;
}

export const DEFAULT_RECHARGE_INPUTS: RechargeInputs = Object.freeze({
  source: 'data',
  rateCentsPerMin: DEFAULT_RATE_CENTS_PER_MIN,
  incrementSec: DEFAULT_INCREMENT_SEC,
  minuteKinds: [...DEFAULT_MINUTE_KINDS],
  month: null,
  usageModel: 'days',
  parametric: Object.freeze({
    dailyMeanCents: 15_000,
    dailyCvPct: 30,
    weekdayFactors: [1, 1, 1, 1, 0.9, 0.2, 0],
    hourProfile: [0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 1, 1, 0.9, 0.7, 0.9, 1, 1, 0.8, 0.5, 0.2, 0, 0, 0, 0, 0],
  }) as ParametricUsageInputs,
  months: 3,
  growthPct: 0,
  startBalanceCents: null,
  declinePct: 0,
  declineRetryHours: 24,
  creditDelayHours: 0,
  replications: 1000,
  seed: '1',
  tunerReplications: 200,
  targetPZeroPct: 1,
}) as RechargeInputs;

export function defaultRechargeInputs(): RechargeInputs {
  return structuredClone({ ...DEFAULT_RECHARGE_INPUTS, parametric: { ...DEFAULT_RECHARGE_INPUTS.parametric }, minuteKinds: [...DEFAULT_RECHARGE_INPUTS.minuteKinds] });
}

const finiteIn = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;
const numbers = (x: unknown, n: number): x is number[] => Array.isArray(x) && x.length === n && x.every((v) => finiteIn(v, 0, 1e9));

/** Problems that stop a run, by field: one plain sentence each. */
export function rechargeProblems(i: RechargeInputs): Partial<Record<keyof RechargeInputs, string>> {
  const p: Partial<Record<keyof RechargeInputs, string>> = {};
  if (!finiteIn(i.rateCentsPerMin, 0, 1e6)) p.rateCentsPerMin = 'The rate must be 0 or more cents a minute.';
  if (!Number.isInteger(i.incrementSec) || i.incrementSec < 1 || i.incrementSec > 3600) p.incrementSec = 'The billing increment must be 1 to 3,600 whole seconds.';
  if (i.minuteKinds.length === 0) p.minuteKinds = 'Choose at least one kind of call that uses dialer minutes.';
  if (!Number.isInteger(i.months) || i.months < 1 || i.months > 12) p.months = 'Simulate 1 to 12 months.';
  if (!finiteIn(i.growthPct, -90, 1000)) p.growthPct = 'Growth must be between −90 % and 1,000 % a month.';
  if (i.startBalanceCents !== null && !finiteIn(i.startBalanceCents, 0, 1e12)) p.startBalanceCents = 'The starting balance must be 0 or more.';
  if (!finiteIn(i.declinePct, 0, 100)) p.declinePct = 'The decline chance must be 0 to 100 %.';
  if (!finiteIn(i.declineRetryHours, 1, 24 * 31)) p.declineRetryHours = 'Retry after 1 to 744 hours.';
  if (!finiteIn(i.creditDelayHours, 0, 24 * 31)) p.creditDelayHours = 'The credit delay must be 0 to 744 hours.';
  if (!Number.isInteger(i.replications) || i.replications < 1 || i.replications > 100_000) p.replications = 'Run 1 to 100,000 simulated periods.';
  if (!Number.isInteger(i.tunerReplications) || i.tunerReplications < 1 || i.tunerReplications > 10_000) p.tunerReplications = 'Run the tuner on 1 to 10,000 simulated periods.';
  if (!finiteIn(i.targetPZeroPct, 0.01, 100)) p.targetPZeroPct = 'The risk target must be above 0 and at most 100 %.';
  if (i.seed.trim() === '') p.seed = 'The seed cannot be empty.';
  if (i.source === 'parametric') {
    if (!finiteIn(i.parametric.dailyMeanCents, 1, 1e10)) p.parametric = 'A typical day’s usage must be above zero.';
    else if (!finiteIn(i.parametric.dailyCvPct, 0, 500)) p.parametric = 'The day-to-day variation must be 0 to 500 %.';
  }
  return p;
}

/** A stored form, field by field: whatever is missing or wrong takes its default. */
export function restoreRechargeInputs(stored: unknown): RechargeInputs {
  const d = defaultRechargeInputs();
  if (stored === null || typeof stored !== 'object') return d;
  const s = stored as Partial<Record<keyof RechargeInputs, unknown>>;
  const kinds = Array.isArray(s.minuteKinds) ? s.minuteKinds.filter((k): k is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(k as string)) : null;
  const par = (s.parametric ?? {}) as Partial<Record<keyof ParametricUsageInputs, unknown>>;
  const num = (x: unknown, lo: number, hi: number, fallback: number) => (finiteIn(x, lo, hi) ? x : fallback);
  return {
    source: s.source === 'parametric' ? 'parametric' : 'data',
    rateCentsPerMin: num(s.rateCentsPerMin, 0, 1e6, d.rateCentsPerMin),
    incrementSec: Number.isInteger(s.incrementSec) ? num(s.incrementSec, 1, 3600, d.incrementSec) : d.incrementSec,
    minuteKinds: kinds && kinds.length > 0 ? kinds : d.minuteKinds,
    month: typeof s.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s.month) ? s.month : null,
    usageModel: s.usageModel === 'parametric' ? 'parametric' : 'days',
    parametric: {
      dailyMeanCents: num(par.dailyMeanCents, 1, 1e10, d.parametric.dailyMeanCents),
      dailyCvPct: num(par.dailyCvPct, 0, 500, d.parametric.dailyCvPct),
      weekdayFactors: numbers(par.weekdayFactors, 7) ? par.weekdayFactors : d.parametric.weekdayFactors,
      hourProfile: numbers(par.hourProfile, 24) ? par.hourProfile : d.parametric.hourProfile,
    },
    months: Number.isInteger(s.months) ? num(s.months, 1, 12, d.months) : d.months,
    growthPct: num(s.growthPct, -90, 1000, d.growthPct),
    startBalanceCents: s.startBalanceCents === null ? null : num(s.startBalanceCents, 0, 1e12, NaN) >= 0 ? (s.startBalanceCents as number) : null,
    declinePct: num(s.declinePct, 0, 100, d.declinePct),
    declineRetryHours: num(s.declineRetryHours, 1, 744, d.declineRetryHours),
    creditDelayHours: num(s.creditDelayHours, 0, 744, d.creditDelayHours),
    replications: Number.isInteger(s.replications) ? num(s.replications, 1, 100_000, d.replications) : d.replications,
    seed: typeof s.seed === 'string' && s.seed.trim() !== '' ? s.seed : d.seed,
    tunerReplications: Number.isInteger(s.tunerReplications) ? num(s.tunerReplications, 1, 10_000, d.tunerReplications) : d.tunerReplications,
    targetPZeroPct: num(s.targetPZeroPct, 0.01, 100, d.targetPZeroPct),
  };
}
