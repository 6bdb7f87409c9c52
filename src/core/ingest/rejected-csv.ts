import type { ImportResult } from './types.ts';

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rejected rows as a CSV a person can fix and re-import: `line,column,reason,value` (where in
 * the file, which column, why, the offending value) followed by the row's original columns.
 * Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so spreadsheets do not run
 * them as formulas; cells with commas, quotes, line breaks or edge spaces are quoted (RFC 4180),
 * lines end with CRLF.
 * Example: rejectedRowsCsv({ header: ['start'], rejected: [{ line: 3, column: 'start', value: '=1+1',
 *   code: 'bad-time', message: "could not read '=1+1' as a date and time" }], rejectedRows: [['=1+1']] })
 *   // "line,column,reason,value,start\r\n3,start,could not read '=1+1' as a date and time,'=1+1,'=1+1\r\n"
 */
export function rejectedRowsCsv(result: Pick<ImportResult, 'header' | 'rejected' | 'rejectedRows'>): string {
  const lines = [['line', 'column', 'reason', 'value', ...result.header].map(cell).join(',')];
  result.rejected.forEach((problem, i) => {
    const row = result.rejectedRows[i] ?? [];
    lines.push([String(problem.line), problem.column ?? '', problem.message, problem.value, ...row].map(cell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
