/**
 * Wall-clock time in an IANA zone for the generators, through Intl. Times here are UTC epoch
 * seconds (the generators work to the whole second).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
/** Every zone's transitions fall on quarter hours, so the offset is constant within one. */
const BUCKET_SEC = 900;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` at the instant `utcSec`, in seconds: wall time = utcSec + offset. */
export function offsetSec(timeZone: string, utcSec: number): number {
  const bucket = Math.floor(utcSec / BUCKET_SEC) * BUCKET_SEC;
  const key = `${timeZone}@${bucket}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const p: Record<string, number> = {};
    for (const part of formatter(timeZone).formatToParts(new Date(bucket * 1000))) p[part.type] = Number(part.value);
    off = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) / 1000 - bucket;
    offsets.set(key, off);
  }
  return off;
}

/**
 * The instant of a wall-clock time, given as seconds of that wall time read as UTC. A wall time
 * that occurs twice (the autumn overlap) takes the earlier instant; one in a spring gap moves
 * forward by the gap.
 */
export function wallToUtcSec(timeZone: string, wallSec: number): number {
  const guess = wallSec - offsetSec(timeZone, wallSec - 43_200);
  if (offsetSec(timeZone, guess) + guess === wallSec) return guess;
  const later = wallSec - offsetSec(timeZone, wallSec + 43_200);
  return offsetSec(timeZone, later) + later === wallSec ? later : guess;
}

/** Wall-clock fields of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetSec: number;
}

export function wallTime(timeZone: string, utcSec: number): WallTime {
  const off = offsetSec(timeZone, utcSec);
  const d = new Date((utcSec + off) * 1000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offsetSec: off,
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
