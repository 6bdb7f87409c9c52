import { normalizeName } from './normalize-name.ts';
import { ImportFileError } from './types.ts';

function squeeze(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

/** Index of the header column called `name`: exact, then ignoring case and spaces, then ignoring punctuation too; −1 when none. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const key = squeeze(name);
  const loose = header.findIndex((h) => squeeze(h) === key);
  if (loose >= 0) return loose;
  const normal = normalizeName(name);
  return normal === '' ? -1 : header.findIndex((h) => normalizeName(h) === normal);
}

/** The header as a list for messages: 'Date', 'Start', … */
export function listColumns(header: readonly string[]): string {
  return header.map((h) => `'${h}'`).join(', ');
}

/**
 * Columns chosen by header name (as people write them in scenario files and CLI flags) laid over
 * `base`'s: a named column replaces the base's choice for its field, an empty name removes the
 * field. With `exclusive`, a column a named field takes is dropped from any field not named.
 * Throws ImportFileError 'bad-mapping' for a name not in the header; `what` prefixes the column in
 * the message ("roster column"), and the message lists the header.
 * Example: applyNamedColumns(['Who', 'Seats'], ['user', 'licenses'], { user: 'who' }, { user: 1, licenses: 1 }, 'column', true)
 *   → { user: 0, licenses: 1 }
 */
export function applyNamedColumns<F extends string>(
  header: readonly string[],
  fields: readonly F[],
  named: Partial<Record<F, string>>,
  base: Partial<Record<F, number>>,
  what: string,
  exclusive: boolean,
): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = { ...base };
  for (const field of fields) {
    const name = named[field];
    if (name === undefined) continue;
    if (name.trim() === '') {
      delete columns[field];
      continue;
    }
    const col = findColumn(header, name);
    if (col < 0) {
      throw new ImportFileError('bad-mapping', `No ${what} '${name}' (for ${field}) in the header; the columns are: ${listColumns(header)}.`);
    }
    if (exclusive) for (const other of fields) if (other !== field && columns[other] === col && named[other] === undefined) delete columns[other];
    columns[field] = col;
  }
  return columns;
}
