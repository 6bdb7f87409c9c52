import type { ActivityKind, CallTable } from '../ingest/types.ts';
import { DEFAULT_PORT_KINDS } from '../traffic/port-kinds.ts';
import { poolRecordMask } from './pool-record-mask.ts';
import { userKey } from './user-key.ts';
import { DEFAULT_DIAL_KINDS } from './types.ts';

export interface UserUsage {
  /** The name as first seen in the usage. */
  name: string;
  activities: number;
  /** Activities that need Dialer and Dialer Tab. */
  dialActivities: number;
  /** Activities that hold a Flex Port. */
  portActivities: number;
}

/**
 * The usage per user, keyed by `userKey` (names differing only in case or spaces are one user).
 * Records without a user are left out.
 * Example: a table of Ann's dial and 'ANN ' voice drop → Map { 'ann' → { name: 'Ann', activities: 2, dialActivities: 2, portActivities: 1 } }.
 */
export function usageByUser(
  table: CallTable,
  dialKinds: readonly ActivityKind[] = DEFAULT_DIAL_KINDS,
  portKinds: readonly ActivityKind[] = DEFAULT_PORT_KINDS,
): Map<string, UserUsage> {
  const dial = poolRecordMask(table, 'dialer', dialKinds, portKinds);
  const port = poolRecordMask(table, 'flex_port', dialKinds, portKinds);
  const byIndex = new Map<number, UserUsage>();
  const out = new Map<string, UserUsage>();
  for (let i = 0; i < table.count; i++) {
    const u = table.user[i]!;
    const name = table.users[u] ?? '';
    if (name.trim() === '') continue;
    let usage = byIndex.get(u);
    if (!usage) {
      const key = userKey(name);
      usage = out.get(key);
      if (!usage) out.set(key, (usage = { name: name.trim(), activities: 0, dialActivities: 0, portActivities: 0 }));
      byIndex.set(u, usage);
    }
    usage.activities++;
    usage.dialActivities += dial[i]!;
    usage.portActivities += port[i]!;
  }
  return out;
}
