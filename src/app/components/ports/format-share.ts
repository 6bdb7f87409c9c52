/**
 * Percent formatting for the Ports page's tables and charts, which format hundreds of numbers per
 * redraw: the formatters are made once (an Intl.NumberFormat costs far more to build than to use).
 */
const percentFormats = new Map<number, Intl.NumberFormat>();

function percentFormat(digits: number): Intl.NumberFormat {
  let f = percentFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    percentFormats.set(digits, f);
  }
  return f;
}

/**
 * A share 0..1 as a percentage with `digits` decimals, as format.ts's formatPercent writes it
 * (a small share never reads as none: 0.00004 → "< 0.01 %"), from cached formatters.
 * Example: formatShare(0.0123, 2) // "1.23 %" (locale permitting)
 */
export function formatShare(share: number, digits = 2): string {
  if (!Number.isFinite(share)) return '—';
  const format = percentFormat(digits);
  const smallest = 10 ** -(digits + 2);
  if (share > 0 && share < smallest / 2) return `< ${format.format(smallest)}`;
  return format.format(share);
}

const axisFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

/** An axis tick already in percent: 0.5 → "0.5 %". */
export function formatPercentTick(pct: number): string {
  return `${axisFormat.format(pct)} %`;
}
