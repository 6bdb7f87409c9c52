/**
 * The table alternative of a chart: what ChartTable.svelte lays out under a canvas, so people who
 * cannot see the chart (or would rather read numbers) get the same figures (WCAG 1.1.1).
 */
export interface ChartTableData {
  /** Says what the rows are, and how they were grouped when the chart draws finer steps. */
  caption: string;
  /** One per column; the first names the rows. */
  headers: string[];
  /** Text already formatted the way the chart's axis or tooltip shows it; the first cell heads the row. */
  rows: string[][];
}

/** A number as the chart would print it, or a dash where the chart draws nothing. */
export function cellText(value: number | null | undefined, format: (v: number) => string): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : format(value);
}
