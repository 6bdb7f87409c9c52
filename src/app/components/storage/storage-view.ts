/**
 * The Storage page's numbers shaped for people and charts: pure functions, tested without a DOM.
 * Sizes are GB of 10^9 bytes, the unit storage is billed in.
 */
import type { Band, Line } from '../../charts/common/band-chart-data.ts';
import { DEFAULT_STORAGE_ASSUMPTIONS as D } from '../../../core/storage/default-storage-assumptions.ts';
import type { RecordingStats } from '../../../core/storage/recording-stats-from-calls.ts';
import { storageInvoice } from '../../../core/storage/storage-invoice.ts';
import { GB_BYTES, STORAGE_COMPONENTS, type RemedySavings, type StorageComponent, type StorageFeeRule, type StorageInput, type StorageInvoice, type StorageResult } from '../../../core/storage/types.ts';
import { formatInt, formatMoney, formatMoneyWhole, formatPercent } from '../../format.ts';

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const gbFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** '2026-11' → "November 2026". */
export function monthName(month: string): string {
  return MONTH.format(new Date(Date.parse(month + '-01')));
}

/** '2026-11' → "Nov 2026". */
export function monthShort(month: string): string {
  return SHORT.format(new Date(Date.parse(month + '-01')));
}

/** Bytes as GB with one decimal: 87_010_000_000 → "87.0 GB". */
export function formatGb(bytes: number): string {
  return Number.isFinite(bytes) ? `${gbFormat.format(bytes / GB_BYTES)} GB` : '—';
}

/** Axis ticks, already in GB: 125 → "125 GB". */
export function formatGbAxis(gb: number): string {
  return Number.isFinite(gb) ? `${formatInt(gb)} GB` : '';
}

export const COMPONENT_LABELS: Record<StorageComponent, string> = { records: 'Database records', lists: 'Data lists', recordings: 'Call recordings', files: 'Other files' };
/** Okabe–Ito colours: told apart with the common colour-vision deficiencies. */
export const COMPONENT_COLORS: Record<StorageComponent, string> = { records: '#0072B2', lists: '#E69F00', recordings: '#009E73', files: '#CC79A7' };
export const ALLOWANCE_COLOR = '#D55E00';

/** What the data set says about recordings, in one sentence; null without recorded calls. */
export function recordingsNote(stats: RecordingStats): string | null {
  if (stats.recordedCalls === 0) return null;
  const size = Number.isFinite(stats.bytesPerMinute)
    ? `${formatInt(stats.bytesPerMinute / 1000)} KB per minute`
    : `no recording sizes in the export, so ${formatInt(D.recordings.bytesPerMinute.value / 1000)} KB per minute is assumed`;
  return `From your data: ${formatInt(stats.minutesPerMonth)} recorded minutes a month, ${size}.`;
}

/** The stacked storage chart: p50 of each component stacked, the total's p5–p95 band, the allowance. */
export function storageChart(result: StorageResult): { labels: string[]; bands: Band[]; lines: Line[] } {
  const gb = (b: number) => b / GB_BYTES;
  const lines: Line[] = STORAGE_COMPONENTS.map((c) => ({
    label: COMPONENT_LABELS[c],
    color: COMPONENT_COLORS[c],
    y: result.months.map((m) => gb(m.stackedBytes[c].p50)),
    area: true,
    width: 1,
  }));
  lines.push({ label: `Included allowance (${formatGbAxis(gb(result.allowanceBytes))})`, color: ALLOWANCE_COLOR, y: result.months.map(() => gb(result.allowanceBytes)), dash: [6, 4], width: 2 });
  return {
    labels: result.months.map((m) => monthShort(m.month)),
    bands: [{ label: 'Total, 90 % of futures (p5–p95)', color: '#555555', lo: result.months.map((m) => m.totalGb.p5), hi: result.months.map((m) => m.totalGb.p95) }],
    lines,
  };
}

/** The monthly fee doing nothing (mean and p95) and with all three remedies (mean), in cents. */
export function feeChart(result: StorageResult): { labels: string[]; lines: Line[] } {
  return {
    labels: result.months.map((m) => monthShort(m.month)),
    lines: [
      { label: 'Fee, doing nothing (mean)', color: '#1F4E8C', y: result.months.map((m) => m.feeCents.mean) },
      { label: 'Fee in a bad month (p95)', color: '#1F4E8C', y: result.months.map((m) => m.feeCents.p95), dash: [5, 4], width: 1.5 },
      { label: 'Fee with all three remedies (mean)', color: '#009E73', y: result.months.map((m) => m.feeMeanCentsByVariant.combined) },
    ],
  };
}

