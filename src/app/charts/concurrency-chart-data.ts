import { zoneOffsetMs } from '../../core/ingest/index.ts';
import { ACTIVITY_KINDS, KIND_LABELS } from '../../core/ingest/types.ts';
import type { ObservedSummary } from '../../core/traffic/types.ts';
import { formatAxisTick, formatInt, formatLocalDate } from '../format.ts';
import type { ChartTableData } from './common/chart-table.ts';
import { KIND_COLORS, MEAN_COLOR, TOTAL_COLOR } from './kind-colors.ts';

/** total: highest and average of all calls per bucket; kinds: the highest of each activity kind. */
export type ConcurrencyView = 'total' | 'kinds';

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  fill: boolean;
  /** Step points at bucket starts, plus one at the end of the last bucket. */
  points: { x: number; y: number }[];
}

export interface ConcurrencyChartData {
  series: LineSeries[];
  bucketMs: number;
  xMin: number;
  xMax: number;
  yMax: number;
}

function stepPoints(startsMs: Float64Array, values: ArrayLike<number>, bucketMs: number): { x: number; y: number }[] {
  const n = startsMs.length;
  const points = new Array<{ x: number; y: number }>(n + (n > 0 ? 1 : 0));
  for (let i = 0; i < n; i++) points[i] = { x: startsMs[i]!, y: values[i]! };
  if (n > 0) points[n] = { x: startsMs[n - 1]! + bucketMs, y: values[n - 1]! };
  return points;
}

/**
 * The concurrency chart's series from a summary: per-bucket maxima (and means in the total view),
 * each point held until the next bucket starts.
 * Example: buckets at 0 and 900 000 ms with max [2, 5] → total points (0, 2), (900 000, 5), (1 800 000, 5).
 */
export function concurrencyChartData(
  summary: Pick<ObservedSummary, 'series' | 'seriesByKind'>,
  view: ConcurrencyView,
): ConcurrencyChartData {
  const { startsMs, max, mean, bucketMs } = summary.series;
  const series: LineSeries[] = [];
  if (view === 'total') {
    series.push({ key: 'max', label: 'Highest in bucket', color: TOTAL_COLOR, fill: true, points: stepPoints(startsMs, max, bucketMs) });
    const rounded = Array.from(mean, (m) => Math.round(m * 100) / 100);
    series.push({ key: 'mean', label: 'Average in bucket', color: MEAN_COLOR, fill: false, points: stepPoints(startsMs, rounded, bucketMs) });
  } else {
    for (const kind of ACTIVITY_KINDS) {
      const values = summary.seriesByKind[kind];
      if (!values || !values.some((v) => v > 0)) continue;
      series.push({ key: kind, label: KIND_LABELS[kind], color: KIND_COLORS[kind], fill: false, points: stepPoints(startsMs, values, bucketMs) });
    }
  }
  let yMax = 0;
  for (const s of series) for (const p of s.points) if (p.y > yMax) yMax = p.y;
  const n = startsMs.length;
  return {
    series,
    bucketMs,
    xMin: n > 0 ? startsMs[0]! : 0,
    xMax: n > 0 ? startsMs[n - 1]! + bucketMs : 0,
    yMax,
  };
}

/** A bucket width for a caption: 900 000 → "15 minutes", 3 600 000 → "1 hour". */
export function describeBucket(bucketMs: number): string {
  const units: [number, string][] = [[86_400_000, 'day'], [3_600_000, 'hour'], [60_000, 'minute'], [1000, 'second']];
  for (const [ms, name] of units) {
    if (bucketMs >= ms && bucketMs % ms === 0) {
      const n = bucketMs / ms;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(bucketMs)} ms`;
}

const twoDecimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The buckets of each local calendar day, in order: [from, to) index ranges into the series. */
function dayRanges(startsMs: Float64Array, timeZone: string): { day: string; from: number; to: number }[] {
  const days: { day: string; from: number; to: number }[] = [];
  for (let i = 0; i < startsMs.length; i++) {
    const ms = startsMs[i]!;
    const day = new Date(ms + zoneOffsetMs(timeZone, ms)).toISOString().slice(0, 10);
    const last = days[days.length - 1];
    if (last && last.day === day) last.to = i + 1;
    else days.push({ day, from: i, to: i + 1 });
  }
  return days;
}

/**
 * The concurrency chart as a table, one row per local day: a month of 30-minute steps is some
 * 1,500 points, too many rows to read. All calls: the day's highest step, the time that step
 * starts (its first if several tie) and the average over the day's steps; by kind: each kind's
 * highest that day, for the kinds the chart draws.
 * Example: 30-minute steps of Oct 1 (UTC) with highs [2, 5, 5] and averages [1, 3, 2] →
 * ["Thu, Oct 1, 2026", "5", "00:30", "2.00"].
 */
export function concurrencyDayTable(summary: Pick<ObservedSummary, 'series' | 'seriesByKind' | 'timeZone'>, view: ConcurrencyView): ChartTableData {
  const { startsMs, max, mean, bucketMs } = summary.series;
  const timeZone = summary.timeZone;
  const days = dayRanges(startsMs, timeZone);
  const steps = describeBucket(bucketMs);
  if (view === 'total') {
    const rows = days.map(({ day, from, to }) => {
      let top = from;
      let sum = 0;
      for (let i = from; i < to; i++) {
        if (max[i]! > max[top]!) top = i;
        sum += mean[i]!;
      }
      return [formatLocalDate(day), formatInt(max[top]!), formatAxisTick(startsMs[top]!, timeZone, true), twoDecimals.format(sum / (to - from))];
    });
    return {
      caption: `Calls running at once, one row per day (${timeZone}) from the chart’s steps of ${steps}: the day’s highest, the time the first step reaching it starts, and the average over the day’s steps in the data.`,
      headers: ['Day', 'Highest at once', 'Highest from', 'Average at once'],
      rows,
    };
  }
  const kinds = ACTIVITY_KINDS.filter((k) => summary.seriesByKind[k]?.some((v) => v > 0));
  const rows = days.map(({ day, from, to }) => [
    formatLocalDate(day),
    ...kinds.map((k) => {
      const values = summary.seriesByKind[k]!;
      let top = 0;
      for (let i = from; i < to; i++) if (values[i]! > top) top = values[i]!;
      return formatInt(top);
    }),
  ]);
  return {
    caption: `Highest number of calls running at once for each activity kind, one row per day (${timeZone}) from the chart’s steps of ${steps}.`,
    headers: ['Day', ...kinds.map((k) => KIND_LABELS[k])],
    rows,
  };
}
