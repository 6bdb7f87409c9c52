/**
 * Whether a parsed row is a blank line: one empty field, or only empty and whitespace fields
 * (`,,,` as spreadsheets write trailing rows). Blank rows are not data rows.
 * Example: isBlankRow(['']) === true; isBlankRow([' ', '']) === true; isBlankRow(['a']) === false.
 */
export function isBlankRow(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    // A first character above space settles the common case without a trim.
    if (field.length !== 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}
