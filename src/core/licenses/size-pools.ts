import type { CallTable } from '../ingest/types.ts';
import { buildPoolInput } from './build-pool-input.ts';
import { runPoolChunk } from './run-pool-chunk.ts';
import { summarizePools } from './summarize-pools.ts';
import type { PoolObserved, PoolSimInput, PoolSizing, PoolSizingOptions, RosterEntry } from './types.ts';

/**
 * The whole pooled sizing in one call on this thread (the CLI, tests): `buildPoolInput`, every
 * replication in one `runPoolChunk`, then `summarizePools`. A worker pool splits the middle step instead.
 * Example: sizePools(table, roster, { timeZone: 'UTC', replications: 50 }).sizing.map((s) => s.recommended) → [23, 23, 18]
 *   (outbound-team.csv: 25 agents dial and hold ports; the roster does not change the need)
 */
export function sizePools(
  table: CallTable,
  roster: readonly RosterEntry[] | null,
  opts: PoolSizingOptions,
): { input: PoolSimInput; observed: PoolObserved[]; sizing: PoolSizing[] } {
  const { input, observed } = buildPoolInput(table, roster, opts);
  const sizing = summarizePools(input, [runPoolChunk(input, 0, input.replications)]);
  return { input, observed, sizing };
}
