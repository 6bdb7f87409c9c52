/**
 * A price typed by a person or written in a file → integer cents, or null when it is not one:
 * "25", "25.5", "25.50", "$1,234.56" → 2500, 2550, 2550, 123456. Negative amounts and more than
 * two decimal places are refused (a price is never a fraction of a cent).
 * Example: parseDecimalCents("4,650.00") → 465000
 */
export function parseDecimalCents(text: string): number | null {
  const m = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1].replaceAll(',', '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
