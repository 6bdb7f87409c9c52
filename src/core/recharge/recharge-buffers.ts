/**
 * The distinct ArrayBuffers under the typed arrays of `results` (recharge or tuner replications):
 * the transfer list a worker posts them with, so they move instead of being copied.
 * Example: rechargeBuffers(runRechargeChunk(input, 1, 3)) → 2 × 4 buffers (hitZeroByMonth, rechargesByMonth, billedByMonth, dayEndBalance)
 */
export function rechargeBuffers(results: readonly object[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const result of results) {
    for (const value of Object.values(result)) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}
