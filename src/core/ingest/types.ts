/**
 * Shared shapes of the importer: the columnar call table, the column mapping, and import problems.
 * Plain data only, so every value here crosses a worker boundary by structured clone.
 */

/** The domain's activity kinds (domain.md section 2 and 6). The index is the stored type code. */
export const ACTIVITY_KINDS = ['dial', 'voice_drop', 'inbound_acd', 'recording', 'press1', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const KIND_LABELS: Record<ActivityKind, string> = {
  dial: 'Dial',
  voice_drop: 'Voice drop',
  inbound_acd: 'Inbound ACD',
  recording: 'Recording / monitoring',
  press1: 'Press-1 connect',
  other: 'Other',
};

/** Stored direction codes. */
export const DIRECTION = { unknown: 0, inbound: 1, outbound: 2 } as const;
/** Stored `recorded` codes. */
export const RECORDED = { no: 0, yes: 1, unknown: 255 } as const;

/**
 * One data set of calls as parallel typed arrays (about 35 bytes a call).
 * Arrays may be longer than `count`; only indices [0, count) hold records.
 * Missing numeric values are NaN.
 */
export interface CallTable {
  count: number;
  /** Start instant, UTC epoch milliseconds. */
  startMs: Float64Array;
  /** Holding time in seconds; the call occupies [startMs, startMs + durationSec * 1000). */
  durationSec: Float32Array;
  /** Index into ACTIVITY_KINDS, from `typeLabel` through the mapping's `typeLabels`. */
  kind: Uint8Array;
  /** Index into `typeLabels`: the export's own activity label, kept so kinds can be re-mapped without re-reading the file. */
  typeLabel: Uint16Array;
  /** The export's activity labels (trimmed, lower-cased) in order of first appearance; index 0 is '' (no type). */
  typeLabels: string[];
  /** DIRECTION code. */
  direction: Uint8Array;
  /** Index into `users`. */
  user: Uint32Array;
  /** User (agent) names or ids in order of first appearance; index 0 is '' (no user column or empty). */
  users: string[];
  /** RECORDED code. */
  recorded: Uint8Array;
  /** Size of the call's recording in bytes, NaN when unknown. */
  recordingBytes: Float32Array;
  /** Cost of the call in cents, NaN when the export has no cost column. */
  costCents: Float32Array;
  /** Billable minutes, NaN when the export has no such column. */
  billableMin: Float32Array;
  /** Physical line in the source file where the record's row starts (1-based). */
  line: Uint32Array;
}

/** Call-record fields a column can be mapped to. */
export const FIELD_KEYS = [
  'start', 'date', 'end', 'duration', 'type', 'direction', 'user',
  'recorded', 'recordingBytes', 'cost', 'billableMinutes', 'callId',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const FIELD_LABELS: Record<FieldKey, string> = {
  start: 'Start (timestamp or time of day)',
  date: 'Date (when start/end hold only a time)',
  end: 'End (timestamp or time of day)',
  duration: 'Duration',
  type: 'Activity type',
  direction: 'Direction',
  user: 'User / agent',
  recorded: 'Recorded?',
  recordingBytes: 'Recording size (bytes)',
  cost: 'Cost (money)',
  billableMinutes: 'Billable minutes',
  callId: 'Call id',
};

export type DurationUnit = 's' | 'min' | 'hms';
/** How to read all-numeric slash dates such as 03/04/2026. */
export type DateOrder = 'mdy' | 'dmy';

/**
 * How one export's columns become call records. Columns are 0-based indices into the header,
 * so duplicated header names stay unambiguous.
 */
export interface Mapping {
  columns: Partial<Record<FieldKey, number>>;
  durationUnit: DurationUnit;
  /** IANA zone in which times without an offset are read, e.g. 'America/New_York'. */
  timeZone: string;
  dateOrder: DateOrder;
  /** The export's own activity labels (trimmed, lower-cased) to the domain's kinds; unlisted labels are 'other'. */
  typeLabels: Record<string, ActivityKind>;
  /** Whether the cost column is in currency units (12.50) or in cents (1250). */
  costUnit: 'currency' | 'cents';
  /** Bytes per unit of the recording-size column: 1 for bytes, 1024 for a `Recording KB` column. Absent means 1. */
  recordingBytesScale?: number;
  /** `headerSignature` of the header this mapping was made for, so it is reused only for the same header. */
  headerSignature?: string;
}

export type ProblemCode =
  | 'bad-time'
  | 'bad-date'
  | 'bad-duration'
  | 'negative-duration'
  | 'end-before-start'
  | 'missing-field'
  | 'bad-number'
  | 'short-row';

/** A rejected row: where, what and why. Import problems are data, never exceptions. */
export interface ImportProblem {
  /** Physical 1-based line where the row starts in the file (a quoted field may span lines). */
  line: number;
  /** Header name of the offending column, or null when the row as a whole is wrong. */
  column: string | null;
  value: string;
  code: ProblemCode;
  /** Human sentence: "could not read '31/02/2026 9:00' as a date and time". */
  message: string;
}

/** File-level failures: the file as a whole cannot be imported. */
export type FileErrorCode =
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'no-valid-rows'
  | 'too-large'
  | 'no-time-column'
  | 'bad-mapping'
  | 'read-failed'
  | 'cancelled';

/** Thrown (or returned as `error`) for file-level failures; `message` is one line for a person. */
export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface ImportResult {
  table: CallTable;
  header: string[];
  mapping: Mapping;
  /** Data rows read (blank lines not counted). accepted + rejectedCount === rows. */
  rows: number;
  accepted: number;
  rejectedCount: number;
  /** Details of rejected rows, the first `REJECTED_DETAIL_LIMIT` of them. */
  rejected: ImportProblem[];
  /** The raw fields of the rejected rows, parallel to `rejected`, for download. */
  rejectedRows: string[][];
  /** Non-fatal notes for the user (duplicated header names renamed, rows over the detail limit…). */
  warnings: string[];
  delimiter: string;
  /** Rows per activity label (the export's own labels), so the user can map each one. */
  typeLabelCounts: Record<string, number>;
  bytes: number;
  elapsedMs: number;
}

/** Keep at most this many rejected rows in full; the rest are only counted. */
export const REJECTED_DETAIL_LIMIT = 10_000;
/** Default ceiling on data rows, well above a million (configurable per import). */
export const DEFAULT_MAX_ROWS = 5_000_000;

/**
 * A mapping as written by people (scenario files, CLI flags): columns by header name.
 * Anything left out is proposed from the data.
 */
export interface MappingSpec {
  columns?: Partial<Record<FieldKey, string>>;
  durationUnit?: DurationUnit;
  timeZone?: string;
  dateOrder?: DateOrder;
  typeLabels?: Record<string, ActivityKind>;
  costUnit?: 'currency' | 'cents';
}

/** What the first part of a file tells before the import: shown to the user to review the mapping. */
export interface CsvPreview {
  header: string[];
  /** First data rows (up to 20), fields as read. */
  rows: string[][];
  /** Physical start line of each preview row. */
  rowLines: number[];
  delimiter: ',' | ';' | '\t' | '|';
  bom: boolean;
  /** Whether the first row was taken as a header (false: columns named "Column 1", …). */
  hasHeader: boolean;
  /** Mapping proposed from header names and values (or the remembered one for this header). */
  proposed: Mapping;
  /** True when `proposed` came from a mapping remembered for the same header. */
  remembered: boolean;
  /** Activity labels seen in the sample with their counts. */
  typeLabelsSeen: Record<string, number>;
  /** Problems found in the sample rows with the proposed mapping (a taste of what the import will reject). */
  sampleProblems: ImportProblem[];
  warnings: string[];
}
