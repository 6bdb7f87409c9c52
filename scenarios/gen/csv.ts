/**
 * Writing delimited text the way spreadsheet exports do (RFC 4180 quoting): a field is quoted only
 * when it holds the delimiter, a double quote, a carriage return or a line feed, and quotes inside
 * are doubled.
 */

/** One field, quoted when it must be. Example: csvField('Say "hi"; bye', ';') === '"Say ""hi""; bye"' */
export function csvField(value: string, delimiter: string): string {
  const mustQuote = value.includes(delimiter) || /["\r\n]/.test(value);
  return mustQuote ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row without its line ending. Example: csvLine(['a', 'b,c'], ',') === 'a,"b,c"' */
export function csvLine(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => csvField(f, delimiter)).join(delimiter);
}
