import type { CallTable } from '../ingest/types.ts';
import { DEFAULT_PORT_KINDS } from '../traffic/port-kinds.ts';
import { localDayRange } from './local-day-range.ts';
import { observePool } from './observe-pool.ts';
import { poolDays } from './pool-days.ts';
import { poolRecordMask } from './pool-record-mask.ts';
import { splitSessions } from './split-sessions.ts';
import { userKey } from './user-key.ts';
import {
  DEFAULT_DIAL_KINDS, POOLED_LICENSES,
  type PoolObserved, type PoolSimInput, type PoolSizingOptions, type RosterEntry,
} from './types.ts';

/**
 * Everything the pooled sizing needs, from a usage data set: per pooled license the users who need
 * it (every user with an activity of that pool, `poolRecordMask`: dialing kinds for Dialer and
 * Dialer Tab, port-holding records for Flex Port, as `diagnoseLicenses` decides per user), their
 * sessions (`splitSessions`, gap default 900 s) by local day, the observed hour-of-week picture
 * (`observePool`), and the simulation input (plain data for a worker).
 * The need does not depend on who holds the license: a user who dials without a Dialer still wants
 * one at that moment, and a holder with no such activity wants none. The roster is accepted so that
 * callers holding one pass it unchanged, and is not read; what the pool holds (its holders, or a
 * total given by hand) is compared with the need afterwards (`poolFindings`). So a pool whose
 * holders are fewer than the users needing it at once comes out short, and one held mostly by users
 * who never need it comes out as shelfware.
 * Defaults: 28 simulated days, 200 replications, seed '1', target 1 % of busy-hour time short.
 * Example: buildPoolInput(table, roster, { timeZone: 'America/Chicago' }).observed[1]
 *   → { license: 'dialer', users: 25, peakConcurrent: 25, … } (outbound-team.csv: all 25 agents dial)
 */
export function buildPoolInput(
  table: CallTable,
  _roster: readonly RosterEntry[] | null,
  opts: PoolSizingOptions,
): { input: PoolSimInput; observed: PoolObserved[] } {
  const gapSec = opts.gapSec ?? 900;
  const dialKinds = opts.dialKinds ?? DEFAULT_DIAL_KINDS;
  const portKinds = opts.portKinds ?? DEFAULT_PORT_KINDS;
  const { firstDay, weekday } = localDayRange(table, opts.timeZone);
  const firstIndex = new Map<string, number>();
  const canonical = Uint32Array.from(table.users, (name, u) => {
    const key = userKey(name);
    if (!firstIndex.has(key)) firstIndex.set(key, u);
    return firstIndex.get(key)!;
  });
  const observed: PoolObserved[] = [];
  const pools: PoolSimInput['pools'] = [];
  for (const license of POOLED_LICENSES) {
    const mask = poolRecordMask(table, license, dialKinds, portKinds);
    const counted = new Uint8Array(table.users.length);
    const users = new Set<string>();
    for (let i = 0; i < table.count; i++) {
      const u = table.user[i]!;
      if (mask[i] === 1 && u !== 0 && counted[u] === 0 && table.users[u]!.trim() !== '') {
        counted[u] = 1;
        users.add(userKey(table.users[u]!));
      }
    }
    const cap = users.size;
    const days = poolDays(splitSessions(table, mask, counted, gapSec, canonical), opts.timeZone, firstDay, weekday);
    const seen = observePool(license, days, cap);
    observed.push(seen);
    pools.push({ license, cap, days, busyCell: seen.busyCell });
  }
  const input: PoolSimInput = {
    pools,
    horizonDays: opts.horizonDays ?? 28,
    replications: opts.replications ?? 200,
    seed: opts.seed ?? '1',
    targetShortShare: opts.targetShortShare ?? 0.01,
  };
  return { input, observed };
}
