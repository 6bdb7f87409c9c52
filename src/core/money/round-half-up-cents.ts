/**
 * A money amount computed in fractional cents → whole cents, half a cent rounding up (away from
 * zero), as the platform rounds at the end of a computation (domain.md section 3). Guards against
 * binary noise: 14 × 4,650.00 / 31 computed in floating point may land a hair under a half.
 * Example: roundHalfUpCents(2100.5) → 2101; roundHalfUpCents(-0.5) → -1
 */
export function roundHalfUpCents(cents: number): number {
  if (!Number.isFinite(cents)) throw new RangeError(`roundHalfUpCents: expected a finite amount of cents, got ${cents}`);
  const abs = Math.abs(cents);
  // 1e-9 cent absorbs floating-point error from a few multiplications and divisions of cents.
  const rounded = Math.floor(abs + 0.5 + 1e-9);
  return cents < 0 ? -rounded : rounded;
}
