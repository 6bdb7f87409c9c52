import Papa from 'papaparse';
import { isBlankRow } from './blank-row.ts';
import { CallTableBuilder } from './call-table-builder.ts';
import { cleanHeader } from './clean-header.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { lineSpan } from './line-span.ts';
import { TextChunkStream, type CsvInput } from './text-chunk-stream.ts';
import {
  DEFAULT_MAX_ROWS, ImportFileError,
  type ImportProgress, type ImportResult, type Mapping,
} from './types.ts';

const DEFAULT_CHUNK_SIZE = 1 << 20;
const PROGRESS_EVERY_MS = 100;
/** Sample the delimiter is detected on, as in `previewCsv`. */
const DELIMITER_SAMPLE = 64 * 1024;
const QUOTE_WARNINGS_SHOWN = 5;

export interface ImportCsvOptions {
  mapping: Mapping;
  /** Column names as shown in the preview (repeated names renamed); default: read from the file. */
  header?: string[];
  /** Whether the first non-blank row is a header (default true); false when the preview found none. */
  hasHeader?: boolean;
  /** As detected by the preview; default: detected on the first chunk the same way. */
  delimiter?: string;
  /** For progress; default: the string's length or the Blob's size (unknown for a stream). */
  totalBytes?: number;
  /** Ceiling on data rows (default DEFAULT_MAX_ROWS); more gives ImportFileError 'too-large'. */
  maxRows?: number;
  /** Bytes (characters for a string) read per step; default 1 MiB. Streams keep their own chunking. */
  chunkSize?: number;
  /** Called at most every 100 ms while reading, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  /** Polled once per chunk; true stops the import with ImportFileError 'cancelled'. */
  isCancelled?: () => boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * Imports a call-record CSV into a columnar CallTable, streaming: Papa Parse reads the text in
 * pieces of at most 64 KiB and each row goes straight into a `CallTableBuilder`, so memory follows
 * the columnar store, not the file. `input` is the text, a Blob/File, or a Node-style readable
 * stream of bytes (decoded as UTF-8 here) or of text (`encoding: 'utf8'`). Rows are numbered by
 * physical line (a quoted field spanning lines counts them all; blank lines count but are not rows).
 * Resolves with every row accounted for (accepted + rejectedCount === rows); rejects with an
 * ImportFileError: 'empty', 'header-only', 'no-valid-rows' (the first reasons in the message),
 * 'too-large', 'cancelled', 'read-failed', or the mapping's 'no-time-column'/'bad-mapping'.
 * Example: const result = await importCsv(file, { mapping: preview.proposed, header: preview.header });
 */
export function importCsv(input: CsvInput, opts: ImportCsvOptions): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    const startedAt = Date.now();
    const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
    const source = new TextChunkStream(input, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
    const knownTotal = opts.totalBytes ?? source.totalBytes;
    const warnings: string[] = [];
    const quoteProblems: number[] = [];
    let header: string[] | null = opts.header ?? null;
    let builder = header ? new CallTableBuilder(header, opts.mapping, { maxRows }) : null;
    let expectHeader = opts.hasHeader !== false;
    let sawRow = false;
    let firstRow = true;
    let nextLine = 1;
    let cursor = 0;
    let delimiter = opts.delimiter ?? ',';
    let lastProgressAt = startedAt;
    let settled = false;

    const progress = (bytes: number): ImportProgress => ({
      rows: builder?.rowCount ?? 0,
      bytes,
      totalBytes: knownTotal || bytes,
      elapsedMs: Date.now() - startedAt,
    });
    // Settle before any parser.abort(): Papa calls `complete` from inside abort().
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      source.stop();
      reject(error);
    };

    /** The first non-blank row when a header is expected: the column names (or a check of the given ones). */
    const takeHeader = (fields: string[]): void => {
      expectHeader = false;
      const fromFile = cleanHeader(fields);
      if (header === null) {
        header = fromFile.header;
        warnings.push(...fromFile.warnings);
        builder = new CallTableBuilder(header, opts.mapping, { maxRows });
      } else if (fromFile.header.join('\u0000') !== header.join('\u0000')) {
        warnings.push(`The file's header (${fromFile.header.join(', ')}) differs from the one the mapping was made for.`);
      }
    };

