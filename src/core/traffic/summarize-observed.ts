import { ACTIVITY_KINDS, type ActivityKind, type CallTable } from '../ingest/types.ts';
import type { ConcurrencySeries, KindSummary, ObservedSummary } from './types.ts';
import { concurrencySteps } from './concurrency-steps.ts';
import { dailyTotals } from './daily-totals.ts';
import { downsampleSteps } from './downsample-steps.ts';
import { holdingMs } from './holding-ms.ts';
import { hourOfWeekHeatmap } from './hour-of-week.ts';
import { peakOf } from './peak-of.ts';
import { DEFAULT_PORT_KINDS, holdsPortMask } from './port-kinds.ts';
import { portReplay } from './port-replay.ts';

export interface SummarizeObservedOptions {
  /** IANA zone for local hours and dates, e.g. 'America/New_York'. */
  timeZone: string;
  /** Kinds that hold a Flex Port; recorded records hold one whatever their kind. */
  portKinds?: ActivityKind[];
  /** Upper bound on chart buckets; default 1500. */
  maxBuckets?: number;
}

/**
 * Everything the Data page and `inspect` show about observed traffic: totals, peak concurrency
 * over all records and over port-holding ones, per-kind totals and peaks, a downsampled series
 * (and one per kind on the same buckets), the port table N = 1..portPeak, the hour-of-week
 * heatmap and daily totals. `calls` and `minutes` count records that can be placed in time
 * (start and duration present); firstMs/lastMs are the first start and last end (NaN when empty).
 * An empty table gives zeros and empty arrays.
 * Example: summarizeObserved(table, { timeZone: 'Europe/Berlin' }).portPeak.concurrent → 12.
 */
export function summarizeObserved(table: CallTable, opts: SummarizeObservedOptions): ObservedSummary {
  const { timeZone } = opts;
  const portKinds = [...(opts.portKinds ?? DEFAULT_PORT_KINDS)];
  const maxBuckets = opts.maxBuckets ?? 1500;
  const n = table.count;

  const kindCode = new Uint8Array(n);
  const kindCalls = new Float64Array(ACTIVITY_KINDS.length);
  const kindMinutes = new Float64Array(ACTIVITY_KINDS.length);
  const otherCode = ACTIVITY_KINDS.indexOf('other');
  let calls = 0;
  let minutes = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (let i = 0; i < n; i++) {
    const ms = holdingMs(table, i);
    if (ms < 0) continue;
    const code = table.kind[i] < ACTIVITY_KINDS.length ? table.kind[i] : otherCode;
    kindCode[i] = code;
    const callMinutes = table.durationSec[i] / 60;
    calls++;
    minutes += callMinutes;
    kindCalls[code]++;
    kindMinutes[code] += callMinutes;
    const startMs = table.startMs[i];
    if (startMs < firstMs) firstMs = startMs;
    if (startMs + ms > lastMs) lastMs = startMs + ms;
  }
  if (calls === 0) {
    firstMs = NaN;
    lastMs = NaN;
  }

  const allSteps = concurrencySteps(table);
  const series = downsampleSteps(allSteps, firstMs, lastMs, maxBuckets);

  const portMask = holdsPortMask(table, portKinds);
  let portCalls = 0;
  for (let i = 0; i < n; i++) if (portMask[i] !== 0 && holdingMs(table, i) >= 0) portCalls++;
  const portSteps = concurrencySteps(table, portMask);
  const portPeak = peakOf(portSteps);

  const byKind: Partial<Record<ActivityKind, KindSummary>> = {};
  const seriesByKind: Partial<Record<ActivityKind, Int32Array>> = {};
  const kindMask = new Uint8Array(n);
  ACTIVITY_KINDS.forEach((kind, code) => {
    if (kindCalls[code] === 0) return;
    for (let i = 0; i < n; i++) kindMask[i] = kindCode[i] === code ? 1 : 0;
    const steps = concurrencySteps(table, kindMask);
    byKind[kind] = { calls: kindCalls[code], minutes: kindMinutes[code], peak: peakOf(steps).concurrent };
    seriesByKind[kind] = sameBuckets(downsampleSteps(steps, firstMs, lastMs, maxBuckets), series);
  });

  return {
    calls,
    minutes,
    firstMs,
    lastMs,
    peak: peakOf(allSteps),
    portPeak,
    portKinds,
    portCalls,
    byKind,
    series,
    seriesByKind,
    portTable: portReplay(table, portMask, portPeak.concurrent, portSteps),
    heatmap: hourOfWeekHeatmap(allSteps, timeZone),
    daily: dailyTotals(table, timeZone),
    timeZone,
  };
}

/** A kind's series is cut with the same range and bound, so its buckets are the total's. */
function sameBuckets(kindSeries: ConcurrencySeries, total: ConcurrencySeries): Int32Array {
  if (kindSeries.bucketMs !== total.bucketMs || kindSeries.max.length !== total.max.length) {
    throw new Error('summarizeObserved: a per-kind series came out on different buckets');
  }
  return kindSeries.max;
}
