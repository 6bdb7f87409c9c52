import { emptyCallTable } from '../../../src/core/ingest/empty-call-table.ts';
import { ACTIVITY_KINDS, RECORDED, type ActivityKind, type CallTable } from '../../../src/core/ingest/types.ts';
import { userKey } from '../../../src/core/licenses/user-key.ts';
import type { LicenseType, RosterEntry, RosterStatus } from '../../../src/core/licenses/types.ts';

export interface Rec {
  user: string;
  kind: ActivityKind;
  /** ISO instant, e.g. '2026-10-05T09:00:00Z' (a Monday). */
  start: string;
  sec: number;
  recorded?: boolean;
}

/** A frozen CallTable from hand-written records (users in order of first appearance, index 0 = ''). */
export function callTable(recs: readonly Rec[]): CallTable {
  const t = emptyCallTable(recs.length);
  recs.forEach((r, i) => {
    let u = t.users.indexOf(r.user);
    if (u < 0) u = t.users.push(r.user) - 1;
    t.user[i] = u;
    t.kind[i] = ACTIVITY_KINDS.indexOf(r.kind);
    t.startMs[i] = Date.parse(r.start);
    t.durationSec[i] = r.sec;
    t.recorded[i] = r.recorded ? RECORDED.yes : RECORDED.no;
    t.line[i] = i + 2;
  });
  return t;
}

export function entry(user: string, licenses: LicenseType[], status: RosterStatus = 'active', line = 2): RosterEntry {
  return { user, key: userKey(user), status, licenses, line };
}

export const ALL: LicenseType[] = ['crm', 'dialer_tab', 'dialer', 'flex_port'];
