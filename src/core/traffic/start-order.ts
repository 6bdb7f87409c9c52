import type { CallTable } from '../ingest/types.ts';
import { holdingMs } from './holding-ms.ts';

const MAX_EXACT = 2 ** 53;

/**
 * Indices of the selected, placeable records sorted by start instant, equal starts by index.
 * `mask` selects records (non-zero = selected); undefined selects all.
 * When starts are whole ms the sort packs (start − first start, index) into one float key and
 * uses the native numeric typed-array sort, several times faster than a comparator at a million
 * records; otherwise it falls back to a comparator sort with the same order.
 * Example: starts [20, 10, 10] → [1, 2, 0].
 */
export function startOrder(table: CallTable, mask: Uint8Array | undefined): Uint32Array {
  const n = table.count;
  const { startMs } = table;
  let count = 0;
  let minMs = Infinity;
  let maxMs = -Infinity;
  let wholeMs = true;
  for (let i = 0; i < n; i++) {
    if ((mask !== undefined && mask[i] === 0) || holdingMs(table, i) < 0) continue;
    const s = startMs[i];
    count++;
    if (s < minMs) minMs = s;
    if (s > maxMs) maxMs = s;
    if (wholeMs && !Number.isInteger(s)) wholeMs = false;
  }
  const order = new Uint32Array(count);
  if (count === 0) return order;

  let indexSpan = 1;
  while (indexSpan < n) indexSpan *= 2;
  const packable = wholeMs && (maxMs - minMs + 1) * indexSpan <= MAX_EXACT;

  if (packable) {
    const keys = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < n; i++) {
      if ((mask !== undefined && mask[i] === 0) || holdingMs(table, i) < 0) continue;
      keys[k++] = (startMs[i] - minMs) * indexSpan + i;
    }
    keys.sort();
    // Keys are exact integers below 2^53, so the remainder recovers the index exactly.
    for (let j = 0; j < count; j++) order[j] = keys[j] % indexSpan;
    return order;
  }

  let k = 0;
  for (let i = 0; i < n; i++) {
    if ((mask !== undefined && mask[i] === 0) || holdingMs(table, i) < 0) continue;
    order[k++] = i;
  }
  order.sort((a, b) => startMs[a] - startMs[b] || a - b);
  return order;
}
