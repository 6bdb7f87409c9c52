// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importCsv } from '../../../src/core/ingest/import-csv.ts';
import { previewCsv } from '../../../src/core/ingest/preview-csv.ts';
import { ImportFileError, type ImportResult, type Mapping } from '../../../src/core/ingest/types.ts';
import { mappingOf } from '../ingest/csv-fixtures.ts';
import { props, timeoutFor } from './prop-runs.ts';

/** A CSV cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
function writeCsv(rows: readonly (readonly string[])[], eol = '\n'): string {
  return rows.map((r) => r.map(cell).join(',')).join(eol) + eol;
}

/** Previews then imports `text` as the app does; an ImportFileError is an answer, anything else a bug. */
async function previewAndImport(input: string | Blob, sample: string): Promise<ImportResult | ImportFileError> {
  try {
    const preview = previewCsv(sample, { timeZone: 'UTC', isWholeFile: true, fileName: 'fuzz.csv' });
    return await importCsv(input, { mapping: preview.proposed, header: preview.header, hasHeader: preview.hasHeader, delimiter: preview.delimiter, chunkSize: 64 });
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
}

/** The invariant every finished import keeps: each data row accepted or rejected with a reason. */
function expectAccounted(result: ImportResult): void {
  expect(result.accepted + result.rejectedCount).toBe(result.rows);
  expect(result.table.count).toBe(result.accepted);
  expect(result.rejected.length).toBe(Math.min(result.rejectedCount, result.rejected.length));
  for (const p of result.rejected) {
    expect(p.line).toBeGreaterThan(0);
    expect(p.code).toMatch(/^[a-z-]+$/);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

// Cells drawn from what exports hold and what breaks parsers: times in several formats, numbers,
// empty and odd cells, quotes, delimiters and line breaks.
const timeCell = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19).replace('T', ' ')),
  fc.constantFrom('3/8/2026 2:30 AM', '31.12.2026 23:59', '2026-02-30 10:00', '', 'soon', '24:00', '2026-03-08T02:30:00'),
);
const numberCell = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)),
  fc.constantFrom('', '-5', '1:02:03', '12:30', 'NaN', '1e3', '0', ' 7 ', '$1.50'),
);
const oddCell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', 'a,b', 'x\ny', '\r\n', '\uFEFF', '<b>x</b>'));
const row = fc.tuple(timeCell, numberCell, oddCell, oddCell, numberCell).map((r) => [...r]);
const HEADER = ['Start', 'Duration', 'Type', 'Agent', 'Cost'];
const MAPPING: Mapping = mappingOf({ start: 0, duration: 1, type: 2, user: 3, cost: 4 }, { costUnit: 'cents', typeLabels: { call: 'dial' } });

describe('importCsv and previewCsv on arbitrary input (properties)', () => {
  it('never throw on arbitrary text: an ImportFileError for a whole-file problem, else every row accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        const out = await previewAndImport(text, text);
        if (!(out instanceof ImportFileError)) expectAccounted(out);
      }),
      props(150),
    );
  }, timeoutFor(10_000));

  it('never throw on CSV-shaped text with random delimiters, quotes, blank lines and line endings', async () => {
    const csvish = fc.array(fc.array(fc.oneof(timeCell, numberCell, oddCell), { maxLength: 6 }), { maxLength: 12 })
      .chain((rows) => fc.tuple(fc.constant(rows), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n', '\r')))
      .map(([rows, d, eol]) => rows.map((r) => r.join(d)).join(eol));
    await fc.assert(
      fc.asyncProperty(csvish, async (text) => {
        const out = await previewAndImport(text, text);
        if (!(out instanceof ImportFileError)) expectAccounted(out);
      }),
      props(150),
    );
  }, timeoutFor(10_000));

  it('never throw on arbitrary bytes read as a Blob (invalid UTF-8 included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const sample = new TextDecoder().decode(bytes);
        const out = await previewAndImport(new Blob([bytes as Uint8Array<ArrayBuffer>]), sample);
        if (!(out instanceof ImportFileError)) expectAccounted(out);
      }),
      props(100),
    );
  }, timeoutFor(10_000));

  it('accepts or rejects (with a reason) every non-blank data row of a written CSV: the counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        const text = writeCsv([HEADER, ...rows]);
        let result: ImportResult;
        try {
          result = await importCsv(text, { mapping: MAPPING, header: HEADER, delimiter: ',', chunkSize: 50 });
        } catch (error) {
          // Only the whole-file outcomes that this input can have.
          expect(error).toBeInstanceOf(ImportFileError);
          expect((error as ImportFileError).code).toMatch(/^(no-valid-rows|header-only)$/);
          return;
        }
        expectAccounted(result);
        expect(result.rows).toBe(rows.filter((r) => r.some((c) => c.trim() !== '')).length);
      }),
      props(150),
    );
  }, timeoutFor(10_000));

  it('re-imports a CSV written from the accepted records to the same records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        let first: ImportResult;
        try {
          first = await importCsv(writeCsv([HEADER, ...rows]), { mapping: MAPPING, header: HEADER, delimiter: ',' });
        } catch {
          return; // nothing accepted: nothing to write back
        }
        const again = await importCsv(writeCsv([HEADER, ...recordsOf(first)], '\r\n'), { mapping: MAPPING, header: HEADER, delimiter: ',', chunkSize: 33 });
        expect(again.rejected).toEqual([]);
        expect(recordsOf(again)).toEqual(recordsOf(first));
        expect(Array.from(again.table.kind)).toEqual(Array.from(first.table.kind));
      }),
      props(150),
    );
  }, timeoutFor(10_000));
});

/** The test's own writer: one canonical CSV row per accepted record (ISO UTC start, seconds, cents). */
function recordsOf(result: ImportResult): string[][] {
  const t = result.table;
  const number = (x: number) => (Number.isNaN(x) ? '' : String(x));
  return Array.from({ length: t.count }, (_, i) => [
    new Date(t.startMs[i]).toISOString(),
    number(t.durationSec[i]),
    t.typeLabels[t.typeLabel[i]],
    t.users[t.user[i]],
    number(t.costCents[i]),
  ]);
}
