import type { CallTable } from '../ingest/types.ts';
import type { ConcurrencySteps, PortReplayRow } from './types.ts';
import { concurrencySteps } from './concurrency-steps.ts';
import { startOrder } from './start-order.ts';
import { holdingMs } from './holding-ms.ts';

/**
 * What N = 1..maxPorts Flex Ports would have meant for the selected records (domain.md section 2).
 *
 * - shareOfTimeAtOrAbove: share of the span [first start, last end) of the selected records
 *   during which at least N of them were running (observed, nothing lost).
 * - blockedCalls: the records replayed in start order (ends before starts at equal instants,
 *   equal starts by index) through an N-port loss system: a record that finds N ports busy is
 *   lost and never occupies a port. Zero-length records are offered attempts too: blocked when
 *   all N ports are busy at their instant, else carried while occupying nothing.
 * - blockedShare: blockedCalls / records offered (0 when none offered).
 *
 * One pass serves every N: with ports numbered 1, 2, … and each record taking the lowest free
 * port, ports 1..N carry exactly the records an N-port system carries (what happens on them never
 * depends on higher ports), so blocked(N) = offered − records placed on ports 1..N.
 * O(n log n + n log maxPorts).
 *
 * `steps` may be passed when the caller already holds concurrencySteps(table, mask).
 * Example: calls [0, 10 s), [5 s, 20 s), [12 s, 15 s), maxPorts 1 → one row, blockedCalls 1
 * (the second call is lost, so the third finds the port free).
 */
export function portReplay(
  table: CallTable,
  mask: Uint8Array | undefined,
  maxPorts: number,
  steps: ConcurrencySteps = concurrencySteps(table, mask),
): PortReplayRow[] {
  if (!Number.isInteger(maxPorts) || maxPorts < 0) {
    throw new RangeError(`portReplay: maxPorts must be a whole number ≥ 0, got ${maxPorts}`);
  }
  if (maxPorts === 0) return [];

  const order = startOrder(table, mask);
  const offered = order.length;
  const placed = placeOnLowestFreePort(table, order, maxPorts);
  const atOrAboveMs = timeAtOrAboveMs(steps, maxPorts);

  let firstMs = Infinity;
  let lastMs = -Infinity;
  if (offered > 0) firstMs = table.startMs[order[0]];
  for (let j = 0; j < offered; j++) {
    const i = order[j];
    const endMs = table.startMs[i] + holdingMs(table, i);
    if (endMs > lastMs) lastMs = endMs;
  }
  const spanMs = offered > 0 ? lastMs - firstMs : 0;

  const rows: PortReplayRow[] = [];
  let carried = 0;
  for (let ports = 1; ports <= maxPorts; ports++) {
    carried += placed[ports];
    const blockedCalls = offered - carried;
    rows.push({
      ports,
      shareOfTimeAtOrAbove: spanMs > 0 ? atOrAboveMs[ports] / spanMs : 0,
      blockedCalls,
      blockedShare: offered > 0 ? blockedCalls / offered : 0,
    });
  }
  return rows;
}

/** placed[p] = records that took port p (1..ports); records finding all ports busy are not counted. */
function placeOnLowestFreePort(table: CallTable, order: Uint32Array, ports: number): Float64Array {
  const placed = new Float64Array(ports + 1);
  // Free ports: a min-heap of port numbers; 1..ports in order is already a valid heap.
  const free = new Int32Array(ports);
  for (let p = 0; p < ports; p++) free[p] = p + 1;
  let freeSize = ports;
  // Busy ports: a min-heap on end instant, with the port alongside.
  const busyEnd = new Float64Array(ports);
  const busyPort = new Int32Array(ports);
  let busySize = 0;
  const { startMs } = table;

  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const t = startMs[i];
    while (busySize > 0 && busyEnd[0] <= t) {
      const port = busyPort[0];
      busySize--;
      if (busySize > 0) siftDownPair(busyEnd, busyPort, busySize, busyEnd[busySize], busyPort[busySize]);
      siftUp(free, freeSize, port);
      freeSize++;
    }
    if (freeSize === 0) continue;
    const port = free[0];
    placed[port]++;
    const ms = holdingMs(table, i);
    if (ms === 0) continue;
    freeSize--;
    if (freeSize > 0) siftDown(free, freeSize, free[freeSize]);
    siftUpPair(busyEnd, busyPort, busySize, t + ms, port);
    busySize++;
  }
  return placed;
}

/** atOrAbove[N] = ms during which the level was ≥ N, for N = 0..maxPorts. */
function timeAtOrAboveMs(steps: ConcurrencySteps, maxPorts: number): Float64Array {
  const atOrAbove = new Float64Array(maxPorts + 2);
  const { timesMs, levels } = steps;
  for (let i = 0; i + 1 < levels.length; i++) {
    atOrAbove[Math.min(levels[i], maxPorts + 1)] += timesMs[i + 1] - timesMs[i];
  }
  for (let n = maxPorts; n >= 0; n--) atOrAbove[n] += atOrAbove[n + 1];
  return atOrAbove;
}

/** Inserts `value` into the min-heap heap[0..size). */
function siftUp(heap: Int32Array, size: number, value: number): void {
  let k = size;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if (heap[parent] <= value) break;
    heap[k] = heap[parent];
    k = parent;
  }
  heap[k] = value;
}

/** Places `value` at the root of the min-heap heap[0..size) and restores the heap. */
function siftDown(heap: Int32Array, size: number, value: number): void {
  let k = 0;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= value) break;
    heap[k] = heap[child];
    k = child;
  }
  heap[k] = value;
}

function siftUpPair(keys: Float64Array, vals: Int32Array, size: number, key: number, val: number): void {
  let k = size;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if (keys[parent] <= key) break;
    keys[k] = keys[parent];
    vals[k] = vals[parent];
    k = parent;
  }
  keys[k] = key;
  vals[k] = val;
}

function siftDownPair(keys: Float64Array, vals: Int32Array, size: number, key: number, val: number): void {
  let k = 0;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= key) break;
    keys[k] = keys[child];
    vals[k] = vals[child];
    k = child;
  }
  keys[k] = key;
  vals[k] = val;
}
