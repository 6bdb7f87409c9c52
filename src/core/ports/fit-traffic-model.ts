import { wallTimeToUtcMs, zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import { ACTIVITY_KINDS, type ActivityKind, type CallTable } from '../ingest/types.ts';
import { holdingMs } from '../traffic/holding-ms.ts';
import { holdsPortMask } from '../traffic/port-kinds.ts';
import { startOrder } from '../traffic/start-order.ts';
import { horizonHours, localHourOfWeek, weekdayOfDay } from './horizon-hours.ts';
import type { HoldingModel, ObservedDays, TrafficModel, TrafficStream } from './types.ts';

const DAY_MS = 86_400_000;
const QUARTER_MS = 15 * 60_000;
const OTHER = ACTIVITY_KINDS.indexOf('other');

export interface FitTrafficOptions {
  /** IANA zone whose local hours and days the rates follow. */
  timeZone: string;
  /** Activity kinds that hold a port (recorded calls always do; see holdsPortMask). */
  portKinds: ActivityKind[];
  /** 'empirical': resample the observed holding times; 'lognormal': a lognormal fitted to them. */
  holding: 'empirical' | 'lognormal';
  /** 'poisson': hourly rates only; 'days': also keep the observed days for day resampling. */
  arrivals: 'poisson' | 'days';
  /** The data set's name, for `source`. */
  source?: string;
}

/**
 * The traffic model of a data set: its port-holding calls (holdsPortMask; records that cannot be
 * placed in time are skipped, as everywhere in traffic/, and so are records of zero length, which
 * hold no port) split by activity kind, one stream each.
 * - ratePerHour[h] = arrivals in local hour of week h / hours of h observed. The observed span is
 *   the whole local days from the first call's day to the last call's day, so a quiet Sunday inside
 *   it counts as a Sunday with no calls; a fall-back hour is observed twice, a spring-forward hour
 *   not at all. An hour of the week never observed (a span shorter than a week, or the hour skipped
 *   by DST) takes the rate of the same clock hour on the observed days of the same kind (Monday–
 *   Friday or weekend), else on any observed day.
 * - holding 'empirical' keeps the observed durations (seconds); 'lognormal' fits μ and σ² as the
 *   mean and variance (n − 1) of the log durations, and records meanSec = exp(μ + σ²/2) and cv = √(exp σ² − 1). With no
 *   positive duration the stream holds for 0 s (constant).
 * - arrivals 'days' also fills `days`: every local day of the span, calls at their wall-clock
 *   offset from local midnight, sorted within the day.
 * Example: two inbound calls on Monday 2026-11-02 at 09:10 and 09:40 New York time, 60 s each
 *   → one 'inbound_acd' stream with ratePerHour[9] = 2 (one Monday observed), holding empirical [60, 60].
 */
export function fitTrafficModel(table: CallTable, opts: FitTrafficOptions): TrafficModel {
  const { timeZone } = opts;
  const mask = holdsPortMask(table, opts.portKinds);
  // A record of zero length holds no port. Exports write such rows for attempts that never
  // connected (the unserved calls of a call-centre log all sit at 00:00:00); as arrivals they would
  // be given drawn holding times they never had and invent a busy hour at midnight.
  for (let i = 0; i < table.count; i++) if (mask[i] !== 0 && !(holdingMs(table, i) > 0)) mask[i] = 0;
  // Day resampling needs the calls in time order; the rates and holding times do not, and reading
  // the table in its own order keeps a million-row fit free of cache misses.
  const order = opts.arrivals === 'days' ? startOrder(table, mask) : placeable(table, mask);
  const n = order.length;
  const name = opts.source ? `${opts.source}, ` : '';
  if (n === 0) {
    return {
      timeZone,
      streams: [],
      arrivals: opts.arrivals,
      ...(opts.arrivals === 'days' ? { days: emptyDays() } : {}),
      source: `${name}no port-holding calls`,
    };
  }

  // Per record (in `order`): its kind code, local wall time, and duration in seconds.
  const kind = new Uint8Array(n);
  const localMs = new Float64Array(n);
  const durationSec = new Float64Array(n);
  // Offsets are constant within a 15-minute UTC bucket (zone-offset.ts); exports come nearly in time order.
  let bucket = NaN;
  let offsetMs = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const startMs = table.startMs[i];
    if (Math.floor(startMs / QUARTER_MS) !== bucket) {
      bucket = Math.floor(startMs / QUARTER_MS);
      offsetMs = zoneOffsetMs(timeZone, startMs);
    }
    kind[j] = table.kind[i] < ACTIVITY_KINDS.length ? table.kind[i] : OTHER;
    localMs[j] = startMs + offsetMs;
    durationSec[j] = holdingMs(table, i) / 1000;
    if (localMs[j] < firstMs) firstMs = localMs[j];
    if (localMs[j] > lastMs) lastMs = localMs[j];
  }
  const firstDay = Math.floor(firstMs / DAY_MS);
  const lastDay = Math.floor(lastMs / DAY_MS);
  const exposureHours = observedHours(timeZone, firstDay, lastDay);

  const K = ACTIVITY_KINDS.length;
  const counts = new Float64Array(K * 168);
  const perKind = new Uint32Array(K);
  for (let j = 0; j < n; j++) {
    counts[kind[j] * 168 + localHourOfWeek(localMs[j])]++;
    perKind[kind[j]]++;
  }
  const streams: TrafficStream[] = [];
  for (let code = 0; code < K; code++) {
    if (perKind[code] === 0) continue;
    const samples = new Float64Array(perKind[code]);
    for (let j = 0, x = 0; j < n; j++) if (kind[j] === code) samples[x++] = durationSec[j];
    streams.push({
      kind: ACTIVITY_KINDS[code],
      ratePerHour: ratesFrom(counts.subarray(code * 168, (code + 1) * 168), exposureHours),
      holding: opts.holding === 'lognormal' ? fitLognormal(samples) : empirical(samples),
    });
  }

  const dayCount = lastDay - firstDay + 1;
  return {
    timeZone,
    streams,
    arrivals: opts.arrivals,
    ...(opts.arrivals === 'days' ? { days: observedDays(kind, localMs, durationSec, firstDay, dayCount) } : {}),
    source: `${name}${n.toLocaleString('en-US')} port-holding calls over ${dayCount} day${dayCount === 1 ? '' : 's'}`,
  };
}

