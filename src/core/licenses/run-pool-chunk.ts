import { childSeed, createStream } from '../random/create-stream.ts';
import { resampleDays } from './resample-days.ts';
import { sweepLevels } from './sweep-levels.ts';
import type { PoolChunkResult, PoolSimInput } from './types.ts';

/**
 * Replications [from, to) of the pooled-sizing simulation: replication i draws its days from the
 * stream seeded childSeed(input.seed, i) (`resampleDays`, the same days for every pool, so pools
 * are compared on the same simulated month) and records, per pool, the seconds at each level of
 * concurrent users in the pool's busy hour of the week and over all the time, and the peak.
 * A replication depends only on (seed, i): any split into chunks gives the same numbers.
 * Example: runPoolChunk(input, 0, 50).pools[0].peak.length === 50.
 */
export function runPoolChunk(input: PoolSimInput, from: number, to: number): PoolChunkResult {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= input.replications)) {
    throw new RangeError(`runPoolChunk: need whole 0 ≤ from ≤ to ≤ ${input.replications}, got ${from}..${to}`);
  }
  const count = to - from;
  const pools = input.pools.map((p) => ({
    busyLevelSec: new Float64Array(count * (p.cap + 1)),
    allLevelSec: new Float64Array(count * (p.cap + 1)),
    peak: new Int32Array(count),
  }));
  const observedWeekday = input.pools[0]?.days.weekday ?? new Uint8Array(0);
  if (observedWeekday.length === 0) return { from, to, pools };
  for (let i = from; i < to; i++) {
    const { order, weekday } = resampleDays(observedWeekday, input.horizonDays, createStream(childSeed(input.seed, i)));
    input.pools.forEach((pool, p) => {
      const width = pool.cap + 1;
      const { levelSec, peak } = sweepLevels(pool.days, order, weekday, pool.cap);
      const out = pools[p]!;
      const at = (i - from) * width;
      for (let L = 0; L < width; L++) out.busyLevelSec[at + L] = levelSec[pool.busyCell * width + L]!;
      for (let c = 0; c < 168; c++) for (let L = 0; L < width; L++) out.allLevelSec[at + L] += levelSec[c * width + L]!;
      out.peak[i - from] = peak;
    });
  }
  return { from, to, pools };
}
