import type { ActivityKind, CallTable } from '../ingest/types.ts';
import { poolFindings } from './pool-findings.ts';
import { usageByUser } from './usage-by-user.ts';
import { userKey } from './user-key.ts';
import {
  DEFAULT_LICENSE_PRICES_CENTS, LICENSE_LABELS,
  type Finding, type LicenseType, type PoolNeed, type PooledLicense, type RosterEntry,
} from './types.ts';

export interface DiagnoseOptions {
  /** Monthly price per license in integer cents (default DEFAULT_LICENSE_PRICES_CENTS, an assumption). */
  pricesCents?: Partial<Record<LicenseType, number>>;
  dialKinds?: readonly ActivityKind[];
  portKinds?: readonly ActivityKind[];
  /** What each pool needs (from the sizing, over every user needing it, licensed or not); without it there are no pool findings. */
  pools?: readonly PoolNeed[];
  /** Licenses in each pool; default the number of roster users holding one (any status). */
  poolTotals?: Partial<Record<PooledLicense, number>>;
  /** A pool this much above its need (share of the need, at least one license) is shelfware (default 0.25). */
  shelfwareSlack?: number;
  /** Names on roster rows the import rejected: mentioned when such a user is "not in the roster". */
  rejectedUsers?: readonly string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');
const list = (types: readonly LicenseType[]) => types.map((t) => LICENSE_LABELS[t]).join(', ');

/**
 * License findings from a roster joined to usage by `userKey` (domain.md section 1), most serious
 * first, each naming its users (sorted) and, where money is at stake, its monthly cost in cents:
 * - 'dial-without-license': users who dial without Dialer or Dialer Tab (the "no permission" case);
 * - 'port-without-flex-port': users whose activities hold a port, without a Flex Port license;
 * - 'dialer-without-dialer-tab': Dialer assigned without the Dialer Tab it needs;
 * - 'hidden-with-licenses': hidden users still holding licenses (cost: their licenses at list price);
 * - 'active-without-crm': active users without the CRM license every employee needs;
 * - 'usage-user-not-in-roster': users in the usage but not in the roster;
 * - 'pool-short' / 'pool-shelfware' from `opts.pools` against `opts.poolTotals` or the roster's
 *   holders (see `poolFindings`): the need counts users without the license too, so a roster whose
 *   holders are fewer than the users needing a pool at once is short on its own.
 * Findings with no users are left out.
 * Example: roster [{ user: 'Ann', status: 'active', licenses: ['crm'] }] and Ann dials →
 *   [{ code: 'dial-without-license', severity: 'error', users: ['Ann'], … }]
 */
export function diagnoseLicenses(roster: readonly RosterEntry[], table: CallTable, opts: DiagnoseOptions = {}): Finding[] {
  const prices = { ...DEFAULT_LICENSE_PRICES_CENTS, ...opts.pricesCents };
  const usage = usageByUser(table, opts.dialKinds, opts.portKinds);
  const byKey = new Map(roster.map((e) => [e.key, e]));
  const findings: Finding[] = [];
  const add = (f: Finding) => { if (f.users.length > 0) findings.push({ ...f, users: [...f.users].sort(byName) }); };

  const noDialLicense: string[] = [];
  const missingDial: string[] = [];
  const noPort: string[] = [];
  for (const [key, u] of usage) {
    const entry = byKey.get(key);
    if (!entry) continue;
    const missing = (['dialer_tab', 'dialer'] as const).filter((t) => !entry.licenses.includes(t));
    if (u.dialActivities > 0 && missing.length > 0) {
      noDialLicense.push(entry.user);
      missingDial.push(`${entry.user} (no ${list(missing)})`);
    }
    if (u.portActivities > 0 && !entry.licenses.includes('flex_port')) noPort.push(entry.user);
  }
  add({
    code: 'dial-without-license', severity: 'error',
    title: 'Users who dial without a Dialer or Dialer Tab license',
    users: noDialLicense,
    detail: `These users place calls from the dialer, but the roster gives them no Dialer or no Dialer Tab license: ${missingDial.sort(byName).join('; ')}. ` +
      'This is the "my user has the right permission level but the dialer says no permission" case: the permission level lets a user see the dialer, ' +
      'but the dialer only lets them dial when a Dialer license, and the Dialer Tab license it needs, is assigned to them. Assign both.',
  });
  add({
    code: 'port-without-flex-port', severity: 'error',
    title: 'Users whose calls need a port, without a Flex Port license',
    users: noPort,
    detail: 'These users leave voice drops, record or monitor calls, take inbound ACD calls or connect press-1 calls, which each hold a Flex Port ' +
      'for the whole call, but no Flex Port license is assigned to them. Assign one, or those activities fail for them.',
  });
  add({
    code: 'dialer-without-dialer-tab', severity: 'warning',
    title: 'Dialer without Dialer Tab',
    users: roster.filter((e) => e.licenses.includes('dialer') && !e.licenses.includes('dialer_tab')).map((e) => e.user),
    detail: 'A Dialer license needs a Dialer Tab license on the same user; without it the Dialer cannot be used. Assign a Dialer Tab, or take the Dialer back.',
  });
  const hidden = roster.filter((e) => e.status === 'hidden' && e.licenses.length > 0);
  add({
    code: 'hidden-with-licenses', severity: 'warning',
    title: 'Hidden users still holding licenses',
    users: hidden.map((e) => e.user),
    monthlyCostCents: hidden.reduce((sum, e) => sum + e.licenses.reduce((s, t) => s + prices[t], 0), 0),
    detail: 'Hiding (deleting) an employee does not release their licenses: the customer keeps paying for them until the license total is lowered by hand. ' +
      `They hold ${hidden.map((e) => `${e.user}: ${list(e.licenses)}`).sort(byName).join('; ')}. The cost counts each at its monthly price.`,
  });
  add({
    code: 'active-without-crm', severity: 'warning',
    title: 'Active users without CRM',
    users: roster.filter((e) => e.status === 'active' && !e.licenses.includes('crm')).map((e) => e.user),
    detail: 'Every active employee needs a CRM license, and Dialer Tab and Flex Port need CRM on the same user. Assign CRM, or hide the user.',
  });
  const rejected = new Set((opts.rejectedUsers ?? []).map(userKey));
  const absent = [...usage].filter(([key]) => !byKey.has(key)).map(([key, u]) => ({ name: u.name, rejected: rejected.has(key) }));
  const absentRejected = absent.filter((a) => a.rejected).map((a) => a.name).sort(byName);
  add({
    code: 'usage-user-not-in-roster', severity: 'warning',
    title: 'Users in the usage but not in the roster',
    users: absent.map((a) => a.name),
    detail: 'These users have activity in the usage export but no row in the roster, so their licenses cannot be checked. ' +
      (absentRejected.length > 0 ? `The roster has rows for ${absentRejected.join(', ')} that could not be read (see the roster problems). ` : '') +
      'Check for a different spelling, or a roster exported before they joined.',
  });
  if (opts.pools) {
    const totals: Partial<Record<PooledLicense, number>> = {};
    for (const need of opts.pools) {
      totals[need.license] = opts.poolTotals?.[need.license] ?? roster.filter((e) => e.licenses.includes(need.license)).length;
    }
    findings.push(...poolFindings(opts.pools, totals, prices, opts.shelfwareSlack ?? 0.25));
  }
  const rank = { error: 0, warning: 1, info: 2 };
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map(({ f }) => f);
}
