import type { CallTable } from '../ingest/types.ts';

/**
 * How long record `i` holds whatever it holds, in whole ms: round(durationSec * 1000).
 * Returns -1 for a record that cannot be placed in time (missing or infinite start, missing,
 * negative or infinite duration); every traffic function skips those records the same way.
 * Example: a record with durationSec 2.5 → 2500; one with durationSec NaN → -1.
 */
export function holdingMs(table: CallTable, i: number): number {
  const startMs = table.startMs[i];
  const durationSec = table.durationSec[i];
  if (!Number.isFinite(startMs) || !(durationSec >= 0) || durationSec === Infinity) return -1;
  return Math.round(durationSec * 1000);
}
