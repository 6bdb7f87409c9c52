/**
 * A table heatmap's cells: the value's place on a colour scale, its text and its label for
 * screen readers. Pure shaping for GridHeatmap.svelte.
 */
export interface GridCell {
  value: number;
  text: string;
  label: string;
  /** 0..1 along the colour scale; NaN for a cell without a value. */
  intensity: number;
  marks: string[];
}

export interface GridSpec {
  rows: string[];
  cols: string[];
  /** Row-major values, rows × cols. */
  values: ArrayLike<number>;
  text: (value: number) => string;
  /** "Threshold 5 days, recharge 14 days: 0.4 % risk". */
  label: (row: number, col: number, value: number) => string;
  /** Values at or above this are the scale's darkest; below `lo` its lightest. */
  lo: number;
  hi: number;
  /** Extra marks per cell, e.g. { '5,14': ['platform'] } keyed `${row},${col}`. */
  marks?: Record<string, string[]>;
}

export function gridCells(spec: GridSpec): GridCell[][] {
  const span = spec.hi - spec.lo;
  return spec.rows.map((_, r) =>
    spec.cols.map((_, c) => {
      const value = spec.values[r * spec.cols.length + c]!;
      const intensity = Number.isFinite(value) ? (span > 0 ? Math.min(1, Math.max(0, (value - spec.lo) / span)) : 0) : NaN;
      return { value, text: Number.isFinite(value) ? spec.text(value) : '—', label: spec.label(r, c, value), intensity, marks: spec.marks?.[`${r},${c}`] ?? [] };
    }),
  );
}

/** Light to dark along a sequential blue–orange scale readable with colour-vision deficiencies. */
export function heatColor(intensity: number): string {
  if (!Number.isFinite(intensity)) return 'transparent';
  // From a pale yellow through orange to a deep red-brown.
  const stops = [
    [255, 247, 220],
    [253, 190, 110],
    [230, 110, 40],
    [150, 40, 20],
  ];
  const x = intensity * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const t = x - i;
  const [a, b] = [stops[i]!, stops[i + 1]!];
  const mix = (k: number) => Math.round(a[k]! + (b[k]! - a[k]!) * t);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}
