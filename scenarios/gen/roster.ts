/**
 * roster-outbound-team.csv: the license roster that goes with outbound-team.csv (the Licenses
 * page's sample roster; `npm run cli -- licenses`). It lists the export's agents and a few users
 * who never appear in the usage, laid out as the platform's user export writes it: comma-delimited,
 * UTF-8 byte-order mark, CRLF, the licenses listed in one column.
 *
 * A seeded shuffle of the agents picks who carries each deliberate problem, so that the license
 * diagnosis of this roster against the default data finds every finding code (domain.md section 1):
 * - an agent who dials without a Dialer, and three without a Dialer Tab (who hold a Dialer anyway):
 *   'dial-without-license', and for the three 'dialer-without-dialer-tab';
 * - with those three, fewer users hold a Dialer Tab than dial at once: 'pool-short' (Dialer Tab);
 * - an agent who leaves voice drops and records calls without a Flex Port: 'port-without-flex-port';
 * - an agent without CRM: 'active-without-crm';
 * - a new hire with a Dialer but no Dialer Tab and no usage yet: 'dialer-without-dialer-tab';
 * - a hidden (deleted) former agent still holding every license: 'hidden-with-licenses';
 * - back-office users holding Flex Ports they never use: 'pool-shelfware' (Flex Port);
 * - an agent missing from the roster, and two whose rows cannot be read: 'usage-user-not-in-roster';
 * and rows the importer must reject, each at a known line: a second row for an agent (spelled in
 * another case and spacing), a status of 'on leave', an unknown 'Recording' license, an empty user.
 */
import { createStream, type RandomStream } from '../../src/core/random/index.ts';
import { csvField } from './csv.ts';
import type { BuiltExport } from './export-file.ts';

export const ROSTER_FILE = 'roster-outbound-team.csv';

const HEADER = ['User Name', 'Status', 'Assigned Licenses', 'Team'];
const FULL = 'CRM; Dialer Tab; Dialer; Flex Port';

/** What an agent's row is made to show, and how many agents carry each. */
type Role =
  | 'clean' | 'absent' | 'on-leave' | 'unknown-license' | 'duplicate'
  | 'no-dialer' | 'no-dialer-tab' | 'no-crm' | 'no-flex-port';

const ROLES: readonly (readonly [Exclude<Role, 'clean'>, number])[] = [
  ['absent', 1], ['on-leave', 1], ['unknown-license', 1], ['duplicate', 1],
  ['no-dialer', 1], ['no-dialer-tab', 3], ['no-crm', 1], ['no-flex-port', 1],
];

const LICENSES: Record<Exclude<Role, 'absent'>, string> = {
  clean: FULL,
  duplicate: FULL,
  'on-leave': FULL,
  'unknown-license': `${FULL}; Recording`,
  'no-dialer': 'CRM; Dialer Tab; Flex Port',
  'no-dialer-tab': 'CRM; Dialer; Flex Port',
  'no-crm': 'Dialer Tab; Dialer; Flex Port',
  // Written with another separator, as a hand-edited cell might be.
  'no-flex-port': 'CRM | Dialer Tab | Dialer',
};

/** Roster users who never appear in the usage (not agents of the export). */
const BACK_OFFICE = [
  { user: 'Quinn Harper', team: 'Quality' },
  { user: 'Rosa Diaz', team: 'Quality' },
  { user: 'Victor Hale', team: 'Quality' },
  { user: 'Wendy Ortiz', team: 'Sales Operations' },
];
const NEW_HIRE = 'Sam Patel';
const FORMER = 'Brandon Cole';

/** One roster row as fields; `quoted` forces quotes on fields that do not need them (as some exports write). */
interface RosterRow {
  fields: string[];
  quoted?: boolean[];
}

