import type { StorageReplication } from './types.ts';

/**
 * The distinct ArrayBuffers under the typed arrays of `results`: the transfer list a worker posts
 * them with, so they move instead of being copied.
 * Example: storageBuffers(runStorageChunk(input, 0, 4)).length → 12 (three arrays a replication)
 */
export function storageBuffers(results: readonly StorageReplication[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const result of results) {
    for (const value of [result.peakBytes, result.endBytes, result.feeCents]) {
      if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}
