import { wallTimeToUtcMs, zoneOffsetMs } from '../ingest/time/zone-offset.ts';
import { nextUniform, type AleaState } from './alea-state.ts';
import { arrivalBuffer, growArrivalBuffer, type ArrivalBuffer } from './arrival-buffer.ts';
import { drawHoldingSec, type CompiledTraffic } from './compile-traffic.ts';
import { weekdayOfDay } from './horizon-hours.ts';
import type { ObservedDays } from './types.ts';
import { standardExponential } from './ziggurat.ts';

const DAY_MS = 86_400_000;

let extras = new Int32Array(256);
let extraAt = new Float64Array(256);
const candidatesCache = new WeakMap<ObservedDays, Int32Array[]>();

/** One simulated local day: where it lies and which observed day it copies. */
interface Day {
  days: ObservedDays;
  traffic: CompiledTraffic;
  buf: ArrivalBuffer;
  st: AleaState;
  timeZone: string;
  startMs: number;
  horizonSec: number;
  /** The observed day copied. */
  source: number;
  weekday: number;
  /** Local midnight as wall ms (Date.UTC of the local date) and as seconds after the horizon's start. */
  dayWallMs: number;
  midnightSec: number;
  /** The zone's offset changes during the day: place each call through wallTimeToUtcMs. */
  shifts: boolean;
  /** Latest arrival so far (seconds), to keep the buffer in time order. */
  lastSec: number;
}

/**
 * Arrivals by resampling whole observed days: each local day of the horizon copies a random
 * observed day of the same weekday (else of the same kind of day, Monday–Friday or weekend, else
 * any day), calls at the same local wall-clock offsets (DST days placed through wallTimeToUtcMs).
 * Growth and multipliers act per call with factor f = (1 + growth) × multiplier of its kind:
 * f < 1 keeps each call with probability f (thinning); f > 1 keeps it and adds ⌊f − 1⌋ copies plus
 * one more with probability frac(f − 1), each placed at a uniform time within the same local hour.
 * Holding: the copied call's own duration for an empirical stream, else a draw from the stream's
 * model. Calls outside the horizon are dropped. Returns the module's shared buffer.
 * Example: one observed Monday with calls at 09:10 and 09:40, no growth, a week from a Monday →
 * two arrivals, at 09:10 and 09:40, on each of the seven days (the weekend has no day of its kind,
 * so it copies any day).
 */
export function drawDayArrivals(
  days: ObservedDays,
  traffic: CompiledTraffic,
  timeZone: string,
  startMs: number,
  endMs: number,
  st: AleaState,
): ArrivalBuffer {
  const dayCount = days.weekday.length;
  const horizonSec = (endMs - startMs) / 1000;
  const perDay = days.offsetSec.length / Math.max(1, dayCount);
  const buf = arrivalBuffer(perDay * (horizonSec / 86_400 + 1) * 1.5 + 64);
  if (dayCount === 0) return buf;
  const candidates = candidatesByWeekday(days);
  const day: Day = {
    days, traffic, buf, st, timeZone, startMs, horizonSec,
    source: 0, weekday: 0, dayWallMs: 0, midnightSec: 0, shifts: false, lastSec: -Infinity,
  };
  const firstDay = Math.floor((startMs + zoneOffsetMs(timeZone, startMs)) / DAY_MS);
  for (let d = firstDay; ; d++) {
    const dayWallMs = d * DAY_MS;
    const midnightMs = wallTimeToUtcMs(timeZone, dayWallMs);
    if (midnightMs >= endMs) break;
    const nextMidnightMs = wallTimeToUtcMs(timeZone, dayWallMs + DAY_MS);
    if (nextMidnightMs <= startMs) continue;
    const pool = candidates[weekdayOfDay(d)];
    day.source = pool[Math.floor(nextUniform(st) * pool.length)];
    day.weekday = weekdayOfDay(d);
    day.dayWallMs = dayWallMs;
    day.midnightSec = (midnightMs - startMs) / 1000;
    day.shifts =
      nextMidnightMs - midnightMs !== DAY_MS ||
      zoneOffsetMs(timeZone, midnightMs) !== zoneOffsetMs(timeZone, nextMidnightMs - 1);
    drawDay(day);
  }
  return buf;
}

