import type { PortReplayRow } from '../../core/traffic/types.ts';

export interface PortTableView {
  rows: PortReplayRow[];
  /** Fewest ports at which no call would have been blocked; null when the table is empty. */
  firstZeroPorts: number | null;
  /** Fewest ports at which at most `targetShare` of calls would have been blocked. */
  targetPorts: number | null;
}

/**
 * Marks the rows the port table highlights.
 * Example: blocked [5, 1, 0] of 100 calls, target 1 % → firstZeroPorts 3, targetPorts 2.
 */
export function portTableView(rows: PortReplayRow[], targetShare = 0.01): PortTableView {
  const firstZero = rows.find((r) => r.blockedCalls === 0);
  const target = rows.find((r) => r.blockedShare <= targetShare);
  return { rows, firstZeroPorts: firstZero?.ports ?? null, targetPorts: target?.ports ?? null };
}
