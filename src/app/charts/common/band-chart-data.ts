/**
 * The series of a band chart (fan charts, forecasts with intervals, stacked areas): pure shaping
 * for BandChart.svelte, tested without a DOM.
 */
import { cellText, type ChartTableData } from './chart-table.ts';

export interface Band {
  label: string;
  color: string;
  lo: ArrayLike<number>;
  hi: ArrayLike<number>;
}

export interface Line {
  label: string;
  color: string;
  y: ArrayLike<number>;
  dash?: number[];
  width?: number;
  /** Fill down to the line before it (stacked areas), or to zero for the first. */
  area?: boolean;
}

export interface ChartSeries {
  label: string;
  color: string;
  data: (number | null)[];
  /** Chart.js fill target: '+1' fills to the next series, '-1' to the one before, 'origin' to zero. */
  fill: false | '+1' | '-1' | 'origin';
  borderWidth: number;
  dash?: number[];
  /** Whether the tooltip and the legend list it (a band's lower edge is not listed). */
  listed: boolean;
  background: string;
}

/** `#RRGGBB` at `alpha`, as an rgba() string. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

const values = (a: ArrayLike<number>): (number | null)[] => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

/**
 * Bands first (each its upper edge filled down to its lower edge), then lines (an `area` line
 * fills down to the line before it, or to zero when it is the first line).
 * Example: one band p5–p95 and a median line → three series: the band's hi (fill '+1'), its lo, the median.
 */
export function bandChartSeries(bands: readonly Band[], lines: readonly Line[]): ChartSeries[] {
  const out: ChartSeries[] = [];
  for (const b of bands) {
    out.push({ label: b.label, color: b.color, data: values(b.hi), fill: '+1', borderWidth: 0, listed: true, background: withAlpha(b.color, 0.22) });
    out.push({ label: `${b.label} (lower)`, color: b.color, data: values(b.lo), fill: false, borderWidth: 0, listed: false, background: withAlpha(b.color, 0.22) });
  }
  lines.forEach((l, i) => {
    out.push({
      label: l.label,
      color: l.color,
      data: values(l.y),
      fill: l.area ? (i === 0 ? 'origin' : '-1') : false,
      borderWidth: l.width ?? 2,
      dash: l.dash,
      listed: true,
      background: l.area ? withAlpha(l.color, 0.55) : l.color,
    });
  });
  return out;
}

/**
 * A band chart as a table: a row per point on the horizontal axis, a band as its "lower – upper"
 * range, each line's value; every number through the chart's own tick and tooltip `format`.
 * Example: labels ['Day 1'], band p5–p95 lo [1] hi [3], median [2], format String →
 * headers ['Day', 'p5–p95', 'Median'], rows [['Day 1', '1 – 3', '2']].
 */
export function bandChartTable(
  labels: readonly string[],
  bands: readonly Band[],
  lines: readonly Line[],
  opts: { xTitle: string; caption: string; format: (value: number) => string },
): ChartTableData {
  const text = (v: number | undefined) => cellText(v, opts.format);
  return {
    caption: opts.caption,
    headers: [opts.xTitle, ...bands.map((b) => b.label), ...lines.map((l) => l.label)],
    rows: labels.map((label, i) => [
      label,
      ...bands.map((b) => (Number.isFinite(b.lo[i]) || Number.isFinite(b.hi[i]) ? `${text(b.lo[i])} – ${text(b.hi[i])}` : '—')),
      ...lines.map((l) => text(l.y[i])),
    ]),
  };
}
