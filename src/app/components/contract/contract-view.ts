/**
 * The Contract page's numbers shaped for people, tables and charts: pure functions, tested
 * without a DOM. Money arrives in cents and leaves formatted.
 */
import type { Band, Line } from '../../charts/common/band-chart-data.ts';
import { prorateCents } from '../../../core/contract/prorate-cents.ts';
import { parseIsoDate } from '../../../core/contract/parse-iso-date.ts';
import type { ContractSummary, MonthInvoice, OptionSummary } from '../../../core/contract/types.ts';
import { formatMoney, formatMoneyWhole, formatPercent } from '../../format.ts';

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '2027-01' → "Jan 2027". */
export function monthName(month: string): string {
  return MONTH.format(new Date(Date.parse(month + '-01T00:00:00Z')));
}

export const OPTION_COLORS = ['#1F4E8C', '#D55E00', '#009E73', '#CC79A7'];
const FAN = { outer: '#5B9BD5', inner: '#1F4E8C' };

const signed = (cents: number) => (cents > 0 ? '+' : cents < 0 ? '−' : '') + formatMoneyWhole(Math.abs(cents));
const sameTerm = (s: ContractSummary) => s.options.every((o) => o.termMonths === s.options[0]!.termMonths);
const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const one = (n: number, digits = 1) => (Math.abs(n) < 0.05 ? '0' : n.toFixed(digits));

/** The option's cost the answer ranks by: the median total, or a month of it when terms differ. */
function rankCost(s: ContractSummary, o: OptionSummary): number {
  return sameTerm(s) ? o.totalCents.p50 : o.totalCents.p50 / o.termMonths;
}

/** Index of the option that costs least at the median (the first on a tie). */
export function cheapestOption(s: ContractSummary): number {
  let best = 0;
  s.options.forEach((o, k) => { if (rankCost(s, o) < rankCost(s, s.options[best]!)) best = k; });
  return best;
}

/** "−$1,840 (95 % interval −$1,900 to −$1,780)": the paired difference of totals vs the first option. */
export function differenceText(d: OptionSummary['differenceVsFirst']): string {
  if (!d) return 'baseline';
  if (!Number.isFinite(d.loCents)) return signed(d.meanCents);
  return `${signed(d.meanCents)} (95 % interval ${signed(d.loCents)} to ${signed(d.hiCents)})`;
}

/** The answer in words, in the order it is read: the cost, shelfware, months at the floor, lock-outs. */
export function answer(s: ContractSummary): string[] {
  const opts = s.options;
  if (opts.length === 0 || s.replications === 0) return [];
  const c = cheapestOption(s);
  const best = opts[c]!;
  const first = opts[0]!;
  const out: string[] = [];
  if (sameTerm(s)) {
    const other = c === 0 ? opts.reduce((b, o, k) => (k > 0 && (b === 0 || o.totalCents.p50 < opts[b]!.totalCents.p50) ? k : b), 0) : 0;
    const runnerUp = opts[other]!;
    const gap = runnerUp.totalCents.p50 - best.totalCents.p50;
    const paired = c === 0 ? runnerUp.differenceVsFirst : best.differenceVsFirst;
    const pairedName = c === 0 ? runnerUp.name : best.name;
    out.push(
      `${best.name} costs least at the median: ${formatMoneyWhole(best.totalCents.p50)} over ${best.termMonths} months, ` +
        (opts.length > 1 ? `${formatMoneyWhole(gap)} less than ${runnerUp.name} (${formatMoneyWhole(runnerUp.totalCents.p50)}).` : 'the only option.'),
    );
    if (paired) out.push(`On the same simulated headcount, ${pairedName} minus ${first.name} averages ${differenceText(paired)}.`);
  } else {
    const a = (o: OptionSummary) => formatMoneyWhole(o.totalCents.p50 / o.termMonths);
    const others = opts.filter((_, k) => k !== c).map((o) => `${a(o)} for ${o.name} (${o.termMonths} months)`);
    out.push(
      `The terms differ, so the options are ranked by the median cost a month: ${best.name} costs least, ${a(best)} a month ` +
        `(${formatMoneyWhole(best.totalCents.p50)} over ${best.termMonths} months), against ${list(others)}.`,
    );
    if (c !== 0 && best.differenceVsFirst) {
      out.push(`Its total minus ${first.name}’s, on the same simulated headcount but over its own term, averages ${differenceText(best.differenceVsFirst)}.`);
    }
  }
  const shelf = opts.filter((o) => o.shelfware.meanCents > 0.5);
  out.push(
    shelf.length === 0
      ? 'No option pays for shelfware: the floors never hold the licenses above the need.'
      : `Shelfware (licenses paid above the need only because of the floor): ${list(shelf.map((o) => `${o.name} ${one(o.shelfware.meanLicenses)} licenses a month, ${formatMoneyWhole(o.shelfware.meanCents)} over the term`))}` +
          (shelf.length < opts.length ? `; ${list(opts.filter((o) => !shelf.includes(o)).map((o) => o.name))} none.` : '.'),
  );
  const floored = opts.filter((o) => o.monthsAtFloor.mean >= 0.05);
  if (floored.length > 0) {
    out.push(`Months at the floor (it holds at least one license type above the need), on average: ${list(floored.map((o) => `${o.name} ${one(o.monthsAtFloor.mean)} of ${o.termMonths}`))}.`);
  }
  const risky = opts.filter((o) => o.lockOut.risk > 0);
  out.push(
    risky.length === 0
      ? `No option locks a user out in any of the ${s.replications.toLocaleString('en-US')} simulated futures.`
      : `Lock-out risk (a user needing a license the pool did not have): ${list(risky.map((o) => `${o.name} ${formatPercent(o.lockOut.risk, 1)} of futures, ${one(o.lockOut.meanUserDays)} user-days on average`))}.`,
  );
  return out;
}

