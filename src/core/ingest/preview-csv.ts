import Papa from 'papaparse';
import { isBlankRow } from './blank-row.ts';
import { CallTableBuilder } from './call-table-builder.ts';
import { cleanHeader } from './clean-header.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { looksLikeHeaderRow } from './detect-header.ts';
import { guessKindForLabel } from './activity-kind.ts';
import { headerSignature } from './header-signature.ts';
import { lineSpan } from './line-span.ts';
import { proposeMapping } from './propose-mapping.ts';
import { ImportFileError, type CsvPreview, type ImportProblem, type Mapping } from './types.ts';

const PREVIEW_ROWS = 20;
/** Share of replacement and control characters above which a sample is taken for a binary file. */
const BINARY_SHARE = 0.1;

export interface PreviewOptions {
  /** Zone for times without an offset in the proposed mapping. */
  timeZone: string;
  /** False when `sample` is only the start of the file: its last, probably cut, line is dropped. */
  isWholeFile: boolean;
  /** A mapping the user reviewed for an earlier export; used when it was made for the same header. */
  remembered?: Mapping | null;
  /** For messages only. */
  fileName?: string;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) odd++;
  }
  return odd > text.length * BINARY_SHARE;
}

/** Whether `mapping` was made for `header`: same signature, or (when it carries none) only columns that exist. */
function fits(mapping: Mapping, header: readonly string[]): boolean {
  if (mapping.headerSignature !== undefined) return mapping.headerSignature === headerSignature(header);
  return Object.values(mapping.columns).every((col) => col === undefined || col < header.length);
}

/**
 * What the first part of a CSV export says before importing it (shown to the user to review the
 * mapping): byte-order mark, delimiter, header row (renaming repeated names), the first rows with
 * their physical line numbers, a proposed mapping (or the remembered one for this header), the
 * activity labels seen, and the problems the sample rows would raise on import.
 * Pass the first ~64 KB of text. Throws ImportFileError 'empty' for a blank sample, 'binary' for a
 * sample that is not text, 'header-only' for a whole file without data rows.
 * Example: previewCsv('start,secs\n2026-03-02 09:00,65\n', { timeZone: 'UTC', isWholeFile: true }).proposed.columns
 *   // { start: 0, duration: 1 }
 */
export function previewCsv(sample: string, opts: PreviewOptions): CsvPreview {
  const fileLabel = opts.fileName ? `'${opts.fileName}'` : 'The file';
  const bom = sample.charCodeAt(0) === 0xfeff;
  let text = bom ? sample.slice(1) : sample;
  if (text.trim() === '') throw new ImportFileError('empty', `${fileLabel} is empty.`);
  if (looksBinary(text)) {
    throw new ImportFileError('binary', `${fileLabel} is not a text CSV file (it looks like a binary file such as a spreadsheet or an archive).`);
  }
  if (!opts.isWholeFile) {
    // A cut between the '\r' and '\n' of a CRLF break leaves that line incomplete too.
    const lastBreak = text.includes('\n') ? text.lastIndexOf('\n') : text.lastIndexOf('\r');
    if (lastBreak > 0) text = text.slice(0, lastBreak + 1);
  }
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const all = parsed.data;
  // A quoted field still open at the end of a partial sample is a row cut in two.
  if (!opts.isWholeFile && parsed.errors.some((e) => e.code === 'MissingQuotes')) all.pop();
  const linebreak = parsed.meta.linebreak;

  const rows: string[][] = [];
  const lines: number[] = [];
  let nextLine = 1;
  for (const fields of all) {
    const span = lineSpan(fields, linebreak);
    if (!isBlankRow(fields)) {
      rows.push(fields);
      lines.push(nextLine);
    }
    nextLine += span;
  }
  if (rows.length === 0) throw new ImportFileError('empty', `${fileLabel} has no rows.`);

  const warnings: string[] = [];
  const hasHeader = looksLikeHeaderRow(rows[0], rows.slice(1));
  let header: string[];
  if (hasHeader) {
    const cleaned = cleanHeader(rows[0]);
    header = cleaned.header;
    warnings.push(...cleaned.warnings);
    rows.shift();
    lines.shift();
  } else {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
    warnings.push('The first row looks like data, not column names; the columns are called Column 1, Column 2, ….');
  }
  if (rows.length === 0 && opts.isWholeFile) {
    throw new ImportFileError('header-only', `${fileLabel} has a header row but no data rows.`);
  }
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes' && !opts.isWholeFile) continue;
    warnings.push(e.code === 'MissingQuotes'
      ? 'A quoted field is never closed; everything after its opening quote was read as one value.'
      : `Malformed quotes in the sample (${e.message}).`);
  }

  const proposedFresh = proposeMapping(header, rows, opts.timeZone);
  const remembered = opts.remembered != null && fits(opts.remembered, header);
  const proposed: Mapping = remembered
    ? {
        ...opts.remembered!,
        // Labels the remembered mapping has not met get a guess, the reviewed ones stay.
        typeLabels: { ...proposedFresh.typeLabels, ...opts.remembered!.typeLabels },
        headerSignature: headerSignature(header),
      }
    : proposedFresh;

  const labelCounts = new Map<string, number>();
  const typeCol = proposed.columns.type;
  if (typeCol !== undefined) {
    for (const row of rows) {
      const label = (row[typeCol] ?? '').trim().toLowerCase();
      if (label !== '') labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
    }
    for (const label of labelCounts.keys()) {
      if (!Object.prototype.hasOwnProperty.call(proposed.typeLabels, label)) {
        proposed.typeLabels = { ...proposed.typeLabels, [label]: guessKindForLabel(label) };
      }
    }
  }

  let sampleProblems: ImportProblem[] = [];
  try {
    const builder = new CallTableBuilder(header, proposed);
    rows.forEach((fields, i) => builder.addRow(fields, lines[i]));
    sampleProblems = builder.finish().rejected;
  } catch (error) {
    // A mapping without a start or an end/duration cannot import yet: the user completes it first.
    if (!(error instanceof ImportFileError)) throw error;
    warnings.push(error.message);
  }

  return {
    header,
    rows: rows.slice(0, PREVIEW_ROWS),
    rowLines: lines.slice(0, PREVIEW_ROWS),
    delimiter,
    bom,
    hasHeader,
    proposed,
    remembered,
    typeLabelsSeen: Object.fromEntries(labelCounts),
    sampleProblems,
    warnings,
  };
}
