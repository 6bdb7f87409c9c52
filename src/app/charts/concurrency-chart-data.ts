import { ACTIVITY_KINDS, KIND_LABELS } from '../../core/ingest/types.ts';
import type { ObservedSummary } from '../../core/traffic/types.ts';
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
