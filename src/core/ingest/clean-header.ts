/**
 * The header row as column names: byte-order mark and surrounding spaces removed, empty names
 * replaced by `Column N` (1-based position), repeated names (compared without case) renamed
 * `name (2)`, `name (3)`… so every column has its own name, with a warning per repeated name.
 * Example: cleanHeader(['\uFEFFid', 'Agent', 'agent', '']).header → ['id', 'Agent', 'agent (2)', 'Column 4'].
 */
export function cleanHeader(row: readonly string[]): { header: string[]; warnings: string[] } {
  const header = row.map((name, i) => {
    const trimmed = (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim();
    return trimmed === '' ? `Column ${i + 1}` : trimmed;
  });
  const used = new Set(header.map((name) => name.toLowerCase()));
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  for (let i = 0; i < header.length; i++) {
    const key = header[i].toLowerCase();
    const copies = (seen.get(key) ?? 0) + 1;
    seen.set(key, copies);
    if (copies === 1) continue;
    let n = copies;
    let renamed = `${header[i]} (${n})`;
    while (used.has(renamed.toLowerCase())) renamed = `${header[i]} (${++n})`;
    used.add(renamed.toLowerCase());
    warnings.push(`The header repeats the column name '${header[i]}'; column ${i + 1} is called '${renamed}'.`);
    header[i] = renamed;
  }
  return { header, warnings };
}
