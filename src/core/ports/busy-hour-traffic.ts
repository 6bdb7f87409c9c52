/**
 * Busy-hour traffic in erlangs from a day's port-holding minutes: dailyMinutes × busyHourFactor / 60,
 * where busyHourFactor is the busiest hour's share of the day's traffic (e.g. 0.12 when 12 % of the
 * day's minutes fall in its busiest hour). An erlang is one port busy for the whole hour, i.e. 60
 * port-minutes in that hour.
 *
 * dailyMinutes: finite, ≥ 0. busyHourFactor: a share in (0, 1] (1 means all traffic in one hour).
 *
 * Example: busyHourTraffic(5000, 0.12) = 10 (600 minutes in the busy hour → 10 E)
 */
export function busyHourTraffic(dailyMinutes: number, busyHourFactor: number): number {
  if (!(dailyMinutes >= 0) || !Number.isFinite(dailyMinutes)) {
    throw new RangeError(`busyHourTraffic: dailyMinutes must be a finite number >= 0, got ${dailyMinutes}`);
  }
  if (!(busyHourFactor > 0 && busyHourFactor <= 1)) {
    throw new RangeError(`busyHourTraffic: busyHourFactor must be a share in (0, 1], got ${busyHourFactor}`);
  }
  return (dailyMinutes * busyHourFactor) / 60;
}
