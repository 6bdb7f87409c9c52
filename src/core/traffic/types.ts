import type { ActivityKind } from '../ingest/types.ts';

/**
 * Concurrency as a step function: `levels[i]` calls are running on [timesMs[i], timesMs[i+1]).
 * The level after the last time is 0. Times are UTC epoch ms, strictly increasing.
 */
export interface ConcurrencySteps {
  timesMs: Float64Array;
  levels: Int32Array;
}

/** For each port count N (index N, 1..peak; index 0 unused): what N ports would have meant. */
export interface PortReplayRow {
  ports: number;
  /** Share of the observed span [first start, last end) with at least N calls running, 0..1. */
  shareOfTimeAtOrAbove: number;
  /** Calls that, replayed in time order with blocked calls lost, found all N ports busy. */
  blockedCalls: number;
  /** blockedCalls / calls offered, 0..1. */
  blockedShare: number;
}

/** Downsampled concurrency for charts: per bucket, the maximum and the time-average level. */
export interface ConcurrencySeries {
  bucketMs: number;
  /** Bucket start instants, UTC epoch ms. */
  startsMs: Float64Array;
  max: Int32Array;
  mean: Float32Array;
}

export interface KindSummary {
  calls: number;
  minutes: number;
  peak: number;
}

/** Hour of week in the data set's zone: index = weekday * 24 + hour, weekday 0 = Monday. */
export interface HourOfWeekHeatmap {
  /** Time-average concurrency in that hour of the week, over all weeks observed (NaN where unobserved). */
  mean: Float64Array;
  /** Highest concurrency reached in that hour of the week. */
  peak: Int32Array;
}

export interface DailyTotals {
  /** Local calendar dates 'YYYY-MM-DD' in the data set's zone. */
  days: string[];
  calls: number[];
  minutes: number[];
}

/** Everything the Data page and `inspect` show about observed traffic. Plain data. */
export interface ObservedSummary {
  calls: number;
  minutes: number;
  firstMs: number;
  lastMs: number;
  /** Over all records. */
  peak: { concurrent: number; atMs: number };
  /** Over port-holding records only (see `portKinds`). */
  portPeak: { concurrent: number; atMs: number };
  portKinds: ActivityKind[];
  portCalls: number;
  byKind: Partial<Record<ActivityKind, KindSummary>>;
  /** Total concurrency over time, downsampled. */
  series: ConcurrencySeries;
  /** Per kind, same buckets as `series` (max per bucket). */
  seriesByKind: Partial<Record<ActivityKind, Int32Array>>;
  /** Port-holding records, N = 1..portPeak. */
  portTable: PortReplayRow[];
  heatmap: HourOfWeekHeatmap;
  daily: DailyTotals;
  timeZone: string;
}
