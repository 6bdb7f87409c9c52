/**
 * `contract`: what a customer contract will cost over its term, and how much of it is shelfware.
 * Runs the contract Monte Carlo in this process over a contract file's options (paired: every
 * option on the same drawn headcount) and reports totals, the monthly fan, floors and lock-outs.
 */
import { contractInvoice } from '../core/contract/contract-invoice.ts';
import { ContractFileError, parseContractFile, type ContractFile } from '../core/contract/contract-file.ts';
import { runContractChunk } from '../core/contract/run-contract-chunk.ts';
import { summarizeContract } from '../core/contract/summarize-contract.ts';
import type { ContractInput, MonthInvoice, OptionSummary } from '../core/contract/types.ts';
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { intValue, parseArgs, UsageError } from './args.ts';
import { loadJsonFile } from './load-json-file.ts';

export const CONTRACT_HELP = `contract <contract.json> [options]   a contract's value, shelfware and lock-outs, options side by side
    --replications R       simulated terms (default 1000, or the file's)
    --seed S               seed; the same seed gives the same numbers (default 1, or the file's)
    --invoice YYYY-MM      also show each option's invoice of that month, in replication --replication
    --replication I        which replication's invoices to show (default 0)
    --json                 print one JSON object`;

const DEFAULT_REPLICATIONS = 1000;
const money = centsToDecimal;

function loadContract(path: string): Promise<ContractFile> {
  return loadJsonFile(path, parseContractFile, ContractFileError);
}

function optionReport(o: OptionSummary) {
  const d = o.differenceVsFirst;
  return {
    name: o.name,
    termMonths: o.termMonths,
    total: { p5: money(o.totalCents.p5), p50: money(o.totalCents.p50), p95: money(o.totalCents.p95), mean: money(o.totalCents.mean) },
    monthlyMean: money(o.monthlyMeanCents),
    shelfware: { mean: o.shelfware.meanLicenses },
    shelfwareCost: { mean: money(o.shelfware.meanCents), p95: money(o.shelfware.p95Cents) },
    monthsAtFloor: o.monthsAtFloor,
    lockOut: o.lockOut,
    differenceVsFirst: d && { mean: money(d.meanCents), lo: money(d.loCents), hi: money(d.hiCents) },
    fan: o.fan.map((f) => ({ month: f.month, p5: money(f.p5), p25: money(f.p25), p50: money(f.p50), p75: money(f.p75), p95: money(f.p95) })),
  };
}

function invoiceReport(inv: MonthInvoice) {
  return {
    month: inv.month,
    lines: inv.lines.map((l) => ({ type: l.type, quantity: l.quantity, unitPrice: money(l.unitPriceCents), amount: money(l.amountCents) })),
    prorations: inv.prorations.map((p) => ({ date: p.date, type: p.type, count: p.count, days: p.days, daysInMonth: p.daysInMonth, amount: money(p.amountCents) })),
    floorTopUps: inv.floorTopUps.map((f) => ({ type: f.type, floor: f.floor, need: f.need, quantity: f.quantity, amount: money(f.amountCents) })),
    total: money(inv.totalCents),
  };
}

type Report = { seed: string; replications: number; elapsedMs: number; startDate: string; options: ReturnType<typeof optionReport>[]; invoices?: ({ option: string } & ReturnType<typeof invoiceReport>)[] };

function text(r: Report): string {
  const out = [`${r.replications} simulated terms from ${r.startDate}, seed ${r.seed} (${r.elapsedMs} ms):`, ''];
  for (const o of r.options) {
    out.push(`${o.name} (${o.termMonths} months)`);
    out.push(`  total ${o.total.p50} (90% between ${o.total.p5} and ${o.total.p95}), ${o.monthlyMean} a month on average`);
    const first = r.options[0]!;
    // Totals over different terms are not like for like: say so rather than let the number speak alone.
    const over = o.termMonths !== first.termMonths ? `, over ${o.termMonths} months against ${first.termMonths}` : '';
    if (o.differenceVsFirst) out.push(`  vs the first option: ${o.differenceVsFirst.mean} (95% interval ${o.differenceVsFirst.lo} to ${o.differenceVsFirst.hi}${over})`);
    out.push(`  shelfware ${o.shelfware.mean.toFixed(1)} licenses a month above need because of the floor, ${o.shelfwareCost.mean} over the term; ${o.monthsAtFloor.mean.toFixed(1)} months at a floor`);
    out.push(`  lock-outs in ${(o.lockOut.risk * 100).toFixed(1)}% of terms, ${o.lockOut.meanUserDays.toFixed(1)} user-days on average`);
  }
  for (const inv of r.invoices ?? []) {
    out.push('', `Invoice ${inv.month}, ${inv.option}: ${inv.total}`);
    for (const l of inv.lines) out.push(`  ${l.type}: ${l.quantity} × ${l.unitPrice} = ${l.amount}`);
    for (const p of inv.prorations) out.push(`  ${p.date} +${p.count} ${p.type}, ${p.days}/${p.daysInMonth} days: ${p.amount}`);
    for (const f of inv.floorTopUps) out.push(`  (floor ${f.floor} ${f.type}: ${f.quantity} above the need of ${f.need}, ${f.amount})`);
  }
  return out.join('\n');
}

/** Runs `contract`; returns the process exit code. */
export async function contractCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['replications', 'seed', 'invoice', 'replication'], ['json']);
  if (args.positionals.length !== 1) throw new UsageError('contract needs exactly one file: contract <contract.json> [options]');
  const path = args.positionals[0]!;
  const file = await loadContract(path);
  const replications = intValue(args, 'replications', file.replications ?? DEFAULT_REPLICATIONS, 1, 100_000);
  const seed = args.values.get('seed') ?? (file.seed !== undefined ? String(file.seed) : '1');
  const input: ContractInput = { seed, startDate: file.startDate, plan: file.plan, options: file.options };

  // The invoice month is checked before the run, so a typo does not wait for a thousand terms.
  const month = args.values.get('invoice');
  let invoiceIndex = -1;
  if (month !== undefined) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--invoice must be a month YYYY-MM, got '${month}'`);
    const [y, m] = month.split('-').map(Number) as [number, number];
    invoiceIndex = (y - Number(input.startDate.slice(0, 4))) * 12 + (m - Number(input.startDate.slice(5, 7)));
    if (!input.options.some((o) => invoiceIndex >= 0 && invoiceIndex < o.termMonths)) throw new UsageError(`--invoice ${month} is outside every option's term`);
  }
  const replication = intValue(args, 'replication', 0, 0, replications - 1);

  const started = performance.now();
  const results = runContractChunk(input, 0, replications);
  const summary = summarizeContract(input, results, performance.now() - started);
  const report: Report = {
    seed,
    replications,
    elapsedMs: Math.round(summary.elapsedMs),
    startDate: input.startDate,
    options: summary.options.map(optionReport),
  };

  if (month !== undefined) {
    report.invoices = input.options.flatMap((o, i) =>
      invoiceIndex < o.termMonths ? [{ option: o.name, ...invoiceReport(contractInvoice(input, i, replication, invoiceIndex)) }] : [],
    );
  }
  out(args.flags.has('json') ? JSON.stringify(report, null, 2) : text(report));
  return 0;
}
