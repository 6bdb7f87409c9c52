// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildOutboundTeam } from '../../../scenarios/gen/outbound-team.ts';
import { buildRoster, ROSTER_FILE, type BuiltRoster } from '../../../scenarios/gen/roster.ts';
import { previewCsv } from '../../../src/core/ingest/preview-csv.ts';
import { resolveMappingSpec } from '../../../src/core/ingest/resolve-mapping.ts';
import { importCsv } from '../../../src/core/ingest/import-csv.ts';
import type { CallTable } from '../../../src/core/ingest/types.ts';
import { importRoster } from '../../../src/core/licenses/import-roster.ts';
import { diagnoseLicenses } from '../../../src/core/licenses/diagnose-licenses.ts';
import { sizePools } from '../../../src/core/licenses/size-pools.ts';
import { POOLED_LICENSES, type Finding, type FindingCode, type RosterImport } from '../../../src/core/licenses/types.ts';

const ALL_CODES: FindingCode[] = [
  'dial-without-license', 'port-without-flex-port', 'dialer-without-dialer-tab', 'hidden-with-licenses',
  'active-without-crm', 'usage-user-not-in-roster', 'pool-short', 'pool-shelfware',
];

describe('the sample license roster (scenarios/roster-outbound-team.csv)', () => {
  const outbound = buildOutboundTeam();
  const built: BuiltRoster = buildRoster(outbound);
  const text = readFileSync(`scenarios/${ROSTER_FILE}`, 'utf8');
  let imported: RosterImport;
  let table: CallTable;
  let findings: Finding[];

  beforeAll(async () => {
    imported = importRoster(text);
    const usage = readFileSync(`scenarios/${outbound.scenario.data}`, 'utf8');
    const timeZone = outbound.scenario.timeZone;
    const preview = previewCsv(usage.slice(0, 64 * 1024), { timeZone, isWholeFile: false });
    const mapping = resolveMappingSpec(preview.header, { ...outbound.scenario.mapping, timeZone }, preview.proposed);
    table = (await importCsv(usage, { mapping, header: preview.header })).table;
    const { observed, sizing } = sizePools(table, imported.roster, { timeZone, replications: 12, seed: 'roster-test' });
    const pools = POOLED_LICENSES.map((license, i) => ({ license, peakConcurrent: observed[i]!.peakConcurrent, recommended: sizing[i]!.recommended }));
    findings = diagnoseLicenses(imported.roster, table, { pools, rejectedUsers: imported.rejectedUsers });
  }, 60_000);

  it('is exactly what the seeded generator writes (the committed file is not stale), and the same on a second run', () => {
    expect(text).toBe(built.text);
    expect(buildRoster(outbound).text).toBe(built.text);
  });

  it('lists the same users as the outbound-team export, in its layout (byte-order mark, CRLF, one licenses column)', () => {
    expect(text.startsWith('\uFEFFUser Name,Status,Assigned Licenses,Team\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const agents = new Set(Array.from(table.users.slice(1)));
    expect(agents.size).toBe(25);
    const named = new Set([...imported.roster.map((e) => e.user), ...imported.rejectedUsers, ...built.findings['usage-user-not-in-roster']]);
    for (const agent of agents) expect(named).toContain(agent);
  });

  it('reports the malformed rows at their lines, and keeps every other row', () => {
    expect(imported.problems.map((p) => [p.line, p.code])).toEqual(built.problems.map((p) => [p.line, p.code]));
    expect(imported.problems.map((p) => p.code).sort()).toEqual(['bad-status', 'duplicate-user', 'missing-user', 'unknown-license']);
    expect(imported.rows).toBe(built.rows);
    expect(imported.roster).toHaveLength(built.kept);
  });

  it('yields every finding code against the default data set', () => {
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...ALL_CODES].sort());
  });

  it('names exactly the users the generator picked for each per-user finding', () => {
    for (const [code, users] of Object.entries(built.findings)) {
      expect(findings.find((f) => f.code === code)?.users, code).toEqual(users);
    }
    expect(findings.find((f) => f.code === 'hidden-with-licenses')!.monthlyCostCents).toBe(6500 + 2500 + 9000 + 2500);
  });

  it('has too few Dialer Tab holders for the users dialing at once, and Flex Ports far above their need', () => {
    const short = findings.filter((f) => f.code === 'pool-short').map((f) => f.license);
    const shelf = findings.filter((f) => f.code === 'pool-shelfware').map((f) => f.license);
    expect(short).toContain(built.poolShort);
    expect(shelf).toContain(built.poolShelfware);
  });
});
