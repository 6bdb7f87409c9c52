import { applyNamedColumns, listColumns } from '../ingest/named-columns.ts';
import { ImportFileError } from '../ingest/types.ts';
import { ROSTER_FIELDS, type RosterMapping, type RosterSpec } from './types.ts';

/**
 * A roster mapping written by people (columns by header name) made concrete for one header, on
 * top of `base` (usually the proposed one): a named column replaces the base's, an empty name
 * removes the field, and a column taken by a named field is dropped from any other field.
 * Throws ImportFileError 'bad-mapping' for a name not in the header, or when no user column results.
 * Example: resolveRosterSpec(['Who', 'Seats'], { columns: { user: 'who', licenses: 'Seats' } }, { columns: {} }).columns
 *   → { user: 0, licenses: 1 }
 */
export function resolveRosterSpec(header: readonly string[], spec: RosterSpec, base: RosterMapping): RosterMapping {
  const columns = applyNamedColumns(header, ROSTER_FIELDS, spec.columns ?? {}, base.columns, 'roster column', true);
  if (columns.user === undefined) {
    throw new ImportFileError('bad-mapping', `No roster column is mapped to the user; the columns are: ${listColumns(header)}.`);
  }
  return { columns };
}
