import { looksLikeDate, looksLikeHms, looksLikeNumber, looksLikeTimeOfDay, looksLikeTimestamp } from './time/index.ts';

function looksLikeData(value: string): boolean {
  const v = value.trim();
  return looksLikeNumber(v) || looksLikeTimestamp(v) || looksLikeDate(v) || looksLikeTimeOfDay(v) || looksLikeHms(v);
}

/**
 * Whether the first row of a CSV is a header: its non-empty cells are mostly not numbers, dates
 * or times; when a few are, some column must be text in the first row and data in the rows below.
 * A first row of text only counts as a header (as in nearly every export).
 * Example: looksLikeHeaderRow(['start', 'secs'], [['2026-03-02 09:00', '65']]) === true.
 */
export function looksLikeHeaderRow(first: readonly string[], rest: readonly string[][]): boolean {
  const cells = first.filter((v) => v.trim() !== '');
  if (cells.length === 0) return false;
  const dataCells = cells.filter(looksLikeData).length;
  if (dataCells === 0) return true;
  if (dataCells / cells.length >= 0.5) return false;
  const below = rest.slice(0, 50);
  return first.some((value, col) => {
    if (value.trim() === '' || looksLikeData(value)) return false;
    const values = below.map((row) => row[col] ?? '').filter((v) => v.trim() !== '');
    return values.length > 0 && values.filter(looksLikeData).length / values.length >= 0.8;
  });
}
