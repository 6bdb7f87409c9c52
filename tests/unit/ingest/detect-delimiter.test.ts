import { describe, expect, it } from 'vitest';
import { cleanHeader } from '../../../src/core/ingest/clean-header.ts';
import { detectDelimiter } from '../../../src/core/ingest/detect-delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2;3\n4,5;6;7\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b|c\r\n1|2|3\r\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','],
    ['single\ncolumn\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('cleanHeader', () => {
  it('strips the BOM and spaces, names empty columns by position, renames repeats case-insensitively around names in use', () => {
    const { header, warnings } = cleanHeader(['\uFEFF Start ', '', 'Agent', 'agent', 'Agent', 'Agent (2)']);
    expect(header).toEqual(['Start', 'Column 2', 'Agent', 'agent (3)', 'Agent (4)', 'Agent (2)']);
    expect(warnings).toEqual([expect.stringContaining("column 4 is called 'agent (3)'"), expect.stringContaining("column 5 is called 'Agent (4)'")]);
  });
});
