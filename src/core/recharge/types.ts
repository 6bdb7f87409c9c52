/**
 * Shapes of the automatic recharge (domain.md section 3): usage per local day, the rule, the
 * balance simulation's input and per-replication output, and the summaries. Plain data and typed
 * arrays only, so every input is posted to a worker by structured clone and every output's arrays
 * are transferable.
 */
import type { Interval } from '../ports/types.ts';

export type { Interval };

/** How a call's usage becomes money. */
export interface UsageOptions {
  /**
   * Cents per billable minute, used for calls without a cost. The platform's price is not in the
   * export, so the default (DEFAULT_RATE_CENTS_PER_MIN, 2 cents) is an assumption to be replaced.
   */
  rateCentsPerMin: number;
  /** Billing increment in seconds: each call's time is rounded up to a whole number of these (default 60). */
  incrementSec: number;
  /** One flag per ACTIVITY_KINDS entry: does that kind use dialer minutes? */
  minuteKinds: boolean[];
}

/** Usage in cents per local calendar day of the data set, from its first to its last date. */
export interface DailyUsage {
  timeZone: string;
  /** First local date, 'YYYY-MM-DD'. */
  firstDate: string;
  /** Number of local dates from the first to the last call (days without calls are zeros). */
  days: number;
  /** Per day: usage in cents (fractional when rate × minutes is). */
  cents: Float64Array;
  /** Per day × 24 local wall-clock hours (row-major by day): usage in cents, by the call's start. */
  hourlyCents: Float64Array;
  /** Per day: weekday, Monday = 0. */
  weekday: Uint8Array;
  /** Per day: calls of any kind (shows which days the data covers). */
  calls: Uint32Array;
  /** How many counted calls were priced from each source. */
  priced: { cost: number; billableMinutes: number; duration: number };
}

/** The month the rule is computed from and what it gives; the input of the plain-words sentence. */
export interface RechargeRule {
  /** 'YYYY-MM'. */
  month: string;
  /** D: days in that calendar month. */
  days: number;
  /** U: usage in that month, cents (may be fractional; rounding happens at the end). */
  usageCents: number;
  /** False when the data does not cover the whole month (only when it was picked by hand or none is complete). */
  complete: boolean;
  rechargeDays: number;
  thresholdDays: number;
  /** roundHalfUp(rechargeDays × U / D), cents. */
  amountCents: number;
  /** roundHalfUp(thresholdDays × U / D), cents. */
  thresholdCents: number;
}

/** Where simulated hourly usage comes from. */
export type UsageModel =
  | {
      kind: 'days';
      /** Observed days to resample (whole days, keeping each day's hourly shape): weekday per day, Monday = 0. */
      weekday: Uint8Array;
      /** Per observed day × 24 hours: cents. */
      hourlyCents: Float64Array;
    }
  | {
      kind: 'parametric';
      /** Usage of a day with weekday factor 1, cents. */
      dailyMeanCents: number;
      /** Day-to-day coefficient of variation (lognormal, mean 1); 0 for identical days. */
      dailyCv: number;
      /** 7 factors, Monday first. */
      weekdayFactors: number[];
      /** 24 weights of the hours of the day (normalised; all zero means flat). */
      hourProfile: number[];
    };

/** Everything one balance-simulation run needs; structured-cloneable (no functions, no classes). */
export interface RechargeInput {
  /** First simulated month, 'YYYY-MM' (local calendar). */
  startMonth: string;
  /** Horizon in whole calendar months, 1–12. */
  months: number;
  usage: UsageModel;
  /** Usage growth, percent per month, compounding: month m (0 = first simulated) × (1 + g/100)^(m + 1). */
  growthPct: number;
  /** The month the starting rule comes from: U in cents over D days. */
  lastMonth: { usageCents: number; days: number };
  /** The rule's multipliers (the platform's are 14 and 5). */
  rechargeDays: number;
  thresholdDays: number;
  /** Balance at the first hour, cents; null → the starting threshold + one recharge amount. */
  startBalanceCents: number | null;
  /** Probability that a recharge is declined by the card (0–1). */
  declineProbability: number;
  /** Hours after a decline before the recharge is tried again. */
  declineRetryHours: number;
  /** Hours between billing a recharge and the money reaching the balance (0 = at once). */
  creditDelayHours: number;
  /** Replication i draws from createStream(childSeed(seed, i)). */
  seed: string;
}

