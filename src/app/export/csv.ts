/**
 * CSV for every table the app offers as a download: one place for the quoting and the
 * neutralising, so no table can forget either.
 */

/** A cell as tables hold it: text, a number, or nothing. */
export type CsvValue = string | number | null | undefined;
export type CsvRows = readonly (readonly CsvValue[])[];

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a
 * spreadsheet shows it instead of running it; cells with commas, quotes, line breaks or edge
 * spaces are quoted (RFC 4180). Numbers are written as numbers (NaN and infinities as empty cells).
 * Example: csvCell('=SUM(A1)') // "'=SUM(A1)";  csvCell('a,b') // '"a,b"';  csvCell(-0.5) // '-0.5'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number's own digits can carry no formula, and a quote would turn -3 into text.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, every line ending with CRLF (RFC 4180). Example: toCsv([['a', 1]]) // 'a,1\r\n' */
export function toCsv(rows: CsvRows): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/** Offers a blob as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers `text` as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
