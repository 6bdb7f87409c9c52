const CURRENCY_AND_SPACES = /[\s\u00a0\u202f$€£¥]/g;
const US_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EU_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * A number as spreadsheets and billing exports write it, or NaN: currency signs and spaces are
 * dropped, `(1.20)` is negative, `1,234.50` and `1.234,50` are grouped thousands, `12,5` has a
 * decimal comma. Plain numbers (`12.5`, `-3`, `1e3`) read as in JavaScript. Never Infinity.
 * Example: parseLooseNumber('$1,234.50') === 1234.5; parseLooseNumber('12,5') === 12.5.
 */
export function parseLooseNumber(text: string): number {
  const plain = text.length === 0 ? NaN : Number(text);
  if (plain - plain === 0 && text.trim() !== '') return plain;
  let s = text.replace(CURRENCY_AND_SPACES, '');
  let negative = false;
  if (s.length > 2 && s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (US_GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (EU_GROUPED.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (DECIMAL_COMMA.test(s)) s = s.replace(',', '.');
  const value = s === '' ? NaN : Number(s);
  if (!(value - value === 0)) return NaN;
  return negative ? -value : value;
}
