import type { ReplicationResult } from './types.ts';

/**
 * The distinct ArrayBuffers under the typed arrays of `results`: the transfer list a worker posts
 * them with, so the per-N arrays move to the caller instead of being copied.
 * Example: replicationBuffers(runReplications(model, opts, 0, 4)) → 4 × (one buffer per typed array)
 */
export function replicationBuffers(results: readonly ReplicationResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const result of results) {
    for (const value of Object.values(result)) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}
