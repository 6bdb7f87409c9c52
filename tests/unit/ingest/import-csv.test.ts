import { describe, expect, it } from 'vitest';
import { importCsv, type ImportCsvOptions } from '../../../src/core/ingest/import-csv.ts';
import { ImportFileError, type ImportResult } from '../../../src/core/ingest/types.ts';
import { DIALER_HEADER, DIALER_MAPPING, csvText, dialerRow, dialerStartMs, mappingOf, quoted } from './csv-fixtures.ts';

/** Imports `input` and checks the invariant every import keeps. */
async function imported(input: string | Blob, opts: Partial<ImportCsvOptions> = {}): Promise<ImportResult> {
  const result = await importCsv(input, { mapping: DIALER_MAPPING, ...opts });
  expect(result.accepted + result.rejectedCount).toBe(result.rows);
  expect(result.table.count).toBe(result.accepted);
  return result;
}

async function failure(input: string | Blob, opts: Partial<ImportCsvOptions> = {}): Promise<ImportFileError> {
  try {
    await importCsv(input, { mapping: DIALER_MAPPING, ...opts });
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('importCsv resolved, expected an ImportFileError');
}

const threeCalls = [DIALER_HEADER, dialerRow(1, 0, 60), dialerRow(2, 1, 30), dialerRow(3, 2, 0)];

describe('importCsv', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('reads a %j-delimited file (%s), found without being told', async (delimiter) => {
    const result = await imported(csvText(threeCalls, { delimiter }));
    expect(result).toMatchObject({ rows: 3, accepted: 3, delimiter, header: [...DIALER_HEADER] });
    expect(Array.from(result.table.startMs)).toEqual([dialerStartMs(0), dialerStartMs(1), dialerStartMs(2)]);
    expect(Array.from(result.table.durationSec)).toEqual([60, 30, 0]);
  });

  it('drops a byte-order mark before the first header name', async () => {
    const result = await imported(csvText(threeCalls, { bom: true }));
    expect(result.header[0]).toBe('Call ID');
    expect(result.accepted).toBe(3);
  });

  it('reads quoted fields holding delimiters, doubled quotes and line breaks', async () => {
    const text = csvText([
      DIALER_HEADER,
      ['1', '2026-03-02 09:00:00', '60', quoted('Outbound call'), quoted('Lee, Ann "AL"')],
      ['2', '2026-03-02 09:01:00', '30', 'Outbound call', quoted('two\nline agent')],
    ]);
    const result = await imported(text);
    expect(result.table.users).toEqual(['', 'Lee, Ann "AL"', 'two\nline agent']);
    expect(Array.from(result.table.line)).toEqual([2, 3]);
  });

  it('numbers a bad row after a three-line quoted field by its physical line', async () => {
    const text = csvText([
      DIALER_HEADER, // line 1
      ['1', '2026-03-02 09:00:00', '60', 'Outbound call', quoted('line one\nline two\nline three')], // lines 2–4
      ['2', '2026-03-02 09:01:00', 'soon', 'Outbound call', 'ann'], // line 5
      ['3', 'later', '30', 'Outbound call', 'ann'], // line 6
    ]);
    const result = await imported(text);
    expect(result.rejected.map((p) => [p.line, p.code, p.column, p.value])).toEqual([
      [5, 'bad-duration', 'Duration (s)', 'soon'],
      [6, 'bad-time', 'Start', 'later'],
    ]);
    expect(result.rejectedRows[0]).toEqual(['2', '2026-03-02 09:01:00', 'soon', 'Outbound call', 'ann']);
  });

  it('counts CRLF line breaks once, inside quotes too, and skips blank lines in the middle and at the end', async () => {
    const text = [
      DIALER_HEADER.join(','), // 1
      dialerRow(1, 0, 60).join(','), // 2
      '', // 3 blank
      ['2', '2026-03-02 09:01:00', '30', 'Outbound call', quoted('a\r\nb')].join(','), // 4–5
      ',,,,', // 6 blank: only empty fields
      ['3', 'bad', '30', 'Outbound call', 'ann'].join(','), // 7
      '', // 8
      '', // 9
    ].join('\r\n');
    const result = await imported(text);
    expect(result).toMatchObject({ rows: 3, accepted: 2, rejectedCount: 1 });
    expect(Array.from(result.table.line)).toEqual([2, 4]);
    expect(result.rejected[0]).toMatchObject({ line: 7, code: 'bad-time' });
    expect(result.table.users[2]).toBe('a\r\nb');
  });

  it('gives the same rows and lines whatever the chunk size, even a few characters', async () => {
    const text = csvText([
      DIALER_HEADER,
      dialerRow(1, 0, 60),
      ['2', '2026-03-02 09:01:00', '30', quoted('Voicemail\ndrop'), quoted('x,y')],
      [],
      ['3', 'bad', '1', 'a', 'b'],
      dialerRow(4, 3, 5),
    ], { eol: '\r\n' });
    const whole = await imported(text);
    const small = await imported(text, { chunkSize: 7 });
    expect(Array.from(small.table.line)).toEqual(Array.from(whole.table.line));
    expect(Array.from(small.table.line)).toEqual([2, 3, 7]);
    expect(small.rejected).toEqual(whole.rejected);
    expect(small.table.typeLabels).toEqual(whole.table.typeLabels);
  });

  it('reads a Blob, decoding UTF-8 characters split across chunks', async () => {
    const text = csvText([DIALER_HEADER, dialerRow(1, 0, 60, 'Outbound call', 'José Müller'), dialerRow(2, 1, 30, 'Outbound call', 'Zoë')], { bom: true });
    for (const chunkSize of [1 << 20, 3]) {
      const result = await imported(new Blob([text]), { chunkSize });
      expect(result.table.users).toEqual(['', 'José Müller', 'Zoë']);
      expect(result.header[0]).toBe('Call ID');
      expect(result.bytes).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('reads a Node-style readable stream of byte chunks', async () => {
    const bytes = new TextEncoder().encode(csvText(threeCalls));
    const listeners = new Map<string, (arg?: unknown) => void>();
    const stream = { on: (event: string, fn: (arg?: unknown) => void) => listeners.set(event, fn) };
    const pending = importCsv(stream, { mapping: DIALER_MAPPING });
    for (let at = 0; at < bytes.length; at += 10) listeners.get('data')!(bytes.subarray(at, at + 10));
    listeners.get('end')!();
    const result = await pending;
    expect(result).toMatchObject({ rows: 3, accepted: 3, bytes: bytes.length });
  });

  it('uses the previewed header names and skips the file header row', async () => {
    const text = csvText([['Agent', 'Agent', 'Start', 'Secs'], ['ann', 'bob', '2026-03-02 09:00', '5']]);
    const result = await imported(text, {
      header: ['Agent', 'Agent (2)', 'Start', 'Secs'],
      mapping: mappingOf({ user: 1, start: 2, duration: 3 }),
    });
    expect(result.header).toEqual(['Agent', 'Agent (2)', 'Start', 'Secs']);
    expect(result.table.users).toEqual(['', 'bob']);
    expect(result.warnings).toEqual([]);
  });

  it('renames repeated header names when it reads the header itself, with a warning', async () => {
    const text = csvText([['Agent', 'agent', 'Start', 'Secs'], ['ann', 'bob', '2026-03-02 09:00', '5']]);
    const result = await imported(text, { mapping: mappingOf({ user: 1, start: 2, duration: 3 }) });
    expect(result.header).toEqual(['Agent', 'agent (2)', 'Start', 'Secs']);
    expect(result.warnings).toEqual([expect.stringContaining("'agent (2)'")]);
  });

  it('reads every row as data when told the file has no header', async () => {
    const text = csvText([['2026-03-02 09:00', '5'], ['2026-03-02 09:01', '6']]);
    const result = await imported(text, { hasHeader: false, mapping: mappingOf({ start: 0, duration: 1 }) });
    expect(result.header).toEqual(['Column 1', 'Column 2']);
    expect(Array.from(result.table.line)).toEqual([1, 2]);
  });

  it('reports progress at the end with the rows and bytes read', async () => {
    const seen: number[] = [];
    const text = csvText(threeCalls);
    await imported(text, { onProgress: (p) => seen.push(p.rows, p.bytes, p.totalBytes) });
    expect(seen.slice(-3)).toEqual([3, text.length, text.length]);
  });

  it.each([
    ['', 'empty'],
    ['\n\n  \n', 'empty'],
    [csvText([DIALER_HEADER]), 'header-only'],
    [csvText([DIALER_HEADER, [], []]), 'header-only'],
  ])('rejects %j with ImportFileError %s', async (text, code) => {
    expect((await failure(text)).code).toBe(code);
  });

  it("rejects a file whose every row is bad with 'no-valid-rows', quoting the first reasons", async () => {
    const error = await failure(csvText([DIALER_HEADER, ['1', 'x', '1', 'a', 'b'], ['2', '2026-03-02 09:00', '-1', 'a', 'b']]));
    expect(error.code).toBe('no-valid-rows');
    expect(error.message).toContain('None of the 2 rows');
    expect(error.message).toContain("line 2: could not read 'x' as a date and time");
    expect(error.message).toContain('line 3: the duration');
  });

  it("rejects a file with more data rows than maxRows with 'too-large', naming the limit", async () => {
    const rows = [DIALER_HEADER, ...Array.from({ length: 5 }, (_, i) => dialerRow(i, i, 10))];
    const error = await failure(csvText(rows), { maxRows: 3 });
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('3 data rows');
    expect(error.message).toContain('row limit');
    expect((await imported(csvText(rows.slice(0, 4)), { maxRows: 3 })).rows).toBe(3);
  });

  it("stops with 'cancelled' when isCancelled turns true", async () => {
    const rows = [DIALER_HEADER, ...Array.from({ length: 50 }, (_, i) => dialerRow(i, i, 10))];
    let polls = 0;
    const error = await failure(csvText(rows), { chunkSize: 64, isCancelled: () => ++polls > 2 });
    expect(error.code).toBe('cancelled');
  });

  it("rejects a mapping without a time column with 'no-time-column'", async () => {
    const error = await failure(csvText(threeCalls), { mapping: mappingOf({ user: 4 }) });
    expect(error.code).toBe('no-time-column');
  });
});
