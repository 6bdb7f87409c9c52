import Papa from 'papaparse';
import { isBlankRow } from '../ingest/blank-row.ts';
import { cleanHeader } from '../ingest/clean-header.ts';
import { detectDelimiter } from '../ingest/detect-delimiter.ts';
import { lineSpan } from '../ingest/line-span.ts';
import { normalizeName } from '../ingest/normalize-name.ts';
import { ImportFileError } from '../ingest/types.ts';
import { parseLicenseFlag } from './parse-license-flag.ts';
import { parseLicenseList } from './parse-license-list.ts';
import { parseRosterStatus } from './parse-roster-status.ts';
import { proposeRosterMapping } from './propose-roster-mapping.ts';
import { resolveRosterSpec } from './resolve-roster-spec.ts';
import { userKey } from './user-key.ts';
import {
  LICENSE_LABELS, LICENSE_TYPES,
  type LicenseType, type RosterEntry, type RosterImport, type RosterMapping, type RosterProblem, type RosterSpec,
} from './types.ts';

/** The row's first problem, or its entry. */
type RowOutcome = { problem: Omit<RosterProblem, 'line'> } | { entry: Omit<RosterEntry, 'line'> };

function readRow(fields: readonly string[], header: readonly string[], mapping: RosterMapping): RowOutcome {
  const cols = mapping.columns;
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  const width = Math.max(...used) + 1;
  if (fields.length < width) {
    const value = fields.join(',');
    return { problem: { column: null, value, code: 'short-row', message: `the row has ${fields.length} fields, the mapping needs ${width}` } };
  }
  const cell = (c: number) => fields[c] ?? '';
  const user = cell(cols.user!).replace(/\s+/gu, ' ').trim();
  if (user === '') {
    return { problem: { column: header[cols.user!]!, value: cell(cols.user!), code: 'missing-user', message: 'the user is empty' } };
  }
  let status: RosterEntry['status'] = 'active';
  if (cols.status !== undefined) {
    const raw = cell(cols.status);
    const parsed = parseRosterStatus(raw);
    if (parsed === null) {
      return { problem: { column: header[cols.status]!, value: raw, code: 'bad-status', message: `could not read '${raw}' as a status (active or hidden)` } };
    }
    status = parsed;
  }
  const held = new Set<LicenseType>();
  if (cols.licenses !== undefined) {
    const raw = cell(cols.licenses);
    const { licenses, unknown } = parseLicenseList(raw);
    if (unknown.length > 0) {
      const known = LICENSE_TYPES.map((t) => LICENSE_LABELS[t]).join(', ');
      return { problem: { column: header[cols.licenses]!, value: raw, code: 'unknown-license', message: `'${unknown[0]}' is not a license (${known})` } };
    }
    for (const t of licenses) held.add(t);
  }
  for (const type of LICENSE_TYPES) {
    const c = cols[type];
    if (c === undefined) continue;
    const flag = parseLicenseFlag(cell(c));
    if (flag === null) {
      return { problem: { column: header[c]!, value: cell(c), code: 'bad-flag', message: `could not read '${cell(c)}' as assigned or not (yes/no, 1/0, x, true/false)` } };
    }
    if (flag) held.add(type);
  }
  return { entry: { user, key: userKey(user), status, licenses: LICENSE_TYPES.filter((t) => held.has(t)) } };
}

/**
 * Imports a license roster CSV (rosters are small, so synchronously on the whole text): byte-order
 * mark, delimiter (`,` `;` tab `|`), quoted fields, a header row, and a mapping proposed from the
 * header names with `spec` on top. Licenses come as one yes/no column per license, a column listing
 * them (`CRM; Dialer Tab | Flex Port`), or both (their union). Every data row ends up either in
 * `roster` or in `problems` with its physical line, column, value and reason (a later row for the
 * same user, compared by `userKey`, is a 'duplicate-user' problem; the first row counts). A missing
 * status column reads everyone as active (with a warning).
 * Throws ImportFileError 'empty' (no rows), 'binary', 'header-only', 'bad-mapping' (no user column).
 * Example: importRoster('User,Status,Licenses\nAnn,active,CRM;Dialer\n').roster
 *   → [{ user: 'Ann', key: 'ann', status: 'active', licenses: ['crm', 'dialer'], line: 2 }]
 */
