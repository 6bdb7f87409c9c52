/** The `storage` report for people: the answer in words, the months, the savings, the invoice. */
import type { StorageReport } from './storage.ts';

const num = (x: number, digits = 0) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
const pad = (s: string, n: number) => s.padStart(n);

/** Plain-text rendering of the JSON report (same numbers, rounded for reading). */
export function storageText(r: StorageReport): string {
  const fee = r.inputs.fee;
  const price = fee.pricing === 'per-block' ? `${fee.price} per started ${fee.blockGb} GB block` : `${fee.price} per GB`;
  const lines = [
    ...(r.inputs.source ? [`recordings from: ${r.inputs.source}`] : []),
    `fee: ${num(r.allowanceGb, 0)} GB included, then ${price}, billed on the ${r.basis === 'peak' ? "month's peak" : 'month-end'} size (GB = 10^9 bytes)`,
    `${num(r.replications)} replications, seed ${r.seed}, ${r.months.length} months from ${r.startMonth}`,
    '',
    r.firstFeeMonth
      ? `a fee first appears in ${r.firstFeeMonth} (median above 0)${r.firstPossibleFeeMonth !== r.firstFeeMonth ? `; possible from ${r.firstPossibleFeeMonth}` : ''}`
      : r.firstPossibleFeeMonth
        ? `no fee in the median future; possible from ${r.firstPossibleFeeMonth}`
        : 'no fee over the forecast',
    `doing nothing: ${r.fee12.mean} over the first 12 months, ${r.feeHorizon.mean} over ${r.months.length}`,
    '',
    `month    ${pad('GB p50', 9)} ${pad('p5–p95', 17)} ${pad('fee mean', 10)} ${pad('fee p95', 10)} ${pad('billed', 7)}`,
    ...r.months.map(
      (m) =>
        `${m.month}  ${pad(num(m.gb.p50, 1), 9)} ${pad(`${num(m.gb.p5, 1)}–${num(m.gb.p95, 1)}`, 17)} ${pad(m.fee.mean, 10)} ${pad(m.fee.p95, 10)} ${pad(`${Math.round(m.feeShare * 100)}%`, 7)}`,
    ),
    '',
    `remedy${' '.repeat(50)}${pad('saved 12 mo', 12)} ${pad(`saved ${r.months.length} mo`, 12)}`,
    ...r.remedies.map((x) => `${x.label.padEnd(56)}${pad(x.savings12.mean, 12)} ${pad(x.savingsHorizon.mean, 12)}`),
    '',
    `invoice ${r.invoice.month} (median size): ${num(r.invoice.billedGb, 3)} GB billed − ${num(r.invoice.allowanceGb, 0)} GB included = ${num(r.invoice.overGb, 3)} GB over`,
    `  ${num(r.invoice.quantity, r.invoice.unit === "GB" ? 3 : 0)} × ${r.invoice.unit === "GB" ? "GB" : `blocks of ${fee.blockGb} GB`} at ${r.invoice.unitPrice} = ${r.invoice.fee}`,
  ];
  return lines.join('\n');
}
