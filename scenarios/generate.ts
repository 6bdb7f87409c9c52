/**
 * Writes the sample exports and their scenario files into scenarios/, and the sample license roster
 * that goes with outbound-team.csv, byte for byte the same on every run (fixed seeds, no clock).
 * Run: npm run scenarios   (or: npx tsx scenarios/generate.ts)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type BuiltExport } from './gen/export-file.ts';
import { buildMixedTeam } from './gen/mixed-team.ts';
import { buildOutboundTeam } from './gen/outbound-team.ts';
import { buildRoster } from './gen/roster.ts';
import { buildSupportDesk } from './gen/support-desk.ts';

const here = dirname(fileURLToPath(import.meta.url));
const builders: (() => BuiltExport)[] = [buildOutboundTeam, buildSupportDesk, buildMixedTeam];

const ids: string[] = [];
let outbound: BuiltExport | null = null;
for (const build of builders) {
  const built = build();
  if (built.scenario.id === 'outbound-team') outbound = built;
  const { text, brokenLines } = render(built);
  const bytes = Buffer.byteLength(text);
  writeFileSync(join(here, built.scenario.data), text);
  writeFileSync(join(here, `${built.scenario.id}.json`), `${JSON.stringify(built.scenario, null, 2)}\n`);
  ids.push(built.scenario.id);
  console.log(`${built.scenario.data}: ${built.rows.length} rows, ${bytes} bytes`);
  for (const b of brokenLines) console.log(`  line ${b.line}: ${b.problem}`);
}
// The license roster of the outbound team's agents, with its deliberate problems (gen/roster.ts).
const roster = buildRoster(outbound!);
writeFileSync(join(here, roster.file), roster.text);
console.log(`${roster.file}: ${roster.rows} rows, ${roster.kept} users kept, ${Buffer.byteLength(roster.text)} bytes`);
for (const p of roster.problems) console.log(`  line ${p.line}: ${p.code}${p.user === '' ? '' : ` (${p.user})`}`);
for (const [code, users] of Object.entries(roster.findings)) console.log(`  ${code}: ${users.join(', ')}`);
console.log(`  pool-short: ${roster.poolShort}; pool-shelfware: ${roster.poolShelfware}`);
// Keep hand-made scenarios listed after the generated ones, and a default someone chose.
const previous = existsSync(join(here, 'index.json'))
  ? (JSON.parse(readFileSync(join(here, 'index.json'), 'utf8')) as { default?: string; scenarios?: string[] })
  : {};
const extra = (previous.scenarios ?? []).filter((id) => !ids.includes(id));
const index = { default: previous.default ?? 'outbound-team', scenarios: [...ids, ...extra] };
writeFileSync(join(here, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
