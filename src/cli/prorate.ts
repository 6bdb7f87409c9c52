/**
 * `prorate`: what one license added on a date costs for the rest of its billing month
 * (domain.md section 1: the days left counting the day of purchase, real month lengths).
 */
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { parseDecimalCents } from '../core/money/parse-decimal-cents.ts';
import { parseIsoDate } from '../core/contract/parse-iso-date.ts';
import { prorateCents } from '../core/contract/prorate-cents.ts';
import { parseArgs, UsageError } from './args.ts';

export const PRORATE_HELP = `prorate --price P --date YYYY-MM-DD [--json]   the prorated charge of one license added on a date
    --price P              monthly price of one license, e.g. 90 or 90.00
    --date YYYY-MM-DD      day of purchase (counted): charged for the days left in its calendar month
    --json                 print one JSON object { amount, days, daysInMonth }`;

/** Runs `prorate`; returns the process exit code. */
export async function prorateCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['price', 'date'], ['json']);
  if (args.positionals.length > 0) throw new UsageError(`prorate takes no positional arguments, got '${args.positionals[0]}'`);
  const priceText = args.values.get('price');
  const date = args.values.get('date');
  if (priceText === undefined || date === undefined) throw new UsageError('prorate needs --price P and --date YYYY-MM-DD');
  const priceCents = parseDecimalCents(priceText);
  if (priceCents === null) throw new UsageError(`--price must be a price such as 90 or 90.00, got '${priceText}'`);
  if (!parseIsoDate(date)) throw new UsageError(`--date must be a real date YYYY-MM-DD, e.g. 2026-11-21, got '${date}'`);

  const p = prorateCents(priceCents, date.trim());
  const amount = centsToDecimal(p.amountCents);
  if (args.flags.has('json')) {
    out(JSON.stringify({ amount, days: p.days, daysInMonth: p.daysInMonth, price: centsToDecimal(priceCents), date: date.trim() }, null, 2));
  } else {
    out(`A license at ${centsToDecimal(priceCents)} a month added on ${date.trim()}: ${p.days} of ${p.daysInMonth} days, ${amount} this month.`);
  }
  return 0;
}
