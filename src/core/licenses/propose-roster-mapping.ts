import { normalizeName } from '../ingest/normalize-name.ts';
import { licenseFromName } from './license-from-name.ts';
import type { RosterField, RosterMapping } from './types.ts';

const USER_NAMES = ['user', 'user name', 'username', 'name', 'full name', 'agent', 'agent name', 'employee', 'employee name', 'email', 'login', 'user email'];
const STATUS_NAMES = ['status', 'state', 'user status', 'account status', 'active', 'visibility'];
const LIST_NAMES = ['licenses', 'license', 'licences', 'licence', 'assigned licenses', 'assigned licences', 'license types', 'products', 'seats'];

/** How well a header name fits a field: 100 exact synonym, 50 a synonym's words within the name, 0 none. */
function score(field: RosterField, name: string): number {
  const n = normalizeName(name);
  if (field === 'crm' || field === 'dialer_tab' || field === 'dialer' || field === 'flex_port') {
    return licenseFromName(name) === field ? 100 : 0;
  }
  const names = field === 'user' ? USER_NAMES : field === 'status' ? STATUS_NAMES : LIST_NAMES;
  if (names.includes(n)) return 100;
  const words = n.split(' ');
  // Partial matches only on the distinctive word, so "Dialer License" never reads as a list column.
  const key = field === 'user' ? ['user', 'agent', 'employee'] : field === 'status' ? ['status'] : ['licenses', 'licences'];
  return key.some((k) => words.includes(k)) ? 50 : 0;
}

/**
 * A roster mapping proposed from header names: user, status, one column per license ("CRM",
 * "Dialer Tab", "Flex Port License", …) and/or a column listing licenses ("Licenses"). Each column
 * maps to at most one field, the best fits first.
 * Example: proposeRosterMapping(['Name', 'Status', 'CRM', 'Dialer']).columns → { user: 0, status: 1, crm: 2, dialer: 3 }.
 */
export function proposeRosterMapping(header: readonly string[]): RosterMapping {
  const fields: RosterField[] = ['user', 'status', 'licenses', 'crm', 'dialer_tab', 'dialer', 'flex_port'];
  const candidates: { field: RosterField; col: number; score: number }[] = [];
  header.forEach((name, col) => {
    for (const field of fields) {
      const s = score(field, name);
      if (s > 0) candidates.push({ field, col, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<RosterField, number>> = {};
  const taken = new Set<number>();
  for (const { field, col } of candidates) {
    if (columns[field] !== undefined || taken.has(col)) continue;
    columns[field] = col;
    taken.add(col);
  }
  return { columns };
}
