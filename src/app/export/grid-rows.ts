/**
 * The HTML-table heatmaps' export: the grid itself as CSV (a PNG of a table would need a renderer
 * the app does not ship). Rows as drawn, the corner cell naming both axes.
 */
import type { CsvRows } from './csv.ts';

/**
 * A row-major grid (values[row × cols + col]) as CSV rows.
 * Example: gridRows('day \\ hour', ['Mon'], ['00', '01'], [1, 2]) // [['day \\ hour', '00', '01'], ['Mon', 1, 2]]
 */
export function gridRows(corner: string, rows: readonly string[], cols: readonly string[], values: ArrayLike<number>): CsvRows {
  return [
    [corner, ...cols],
    ...rows.map((r, i) => [r, ...cols.map((_, j) => {
      const v = values[i * cols.length + j];
      return v === undefined || !Number.isFinite(v) ? null : Number(v.toPrecision(6));
    })]),
  ];
}

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/** An hour-of-week grid (weekday rows of 24 cells) as CSV rows, hours as columns. */
export function hourOfWeekRows<C>(corner: string, rows: readonly { weekday: string; cells: readonly C[] }[], value: (cell: C) => number): CsvRows {
  const values = rows.flatMap((r) => r.cells.map(value));
  return gridRows(corner, rows.map((r) => r.weekday), HOURS, values);
}