/** Appends one simulated day's calls, hour by hour, with thinning and copies. */
function drawDay(day: Day): void {
  const { offsetSec, kind, dayStart } = day.days;
  const { factor, streamOfKind } = day.traffic;
  const st = day.st;
  const dayEnd = dayStart[day.source + 1];
  let c = dayStart[day.source];
  while (c < dayEnd) {
    const hour = Math.floor(offsetSec[c] / 3600);
    let g1 = c;
    while (g1 < dayEnd && Math.floor(offsetSec[g1] / 3600) === hour) g1++;
    let extraCount = 0;
    for (let x = c; x < g1; x++) {
      const f = factorOf(factor, streamOfKind[kind[x]]);
      if (f <= 1) continue;
      const more = f - 1;
      let copies = Math.floor(more);
      if (nextUniform(st) < more - copies) copies++;
      for (let y = 0; y < copies; y++) {
        if (extraCount === extras.length) growExtras();
        extras[extraCount++] = x;
      }
    }
    sortedUniformTimes(extraCount, hour * 3600, st);
    let e = 0;
    for (let x = c; x < g1 || e < extraCount; ) {
      if (x < g1 && (e === extraCount || offsetSec[x] <= extraAt[e])) {
        const f = factorOf(factor, streamOfKind[kind[x]]);
        if (f >= 1 || nextUniform(st) < f) emit(day, x, offsetSec[x]);
        x++;
      } else {
        // A random remaining copy takes the next time slot, so copies and times pair at random.
        const r = e + Math.floor(nextUniform(st) * (extraCount - e));
        const pick = extras[r];
        extras[r] = extras[e];
        extras[e] = pick;
        emit(day, pick, extraAt[e]);
        e++;
      }
    }
    c = g1;
  }
}

/** Appends call c of the observed day at wall-clock offset `wallOffsetSec` of the simulated day. */
function emit(day: Day, c: number, wallOffsetSec: number): void {
  const s = day.traffic.streamOfKind[day.days.kind[c]];
  if (s < 0) return;
  let t = day.shifts
    ? (wallTimeToUtcMs(day.timeZone, day.dayWallMs + wallOffsetSec * 1000) - day.startMs) / 1000
    : day.midnightSec + wallOffsetSec;
  // Wall → UTC is monotone; this only guards a zone whose offset changes at midnight.
  if (t < day.lastSec) t = day.lastSec;
  if (t < 0 || t >= day.horizonSec) return;
  day.lastSec = t;
  const buf = day.buf;
  const n = buf.count;
  if (n === buf.tSec.length) growArrivalBuffer(buf);
  const how = day.weekday * 24 + Math.min(23, Math.floor(wallOffsetSec / 3600));
  buf.tSec[n] = t;
  buf.holdSec[n] = drawHoldingSec(day.traffic, s, day.st, day.days.durationSec[c]);
  buf.hourOfWeek[n] = how;
  buf.offeredByHourOfWeek[how]++;
  buf.count = n + 1;
}

function factorOf(factor: Float64Array, s: number): number {
  return s < 0 ? 0 : factor[s];
}

/** Fills extraAt[0..k) with k sorted uniform times in [fromSec, fromSec + 3600) (normalised exponential spacings). */
function sortedUniformTimes(k: number, fromSec: number, st: AleaState): void {
  if (k === 0) return;
  if (extraAt.length < k + 1) extraAt = new Float64Array(2 * k);
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += standardExponential(st);
    extraAt[i] = sum;
  }
  const scale = sum > 0 ? 3600 / sum : 0;
  for (let i = 0; i < k; i++) extraAt[i] = fromSec + extraAt[i] * scale;
}

function growExtras(): void {
  const grown = new Int32Array(extras.length * 2);
  grown.set(extras);
  extras = grown;
}

/** Per weekday (Monday = 0): observed days to copy from. */
function candidatesByWeekday(days: ObservedDays): Int32Array[] {
  const hit = candidatesCache.get(days);
  if (hit) return hit;
  const all = Array.from({ length: days.weekday.length }, (_, j) => j);
  const isWeekend = (w: number) => w >= 5;
  const lists = Array.from({ length: 7 }, (_, w) => {
    const same = all.filter((j) => days.weekday[j] === w);
    if (same.length > 0) return Int32Array.from(same);
    const sameType = all.filter((j) => isWeekend(days.weekday[j]) === isWeekend(w));
    return Int32Array.from(sameType.length > 0 ? sameType : all);
  });
  candidatesCache.set(days, lists);
  return lists;
}
