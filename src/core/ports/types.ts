/**
 * Shapes of the Flex Port sizing: the traffic model a simulation draws from, the run options,
 * and what a replication and a whole run return. Plain data and typed arrays only, so all of it
 * crosses worker boundaries (and is transferable).
 */
import type { ActivityKind } from '../ingest/types.ts';

export type HoldingModel =
  | { kind: 'exponential'; meanSec: number }
  | { kind: 'lognormal'; meanSec: number; cv: number }
  | { kind: 'constant'; meanSec: number }
  /** Resample from observed holding times (seconds). */
  | { kind: 'empirical'; samplesSec: Float64Array; meanSec: number };

/** One port-holding stream (an activity kind, or the whole of a parametric scenario). */
export interface TrafficStream {
  kind: ActivityKind;
  /** Expected arrivals per hour for each hour of the week (index = weekday * 24 + hour, Monday = 0), local time. */
  ratePerHour: Float64Array;
  holding: HoldingModel;
}

/**
 * Observed days for day resampling: each simulated day copies a random observed day of the same
 * weekday type (weekday vs weekend, or exact weekday where enough days exist).
 */
export interface ObservedDays {
  /** Per observed day: its weekday (0 = Monday). */
  weekday: Uint8Array;
  /** Per observed day: index range [dayStart[d], dayStart[d + 1]) into the arrays below. */
  dayStart: Uint32Array;
  /** Wall-clock seconds after local midnight at which each call started (13:30 is 48,600 on any day, DST or not), sorted within its day. */
  offsetSec: Float64Array;
  durationSec: Float64Array;
  /** Index into ACTIVITY_KINDS. */
  kind: Uint8Array;
}

/** Everything a replication needs to draw traffic. Built from a data set or a parametric scenario. */
export interface TrafficModel {
  timeZone: string;
  streams: TrafficStream[];
  /** Present when the model was fitted from data with day resampling chosen. */
  days?: ObservedDays;
  /** 'poisson': non-homogeneous Poisson from ratePerHour; 'days': resample whole observed days. */
  arrivals: 'poisson' | 'days';
  /** Where it came from, for people: "outbound-team.csv, 13,753 port-holding calls over 31 days". */
  source: string;
}

/** What-if knobs applied on top of the model. */
export interface WhatIf {
  /** Volume growth in percent (30 → 1.3 × arrivals). */
  growthPct: number;
  /** Extra multiplier per kind (extra agents or campaigns), 1 when absent. */
  multipliers: Partial<Record<ActivityKind, number>>;
  /** Share of blocked attempts retried (0..1) and mean delay before the retry (seconds, exponential). */
  retry: { share: number; delaySec: number };
}

export interface SimulationOptions {
  /** Horizon [startMs, endMs) in UTC ms; default one calendar month in the model's zone. */
  startMs: number;
  endMs: number;
  /** Port counts simulated: every N in [portsLo, portsHi]. */
  portsLo: number;
  portsHi: number;
  whatIf: WhatIf;
  /** Scenario seed; replication i draws from childSeed(seed, i). */
  seed: string;
}

/** One replication's counts, per port count N (index N − portsLo). */
export interface ReplicationResult {
  index: number;
  /** Attempts offered (first attempts; retries counted separately). */
  offered: number;
  /** Attempts offered in the busy hour of the week (the model's highest expected load). */
  busyHourOffered: number;
  /** Per N: attempts that found all N ports busy, first attempts and retries alike ("insufficient ports" errors). */
  blocked: Float64Array;
  busyHourBlocked: Float64Array;
  /** Per N: port-seconds carried (for utilisation). */
  carriedSec: Float64Array;
  /** Highest concurrency the offered traffic reached (as if ports were unlimited). */
  peakConcurrent: number;
  /** Per N × 168 hour-of-week cells: blocked attempts, row-major by N. */
  blockedByHourOfWeek: Float64Array;
  /** 168 hour-of-week cells: first attempts offered (the same for every N). */
  offeredByHourOfWeek: Float64Array;
  /** Per N: all attempts made, first attempts and retries (equals `offered` without retries). */
  attempts?: Float64Array;
  /** Per N: calls whose last attempt was blocked and that gave up (equals `blocked` without retries). */
  lostForGood?: Float64Array;
}

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
}

export interface PortsRow {
  ports: number;
  blocking: Interval;
  busyHourBlocking: Interval;
  blockedPerMonth: { mean: number; p50: number; p95: number };
  utilisation: Interval;
  /** Share of calls (first attempts) lost for good after their retries; equals blocking without retries. */
  lostShare?: Interval;
}

export interface PortsResult {
  seed: string;
  replications: number;
  calls: number;
  elapsedMs: number;
  callsPerSecond: number;
  table: PortsRow[];
  /** Peak concurrency per replication (for its histogram). */
  peakConcurrent: Float64Array;
  /** The busy hour of the week used for busyHourBlocking (weekday * 24 + hour). */
  busyHourOfWeek: number;
  /** Busy-hour offered traffic in erlangs, and Erlang B at each N for it. */
  busyHourErlangs: number;
  erlangB: { ports: number; blocking: number }[];
  /**
   * With retries (whatIf.retry.share > 0): Extended Erlang B at the busy hour's first-attempt
   * traffic A for each N. blocking is B(A*, N), the chance that any attempt finds every port busy
   * (A* = A plus retries); errorsPerCall = B × A* / A is blocked attempts per first attempt, the
   * measure the simulated blocking gives; lostShare the calls finally given up. A port count where
   * it has no steady state (every blocked attempt retried and A ≥ N) is left out.
   */
  extendedErlangB?: { ports: number; blocking: number; errorsPerCall: number; lostShare: number }[];
  /** blockedPerMonth = blocked × perMonthScale: 1 when the horizon is one calendar month, else 30 days / horizon. */
  perMonthScale?: number;
  /** Per N × 168 hour-of-week cells, summed over the replications: blocked attempts, row-major by N. */
  blockedByHourOfWeek?: Float64Array;
  /** 168 hour-of-week cells, summed over the replications: first attempts offered. */
  offeredByHourOfWeek?: Float64Array;
}
