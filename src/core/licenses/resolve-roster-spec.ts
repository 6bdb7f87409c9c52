import { normalizeName } from '../ingest/normalize-name.ts';
import { ImportFileError } from '../ingest/types.ts';
import { ROSTER_FIELDS, type RosterField, type RosterMapping, type RosterSpec } from './types.ts';

/** Index of the column called `name`: exact, then ignoring case and punctuation. */
function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const key = normalizeName(name);
  return key === '' ? -1 : header.findIndex((h) => normalizeName(h) === key);
}

/**
 * A roster mapping written by people (columns by header name) made concrete for one header, on
 * top of `base` (usually the proposed one): a named column replaces the base's, an empty name
 * removes the field, and a column taken by a named field is dropped from any other field.
 * Throws ImportFileError 'bad-mapping' for a name not in the header, or when no user column results.
 * Example: resolveRosterSpec(['Who', 'Seats'], { columns: { user: 'who', licenses: 'Seats' } }, { columns: {} }).columns
 *   → { user: 0, licenses: 1 }
 */
export function resolveRosterSpec(header: readonly string[], spec: RosterSpec, base: RosterMapping): RosterMapping {
  const columns: Partial<Record<RosterField, number>> = { ...base.columns };
  const named = spec.columns ?? {};
  for (const field of ROSTER_FIELDS) {
    const name = named[field];
    if (name === undefined) continue;
    if (name.trim() === '') {
      delete columns[field];
      continue;
    }
    const col = findColumn(header, name);
    if (col < 0) {
      const list = header.map((h) => `'${h}'`).join(', ');
      throw new ImportFileError('bad-mapping', `No roster column '${name}' (for ${field}); the columns are: ${list}.`);
    }
    for (const other of ROSTER_FIELDS) if (other !== field && columns[other] === col && named[other] === undefined) delete columns[other];
    columns[field] = col;
  }
  if (columns.user === undefined) {
    const list = header.map((h) => `'${h}'`).join(', ');
    throw new ImportFileError('bad-mapping', `No roster column is mapped to the user; the columns are: ${list}.`);
  }
  return { columns };
}
