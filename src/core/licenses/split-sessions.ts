import type { CallTable } from '../ingest/types.ts';

/** Sessions of users: one row per session, [startMs, endMs) UTC epoch ms, `user` an index into the table's users. */
export interface Sessions {
  user: Uint32Array;
  startMs: Float64Array;
  endMs: Float64Array;
}

/**
 * Users' sessions from their activities: a user is active from a session's first activity's start
 * to the latest end among its activities. A session ends when the next activity starts more than
 * `gapSec` seconds after that end; a pause of exactly `gapSec` keeps the session going (issue 6:
 * "split by gaps *over* a setting"). Activities overlapping the session extend it. Only records with
 * mask[i] = 1 whose user index u has counted[u] = 1 take part; records without a user (index 0) never do.
 * `canonical[u]` (default u) merges user indices that are one person (names differing in case or spaces).
 * Sessions come sorted by canonical user index, then start.
 * Example: gapSec 900, Ann at 09:00–09:05 and 09:20–09:21 (gap exactly 15 min) → one session 09:00–09:21;
 *   with the second at 09:20:01 → two sessions.
 */
export function splitSessions(table: CallTable, mask: Uint8Array, counted: Uint8Array, gapSec: number, canonical?: Uint32Array): Sessions {
  if (!(gapSec >= 0)) throw new RangeError(`splitSessions: gapSec must be ≥ 0, got ${gapSec}`);
  const picked: number[] = [];
  for (let i = 0; i < table.count; i++) {
    const u = table.user[i]!;
    if (mask[i] === 1 && u !== 0 && counted[u] === 1 && Number.isFinite(table.startMs[i]!)) picked.push(i);
  }
  const who = (i: number) => (canonical ? canonical[table.user[i]!]! : table.user[i]!);
  picked.sort((a, b) => who(a) - who(b) || table.startMs[a]! - table.startMs[b]! || a - b);
  const gapMs = gapSec * 1000;
  const users: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let open = -1;
  for (const i of picked) {
    const u = who(i);
    const s = table.startMs[i]!;
    const d = table.durationSec[i]!;
    const e = s + (Number.isFinite(d) && d > 0 ? d * 1000 : 0);
    if (open >= 0 && users[open] === u && s - ends[open]! <= gapMs) {
      if (e > ends[open]!) ends[open] = e;
      continue;
    }
    users.push(u);
    starts.push(s);
    ends.push(e);
    open = users.length - 1;
  }
  return { user: Uint32Array.from(users), startMs: Float64Array.from(starts), endMs: Float64Array.from(ends) };
}