    const onChunk = (results: Papa.ParseResult<string[]>, parser: Papa.Parser): void => {
      if (opts.isCancelled?.()) {
        fail(new ImportFileError('cancelled', 'The import was cancelled.'));
        parser.abort();
        return;
      }
      delimiter = results.meta.delimiter;
      const rows = results.data;
      const linebreak = results.meta.linebreak;
      const errorRows = results.errors.length > 0 ? new Set(results.errors.map((e) => e.row)) : null;
      // Every row ends with one line break; as many breaks as rows means no field holds one,
      // and each row is one line: no need to look inside the fields.
      const mark = linebreak === '\r' ? '\r' : '\n';
      const oneLineEach = source.countAndRelease(mark, cursor, results.meta.cursor) === rows.length;
      for (let r = 0; r < rows.length; r++) {
        const fields = rows[r];
        if (firstRow) {
          firstRow = false;
          if (fields[0].charCodeAt(0) === 0xfeff) fields[0] = fields[0].slice(1);
        }
        const span = oneLineEach ? 1 : lineSpan(fields, linebreak);
        if (errorRows !== null && errorRows.has(r)) quoteProblems.push(nextLine);
        if (isBlankRow(fields)) {
          nextLine += span;
          continue;
        }
        sawRow = true;
        if (expectHeader) {
          takeHeader(fields);
          nextLine += span;
          continue;
        }
        if (builder === null) {
          header = fields.map((_, i) => `Column ${i + 1}`);
          builder = new CallTableBuilder(header, opts.mapping, { maxRows });
        }
        builder.addRow(fields, nextLine);
        nextLine += span;
      }
      if (builder?.overLimit) {
        fail(new ImportFileError(
          'too-large',
          `The file has more than ${plural(maxRows, 'data row')}, the import limit; raise the row limit to import it all.`,
        ));
        parser.abort();
        return;
      }
      cursor = results.meta.cursor;
      const now = Date.now();
      if (opts.onProgress && now - lastProgressAt >= PROGRESS_EVERY_MS) {
        lastProgressAt = now;
        opts.onProgress(progress(cursor));
      }
    };
    const onComplete = (): void => {
      if (settled) return;
      const built = builder?.finish();
      if (built === undefined || built.rows === 0) {
        fail(sawRow
          ? new ImportFileError('header-only', 'The file has a header row but no data rows.')
          : new ImportFileError('empty', 'The file is empty.'));
        return;
      }
      if (built.accepted === 0) {
        const reasons = built.rejected.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join('; ');
        fail(new ImportFileError('no-valid-rows', `None of the ${plural(built.rows, 'row')} could be imported (${reasons}).`));
        return;
      }
      if (quoteProblems.length > 0) {
        const shown = quoteProblems.slice(0, QUOTE_WARNINGS_SHOWN).join(', ');
        warnings.push(
          `Malformed quotes in ${plural(quoteProblems.length, 'row')} (from line${quoteProblems.length === 1 ? '' : 's'} ${shown}` +
            `${quoteProblems.length > QUOTE_WARNINGS_SHOWN ? ', …' : ''}); check those rows.`,
        );
      }
      const bytes = Math.max(source.bytesRead, cursor);
      settled = true;
      opts.onProgress?.(progress(bytes));
      resolve({
        table: built.table,
        header: header!,
        mapping: opts.mapping,
        rows: built.rows,
        accepted: built.accepted,
        rejectedCount: built.rejectedCount,
        rejected: built.rejected,
        rejectedRows: built.rejectedRows,
        warnings: [...warnings, ...built.warnings],
        delimiter,
        typeLabelCounts: built.typeLabelCounts,
        bytes,
        elapsedMs: Date.now() - startedAt,
      });
    };

    Papa.parse(source as unknown as Papa.LocalFile, {
      delimiter: opts.delimiter ?? ((first: string) => detectDelimiter(first.slice(0, DELIMITER_SAMPLE))),
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        if (settled) return;
        try {
          onChunk(results, parser);
        } catch (error) {
          fail(error);
          parser.abort();
        }
      },
      complete: () => {
        try {
          onComplete();
        } catch (error) {
          fail(error);
        }
      },
      error: (error: Error) => {
        fail(new ImportFileError('read-failed', `The file could not be read: ${error.message}`));
      },
    });
    source.start();
  });
}
