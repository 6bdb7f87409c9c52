import { simulateReplication } from './simulate-replication.ts';
import type { ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

/**
 * Replications `fromIndex` (inclusive) to `toIndex` (exclusive) of one run, in index order: the
 * unit of work a pool worker runs. Each replication is seeded from (opts.seed, index) alone, so a
 * run split into any chunks, on any number of workers, gives the same replications.
 * Example: runReplications(model, opts, 8, 12).map((r) => r.index) → [8, 9, 10, 11]
 */
export function runReplications(model: TrafficModel, opts: SimulationOptions, fromIndex: number, toIndex: number): ReplicationResult[] {
  if (!Number.isSafeInteger(fromIndex) || !Number.isSafeInteger(toIndex) || fromIndex < 0 || toIndex < fromIndex) {
    throw new RangeError(`runReplications: need whole numbers 0 ≤ fromIndex ≤ toIndex, got ${fromIndex}..${toIndex}`);
  }
  const results: ReplicationResult[] = [];
  for (let i = fromIndex; i < toIndex; i++) results.push(simulateReplication(model, opts, i));
  return results;
}
