/**
 * The calendar month `by` months after `month` (before, when negative), both 'YYYY-MM'.
 * Example: monthShift('2026-12', 1) → '2027-01'; monthShift('2026-01', -1) → '2025-12'
 */
export function monthShift(month: string, by: number): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m || !Number.isInteger(by)) throw new RangeError(`monthShift: need 'YYYY-MM' and a whole number, got '${month}', ${by}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1 + by, 1)).toISOString().slice(0, 7);
}
