import type { Interval } from '../../../core/ports/types.ts';
import { formatMoney as formatCents } from '../../format.ts';

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const WEEKDAYS_PLURAL = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** An hour of the week (weekday * 24 + hour, Monday = 0) for people: 34 → "Tuesdays 10:00–11:00". */
export function busyHourLabel(hourOfWeek: number): string {
  const day = WEEKDAYS_PLURAL[Math.floor(hourOfWeek / 24)] ?? '?';
  const hour = hourOfWeek % 24;
  const pad = (h: number) => String(h).padStart(2, '0');
  return `${day} ${pad(hour)}:00–${pad((hour + 1) % 24)}:00`;
}

/** A share in percent for a sentence: 0.0071 → "0.7 %", 0.00042 → "0.04 %", 0.153 → "15 %". */
export function sharePct(share: number, withUnit = true): string {
  const pct = share * 100;
  let text: string;
  if (!Number.isFinite(pct)) text = '—';
  else if (pct === 0) text = '0';
  else if (pct >= 10) text = pct.toFixed(0);
  else if (pct >= 0.1) text = pct.toFixed(1);
  else text = String(Number(pct.toPrecision(1)));
  return withUnit ? `${text} %` : text;
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A 'YYYY-MM' month for people: '2026-11' → "November 2026" (anything else unchanged). */
export function monthLabel(yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  return m ? monthFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : yearMonth;
}

/** Errors a month in words: 23.4 → "about 23", 0.3 → "fewer than one", 0 → "no". */
export function errorsInWords(perMonth: number): string {
  if (!Number.isFinite(perMonth)) return 'an unknown number of';
  if (perMonth === 0) return 'no';
  if (perMonth < 1) return 'fewer than one';
  return `about ${wholeNumber.format(perMonth)}`;
}

/** "~61" for the neighbour comparison. */
function approx(perMonth: number): string {
  if (perMonth === 0) return 'none';
  if (perMonth < 1) return 'under 1';
  return `~${wholeNumber.format(perMonth)}`;
}

/** Cents as dollars: 35000 → "$350.00". */
export { formatCents };

/** One port count's numbers, as the recommendation quotes them. */
export interface QuotedRow {
  ports: number;
  busyHourBlocking: Interval;
  blockedPerMonth: { mean: number };
}

/** What the recommendation sentence needs: the chosen count and its neighbours. */
export interface RecommendationLike extends QuotedRow {
  met: boolean;
  /** Whether the upper end of the 95 % interval meets the target too; false suggests one more port. */
  upperBoundMet?: boolean;
  monthlyCostCents?: number;
  oneFewer?: QuotedRow;
  oneMore?: QuotedRow;
}

export interface RecommendationText {
  headline: string;
  details: string[];
}

/**
 * The recommendation in words an admin understands: how many ports to buy, what the busiest hour
 * and the month would look like, what one port fewer or more would change, and the cost.
 * When the target is not met in the range, says so and quotes the largest count tried.
 * Example: { ports: 14, met: true, busyHourBlocking: { mean: 0.007, lo: 0.006, hi: 0.008 }, blockedPerMonth: { mean: 23 },
 *   oneFewer: { ports: 13, …61 }, oneMore: { ports: 15, …8 }, monthlyCostCents: 35000 }
 *   → headline "Buy 14 Flex Ports.", details ["In the busiest hour (Tuesdays 10:00–11:00) about 0.7 % of port attempts
 *   would fail (95 % CI 0.6–0.8 %), about 23 “insufficient ports” errors a month.", "13 ports: ~61 errors a month;
 *   15 ports: ~8.", "Cost at $25.00/port: $350.00/month."]
 */
export function recommendationText(
  rec: RecommendationLike,
  ctx: {
    busyHourLabel: string;
    pricePerPortCents: number | null;
    portsLo: number;
    portsHi: number;
    /** The run retried blocked calls: a call can then fail more than once, so the share is per call. */
    retries?: boolean;
  },
): RecommendationText {
  const b = rec.busyHourBlocking;
  const errors = rec.blockedPerMonth.mean;
  const errorsText = `${errorsInWords(errors)} “insufficient ports” error${Math.round(errors) === 1 ? '' : 's'} a month`;
  const hour = `In the busiest hour (${ctx.busyHourLabel})`;
  const ci = `(95 % CI ${sharePct(b.lo, false)}–${sharePct(b.hi)})`;
  const blockingText = b.mean <= 0
    ? 'no port attempt failed in any simulated month'
    : ctx.retries
      ? `failed attempts, retries included, would come to about ${sharePct(b.mean)} of calls ${ci}`
      : `about ${sharePct(b.mean)} of port attempts would fail ${ci}`;
  const details: string[] = [];
  let headline: string;
  let note: string | null = null;
  if (rec.met) {
    headline = `Buy ${rec.ports} Flex Port${rec.ports === 1 ? '' : 's'}.`;
    details.push(`${hour} ${blockingText}, ${errorsText}.`);
    const around: string[] = [];
    if (rec.oneFewer) around.push(`${rec.oneFewer.ports} port${rec.oneFewer.ports === 1 ? '' : 's'}: ${approx(rec.oneFewer.blockedPerMonth.mean)} errors a month`);
    if (rec.oneMore) around.push(`${rec.oneMore.ports} ports: ${approx(rec.oneMore.blockedPerMonth.mean)}${rec.oneFewer ? '' : ' errors a month'}`);
    if (around.length > 0) details.push(`${around.join('; ')}.`);
    if (rec.ports === ctx.portsLo && rec.ports > 1) {
      note = `${rec.ports} is the fewest ports simulated, so fewer may do: lower the fewest ports in the simulation settings and run again to see.`;
    } else if (rec.upperBoundMet === false && rec.oneMore) {
      note = `Allowing for the margin of error, ${rec.oneMore.ports} ports would meet the target with more certainty.`;
    }
  } else {
    headline = `No port count from ${ctx.portsLo} to ${ctx.portsHi} meets the target.`;
    details.push(`Even with ${rec.ports} ports, ${hour.charAt(0).toLowerCase()}${hour.slice(1)} ${blockingText}, ${errorsText}.`);
    note = 'Raise the most ports in the simulation settings (or ease the target) and run again.';
  }
  if (ctx.pricePerPortCents !== null && Number.isFinite(ctx.pricePerPortCents)) {
    const cost = rec.monthlyCostCents ?? rec.ports * ctx.pricePerPortCents;
    details.push(`Cost at ${formatCents(ctx.pricePerPortCents)}/port: ${formatCents(cost)}/month.`);
  }
  if (note) details.push(note);
  return { headline, details };
}
