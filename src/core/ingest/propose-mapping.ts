import { guessKindForLabel } from './activity-kind.ts';
import { headerSignature } from './header-signature.ts';
import { HEADER_SYNONYMS } from './header-synonyms.ts';
import { bytesScaleFromName, durationUnitFromName, namesCents } from './name-hints.ts';
import { normalizeName } from './normalize-name.ts';
import { parseLooseNumber } from './parse-loose-number.ts';
import {
  guessDateOrder, looksLikeDate, looksLikeHms, looksLikeNumber, looksLikeTimeOfDay, looksLikeTimestamp,
} from './time/index.ts';
import { FIELD_KEYS, type ActivityKind, type DurationUnit, type FieldKey, type Mapping } from './types.ts';

/** Sample values looked at per column. */
const SAMPLE_LIMIT = 200;
/** Share of samples that must fit a reading for a column to be taken on its values alone. */
const MOST = 0.8;
/** Share that must fit when the header name already says what the column is (exports have broken rows). */
const HALF = 0.5;

const BOOLEAN_WORDS = new Set(['yes', 'no', 'y', 'n', 'true', 'false', '1', '0']);
const DIRECTION_WORDS = new Set(['in', 'inbound', 'incoming', 'out', 'outbound', 'outgoing']);

/** What a column's sample values look like, as shares of its non-blank samples. */
interface ColumnProfile {
  samples: string[];
  timestamp: number;
  date: number;
  clock: number;
  hms: number;
  colon: number;
  number: number;
  integer: number;
  boolean: number;
  direction: number;
  distinct: number;
}

function profileColumn(rows: readonly string[][], col: number): ColumnProfile {
  const samples: string[] = [];
  for (const row of rows) {
    const value = (row[col] ?? '').trim();
    if (value !== '') samples.push(value);
    if (samples.length === SAMPLE_LIMIT) break;
  }
  const share = (test: (v: string) => boolean): number =>
    samples.length === 0 ? 0 : samples.filter(test).length / samples.length;
  const isNumber = (v: string): boolean => looksLikeNumber(v) || !Number.isNaN(parseLooseNumber(v));
  return {
    samples,
    timestamp: share(looksLikeTimestamp),
    date: share(looksLikeDate),
    clock: share(looksLikeTimeOfDay),
    hms: share(looksLikeHms),
    colon: share((v) => v.includes(':')),
    number: share(isNumber),
    integer: share((v) => /^[+-]?\d+$/.test(v)),
    boolean: share((v) => BOOLEAN_WORDS.has(v.toLowerCase())),
    direction: share((v) => DIRECTION_WORDS.has(v.toLowerCase())),
    distinct: new Set(samples.map((v) => v.toLowerCase())).size,
  };
}

/** How strongly a header name says `field`: a whole synonym 100, a synonym's words all present 70, a hint word 50. */
function nameScore(field: FieldKey, name: string): number {
  const { names, words } = HEADER_SYNONYMS[field];
  if (names.includes(name)) return 100;
  const tokens = name.split(' ');
  if (names.some((n) => n.includes(' ') && n.split(' ').every((w) => tokens.includes(w)))) return 70;
  if (words.some((w) => tokens.includes(w))) return 50;
  return 0;
}

/** Adjustment from the values: a bonus when they fit the field, null when they rule it out. */
function valueFit(field: FieldKey, p: ColumnProfile): number | null {
  if (p.samples.length === 0) return 0;
  switch (field) {
    case 'start':
    case 'end':
      if (p.timestamp >= HALF) return 20;
      return p.clock >= HALF ? 10 : null;
    case 'date':
      return p.date >= HALF ? 20 : null;
    case 'duration':
      return p.number >= HALF || p.hms >= HALF ? 10 : null;
    case 'recorded':
      return p.boolean >= HALF ? 10 : null;
    case 'recordingBytes':
    case 'cost':
    case 'billableMinutes':
      return p.number >= HALF ? 10 : null;
    case 'direction':
      return p.direction >= 0.5 ? 10 : null;
    case 'type':
      // Numeric codes or a value per row are not activity labels.
      if (p.number >= HALF) return -30;
      return p.distinct > 50 && p.distinct > p.samples.length / 2 ? null : 0;
    default:
      return 0;
  }
}

