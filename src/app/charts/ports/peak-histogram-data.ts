import { formatInt, formatPercent } from '../../format.ts';
import type { ChartTableData } from '../common/chart-table.ts';

export interface PeakHistogramData {
  /** Bin labels: "17", or "16–17" when bins are wider than one call. */
  labels: string[];
  /** Lowest peak counted in each bin. */
  binStarts: number[];
  /** Replications (months) whose peak fell in each bin. */
  counts: number[];
  /** Whether a bin's months reached more calls at once than `ports`: those months had blocked attempts. */
  over: boolean[];
  binWidth: number;
  replications: number;
  /** Median and 95th percentile of the monthly peak (nearest rank), NaN when empty. */
  p50: number;
  p95: number;
  max: number;
}

/** Most bars drawn; wider ranges of peaks get wider bins. */
const MAX_BINS = 40;

function nearestRank(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * The distribution of each simulated month's peak concurrency (calls running at once, ports
 * unlimited), one bar per value, or per range when there are more than 40 values.
 * `ports` marks the bars above that port count.
 * Example: peaks [12, 13, 13, 15], ports 13 → labels 12…15, counts [1, 2, 0, 1], over [f, f, t, t].
 */
export function peakHistogramData(peaks: ArrayLike<number>, ports: number | null = null): PeakHistogramData {
  const sorted = Float64Array.from(peaks).filter(Number.isFinite).sort();
  const n = sorted.length;
  if (n === 0) return { labels: [], binStarts: [], counts: [], over: [], binWidth: 1, replications: 0, p50: NaN, p95: NaN, max: NaN };
  const lo = Math.floor(sorted[0]!);
  const hi = Math.floor(sorted[n - 1]!);
  const binWidth = Math.max(1, Math.ceil((hi - lo + 1) / MAX_BINS));
  const bins = Math.floor((hi - lo) / binWidth) + 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) counts[Math.floor((Math.floor(v) - lo) / binWidth)]!++;
  const binStarts = counts.map((_, i) => lo + i * binWidth);
  const labels = binStarts.map((s) => (binWidth === 1 ? String(s) : `${s}–${s + binWidth - 1}`));
  const over = binStarts.map((s) => ports !== null && s > ports);
  return { labels, binStarts, counts, over, binWidth, replications: n, p50: nearestRank(sorted, 0.5), p95: nearestRank(sorted, 0.95), max: sorted[n - 1]! };
}

/**
 * The histogram as a table: a row per bar with its months, their share of all months and, given
 * a port count, whether those months went above it.
 * Example: peaks [12, 13, 13, 15], ports 13 → rows ["12", "1", "25.0 %", "no"] … ["15", "1", "25.0 %", "yes"].
 */
export function peakHistogramTable(data: PeakHistogramData, ports: number | null): ChartTableData {
  const marked = ports !== null;
  return {
    caption: `Simulated months by the highest number of port-holding calls at once in the month (ports unlimited), over ${formatInt(data.replications)} months${data.binWidth > 1 ? `, in ranges of ${data.binWidth} calls` : ''}.`,
    headers: ['Highest at once', 'Simulated months', 'Share of months', ...(marked ? [`Above ${ports} ports`] : [])],
    rows: data.labels.map((label, i) => [
      label,
      formatInt(data.counts[i]!),
      formatPercent(data.counts[i]! / data.replications),
      ...(marked ? [data.over[i] ? 'yes' : 'no'] : []),
    ]),
  };
}
