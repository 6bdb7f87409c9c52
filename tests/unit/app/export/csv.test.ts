import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/app/export/csv.ts';
import { exportFileName } from '../../../../src/app/export/export-file-name.ts';

describe('csvCell(value)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+41 22', "'+41 22"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=b', 'a=b'],
    ['plain text', 'plain text'],
  ])('neutralises a cell that a spreadsheet would run as a formula: %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' leading', '" leading"'],
    ['trailing ', '"trailing "'],
  ])('quotes per RFC 4180 what needs it, doubling inner quotes: %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers (negative ones unquoted and unprefixed), empty for NaN, infinities, null and undefined', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(-Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv(rows)', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, '=2']])).toBe("a,b\r\n1,'=2\r\n");
  });

  it('gives an empty text for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('keeps a quoted line break inside its cell, so the row count read back is the row count written', () => {
    const text = toCsv([['note'], ['one\r\ntwo']]);
    expect(text).toBe('note\r\n"one\r\ntwo"\r\n');
  });
});

describe('exportFileName(what, ext, when)', () => {
  it('says what and the local date: headroom-recharge-fan-2026-11-27.png', () => {
    expect(exportFileName('recharge-fan', 'png', new Date(2026, 10, 27, 23, 59))).toBe('headroom-recharge-fan-2026-11-27.png');
  });

  it('keeps only lower-case letters, digits and dashes from the name', () => {
    expect(exportFileName(' Ports: blocking / 14 ports ', 'csv', new Date(2026, 0, 5))).toBe('headroom-ports-blocking-14-ports-2026-01-05.csv');
    expect(exportFileName('***', 'csv', new Date(2026, 0, 5))).toBe('headroom-export-2026-01-05.csv');
  });
});
