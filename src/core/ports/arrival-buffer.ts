/**
 * The arrivals of one replication, in time order, as parallel typed arrays (capacity ≥ count).
 * Times are seconds after the horizon's start; each arrival also carries its holding time and the
 * local hour of the week it arrived in.
 */
export interface ArrivalBuffer {
  count: number;
  tSec: Float64Array;
  holdSec: Float64Array;
  hourOfWeek: Uint8Array;
  /** Arrivals per local hour of the week (168 cells), kept by the generators. */
  offeredByHourOfWeek: Float64Array;
}

let pool: ArrivalBuffer | null = null;

/**
 * The module's reusable arrival buffer with room for at least `capacity` arrivals, count reset to 0.
 * One replication runs at a time per module instance (one per worker), so one buffer is enough;
 * its contents are valid until the next call.
 */
export function arrivalBuffer(capacity: number): ArrivalBuffer {
  if (!pool || pool.tSec.length < capacity) {
    const size = Math.max(1024, Math.ceil(capacity));
    pool = {
      count: 0,
      tSec: new Float64Array(size),
      holdSec: new Float64Array(size),
      hourOfWeek: new Uint8Array(size),
      offeredByHourOfWeek: new Float64Array(168),
    };
  }
  pool.count = 0;
  pool.offeredByHourOfWeek.fill(0);
  return pool;
}

/** Doubles the buffer's capacity, keeping its first `count` arrivals. */
export function growArrivalBuffer(buf: ArrivalBuffer): void {
  const size = buf.tSec.length * 2;
  const tSec = new Float64Array(size);
  const holdSec = new Float64Array(size);
  const hourOfWeek = new Uint8Array(size);
  tSec.set(buf.tSec);
  holdSec.set(buf.holdSec);
  hourOfWeek.set(buf.hourOfWeek);
  buf.tSec = tSec;
  buf.holdSec = holdSec;
  buf.hourOfWeek = hourOfWeek;
}
