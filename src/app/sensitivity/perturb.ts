/** How far an input moves: a share of its value, but never less than `minStep` (a share of 0 is 0). */
export interface Move {
  /** Share of the base value, percent (20 = ±20 %). */
  pct: number;
  /** Least step, in the input's own unit (2 points of growth, 12 hours…). */
  minStep?: number;
  min?: number;
  max?: number;
  /** Round to whole numbers (days, hours). */
  integer?: boolean;
}

/**
 * The input's low and high values for a tornado: base ∓ max(|base| × pct/100, minStep), clamped to
 * [min, max] and rounded when whole numbers are required (a low equal to the base is allowed:
 * a delay of 0 hours cannot go lower).
 * Example: perturb(14, { pct: 20, integer: true }) // { low: 11, high: 17 }
 */
export function perturb(base: number, move: Move): { low: number; high: number } {
  if (!Number.isFinite(base)) throw new RangeError(`perturb: base must be a finite number, got ${base}`);
  const step = Math.max((Math.abs(base) * move.pct) / 100, move.minStep ?? 0);
  const clamp = (x: number) => Math.min(move.max ?? Infinity, Math.max(move.min ?? -Infinity, move.integer ? Math.round(x) : x));
  return { low: clamp(base - step), high: clamp(base + step) };
}
