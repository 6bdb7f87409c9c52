/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a
 * spreadsheet shows it instead of running it; cells with commas, quotes, line breaks or edge
 * spaces are quoted (RFC 4180). Numbers are written as numbers (NaN and infinities as empty cells).
 * Example: csvCell('=SUM(A1)') // "'=SUM(A1)";  csvCell('a,b') // '"a,b"';  csvCell(-0.5) // '-0.5'
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // A number's own digits can carry no formula, and a quote would turn -3 into text.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, lines ending with CRLF. Example: toCsv([['a', 1]]) // 'a,1\r\n' */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/** Offers `text` as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