/** Candidates from values alone, for exports whose header names say nothing useful. */
function valueOnlyScores(p: ColumnProfile): Partial<Record<FieldKey, number>> {
  if (p.samples.length === 0) return {};
  if (p.timestamp >= MOST) return { start: 30, end: 25 };
  if (p.date >= MOST) return { date: 30 };
  if (p.clock >= MOST) return { start: 20, end: 15 };
  return {};
}

function durationUnitFor(name: string, p: ColumnProfile): DurationUnit {
  if (p.colon >= 0.5) return 'hms';
  return durationUnitFromName(name) ?? 's';
}

/**
 * A column mapping proposed from an export's header names (many synonyms, see `HEADER_SYNONYMS`)
 * and sample values (timestamps, dates, times of day, `H:MM:SS`, numbers). Each column maps to at
 * most one field. When both an end and a duration column exist both are mapped; the importer uses
 * the duration and falls back to the end. Also proposes the duration unit, the date order, a kind
 * for every activity label in the samples, and the cost unit. `timeZone` is copied into the mapping.
 * Example:
 *   proposeMapping(['Call Start', 'Duration (sec)', 'Agent'], [['2026-03-02 09:00', '65', 'ann']], 'UTC').columns
 *   // { start: 0, duration: 1, user: 2 }
 */
export function proposeMapping(header: readonly string[], rows: readonly string[][], timeZone: string): Mapping {
  const names = header.map(normalizeName);
  const profiles = header.map((_, col) => profileColumn(rows, col));

  const candidates: { field: FieldKey; col: number; score: number }[] = [];
  header.forEach((_, col) => {
    const fallback = valueOnlyScores(profiles[col]);
    for (const field of FIELD_KEYS) {
      let score = nameScore(field, names[col]);
      if (score > 0) {
        const fit = valueFit(field, profiles[col]);
        score = fit === null ? 0 : score + fit;
      }
      score = Math.max(score, fallback[field] ?? 0);
      if (score > 0) candidates.push({ field, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col || FIELD_KEYS.indexOf(a.field) - FIELD_KEYS.indexOf(b.field));

  const columns: Partial<Record<FieldKey, number>> = {};
  const taken = new Set<number>();
  for (const { field, col } of candidates) {
    if (columns[field] !== undefined || taken.has(col)) continue;
    columns[field] = col;
    taken.add(col);
  }

  // A start column holding whole timestamps needs no date column; clocks do.
  if (columns.start !== undefined && columns.date !== undefined && profiles[columns.start].timestamp >= HALF) {
    taken.delete(columns.date);
    delete columns.date;
  }
  if (columns.start !== undefined && columns.date === undefined && profiles[columns.start].clock >= HALF) {
    const dateCol = profiles.findIndex((p, col) => !taken.has(col) && p.samples.length > 0 && p.date >= MOST);
    if (dateCol >= 0) columns.date = dateCol;
  }

  const dateSamples = (['date', 'start', 'end'] as const).flatMap((f) =>
    columns[f] === undefined ? [] : profiles[columns[f]].samples,
  );
  const kinds = new Map<string, ActivityKind>();
  if (columns.type !== undefined) {
    for (const row of rows) {
      const label = (row[columns.type] ?? '').trim().toLowerCase();
      if (label !== '' && !kinds.has(label)) kinds.set(label, guessKindForLabel(label));
    }
  }
  const cost = columns.cost;
  const mapping: Mapping = {
    columns,
    durationUnit: columns.duration === undefined ? 's' : durationUnitFor(header[columns.duration], profiles[columns.duration]),
    timeZone,
    dateOrder: guessDateOrder(dateSamples),
    typeLabels: Object.fromEntries(kinds),
    costUnit: cost !== undefined && namesCents(header[cost]) && profiles[cost].integer === 1 ? 'cents' : 'currency',
    headerSignature: headerSignature(header),
  };
  if (columns.recordingBytes !== undefined) {
    const scale = bytesScaleFromName(header[columns.recordingBytes]);
    if (scale !== 1) mapping.recordingBytesScale = scale;
  }
  return mapping;
}
