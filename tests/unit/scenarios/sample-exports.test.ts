// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, type BuiltExport } from '../../../scenarios/gen/export-file.ts';
import { buildMixedTeam } from '../../../scenarios/gen/mixed-team.ts';
import { buildOutboundTeam } from '../../../scenarios/gen/outbound-team.ts';
import { buildSupportDesk } from '../../../scenarios/gen/support-desk.ts';
import { previewCsv } from '../../../src/core/ingest/preview-csv.ts';
import { resolveMappingSpec } from '../../../src/core/ingest/resolve-mapping.ts';
import { importCsv } from '../../../src/core/ingest/import-csv.ts';

const builders: [string, () => BuiltExport][] = [
  ['outbound-team', buildOutboundTeam],
  ['support-desk', buildSupportDesk],
  ['mixed-team', buildMixedTeam],
];

describe.each(builders)('the %s sample export', (id, build) => {
  const built = build();
  const { text, brokenLines } = render(built);

  it('is exactly what the seeded generator writes (the committed file is not stale)', () => {
    expect(readFileSync(`scenarios/${id}.csv`, 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'))).toEqual(JSON.parse(JSON.stringify(built.scenario)));
  });

  it('imports with its scenario mapping, rejecting exactly the rows the generator broke, at their lines', async () => {
    const preview = previewCsv(text.slice(0, 64 * 1024), { timeZone: built.scenario.timeZone, isWholeFile: false });
    const mapping = resolveMappingSpec(preview.header, { ...built.scenario.mapping, timeZone: built.scenario.timeZone }, preview.proposed);
    const result = await importCsv(text, { mapping, header: preview.header });
    expect(result.rows).toBe(built.rows.length);
    expect(result.rejected.map((p) => p.line)).toEqual(brokenLines.map((b) => b.line));
    expect(result.rejected.map((p) => p.code)).toEqual(brokenLines.map((b) => b.problem.split(':')[0]));
    expect(result.accepted + result.rejectedCount).toBe(result.rows);
  });
});
