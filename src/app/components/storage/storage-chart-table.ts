/**
 * The stacked storage chart as a table. Its layers are drawn as running totals (each kind's top
 * edge), which read wrongly as columns: the table gives each kind's own size instead, then the
 * stack's top and the band, so every figure means what its header says.
 */
import type { ChartTableData } from '../../charts/common/chart-table.ts';
import { GB_BYTES, STORAGE_COMPONENTS, type StorageResult } from '../../../core/storage/types.ts';
import { COMPONENT_LABELS, formatGb, formatGbAxis, monthShort } from './storage-view.ts';

/**
 * A row per forecast month: each kind of storage in the median future, the four stacked, and the
 * total in 90 % of futures, in GB with one decimal.
 * Example: records 10 GB, lists 5 GB, recordings 20 GB, files 1 GB, band 30–42 GB → ["Nov 2026",
 * "10.0 GB", "5.0 GB", "20.0 GB", "1.0 GB", "36.0 GB", "30.0 GB – 42.0 GB"].
 */
export function storageChartTable(result: StorageResult): ChartTableData {
  const gb = (n: number) => formatGb(n * GB_BYTES);
  const top = STORAGE_COMPONENTS[STORAGE_COMPONENTS.length - 1]!;
  const billed = result.basis === 'peak' ? 'the month’s peak' : 'the size at month-end';
  return {
    caption: `Storage billed (${billed}) by kind in the median future, one row per month; the included allowance is ${formatGbAxis(result.allowanceBytes / GB_BYTES)}.`,
    headers: ['Month', ...STORAGE_COMPONENTS.map((c) => COMPONENT_LABELS[c]), 'All kinds (median)', 'Total, 90 % of futures (p5–p95)'],
    rows: result.months.map((m) => [
      monthShort(m.month),
      ...STORAGE_COMPONENTS.map((c) => formatGb(m.componentBytes[c].p50)),
      formatGb(m.stackedBytes[top].p50),
      `${gb(m.totalGb.p5)} – ${gb(m.totalGb.p95)}`,
    ]),
  };
}
