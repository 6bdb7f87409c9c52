/**
 * Writes the sample exports and their scenario files into scenarios/, byte for byte the same on
 * every run (fixed seeds, no clock). Run: npm run scenarios   (or: npx tsx scenarios/generate.ts)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type BuiltExport } from './gen/export-file.ts';
import { buildMixedTeam } from './gen/mixed-team.ts';
import { buildOutboundTeam } from './gen/outbound-team.ts';
import { buildSupportDesk } from './gen/support-desk.ts';

const here = dirname(fileURLToPath(import.meta.url));
const builders: (() => BuiltExport)[] = [buildOutboundTeam, buildSupportDesk, buildMixedTeam];

const ids: string[] = [];
for (const build of builders) {
  const built = build();
  const { text, brokenLines } = render(built);
  const bytes = Buffer.byteLength(text);
  writeFileSync(join(here, built.scenario.data), text);
  writeFileSync(join(here, `${built.scenario.id}.json`), `${JSON.stringify(built.scenario, null, 2)}\n`);
  ids.push(built.scenario.id);
  console.log(`${built.scenario.data}: ${built.rows.length} rows, ${bytes} bytes`);
  for (const b of brokenLines) console.log(`  line ${b.line}: ${b.problem}`);
}
// Keep hand-made scenarios listed after the generated ones, and a default someone chose.
const previous = existsSync(join(here, 'index.json'))
  ? (JSON.parse(readFileSync(join(here, 'index.json'), 'utf8')) as { default?: string; scenarios?: string[] })
  : {};
const extra = (previous.scenarios ?? []).filter((id) => !ids.includes(id));
const index = { default: previous.default ?? 'outbound-team', scenarios: [...ids, ...extra] };
writeFileSync(join(here, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
