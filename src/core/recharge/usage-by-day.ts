import { zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import type { CallTable } from '../ingest/types.ts';
import { callUsageCents } from './call-usage-cents.ts';
import type { DailyUsage, UsageOptions } from './types.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Dialer usage in cents per local calendar date and per local wall-clock hour of `timeZone`
 * (IANA), from the first to the last date with a call of any kind. A call counts when
 * opts.minuteKinds[kind] is true and is priced by callUsageCents (cost, else billable minutes, else
 * duration, rounded up to opts.incrementSec at opts.rateCentsPerMin) and put in the hour it starts.
 * Built for a worker on millions of calls: typed arrays, one pass to find the date range and one to add.
 * Example: two 300 s dial calls on 2026-09-01 10:00 and 2026-09-03 10:00 UTC, no cost, 2 cents/min
 *   → { firstDate: '2026-09-01', days: 3, cents: [10, 0, 10], weekday: [1, 2, 3], … } (hourlyCents[10] = 10)
 */
export function usageByDay(table: CallTable, opts: UsageOptions, timeZone: string): DailyUsage {
  const { rateCentsPerMin: rate, incrementSec, minuteKinds } = opts;
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new RangeError(`usageByDay: rateCentsPerMin must be a finite number ≥ 0, got ${rate}`);
  if (!(incrementSec > 0) || !Number.isFinite(incrementSec)) throw new RangeError(`usageByDay: incrementSec must be above 0, got ${incrementSec}`);
  const n = table.count;
  const { startMs, durationSec, kind, costCents, billableMin } = table;

  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = startMs[i];
    if (t < minMs) minMs = t;
    if (t > maxMs) maxMs = t;
  }
  if (!(minMs <= maxMs)) {
    return { timeZone, firstDate: '', days: 0, cents: new Float64Array(0), hourlyCents: new Float64Array(0), weekday: new Uint8Array(0), calls: new Uint32Array(0), priced: { cost: 0, billableMinutes: 0, duration: 0 } };
  }
  // Local time is not monotone across a fall-back change, so the range gets a day of slack each side and is trimmed after.
  const lo = Math.floor((minMs + zoneOffsetMs(timeZone, minMs)) / DAY_MS) - 1;
  const span = Math.floor((maxMs + zoneOffsetMs(timeZone, maxMs)) / DAY_MS) + 1 - lo + 1;
  const cents = new Float64Array(span);
  const hourly = new Float64Array(span * 24);
  const calls = new Uint32Array(span);
  const priced = { cost: 0, billableMinutes: 0, duration: 0 };

  for (let i = 0; i < n; i++) {
    const t = startMs[i];
    if (t !== t) continue;
    const local = t + zoneOffsetMs(timeZone, t);
    const dayNo = Math.floor(local / DAY_MS);
    const d = dayNo - lo;
    calls[d]++;
    if (!minuteKinds[kind[i]]) continue;
    const cost = costCents[i];
    const minutes = billableMin[i];
    if (cost === cost) priced.cost++;
    else if (minutes === minutes) priced.billableMinutes++;
    else priced.duration++;
    const c = callUsageCents(cost, minutes, durationSec[i], rate, incrementSec);
    cents[d] += c;
    hourly[d * 24 + Math.floor((local - dayNo * DAY_MS) / HOUR_MS)] += c;
  }

  let first = 0;
  while (calls[first] === 0) first++;
  let last = span - 1;
  while (calls[last] === 0) last--;
  const days = last - first + 1;
  const weekday = new Uint8Array(days);
  // 1970-01-01 was a Thursday: weekday 3 when Monday is 0.
  for (let d = 0; d < days; d++) weekday[d] = (((lo + first + d + 3) % 7) + 7) % 7;
  return {
    timeZone,
    firstDate: new Date((lo + first) * DAY_MS).toISOString().slice(0, 10),
    days,
    cents: cents.slice(first, last + 1),
    hourlyCents: hourly.slice(first * 24, (last + 1) * 24),
    weekday,
    calls: calls.slice(first, last + 1),
    priced,
  };
}
