import { describe, expect, it } from 'vitest';
import { parseLooseNumber } from '../../../src/core/ingest/parse-loose-number.ts';
import { parseNumberCell } from '../../../src/core/ingest/parse-number-cell.ts';

describe('parseNumberCell', () => {
  it.each([
    ['0', 0], ['512', 512], ['0.03', 0.03], ['-1.5', -1.5], ['.5', 0.5], ['12.', 12],
    ['$1,234.50', 1234.5], ['1.234,50', 1234.5], ['12,5', 12.5], ['(1.20)', -1.2], [' 7 ', 7], ['€ 3', 3], ['1e3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberCell(text)).toBe(value);
  });

  it.each([[''], ['  '], ['abc'], ['1.2.3'], ['-'], ['.'], ['Infinity'], ['12 apples']])('gives NaN for %j', (text) => {
    expect(parseNumberCell(text)).toBeNaN();
  });

  it('agrees with parseLooseNumber on plain numbers, to the last bit', () => {
    for (const text of ['0.1', '0.3', '123456.789', '999999999999999', '0.000001']) {
      expect(parseNumberCell(text)).toBe(parseLooseNumber(text));
      expect(parseNumberCell(text)).toBe(Number(text));
    }
  });
});
