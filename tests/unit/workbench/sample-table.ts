/** A bundled sample export (scenarios/<id>.csv) imported with its own mapping, as the app imports it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCsv } from '../../../src/core/ingest/import-csv.ts';
import { previewCsv } from '../../../src/core/ingest/preview-csv.ts';
import { resolveMappingSpec } from '../../../src/core/ingest/resolve-mapping.ts';
import type { CallTable, MappingSpec } from '../../../src/core/ingest/types.ts';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');

export interface SampleTable {
  fileName: string;
  timeZone: string;
  table: CallTable;
}

export async function sampleTable(id: string): Promise<SampleTable> {
  const file = JSON.parse(readFileSync(join(SCENARIOS, `${id}.json`), 'utf8')) as { data: string; timeZone: string; mapping: MappingSpec };
  const text = readFileSync(join(SCENARIOS, file.data), 'utf8');
  const preview = previewCsv(text.slice(0, 64 * 1024), { timeZone: file.timeZone, isWholeFile: false });
  const mapping = resolveMappingSpec(preview.header, { ...file.mapping, timeZone: file.timeZone }, preview.proposed);
  const { table } = await importCsv(text, { mapping, header: preview.header });
  return { fileName: file.data, timeZone: file.timeZone, table };
}
