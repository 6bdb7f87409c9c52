import type { ContractReplication } from './types.ts';

/**
 * The distinct ArrayBuffers under the typed arrays of `results`: the transfer list a worker posts
 * them with, so they move to the caller instead of being copied.
 * Example: contractBuffers(runContractChunk(input, 0, 2)).length → 14 (7 arrays per replication)
 */
export function contractBuffers(results: readonly ContractReplication[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const result of results) {
    for (const value of Object.values(result)) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}
