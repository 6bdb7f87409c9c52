/** The importer's public API: CSV exports → columnar call records. */
export * from './types.ts';
export * from './time/index.ts';
export { headerSignature } from './header-signature.ts';
export { proposeMapping } from './propose-mapping.ts';
export { previewCsv, type PreviewOptions } from './preview-csv.ts';
export { resolveMappingSpec } from './resolve-mapping.ts';
export { CallTableBuilder, type CallTableBuilderResult } from './call-table-builder.ts';
export { importCsv, type ImportCsvOptions } from './import-csv.ts';
export type { CsvInput, ReadableLike } from './text-chunk-stream.ts';
export { remapKinds } from './remap-kinds.ts';
export { rejectedRowsCsv } from './rejected-csv.ts';
export { guessKindForLabel } from './activity-kind.ts';
export { mappingToSpec } from './mapping-to-spec.ts';
export { emptyCallTable } from './empty-call-table.ts';
