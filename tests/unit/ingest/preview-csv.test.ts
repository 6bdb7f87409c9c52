import { describe, expect, it } from 'vitest';
import { previewCsv, type PreviewOptions } from '../../../src/core/ingest/preview-csv.ts';
import { proposeMapping } from '../../../src/core/ingest/propose-mapping.ts';
import { ImportFileError } from '../../../src/core/ingest/types.ts';
import { DIALER_HEADER, csvText, dialerRow, quoted } from './csv-fixtures.ts';

const whole: PreviewOptions = { timeZone: 'UTC', isWholeFile: true };
const threeCalls = [DIALER_HEADER, dialerRow(1, 0, 60), dialerRow(2, 1, 30, 'Voicemail Drop'), dialerRow(3, 2, 0)];

function fileErrorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportFileError) return error.code;
    throw error;
  }
  return undefined;
}

describe('previewCsv', () => {
  it.each([
    [',', false],
    [';', false],
    ['\t', true],
  ] as const)('detects the %j delimiter (BOM: %s) and the header row', (delimiter, bom) => {
    const preview = previewCsv(csvText(threeCalls, { delimiter, bom }), whole);
    expect(preview).toMatchObject({ delimiter, bom, hasHeader: true, header: [...DIALER_HEADER] });
    expect(preview.rows).toEqual(threeCalls.slice(1));
    expect(preview.rowLines).toEqual([2, 3, 4]);
  });

  it("detects '|' and ignores delimiters inside quotes", () => {
    const text = csvText([['Start', 'Secs', 'Note'], ['2026-03-02 09:00', '5', quoted('a|b|c|d')], ['2026-03-02 09:01', '6', 'x']], { delimiter: '|' });
    expect(previewCsv(text, whole).delimiter).toBe('|');
    const semicolonsInQuotes = csvText([['Start', 'Secs'], ['2026-03-02 09:00', quoted('1;2;3;4')], ['2026-03-02 09:01', '6']]);
    expect(previewCsv(semicolonsInQuotes, whole).delimiter).toBe(',');
  });

  it('proposes a mapping, counts the activity labels, and lists sample problems with their lines', () => {
    const text = csvText([...threeCalls, ['4', 'garbage', '10', 'Outbound call', 'ann']]);
    const preview = previewCsv(text, whole);
    expect(preview.proposed.columns).toMatchObject({ callId: 0, start: 1, duration: 2, type: 3, user: 4 });
    expect(preview.remembered).toBe(false);
    expect(preview.typeLabelsSeen).toEqual({ 'outbound call': 3, 'voicemail drop': 1 });
    expect(preview.sampleProblems).toEqual([expect.objectContaining({ line: 5, code: 'bad-time', value: 'garbage' })]);
  });

  it('counts physical lines of multi-line quoted fields and blank lines in rowLines', () => {
    const text = csvText([
      ['Start', 'Secs', 'Note'],
      ['2026-03-02 09:00', '5', quoted('one\ntwo\nthree')],
      [],
      ['2026-03-02 09:01', '6', 'x'],
    ], { eol: '\r\n' });
    const preview = previewCsv(text, whole);
    expect(preview.rowLines).toEqual([2, 6]);
    expect(preview.rows[0][2]).toBe('one\ntwo\nthree');
  });

  it('names the columns Column 1… when the first row is data', () => {
    const text = csvText([['2026-03-02 09:00:00', '60', 'ann'], ['2026-03-02 09:01:00', '30', 'bob']]);
    const preview = previewCsv(text, whole);
    expect(preview.hasHeader).toBe(false);
    expect(preview.header).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(preview.rowLines).toEqual([1, 2]);
    expect(preview.proposed.columns.start).toBe(0);
  });

  it("renames a repeated header name to 'name (2)' and warns", () => {
    const text = csvText([['Start', 'Secs', 'Agent', 'Agent'], ['2026-03-02 09:00', '5', 'ann', 'bob']]);
    const preview = previewCsv(text, whole);
    expect(preview.header).toEqual(['Start', 'Secs', 'Agent', 'Agent (2)']);
    expect(preview.warnings).toContainEqual(expect.stringContaining("'Agent (2)'"));
  });

  it('drops the cut last line of a partial sample, even one inside an open quoted field', () => {
    const full = csvText(threeCalls);
    const cut = full.slice(0, full.length - 12);
    expect(previewCsv(cut, { ...whole, isWholeFile: false }).rows).toHaveLength(2);
    const openQuote = `${csvText(threeCalls.slice(0, 3))}3,2026-03-02 09:02:00,0,"Outbound\ncall`;
    const preview = previewCsv(openQuote, { ...whole, isWholeFile: false });
    expect(preview.rows).toHaveLength(2);
    expect(preview.warnings).toEqual([]);
  });

  it('reuses a remembered mapping made for the same header, keeping its reviewed labels', () => {
    const text = csvText(threeCalls);
    const remembered = { ...proposeMapping([...DIALER_HEADER], [], 'Europe/Paris'), typeLabels: { 'outbound call': 'press1' as const } };
    const preview = previewCsv(text, { ...whole, remembered });
    expect(preview.remembered).toBe(true);
    expect(preview.proposed.timeZone).toBe('Europe/Paris');
    expect(preview.proposed.typeLabels).toEqual({ 'outbound call': 'press1', 'voicemail drop': 'voice_drop' });

    const otherHeader = { ...remembered, headerSignature: 'something|else' };
    expect(previewCsv(text, { ...whole, remembered: otherHeader }).remembered).toBe(false);
  });

  it.each([
    ['', 'empty'],
    [' \r\n\t\n', 'empty'],
    ['\uFEFF', 'empty'],
    ['not,a\u0000csv\uFFFD\uFFFD', 'binary'],
    ['\uFFFD\uFFFD\u0001\u0002PK\u0003\u0004ab,c', 'binary'],
    [csvText([DIALER_HEADER]), 'header-only'],
    [csvText([DIALER_HEADER, [], []]), 'header-only'],
  ])('throws ImportFileError for %j: %s', (text, code) => {
    expect(fileErrorCode(() => previewCsv(text, whole))).toBe(code);
  });

  it('accepts a header without rows when the sample is only the start of the file', () => {
    expect(previewCsv(csvText([DIALER_HEADER]), { ...whole, isWholeFile: false }).rows).toEqual([]);
  });

  it('keeps at most 20 preview rows but looks at the whole sample for problems', () => {
    const rows = [DIALER_HEADER, ...Array.from({ length: 30 }, (_, i) => dialerRow(i, i, 10)), ['99', 'bad', '1', 'x', 'y']];
    const preview = previewCsv(csvText(rows), whole);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rowLines[19]).toBe(21);
    expect(preview.sampleProblems.map((p) => p.line)).toEqual([32]);
  });
});
