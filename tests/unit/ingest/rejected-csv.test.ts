import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../../src/core/ingest/rejected-csv.ts';
import type { ImportProblem } from '../../../src/core/ingest/types.ts';

const problem = (line: number, value: string, column: string | null = 'Start'): ImportProblem => ({
  line, column, value, code: 'bad-time', message: `could not read '${value}' as a date and time`,
});

describe('rejectedRowsCsv', () => {
  it('writes line, column, reason, value, then the original columns, CRLF-terminated', () => {
    const csv = rejectedRowsCsv({ header: ['Start', 'Secs'], rejected: [problem(7, 'soon')], rejectedRows: [['soon', '60']] });
    expect(csv).toBe("line,column,reason,value,Start,Secs\r\n7,Start,could not read 'soon' as a date and time,soon,soon,60\r\n");
  });

  it("prefixes cells that a spreadsheet would run as formulas with '", () => {
    const csv = rejectedRowsCsv({ header: ['Start', 'Note'], rejected: [problem(2, '=1+1')], rejectedRows: [['=1+1', '@SUM(A1)']] });
    const cells = Papa.parse<string[]>(csv.trim()).data[1];
    expect(cells).toEqual(['2', 'Start', "could not read '=1+1' as a date and time", "'=1+1", "'=1+1", "'@SUM(A1)"]);
    for (const start of ['+', '-', '\t', '\r']) {
      const row = Papa.parse<string[]>(rejectedRowsCsv({ header: ['x'], rejected: [problem(2, `${start}3`)], rejectedRows: [[`${start}3`]] }).trim()).data[1];
      expect(row[3]).toBe(`'${start}3`);
    }
  });

  it('quotes cells with commas, quotes and line breaks so they read back unchanged', () => {
    const row = ['a,b', 'say "hi"', 'two\nlines', ' padded '];
    const csv = rejectedRowsCsv({ header: ['A', 'B', 'C', 'D'], rejected: [problem(3, 'a,b', null)], rejectedRows: [row] });
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[1]).toEqual(['3', '', "could not read 'a,b' as a date and time", 'a,b', ...row]);
  });

  it('writes only the header row when nothing was rejected', () => {
    expect(rejectedRowsCsv({ header: ['Start'], rejected: [], rejectedRows: [] })).toBe('line,column,reason,value,Start\r\n');
  });
});
