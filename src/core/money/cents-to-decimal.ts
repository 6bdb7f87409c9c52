/**
 * Integer cents → the decimal string money takes in JSON and CSV, two places, no grouping:
 * 210000 → "2100.00", -50 → "-0.50". A fractional amount (a mean) is rounded half away from zero
 * to the cent first (Math.round would send -0.5 up to 0).
 * Example: centsToDecimal(465000) → "4650.00"
 */
export function centsToDecimal(cents: number): string {
  if (!Number.isFinite(cents)) throw new RangeError(`centsToDecimal: expected a finite amount of cents, got ${cents}`);
  const whole = Math.sign(cents) * Math.round(Math.abs(cents));
  const abs = Math.abs(whole);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return whole < 0 ? `-${text}` : text;
}