export function importRoster(text: string, spec: RosterSpec = {}): RosterImport {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportFileError('empty', 'The roster is empty.');
  if (body.includes('\u0000') || body.includes('\ufffd')) {
    throw new ImportFileError('binary', 'The roster is not a text CSV file (it looks like a spreadsheet or another binary file).');
  }
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, header: false });
  const warnings: string[] = [];
  if (parsed.errors.some((e) => e.code === 'MissingQuotes')) {
    warnings.push('A quoted field is never closed; everything after its opening quote was read as one value.');
  }

  const rows: string[][] = [];
  const lines: number[] = [];
  let nextLine = 1;
  for (const fields of parsed.data) {
    if (!isBlankRow(fields)) {
      rows.push(fields);
      lines.push(nextLine);
    }
    nextLine += lineSpan(fields, parsed.meta.linebreak);
  }
  if (rows.length === 0) throw new ImportFileError('empty', 'The roster has no rows.');

  // A roster's cells are all text, so the header is recognised by its names, not by its values:
  // a user column, two roster fields, or a column the spec names. One license name alone ("Ann,CRM")
  // is more likely a data row listing that license.
  const first = cleanHeader(rows[0]!);
  const proposedFromFirst = proposeRosterMapping(first.header);
  const named = Object.values(spec.columns ?? {}).filter((n): n is string => n !== undefined && n.trim() !== '');
  const firstNames = new Set(first.header.map((h) => normalizeName(h)));
  const hasHeader = proposedFromFirst.columns.user !== undefined ||
    Object.keys(proposedFromFirst.columns).length >= 2 ||
    named.some((n) => firstNames.has(normalizeName(n)));
  let header: string[];
  let proposed: RosterMapping;
  if (hasHeader) {
    header = first.header;
    warnings.push(...first.warnings);
    proposed = proposedFromFirst;
    rows.shift();
    lines.shift();
    if (rows.length === 0) throw new ImportFileError('header-only', 'The roster has a header row but no users.');
  } else {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
    proposed = { columns: {} };
    warnings.push('The first row names no roster column (user, status, licenses); the columns are called Column 1, Column 2, ….');
  }
  const mapping = resolveRosterSpec(header, spec, proposed);
  if (mapping.columns.status === undefined) warnings.push('No status column: every user is read as active.');
  if (LICENSE_TYPES.every((t) => mapping.columns[t] === undefined) && mapping.columns.licenses === undefined) {
    warnings.push('No license column: every user is read as holding no license.');
  }

  const roster: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const rejectedUsers = new Map<string, string>();
  const firstLine = new Map<string, number>();
  rows.forEach((fields, i) => {
    const line = lines[i]!;
    const outcome = readRow(fields, header, mapping);
    if ('problem' in outcome) {
      problems.push({ line, ...outcome.problem });
      const name = (fields[mapping.columns.user!] ?? '').replace(/\s+/gu, ' ').trim();
      if (name !== '' && !rejectedUsers.has(userKey(name))) rejectedUsers.set(userKey(name), name);
      return;
    }
    const { entry } = outcome;
    const seen = firstLine.get(entry.key);
    if (seen !== undefined) {
      problems.push({
        line, column: header[mapping.columns.user!]!, value: fields[mapping.columns.user!]!, code: 'duplicate-user',
        message: `'${entry.user}' is already in the roster at line ${seen}; this row is ignored`,
      });
      return;
    }
    firstLine.set(entry.key, line);
    roster.push({ ...entry, line });
  });
  for (const e of roster) rejectedUsers.delete(e.key);

  return {
    roster, problems, mapping, header, delimiter, bom, hasHeader,
    rows: rows.length,
    rejectedUsers: [...rejectedUsers.values()],
    warnings,
  };
}