export interface BuiltRoster {
  file: string;
  text: string;
  /** Data rows written (blank lines not counted). */
  rows: number;
  /** Users kept by the importer. */
  kept: number;
  /** The rows the importer must reject, by physical 1-based line, with the problem code. */
  problems: { line: number; code: 'duplicate-user' | 'bad-status' | 'unknown-license' | 'missing-user'; user: string }[];
  /** The users (sorted) each per-user finding must name on the default data. */
  findings: {
    'dial-without-license': string[];
    'port-without-flex-port': string[];
    'dialer-without-dialer-tab': string[];
    'hidden-with-licenses': string[];
    'active-without-crm': string[];
    'usage-user-not-in-roster': string[];
  };
  /** The pools the pool findings must name on the default data. */
  poolShort: 'dialer_tab';
  poolShelfware: 'flex_port';
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

function shuffled<T>(items: readonly T[], rng: RandomStream): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 'Emily Zhang' → 'emily  zhang': the same user to the importer, spelled differently. */
const respelled = (name: string) => name.toLowerCase().replace(' ', '  ');

/**
 * The roster of the outbound-team export's agents (as named in its user column), seeded with the
 * export's seed: the same bytes on every run.
 */
export function buildRoster(outbound: BuiltExport): BuiltRoster {
  const userCol = outbound.header.indexOf(outbound.scenario.mapping.columns?.user ?? '');
  if (userCol < 0) throw new Error('buildRoster: the outbound export has no user column');
  const agents = [...new Set(outbound.rows.map((r) => (r[userCol] ?? '').trim()).filter((u) => u !== ''))].sort(byName);
  const rng = createStream(`${outbound.scenario.seed}:roster`);
  const picks = shuffled(agents, rng);
  const role = new Map<string, Role>(agents.map((a) => [a, 'clean']));
  let next = 0;
  for (const [r, count] of ROLES) for (let k = 0; k < count; k++) role.set(picks[next++]!, r);
  const who = (r: Role) => agents.filter((a) => role.get(a) === r);

  const rows: RosterRow[] = [];
  const problems: BuiltRoster['problems'] = [];
  const line = () => rows.length + 2; // the header is line 1
  for (const agent of agents) {
    const r = role.get(agent)!;
    if (r === 'absent') continue;
    if (r === 'on-leave') problems.push({ line: line(), code: 'bad-status', user: agent });
    if (r === 'unknown-license') problems.push({ line: line(), code: 'unknown-license', user: agent });
    rows.push({ fields: [agent, r === 'on-leave' ? 'on leave' : 'active', LICENSES[r], 'Outbound'] });
    if (r === 'duplicate') {
      problems.push({ line: line(), code: 'duplicate-user', user: respelled(agent) });
      rows.push({ fields: [respelled(agent), 'Active', 'CRM; Dialer Tab', 'Outbound'], quoted: [false, false, true, false] });
    }
  }
  for (const b of BACK_OFFICE) rows.push({ fields: [b.user, 'active', 'CRM; Flex Port', b.team] });
  rows.push({ fields: [NEW_HIRE, 'active', 'CRM; Dialer; Flex Port', 'Outbound, new hire'] });
  rows.push({ fields: [FORMER, 'hidden', FULL, 'Outbound'] });
  problems.push({ line: line(), code: 'missing-user', user: '' });
  rows.push({ fields: ['', 'active', 'CRM', 'Outbound'] });

  const render = (r: RosterRow) => r.fields.map((f, i) => (r.quoted?.[i] ? `"${f.replaceAll('"', '""')}"` : csvField(f, ','))).join(',');
  const text = `\uFEFF${[HEADER.join(','), ...rows.map(render)].join('\r\n')}\r\n`;
  const sorted = (xs: string[]) => [...xs].sort(byName);
  return {
    file: ROSTER_FILE,
    text,
    rows: rows.length,
    kept: rows.length - problems.length,
    problems,
    findings: {
      'dial-without-license': sorted([...who('no-dialer'), ...who('no-dialer-tab')]),
      'port-without-flex-port': who('no-flex-port'),
      'dialer-without-dialer-tab': sorted([...who('no-dialer-tab'), NEW_HIRE]),
      'hidden-with-licenses': [FORMER],
      'active-without-crm': who('no-crm'),
      'usage-user-not-in-roster': sorted([...who('absent'), ...who('on-leave'), ...who('unknown-license')]),
    },
    poolShort: 'dialer_tab',
    poolShelfware: 'flex_port',
  };
}
