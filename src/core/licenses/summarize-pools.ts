import type { PoolChunkResult, PoolLevelRow, PoolSimInput, PoolSizing } from './types.ts';

/** Share of a replication's time above `n` users, from its seconds per level (0 when it has no time). */
function shortShare(levelSec: Float64Array, at: number, width: number, n: number): number {
  let total = 0;
  let above = 0;
  for (let L = 0; L < width; L++) {
    total += levelSec[at + L]!;
    if (L > n) above += levelSec[at + L]!;
  }
  return total > 0 ? above / total : 0;
}

/**
 * The pooled sizing from every replication's chunk result (in any order, covering 0..R exactly
 * once): per pool and per pool size N = 0..cap the mean over replications of the share of busy-hour
 * time, and of all time, with more users active than N licenses; the recommendation is the smallest
 * N whose busy-hour share is ≤ input.targetShortShare. Shares never rise with N, so a looser target
 * never recommends more. Replications are summed in index order: the same bytes however chunked.
 * Example: summarizePools(input, [runPoolChunk(input, 0, 100), runPoolChunk(input, 100, 200)])[0]
 *   → { license: 'dialer_tab', recommended: 23, met: true, table: [...], simulatedPeak: { mean: 24.6, max: 25 } }
 */
export function summarizePools(input: PoolSimInput, results: readonly PoolChunkResult[]): PoolSizing[] {
  const sorted = [...results].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const r of sorted) {
    if (r.from !== next) throw new RangeError(`summarizePools: replications ${next}..${r.from} are missing or repeated`);
    next = r.to;
  }
  if (next !== input.replications) throw new RangeError(`summarizePools: have replications 0..${next}, need 0..${input.replications}`);
  const R = input.replications;
  return input.pools.map((pool, p) => {
    const width = pool.cap + 1;
    const busy = new Float64Array(width);
    const all = new Float64Array(width);
    let peakSum = 0;
    let peakMax = 0;
    for (const r of sorted) {
      const res = r.pools[p]!;
      for (let k = 0; k < r.to - r.from; k++) {
        for (let n = 0; n < width; n++) {
          busy[n] += shortShare(res.busyLevelSec, k * width, width, n);
          all[n] += shortShare(res.allLevelSec, k * width, width, n);
        }
        peakSum += res.peak[k]!;
        peakMax = Math.max(peakMax, res.peak[k]!);
      }
    }
    const table: PoolLevelRow[] = Array.from({ length: width }, (_, n) => ({
      licenses: n,
      busyShortShare: R > 0 ? busy[n]! / R : 0,
      shortShare: R > 0 ? all[n]! / R : 0,
    }));
    const hit = table.find((row) => row.busyShortShare <= input.targetShortShare);
    return {
      license: pool.license,
      recommended: hit ? hit.licenses : pool.cap,
      met: hit !== undefined,
      table,
      simulatedPeak: { mean: R > 0 ? peakSum / R : 0, max: peakMax },
    };
  });
}
