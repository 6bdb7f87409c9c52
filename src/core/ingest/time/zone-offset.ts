/**
 * Time-zone arithmetic on IANA zones through Intl, with a cache so a million rows cost a few
 * thousand Intl calls. Transitions in every current zone fall on 15-minute boundaries, so the
 * offset is constant within a 15-minute UTC bucket.
 */

const BUCKET_MS = 15 * 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const caches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows ('UTC', 'Europe/Paris', …). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value; break;
      case 'minute': mi = +p.value; break;
      case 'second': s = +p.value; break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * Offset of `timeZone` at the instant `utcMs`, in ms: local wall time = utcMs + offset.
 * Example: zoneOffsetMs('America/New_York', Date.UTC(2026, 0, 15)) === -5 * 3_600_000.
 */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  let cache = caches.get(timeZone);
  if (!cache) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  const key = Math.floor(utcMs / BUCKET_MS);
  let off = cache.get(key);
  if (off === undefined) {
    off = computeOffset(timeZone, key * BUCKET_MS);
    cache.set(key, off);
  }
  return off;
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, given as ms since epoch of that wall time
 * read as if it were UTC (Date.UTC(y, m, d, h, mi, s)).
 * Daylight-saving rule ("compatible", as in Temporal): a wall time that falls in a spring-forward
 * gap is moved forward by the gap's length; one that occurs twice in a fall-back overlap takes the
 * earlier instant.
 */
export function wallTimeToUtcMs(timeZone: string, wallMs: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wallMs;
  // Offsets a few hours either side of the wall time bracket any transition near it.
  const before = zoneOffsetMs(timeZone, wallMs - 86_400_000 / 2);
  const after = zoneOffsetMs(timeZone, wallMs + 86_400_000 / 2);
  if (before === after) return wallMs - before;
  const a = wallMs - before; // instant if the earlier offset applies
  const b = wallMs - after; // instant if the later offset applies
  const aValid = zoneOffsetMs(timeZone, a) === before;
  const bValid = zoneOffsetMs(timeZone, b) === after;
  if (aValid && bValid) return Math.min(a, b); // overlap: earlier instant
  if (aValid) return a;
  if (bValid) return b;
  // Gap: read with the offset before the transition, which lands after it by the gap's length.
  return a;
}
