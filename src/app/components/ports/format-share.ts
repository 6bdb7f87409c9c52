import { formatPercent } from '../../format.ts';

/**
 * A share 0..1 as a percentage with two decimals by default, for the Ports page's tables and
 * charts: formatPercent (which caches its formatters) with the finer default blocking needs.
 * Example: formatShare(0.0123) // "1.23 %" (locale permitting)
 */
export function formatShare(share: number, digits = 2): string {
  return formatPercent(share, digits);
}

const axisFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

/** An axis tick already in percent: 0.5 → "0.5 %". */
export function formatPercentTick(pct: number): string {
  return `${axisFormat.format(pct)} %`;
}
