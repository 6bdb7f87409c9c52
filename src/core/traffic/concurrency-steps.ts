import type { CallTable } from '../ingest/types.ts';
import type { ConcurrencySteps } from './types.ts';
import { holdingMs } from './holding-ms.ts';

/**
 * Observed concurrency of the selected records as a step function (UTC epoch ms → calls running).
 * A record holds [startMs, startMs + round(durationSec * 1000)); intervals are half-open, so a
 * call ending at an instant and one starting at it never overlap (domain.md section 2).
 * Zero-length records hold nothing and leave no step. Consecutive steps always differ in level;
 * the last step is the final end, at level 0.
 * `mask` selects records (non-zero = selected); undefined selects all.
 * O(n log n) on typed arrays.
 * Example: calls 10:00–10:05 and 10:05–10:10 → times [10:00, 10:10], levels [1, 0].
 */
export function concurrencySteps(table: CallTable, mask?: Uint8Array): ConcurrencySteps {
  const n = table.count;
  let held = 0;
  for (let i = 0; i < n; i++) {
    if ((mask === undefined || mask[i] !== 0) && holdingMs(table, i) > 0) held++;
  }
  const starts = new Float64Array(held);
  const ends = new Float64Array(held);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (mask !== undefined && mask[i] === 0) continue;
    const ms = holdingMs(table, i);
    if (ms <= 0) continue;
    starts[k] = table.startMs[i];
    ends[k] = table.startMs[i] + ms;
    k++;
  }
  starts.sort();
  ends.sort();

  const timesMs = new Float64Array(2 * held);
  const levels = new Int32Array(2 * held);
  let out = 0;
  let level = 0;
  let si = 0;
  let ei = 0;
  while (ei < held) {
    const t = si < held && starts[si] < ends[ei] ? starts[si] : ends[ei];
    // All events at one instant are applied together: ends and starts at t never overlap.
    while (ei < held && ends[ei] === t) { level--; ei++; }
    while (si < held && starts[si] === t) { level++; si++; }
    if (out === 0 || levels[out - 1] !== level) {
      timesMs[out] = t;
      levels[out] = level;
      out++;
    }
  }
  return { timesMs: timesMs.slice(0, out), levels: levels.slice(0, out) };
}
