import { parseLooseNumber } from './parse-loose-number.ts';

/**
 * A numeric cell of an optional column: plain `[-]digits[.digits]` read in one pass of char
 * codes (the common case, on the import's hot path), anything else through `parseLooseNumber`
 * (currency signs, grouped thousands, decimal commas). NaN when empty or unreadable.
 * Example: parseNumberCell('0.12') === 0.12; parseNumberCell('$1,234.50') === 1234.5.
 */
export function parseNumberCell(text: string): number {
  const n = text.length;
  if (n === 0) return NaN;
  let i = 0;
  let negative = false;
  if (n > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let value = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      value = value * 10 + d;
      digits++;
      if (dot) scale *= 10;
    } else if (d === -2 && !dot) {
      dot = true;
    } else {
      return parseLooseNumber(text);
    }
  }
  // Past 15 digits the running value is inexact; let the engine's reader round.
  if (digits === 0 || digits > 15) return parseLooseNumber(text);
  const result = value / scale;
  return negative ? -result : result;
}
