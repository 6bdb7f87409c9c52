import { simulateStorage } from './simulate-storage.ts';
import type { StorageInput, StorageReplication } from './types.ts';

/**
 * Replications `from` (inclusive) to `to` (exclusive) of a storage forecast, in index order: the
 * unit of work a worker runs. Each replication is seeded from (input.seed, index) alone, so any
 * split into chunks gives the same replications.
 * Example: runStorageChunk(input, 8, 12).map((r) => r.index) → [8, 9, 10, 11]
 */
export function runStorageChunk(input: StorageInput, from: number, to: number): StorageReplication[] {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from) {
    throw new RangeError(`runStorageChunk: need whole numbers 0 ≤ from ≤ to, got ${from}..${to}`);
  }
  const results: StorageReplication[] = [];
  for (let i = from; i < to; i++) results.push(simulateStorage(input, i));
  return results;
}