export interface ComparisonRow {
  name: string;
  term: string;
  p5: string;
  p50: string;
  p95: string;
  difference: string;
  shelfLicenses: string;
  shelfMoney: string;
  monthsAtFloor: string;
  lockOut: string;
  cheapest: boolean;
}

/** One row per option for the comparison table. */
export function comparisonRows(s: ContractSummary): ComparisonRow[] {
  const c = cheapestOption(s);
  return s.options.map((o, k) => ({
    name: o.name,
    term: `${o.termMonths} months`,
    p5: formatMoneyWhole(o.totalCents.p5),
    p50: formatMoneyWhole(o.totalCents.p50),
    p95: formatMoneyWhole(o.totalCents.p95),
    difference: differenceText(o.differenceVsFirst),
    shelfLicenses: one(o.shelfware.meanLicenses),
    shelfMoney: o.shelfware.meanCents > 0.5 ? `${formatMoneyWhole(o.shelfware.meanCents)} (p95 ${formatMoneyWhole(o.shelfware.p95Cents)})` : '$0',
    monthsAtFloor: `${one(o.monthsAtFloor.mean)} of ${o.termMonths}`,
    lockOut: formatPercent(o.lockOut.risk, 1),
    cheapest: k === c,
  }));
}

/** Month labels of the longest term. */
function labels(s: ContractSummary): string[] {
  const longest = s.options.reduce((a, o) => (o.fan.length > a.fan.length ? o : a), s.options[0]!);
  return longest ? longest.fan.map((m) => monthName(m.month)) : [];
}

/**
 * The monthly bill chart: one option's fan (p5–p95, p25–p75, median), or `'all'` for every
 * option's median overlaid. Months past an option's term are gaps, not zeros.
 */
export function billChart(s: ContractSummary, choice: number | 'all'): { labels: string[]; bands: Band[]; lines: Line[] } {
  const xs = labels(s);
  const pad = (o: OptionSummary, pick: (m: OptionSummary['fan'][number]) => number) => xs.map((_, j) => (j < o.fan.length ? pick(o.fan[j]!) : NaN));
  if (choice === 'all') {
    return { labels: xs, bands: [], lines: s.options.map((o, k) => ({ label: `${o.name} (median)`, color: OPTION_COLORS[k % OPTION_COLORS.length]!, y: pad(o, (m) => m.p50) })) };
  }
  const o = s.options[choice];
  if (!o) return { labels: xs, bands: [], lines: [] };
  return {
    labels: xs,
    bands: [
      { label: '90 % of futures (p5–p95)', color: FAN.outer, lo: pad(o, (m) => m.p5), hi: pad(o, (m) => m.p95) },
      { label: 'Half of futures (p25–p75)', color: FAN.inner, lo: pad(o, (m) => m.p25), hi: pad(o, (m) => m.p75) },
    ],
    lines: [{ label: 'Median', color: FAN.inner, y: pad(o, (m) => m.p50) }],
  };
}

export interface InvoiceRow {
  label: string;
  detail: string;
  amount: string;
}

export interface InvoiceView {
  title: string;
  lines: InvoiceRow[];
  prorations: InvoiceRow[];
  topUps: InvoiceRow[];
  notes: string[];
  total: string;
}

/** A month's invoice as an invoice reads: line items, prorated adds, the floor's top-ups, the total. */
export function invoiceView(inv: MonthInvoice, optionName: string, replication: number): InvoiceView {
  const notes: string[] = [];
  for (const h of inv.hidden) notes.push(`${h.users} hidden ${h.type} ${h.users === 1 ? 'user still holds' : 'users still hold'} a license: ${formatMoney(h.amountCents)} this month.`);
  for (const r of inv.refusals) notes.push(`Refused on ${r.event.date}: ${r.message}.`);
  return {
    title: `${optionName}, ${monthName(inv.month)} (month ${inv.monthIndex + 1}), simulated future ${replication}`,
    lines: inv.lines.map((l) => ({ label: l.type, detail: `${l.quantity} × ${formatMoney(l.unitPriceCents)}`, amount: formatMoney(l.amountCents) })),
    prorations: inv.prorations.map((p) => ({
      label: `${p.type}, added ${p.date}`,
      detail: `${p.count} × ${formatMoney(p.unitAmountCents)} (${p.days}/${p.daysInMonth} days)`,
      amount: formatMoney(p.amountCents),
    })),
    topUps: inv.floorTopUps.map((t) => ({
      label: `${t.type}: floor ${t.floor}, need ${t.need}`,
      detail: `${t.quantity} above the need`,
      amount: formatMoney(t.amountCents),
    })),
    notes,
    total: formatMoney(inv.totalCents),
  };
}

/** The proration calculator: one license at `priceCents` a month added on `date`. */
export function prorationAnswer(priceCents: number, date: string): { text: string; amount: string } | { error: string } {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0) return { error: 'Price: 0 or more, in whole cents.' };
  const d = parseIsoDate(date);
  if (!d) return { error: 'Date: pick a day.' };
  const p = prorateCents(priceCents, date);
  return {
    amount: formatMoney(p.amountCents),
    text: `${p.days} of ${p.daysInMonth} days (the day of purchase counts): ${formatMoney(priceCents)} × ${p.days}/${p.daysInMonth}.`,
  };
}