/** One replication of the balance simulation. */
export interface RechargeReplication {
  index: number;
  /** 1 when the dialer stopped for lack of balance at least once in the horizon. */
  hitZero: number;
  /** Per month: 1 when it stopped in that month. */
  hitZeroByMonth: Uint8Array;
  /** Hours in which usage found the balance used up (part of the hour at least). */
  downtimeHours: number;
  /** Usage that could not be served, cents. */
  unservedCents: number;
  /** Per month: recharges billed. */
  rechargesByMonth: Float64Array;
  /** Per month: money billed to the card, cents. */
  billedByMonth: Float64Array;
  /** Time-average balance over the horizon (end of each hour), cents: the cash tied up. */
  idleBalanceCents: number;
  minBalanceCents: number;
  /** Per day: balance at the end of the day, cents (the fan chart). */
  dayEndBalance: Float64Array;
  /** Replication 0 only: the balance at the end of every hour, cents (one sample path). */
  hourlyBalance?: Float64Array;
}

export interface RechargeResult {
  replications: number;
  months: number;
  /** 'YYYY-MM' of each simulated month. */
  monthLabels: string[];
  firstDate: string;
  days: number;
  /** Share of replications in which the dialer stopped: Wilson 95 % score interval. */
  pZero: Interval;
  pZeroByMonth: Interval[];
  /** Recharges in a month, pooled over replications × months. */
  rechargesPerMonth: { mean: number; p95: number };
  billedCents: { mean: number; perMonth: number };
  idleBalanceCents: Interval;
  /** Student-t 95 % intervals over replications. */
  downtimeHours: Interval;
  unservedCents: { mean: number };
  /** Per day: percentiles of the end-of-day balance across replications, cents. */
  fan: { p5: Float64Array; p25: Float64Array; p50: Float64Array; p75: Float64Array; p95: Float64Array };
  /** Replication 0's hourly balance, cents; null when replication 0 is not among the results. */
  samplePath: Float64Array | null;
  elapsedMs: number;
  hoursPerSecond: number;
}

/** The tuner: the simulation's input over a grid of multipliers. */
export interface TunerInput {
  sim: RechargeInput;
  /** Recharge days of the grid's rows, e.g. 3..30. */
  rechargeDays: number[];
  /** Threshold days of the grid's columns, e.g. 1..10. */
  thresholdDays: number[];
  /** Highest acceptable probability of reaching zero within the horizon, e.g. 0.01. */
  targetPZero: number;
}

/** One replication of the tuner: per cell (row-major, rechargeDays × thresholdDays). */
export interface TunerReplication {
  index: number;
  hitZero: Uint8Array;
  recharges: Float64Array;
  idleBalanceCents: Float64Array;
}

export interface TunerCell {
  rechargeDays: number;
  thresholdDays: number;
  pZero: Interval;
  rechargesPerMonth: number;
  idleBalanceCents: number;
}

export interface TunerResult {
  replications: number;
  rechargeDays: number[];
  thresholdDays: number[];
  /** Row-major: cells[r * thresholdDays.length + t]. */
  cells: TunerCell[];
  /** Index of the cell with the least idle balance whose pZero mean is below the target; null when none is. */
  cheapest: number | null;
  /** Index of the platform's 14/5 cell; null when the grid does not hold it. */
  platform: number | null;
  targetPZero: number;
  elapsedMs: number;
}
