/**
 * Node driver of the importer: the same preview, mapping and validation as the app's worker,
 * reading the file as a stream so memory follows the columnar store, not the file.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { previewCsv } from '../core/ingest/preview-csv.ts';
import { importCsv } from '../core/ingest/import-csv.ts';
import { resolveMappingSpec } from '../core/ingest/resolve-mapping.ts';
import type { CsvPreview, ImportProgress, ImportResult, MappingSpec } from '../core/ingest/types.ts';
import { UsageError } from './args.ts';

const PREVIEW_BYTES = 64 * 1024;

export interface ReadExportOptions {
  spec: MappingSpec;
  timeZone: string;
  maxRows?: number;
  onProgress?: (p: ImportProgress) => void;
}

async function readSample(path: string, size: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, PREVIEW_BYTES));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    // A multi-byte character cut at the sample's end only spoils the last line, which the preview drops.
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Previews, maps (flags over proposals) and imports one export file. Throws UsageError or ImportFileError. */
export async function readExport(path: string, opts: ReadExportOptions): Promise<{ preview: CsvPreview; result: ImportResult }> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new UsageError(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const sample = await readSample(path, size);
  const preview = previewCsv(sample, { timeZone: opts.timeZone, isWholeFile: size <= PREVIEW_BYTES, fileName: path });
  const mapping = resolveMappingSpec(preview.header, { ...opts.spec, timeZone: opts.timeZone }, preview.proposed);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const result = await importCsv(stream, {
    mapping,
    header: preview.header,
    totalBytes: size,
    maxRows: opts.maxRows,
    onProgress: opts.onProgress,
  });
  return { preview, result };
}