/** The single remedy saving most over 12 months (the horizon breaks ties); null when none saves anything. */
export function bestRemedy(result: StorageResult): RemedySavings | null {
  const singles = result.remedies.filter((r) => r.variant !== 'combined');
  const best = singles.reduce<RemedySavings | null>((b, r) => {
    if (!b) return r;
    const d = r.savings12Cents.mean - b.savings12Cents.mean;
    return d > 0 || (d === 0 && r.savingsHorizonCents.mean > b.savingsHorizonCents.mean) ? r : b;
  }, null);
  return best && (best.savings12Cents.mean > 0 || best.savingsHorizonCents.mean > 0) ? best : null;
}

/** The answer in plain words: when the fee appears, what it costs, which remedy saves most. */
export function answerSentences(result: StorageResult): string[] {
  const M = result.months.length;
  const y1 = Math.min(12, M);
  const allowance = formatGbAxis(result.allowanceBytes / GB_BYTES);
  const first = result.months[0]!.month;
  const out: string[] = [];
  if (result.firstPossibleFeeMonth === null) {
    out.push(`Storage stays within the ${allowance} allowance for all ${M} months in every simulated future: no storage fee, and nothing to save.`);
    return out;
  }
  const cost = `about ${formatMoneyWhole(result.fee12MeanCents)} over the next ${y1} months (${formatMoneyWhole(result.feeHorizonMeanCents)} over ${M})`;
  if (result.firstFeeMonth === null) {
    out.push(`A storage fee is unlikely: storage passes the ${allowance} allowance in some futures from ${monthName(result.firstPossibleFeeMonth)}, ${cost} on average.`);
  } else if (result.firstFeeMonth === first) {
    out.push(`You are over the ${allowance} allowance already: the fee is billed from ${monthName(first)} on, ${cost}.`);
  } else {
    const earlier = result.firstPossibleFeeMonth !== result.firstFeeMonth ? ` (possibly ${monthName(result.firstPossibleFeeMonth)})` : '';
    out.push(`Doing nothing, storage passes the ${allowance} allowance and the fee first appears in ${monthName(result.firstFeeMonth)}${earlier}; it costs ${cost}.`);
  }
  const best = bestRemedy(result);
  const combined = result.remedies.find((r) => r.variant === 'combined');
  if (!best) {
    out.push(`None of the remedies lowers the fee.`);
    return out;
  }
  out.push(`Saves most: ${lowerFirst(best.label)} — ${formatMoneyWhole(best.savings12Cents.mean)} in ${y1} months, ${formatMoneyWhole(best.savingsHorizonCents.mean)} over ${M}.`);
  if (combined && combined.savingsHorizonCents.mean > best.savingsHorizonCents.mean + 0.5) {
    out.push(`All three together save ${formatMoneyWhole(combined.savings12Cents.mean)} in ${y1} months, ${formatMoneyWhole(combined.savingsHorizonCents.mean)} over ${M}.`);
  } else if (combined) {
    out.push(`Adding the other two saves nothing more.`);
  }
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Headline figures, in the order they are read. */
export function headline(result: StorageResult): { label: string; value: string; detail: string; testid: string }[] {
  const M = result.months.length;
  const y1 = Math.min(12, M);
  const first = result.months[0]!;
  const last = result.months.at(-1)!;
  const firstBilled = result.months.find((m) => m.month === result.firstFeeMonth);
  return [
    {
      label: 'Fee first billed',
      value: result.firstFeeMonth ? monthShort(result.firstFeeMonth) : 'Not expected',
      detail: firstBilled ? `billed in ${formatPercent(firstBilled.feeShare, 0)} of futures that month` : result.firstPossibleFeeMonth ? `possible from ${monthShort(result.firstPossibleFeeMonth)}` : `within ${M} months`,
      testid: 'storage-first-fee',
    },
    { label: `Fee over ${y1} months`, value: formatMoneyWhole(result.fee12MeanCents), detail: `mean, doing nothing; ${formatMoneyWhole(result.feeHorizonMeanCents)} over ${M} months`, testid: 'storage-fee12' },
    { label: `Stored in ${monthShort(last.month)}`, value: `${formatInt(last.totalGb.p50)} GB`, detail: `median; ${formatInt(first.totalGb.p50)} GB in ${monthShort(first.month)}, ${formatInt(result.allowanceBytes / GB_BYTES)} GB included`, testid: 'storage-last-gb' },
  ];
}

export interface SavingsRow {
  variant: string;
  label: string;
  saved12: string;
  saved12Range: string;
  savedHorizon: string;
  savedHorizonRange: string;
  feeHorizon: string;
  best: boolean;
}

const range = (x: { lo: number; hi: number }) => (Number.isFinite(x.lo) && Number.isFinite(x.hi) ? `${formatMoneyWhole(x.lo)} – ${formatMoneyWhole(x.hi)}` : '—');

/** The savings table: doing nothing first (what it costs), then each remedy and the combination. */
export function savingsRows(result: StorageResult): SavingsRow[] {
  const best = bestRemedy(result);
  const none: SavingsRow = { variant: 'none', label: 'Do nothing', saved12: '—', saved12Range: '', savedHorizon: '—', savedHorizonRange: '', feeHorizon: formatMoneyWhole(result.feeHorizonMeanCents), best: false };
  return [
    none,
    ...result.remedies.map((r) => ({
      variant: r.variant,
      label: r.label,
      saved12: formatMoneyWhole(r.savings12Cents.mean),
      saved12Range: range(r.savings12Cents),
      savedHorizon: formatMoneyWhole(r.savingsHorizonCents.mean),
      savedHorizonRange: range(r.savingsHorizonCents),
      feeHorizon: formatMoneyWhole(r.feeHorizonMeanCents),
      best: best?.variant === r.variant,
    })),
  ];
}

export interface InvoiceView {
  title: string;
  rows: { label: string; value: string }[];
  line: string;
  total: string;
}

function invoiceView(title: string, inv: StorageInvoice, basis: StorageFeeRule['basis']): InvoiceView {
  const unit = inv.unit === 'GB' ? 'GB' : inv.quantity === 1 ? inv.unit : inv.unit.replace(/^block/, 'blocks');
  const quantity = inv.unit === 'GB' ? inv.quantity.toFixed(3) : formatInt(inv.quantity);
  return {
    title,
    rows: [
      { label: basis === 'peak' ? 'Storage billed (the month’s peak)' : 'Storage billed (at month-end)', value: formatGb(inv.billedBytes) },
      { label: 'Included allowance', value: `− ${formatGb(inv.allowanceBytes)}` },
      { label: 'Over the allowance', value: formatGb(inv.overBytes) },
    ],
    line: `${quantity} ${unit} × ${formatMoney(inv.unitPriceCents)}`,
    total: formatMoney(inv.feeCents),
  };
}

/**
 * The coming month's bill, and the first month billed when that comes later, both at the median
 * future's size: the same arithmetic the fee is computed with (storageInvoice).
 */
export function invoices(result: StorageResult, fee: StorageFeeRule): InvoiceView[] {
  const out = [invoiceView(`Coming month: ${monthName(result.invoice.month)}`, result.invoice, fee.basis)];
  const first = result.months.find((m) => m.month === result.firstFeeMonth);
  if (first && first.month !== result.invoice.month) {
    const top = first.stackedBytes[STORAGE_COMPONENTS.at(-1)!].p50;
    out.push(invoiceView(`First month billed: ${monthName(first.month)}`, storageInvoice(first.month, top, fee), fee.basis));
  }
  return out;
}

/** What the forecast assumes, with the labels of DEFAULT_STORAGE_ASSUMPTIONS: the values a run uses, after the data set and the form. */
export function assumptionRows(input: StorageInput): { label: string; value: string }[] {
  const n = (x: number, unit: string) => `${formatInt(x)} ${unit}`;
  const pct = (x: number) => formatPercent(x, 0);
  const { records: r, lists: l, recordings: rec, files: f, fee } = input;
  return [
    { label: D.records.count.label, value: `${n(r.count, 'records')} × ${formatInt(r.bytesPerRecord)} bytes = ${formatGb(r.count * r.bytesPerRecord)}` },
    { label: D.records.newPerMonth.label, value: `${n(r.newPerMonth, 'records')} (± ${pct(r.cv)})` },
    { label: D.records.unusedShare.label, value: pct(r.unusedShare) },
    { label: D.lists.rows.label, value: `${n(l.rows, 'rows')} × ${formatInt(l.bytesPerRow)} bytes = ${formatGb(l.rows * l.bytesPerRow)}` },
    { label: D.lists.listsPerMonth.label, value: `${formatInt(l.listsPerMonth)} of ${n(l.rowsPerList, 'rows')} (± ${pct(l.cv)})` },
    { label: 'Call recordings stored now', value: formatGb(rec.bytes) },
    { label: D.recordings.minutesPerMonth.label, value: `${n(rec.minutesPerMonth, 'minutes')} × ${formatInt(rec.bytesPerMinute / 1000)} KB = ${formatGb(rec.minutesPerMonth * rec.bytesPerMinute)} a month (± ${pct(rec.cv)})` },
    { label: D.files.bytes.label, value: `${formatGb(f.bytes)}, ${formatGb(f.bytesPerMonth)} more a month (± ${pct(f.cv)})` },
    { label: D.fee.allowanceGb.label, value: `${formatInt(fee.allowanceGb)} GB (GB = 10⁹ bytes)` },
    { label: 'Price', value: fee.pricing === 'per-block' ? `${formatMoney(fee.priceCents)} per started block of ${fee.blockGb} GB` : `${formatMoney(fee.priceCents)} per GB` },
    { label: D.fee.basis.label, value: fee.basis === 'peak' ? 'peak' : 'month-end' },
  ];
}
