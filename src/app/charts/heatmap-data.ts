import type { HourOfWeekHeatmap } from '../../core/traffic/types.ts';

export type HeatmapMetric = 'mean' | 'peak';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface HeatmapCell {
  hour: number;
  /** NaN where the hour was never observed. */
  value: number;
  /** value / the grid's largest value, 0..1 (0 where unobserved). */
  intensity: number;
  /** Sentence for the cell's title and screen readers. */
  label: string;
}

export interface HeatmapGrid {
  /** Seven rows, Monday first, of 24 cells each. */
  rows: { weekday: string; cells: HeatmapCell[] }[];
  max: number;
}

function hourRange(hour: number): string {
  const pad = (h: number) => String(h).padStart(2, '0');
  return `${pad(hour)}:00–${pad((hour + 1) % 24)}:00`;
}

/**
 * The hour-of-week grid for one metric (index = weekday * 24 + hour, Monday first).
 * Example: peak 4 at Monday 09:00 and 8 elsewhere at most → that cell has intensity 0.5 and the
 * label "Monday 09:00–10:00: at most 4 calls at once".
 */
export function heatmapGrid(heatmap: HourOfWeekHeatmap, metric: HeatmapMetric): HeatmapGrid {
  const values = metric === 'mean' ? heatmap.mean : heatmap.peak;
  let max = 0;
  for (let i = 0; i < 168; i++) {
    const v = values[i] ?? NaN;
    if (Number.isFinite(v) && v > max) max = v;
  }
  const rows = WEEKDAYS.map((weekday, d) => {
    const cells: HeatmapCell[] = [];
    for (let hour = 0; hour < 24; hour++) {
      const raw = values[d * 24 + hour] ?? NaN;
      const observed = metric === 'mean' ? Number.isFinite(raw) : Number.isFinite(heatmap.mean[d * 24 + hour] ?? NaN);
      const value = observed ? raw : NaN;
      const where = `${weekday} ${hourRange(hour)}`;
      const label = !observed
        ? `${where}: not in the data`
        : metric === 'mean'
          ? `${where}: ${(Math.round(value * 10) / 10).toFixed(1)} calls at once on average`
          : `${where}: at most ${value} call${value === 1 ? '' : 's'} at once`;
      cells.push({ hour, value, intensity: observed && max > 0 ? value / max : 0, label });
    }
    return { weekday, cells };
  });
  return { rows, max };
}

/** Cell colour: white to the palette's dark blue, through light blues. */
export function heatColor(intensity: number): string {
  const t = Math.min(1, Math.max(0, intensity));
  const from = [244, 247, 251];
  const to = [31, 78, 140];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
