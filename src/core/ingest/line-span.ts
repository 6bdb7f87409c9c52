/**
 * How many physical lines a parsed row took in the file: 1 plus the line breaks inside its quoted
 * fields. '\n' is counted, so '\r\n' counts once; files that break lines with a lone '\r' count '\r'.
 * Example: lineSpan(['a', 'two\nlines', 'b'], '\n') === 2.
 */
export function lineSpan(fields: readonly string[], linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let lines = 1;
  for (let i = 0; i < fields.length; i++) {
    let at = fields[i].indexOf(mark);
    while (at !== -1) {
      lines++;
      at = fields[i].indexOf(mark, at + 1);
    }
  }
  return lines;
}
