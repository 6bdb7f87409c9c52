import { assertContractTerms } from './assert-contract-terms.ts';
import { billingMonth } from './billing-month.ts';
import { parseIsoDate } from './parse-iso-date.ts';
import { prorateCents } from './prorate-cents.ts';
import type {
  ContractLedger, ContractTerms, FloorTopUp, HiddenHolding, InvoiceLine, LicenseEvent, MonthInvoice, ProrationLine, Refusal,
} from './types.ts';

/**
 * Applies the platform's license billing rules (domain.md section 1; issue 6) to a contract's
 * events over its term and returns the invoice of every month:
 * - a month's lines are the licenses held at its start × the monthly price, paid in full;
 * - an `add` is charged for the days left in its month counting the day of purchase
 *   (count × prorateCents(price, date)), and held from then on;
 * - a `lower` earns no credit: it changes the total from the next month's lines;
 * - the total can never go below a type's floor during the term: such a `lower` is refused whole,
 *   as a Refusal naming the floor, and the total stays where it was;
 * - `hide` hides users holding a license of the type: the total and the bill stay; a later
 *   `lower` releases hidden users' licenses first.
 * Events are taken in date order (stable for the same date). Dates outside the term, unknown
 * types, non-positive or fractional counts and hiding more users than hold the type are refused
 * too. With `needAtMonthStart` (per type, per month index) each invoice lists its floor top-ups:
 * licenses paid above the need at the month's start only because of the floor.
 * Example: floor 50, 50 Dialer at 90.00 from 2026-11-01; add 1 on 2026-11-21 → November 4,530.00
 *   (4,500.00 + 30.00 prorated), December 4,590.00 (51); lower 1 on 2026-12-10 → December still
 *   4,590.00 (no credit), January 4,500.00; lower 1 more in January → refused, 'cannot lower Dialer
 *   from 50 to 49: the contract floor is 50 Dialer licenses until …', and the total stays 50.
 */
export function billContract(
  terms: ContractTerms,
  events: readonly LicenseEvent[],
  needAtMonthStart?: Readonly<Record<string, ArrayLike<number>>>,
): ContractLedger {
  assertContractTerms(terms, 'billContract');
  const start = parseIsoDate(terms.startDate)!;
  const last = billingMonth(terms.startDate, terms.termMonths - 1);
  const termEnd = `${last.label}-${String(last.daysInMonth).padStart(2, '0')}`;
  const terms_ = new Map(terms.licenses.map((l) => [l.type, l]));
  const count = new Map(terms.licenses.map((l) => [l.type, l.startCount]));
  const hidden = new Map(terms.licenses.map((l) => [l.type, 0]));
  const refusals: Refusal[] = [];

  // ISO dates sort as strings; Array.prototype.sort is stable, so same-day events keep their order.
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byMonth: LicenseEvent[][] = Array.from({ length: terms.termMonths }, () => []);
  const outside: Refusal[] = [];
  for (const event of sorted) {
    const d = parseIsoDate(event.date);
    if (!d) {
      outside.push({ event, code: 'bad-date', message: `refused: '${event.date}' is not a date YYYY-MM-DD` });
      continue;
    }
    const m = (d.year - start.year) * 12 + (d.month - start.month);
    if (m < 0 || m >= terms.termMonths) {
      outside.push({ event, code: 'outside-term', message: `refused: ${event.date} is outside the contract term ${terms.startDate} to ${termEnd}` });
      continue;
    }
    byMonth[m]!.push(event);
  }

  const months: MonthInvoice[] = [];
  let totalCents = 0;
  for (let m = 0; m < terms.termMonths; m++) {
    const label = billingMonth(terms.startDate, m).label;
    const lines: InvoiceLine[] = terms.licenses.map((l) => {
      const quantity = count.get(l.type)!;
      return { type: l.type, quantity, unitPriceCents: l.priceCents, amountCents: quantity * l.priceCents };
    });
    const hiddenHere: HiddenHolding[] = [];
    const floorTopUps: FloorTopUp[] = [];
    for (const l of terms.licenses) {
      const users = hidden.get(l.type)!;
      if (users > 0) hiddenHere.push({ type: l.type, users, amountCents: users * l.priceCents });
      const need = needAtMonthStart?.[l.type]?.[m];
      if (need === undefined) continue;
      const quantity = Math.max(0, Math.min(count.get(l.type)!, l.floor) - need);
      if (quantity > 0) floorTopUps.push({ type: l.type, floor: l.floor, need, quantity, amountCents: quantity * l.priceCents });
    }

    const prorations: ProrationLine[] = [];
    const refused: Refusal[] = [];
    for (const event of byMonth[m]!) {
      const l = terms_.get(event.type);
      const n = event.count;
      if (!l) {
        refused.push({ event, code: 'unknown-type', message: `refused: this contract has no license type '${event.type}'` });
        continue;
      }
      if (!Number.isSafeInteger(n) || n < 1) {
        refused.push({ event, code: 'bad-count', message: `refused: ${event.kind} needs a whole number of licenses ≥ 1, got ${n}` });
        continue;
      }
      const held = count.get(l.type)!;
      if (event.kind === 'add') {
        const p = prorateCents(l.priceCents, event.date);
        prorations.push({ date: event.date, type: l.type, count: n, days: p.days, daysInMonth: p.daysInMonth, unitAmountCents: p.amountCents, amountCents: n * p.amountCents });
        count.set(l.type, held + n);
      } else if (event.kind === 'lower') {
        if (held - n < l.floor) {
          refused.push({
            event,
            code: 'below-floor',
            floor: l.floor,
            message: `cannot lower ${l.type} from ${held} to ${held - n}: the contract floor is ${l.floor} ${l.type} licenses until ${termEnd}`,
          });
          continue;
        }
        count.set(l.type, held - n);
        // Lowering the total is what finally releases hidden users' licenses (domain.md section 1).
        hidden.set(l.type, Math.max(0, hidden.get(l.type)! - n));
      } else {
        const visible = held - hidden.get(l.type)!;
        if (n > visible) {
          refused.push({ event, code: 'bad-count', message: `refused: only ${visible} visible users hold ${l.type}, cannot hide ${n}` });
          continue;
        }
        hidden.set(l.type, hidden.get(l.type)! + n);
      }
    }

    let monthCents = 0;
    for (const line of lines) monthCents += line.amountCents;
    for (const p of prorations) monthCents += p.amountCents;
    totalCents += monthCents;
    refusals.push(...refused);
    months.push({
      monthIndex: m,
      month: label,
      lines,
      prorations,
      floorTopUps,
      hidden: hiddenHere,
      refusals: refused,
      endCounts: Object.fromEntries(count),
      totalCents: monthCents,
    });
  }
  return { months, refusals: [...outside, ...refusals].sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0)), totalCents };
}
