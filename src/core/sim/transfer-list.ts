/**
 * The distinct ArrayBuffers under the typed arrays of `results` (their own properties, and arrays
 * of typed arrays one level down): the transfer list a worker posts them with, so they move to the
 * caller instead of being copied. Works for every simulation's replication records.
 * Example: transferList([{ index: 0, blocked: new Float64Array(3) }]) → [that array's buffer]
 */
export function transferList(results: readonly object[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (value: unknown) => {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  };
  for (const result of results) {
    for (const value of Object.values(result)) {
      if (Array.isArray(value)) value.forEach(add);
      else add(value);
    }
  }
  return [...buffers];
}
