/**
 * The usage of one call in cents (issue 4, "The rule, exactly"): its cost when the export has one,
 * else its billable minutes, else its duration, rounded up to the billing increment and priced at
 * `rateCentsPerMin`. NaN costs and minutes mean "no such column" (CallTable).
 * Example: callUsageCents(NaN, NaN, 61, 2, 60) → 4 (two started minutes at 2 cents);
 *          callUsageCents(1250, NaN, 300, 2, 60) → 1250 (the export's cost wins)
 */
export function callUsageCents(
  costCents: number,
  billableMin: number,
  durationSec: number,
  rateCentsPerMin: number,
  incrementSec: number,
): number {
  if (costCents === costCents) return costCents;
  const sec = billableMin === billableMin ? billableMin * 60 : durationSec;
  if (!(sec > 0)) return 0;
  // Minutes and durations are stored as float32 (about 7 digits): a millionth of an increment above
  // a whole number is storage noise (0.1 min is 6.0000001 s), not a started increment.
  const increments = Math.ceil(sec / incrementSec - 1e-6);
  return ((increments * incrementSec) / 60) * rateCentsPerMin;
}