/** Indices of the selected records that can be placed in time, in table order. */
function placeable(table: CallTable, mask: Uint8Array): Uint32Array {
  const out = new Uint32Array(table.count);
  let n = 0;
  for (let i = 0; i < table.count; i++) if (mask[i] !== 0 && holdingMs(table, i) >= 0) out[n++] = i;
  return out.subarray(0, n);
}

/** Hours of each local hour of the week inside the local days firstDay..lastDay. */
function observedHours(timeZone: string, firstDay: number, lastDay: number): Float64Array {
  const startMs = wallTimeToUtcMs(timeZone, firstDay * DAY_MS);
  const endMs = wallTimeToUtcMs(timeZone, (lastDay + 1) * DAY_MS);
  const hours = horizonHours(timeZone, startMs, endMs);
  const exposure = new Float64Array(168);
  for (let k = 0; k < hours.count; k++) {
    exposure[hours.hourOfWeek[k]] += (hours.startSec[k + 1] - hours.startSec[k]) / 3600;
  }
  return exposure;
}

function ratesFrom(counts: Float64Array, exposure: Float64Array): Float64Array {
  const rate = new Float64Array(168);
  for (let h = 0; h < 168; h++) {
    if (exposure[h] > 0) {
      rate[h] = counts[h] / exposure[h];
      continue;
    }
    const hour = h % 24;
    const weekend = h >= 5 * 24;
    let c = 0;
    let e = 0;
    for (const sameKind of [true, false]) {
      for (let d = 0; d < 7; d++) {
        if (sameKind && d >= 5 !== weekend) continue;
        c += counts[d * 24 + hour];
        e += exposure[d * 24 + hour];
      }
      if (e > 0) break;
    }
    rate[h] = e > 0 ? c / e : 0;
  }
  return rate;
}

function empirical(samplesSec: Float64Array): HoldingModel {
  let sum = 0;
  for (const x of samplesSec) sum += x;
  return { kind: 'empirical', samplesSec, meanSec: sum / samplesSec.length };
}

/** Lognormal by the moments of the log durations, zero durations left out (they have no log). */
function fitLognormal(samples: Float64Array): HoldingModel {
  let m = 0;
  let sumSq = 0;
  let k = 0;
  for (const x of samples) {
    if (!(x > 0)) continue;
    // Welford's update, stable for long samples.
    k++;
    const d = Math.log(x) - m;
    m += d / k;
    sumSq += d * (Math.log(x) - m);
  }
  if (k === 0) return { kind: 'constant', meanSec: 0 };
  const sigma2 = k > 1 ? sumSq / (k - 1) : 0;
  return { kind: 'lognormal', meanSec: Math.exp(m + sigma2 / 2), cv: Math.sqrt(Math.expm1(sigma2)) };
}

function observedDays(
  kind: Uint8Array,
  localMs: Float64Array,
  durationSec: Float64Array,
  firstDay: number,
  dayCount: number,
): ObservedDays {
  const n = kind.length;
  const days: ObservedDays = {
    weekday: new Uint8Array(dayCount),
    dayStart: new Uint32Array(dayCount + 1),
    offsetSec: new Float64Array(n),
    durationSec: new Float64Array(n),
    kind: new Uint8Array(n),
  };
  for (let d = 0; d < dayCount; d++) days.weekday[d] = weekdayOfDay(firstDay + d);
  let j = 0;
  for (let d = 0; d < dayCount; d++) {
    days.dayStart[d] = j;
    const dayWallMs = (firstDay + d) * DAY_MS;
    const from = j;
    while (j < n && localMs[j] < dayWallMs + DAY_MS) j++;
    // Start order is wall-clock order except on a fall-back day, whose repeated hour needs a sort.
    const byOffset = Array.from({ length: j - from }, (_, x) => from + x);
    let sorted = true;
    for (let x = from + 1; x < j && sorted; x++) sorted = localMs[x - 1] <= localMs[x];
    if (!sorted) byOffset.sort((a, b) => localMs[a] - localMs[b] || a - b);
    byOffset.forEach((src, x) => {
      days.offsetSec[from + x] = (localMs[src] - dayWallMs) / 1000;
      days.durationSec[from + x] = durationSec[src];
      days.kind[from + x] = kind[src];
    });
  }
  days.dayStart[dayCount] = j;
  return days;
}

function emptyDays(): ObservedDays {
  return {
    weekday: new Uint8Array(0),
    dayStart: new Uint32Array(1),
    offsetSec: new Float64Array(0),
    durationSec: new Float64Array(0),
    kind: new Uint8Array(0),
  };
}
