import { KIND_CODE_BY_DIRECTION, kindCodeForLabel } from './activity-kind.ts';
import { CallColumns } from './call-columns.ts';
import { directionCode, recordedCode } from './cell-codes.ts';
import { copyString } from './copy-string.ts';
import { parseNumberCell } from './parse-number-cell.ts';
import { ProblemLog } from './problem-log.ts';
import { SpellingIndex } from './spelling-index.ts';
import {
  isValidTimeZone, makeDateTimeParser, makeTimestampParser, parseDateDays, parseDurationSec,
  parseTimeOfDaySec, wallTimeToUtcMs, zoneOffsetMs,
} from './time/index.ts';
import {
  DEFAULT_MAX_ROWS, DIRECTION, ImportFileError, RECORDED,
  type CallTable, type DurationUnit, type FieldKey, type ImportProblem, type Mapping, type ProblemCode,
} from './types.ts';

const DAY_MS = 86_400_000;
/** Longest call accepted when a time-of-day end earlier than the start is read as the next day. */
const MAX_PAST_MIDNIGHT_MS = 12 * 3_600_000;
/** Distinct raw spellings remembered per small dictionary (direction, recorded, labels). */
const RAW_CACHE_LIMIT = 4096;
const MAX_TYPE_LABELS = 65_536;

export interface CallTableBuilderResult {
  table: CallTable;
  /** Data rows given to `addRow` (rows past `maxRows` are not counted). */
  rows: number;
  accepted: number;
  rejectedCount: number;
  rejected: ImportProblem[];
  rejectedRows: string[][];
  typeLabelCounts: Record<string, number>;
  warnings: string[];
  /** True when a row arrived after `maxRows` rows: the table holds only the first `maxRows`. */
  overLimit: boolean;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Turns parsed CSV rows into a columnar `CallTable`, one `addRow` call per data row, validating
 * each row (rejected rows become `ImportProblem`s, never exceptions). Accepted rows allocate
 * nothing: the common path is written inline so no number is boxed between calls, and no string
 * from the row is kept (the few kept — dictionary keys, rejected rows — are copies), so the
 * parser's chunk can be freed. Start: `start` as a timestamp, or `date` + `start` time of day.
 * Holding time: the duration column when it has a value, else end − start (a time-of-day end
 * earlier than the start is on the next day).
 * Example:
 *   const b = new CallTableBuilder(['start', 'secs'], mapping);
 *   b.addRow(['2026-03-02 09:00:00', '65'], 2);
 *   b.finish().table.durationSec[0] === 65;
 */
export class CallTableBuilder {
  private readonly header: readonly string[];
  private readonly mapping: Mapping;
  private readonly maxRows: number;
  private readonly minFields: number;
  private readonly colStart: number;
  private readonly colDate: number;
  private readonly colEnd: number;
  private readonly colDuration: number;
  private readonly colType: number;
  private readonly colDirection: number;
  private readonly colUser: number;
  private readonly colRecorded: number;
  private readonly colBytes: number;
  private readonly colCost: number;
  private readonly colBillable: number;
  private readonly durationUnit: DurationUnit;
  private readonly bytesScale: number;
  private readonly costScale: number;
  private readonly timeZone: string;
  private readonly readTimestamp: (text: string) => number;
  private readonly readDateTime: (dateText: string, timeText: string) => number;
  /** Set by the end-clock readers: whether the end was moved to the day after the start. */
  private rolledPastMidnight = false;

  private readonly cols = new CallColumns();
  private readonly log = new ProblemLog();
  private rows = 0;
  private exceeded = false;

  private readonly typeLabels: string[] = [''];
  private readonly labelKind: number[] = [0];
  private readonly labelCount: number[] = [0];
  private readonly labelByRaw = new SpellingIndex();
  private readonly labelByName = new Map<string, number>([['', 0]]);
  private labelsOverflowed = false;
  private readonly users: string[] = [''];
  private readonly userByRaw = new SpellingIndex();
  private readonly userByName = new Map<string, number>([['', 0]]);
  private readonly directionByRaw = new SpellingIndex();
  private readonly recordedByRaw = new SpellingIndex();

  constructor(header: readonly string[], mapping: Mapping, opts: { maxRows?: number } = {}) {
    const cols = mapping.columns;
    const col = (key: FieldKey): number => {
      const index = cols[key];
      if (index === undefined) return -1;
      if (!Number.isInteger(index) || index < 0 || index >= header.length) {
        throw new ImportFileError('bad-mapping', `The mapping puts ${key} in column ${index}, but the header has ${header.length} columns.`);
      }
      return index;
    };
    this.header = header;
    this.mapping = mapping;
    this.maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
    this.colStart = col('start');
    this.colDate = col('date');
    this.colEnd = col('end');
    this.colDuration = col('duration');
    this.colType = col('type');
    this.colDirection = col('direction');
    this.colUser = col('user');
    this.colRecorded = col('recorded');
    this.colBytes = col('recordingBytes');
    this.colCost = col('cost');
    this.colBillable = col('billableMinutes');
    col('callId');
    if (this.colStart < 0) {
      throw new ImportFileError('no-time-column', `No column is mapped to the call start; the columns are: ${header.join(', ')}.`);
    }
    if (this.colEnd < 0 && this.colDuration < 0) {
      throw new ImportFileError('no-time-column', `Neither an end nor a duration column is mapped; the columns are: ${header.join(', ')}.`);
    }
    if (!isValidTimeZone(mapping.timeZone)) {
      throw new ImportFileError('bad-mapping', `Unknown time zone '${mapping.timeZone}' (expected an IANA name such as 'America/New_York').`);
    }
    this.minFields = Math.max(...Object.values(cols).map((index) => index ?? -1)) + 1;
    this.durationUnit = mapping.durationUnit;
    this.bytesScale = mapping.recordingBytesScale ?? 1;
    this.costScale = mapping.costUnit === 'cents' ? 1 : 100;
    this.timeZone = mapping.timeZone;
    this.readTimestamp = makeTimestampParser(mapping.timeZone, mapping.dateOrder);
    this.readDateTime = makeDateTimeParser(mapping.timeZone, mapping.dateOrder);
  }

  /** Data rows added so far (accepted and rejected). */
  get rowCount(): number {
    return this.rows;
  }

  /** Whether a row arrived after `maxRows` rows (it and any later rows were not read). */
  get overLimit(): boolean {
    return this.exceeded;
  }

  /** Adds one data row (fields as parsed) that starts at physical `line` of the file. */
  addRow(fields: readonly string[], line: number): void {
    if (this.rows >= this.maxRows) {
      this.exceeded = true;
      return;
    }
    this.rows++;
    if (fields.length < this.minFields) {
      this.rejectShortRow(fields, line);
      return;
    }
    const startText = fields[this.colStart];
    const startMs = this.colDate >= 0 ? this.readDateTime(fields[this.colDate], startText) : this.readTimestamp(startText);
    if (startMs !== startMs) {
      this.rejectStart(fields, line);
      return;
    }
    let durationSec = this.colDuration >= 0 ? parseDurationSec(fields[this.colDuration], this.durationUnit) : NaN;
    if (!(durationSec >= 0)) {
      if (this.colDuration >= 0 && !isBlank(fields[this.colDuration])) {
        this.rejectDuration(fields, line, durationSec);
        return;
      }
      const endText = this.colEnd >= 0 ? fields[this.colEnd] : '';
      const endMs = this.colDate >= 0 ? this.readDateTime(fields[this.colDate], endText) : this.readTimestamp(endText);
      durationSec = endMs >= startMs ? (endMs - startMs) / 1000 : this.durationFromOddEnd(fields, line, startMs, endMs);
      if (durationSec !== durationSec) return;
    }

    const c = this.cols;
    const i = c.claim();
    c.startMs[i] = startMs;
    c.durationSec[i] = durationSec;
    c.line[i] = line;
    let direction: number = DIRECTION.unknown;
    if (this.colDirection >= 0) {
      const raw = fields[this.colDirection];
      direction = this.directionByRaw.get(raw);
      if (direction < 0) direction = this.learnDirection(raw, line);
    }
    c.direction[i] = direction;
    let label = 0;
    if (this.colType >= 0) {
      const raw = fields[this.colType];
      label = this.labelByRaw.get(raw);
      if (label < 0) label = this.learnLabel(raw);
      this.labelCount[label]++;
    }
    c.typeLabel[i] = label;
    c.kind[i] = label !== 0 ? this.labelKind[label] : KIND_CODE_BY_DIRECTION[direction];
    let user = 0;
    if (this.colUser >= 0) {
      const raw = fields[this.colUser];
      user = this.userByRaw.get(raw);
      if (user < 0) user = this.learnUser(raw);
    }
    c.user[i] = user;
    let recorded: number = RECORDED.unknown;
    if (this.colRecorded >= 0) {
      const raw = fields[this.colRecorded];
      recorded = this.recordedByRaw.get(raw);
      if (recorded < 0) recorded = this.learnRecorded(raw, line);
    }
    let bytes = NaN;
    if (this.colBytes >= 0) {
      bytes = parseNumberCell(fields[this.colBytes]);
      if (bytes !== bytes) this.noteUnreadNumber('recordingBytes', fields[this.colBytes], line);
      bytes *= this.bytesScale;
      if (bytes > 0) recorded = RECORDED.yes;
    }
    c.recorded[i] = recorded;
    c.recordingBytes[i] = bytes;
    let cost = NaN;
    if (this.colCost >= 0) {
      cost = parseNumberCell(fields[this.colCost]);
      if (cost !== cost) this.noteUnreadNumber('cost', fields[this.colCost], line);
    }
    c.costCents[i] = Math.round(cost * this.costScale);
    let billable = NaN;
    if (this.colBillable >= 0) {
      billable = parseNumberCell(fields[this.colBillable]);
      if (billable !== billable) this.noteUnreadNumber('billableMinutes', fields[this.colBillable], line);
    }
    c.billableMin[i] = billable;
  }

  /** The table (arrays trimmed to the record count), counts, problems and warnings. Call once, at the end. */
  finish(): CallTableBuilderResult {
    const accepted = this.cols.count;
    // fromEntries defines own properties, so a label such as '__proto__' stays a plain key.
    const typeLabelCounts: Record<string, number> = Object.fromEntries(
      this.typeLabels.slice(1).map((label, k) => [label, this.labelCount[k + 1]]),
    );
    const warnings = this.log.warnings();
    if (this.labelsOverflowed) {
      warnings.push(`The activity column has more than ${MAX_TYPE_LABELS - 1} distinct labels; rows with further labels were read as having none.`);
    }
    return {
      table: this.cols.toTable(this.typeLabels.slice(), this.users.slice()),
      rows: this.rows,
      accepted,
      rejectedCount: this.log.count,
      rejected: this.log.problems,
      rejectedRows: this.log.rows,
      typeLabelCounts,
      warnings,
      overLimit: this.exceeded,
    };
  }

  /**
   * Holding time when the end did not read as a time at or after the start (NaN after rejecting):
   * a time-of-day end on the date column's day that is earlier than the start is on the next day;
   * one under a timestamp start is on the start's local date (or the next); otherwise the row is
   * rejected as end-before-start, bad-time or missing-field.
   */
  private durationFromOddEnd(fields: readonly string[], line: number, startMs: number, endMs: number): number {
    if (this.colEnd < 0) {
      this.reject(line, this.colDuration, fields[this.colDuration], 'missing-field', 'the duration is empty', fields);
      return NaN;
    }
    const text = fields[this.colEnd];
    let ms = endMs;
    this.rolledPastMidnight = false;
    if (ms !== ms && this.colDate < 0) ms = this.clockOnStartDay(text, startMs);
    else if (ms < startMs && this.colDate >= 0) ms = this.clockOnNextDay(fields[this.colDate], text, ms);
    // An end clock a little before the start is a typo, not a call of nearly a day.
    if (this.rolledPastMidnight && ms - startMs > MAX_PAST_MIDNIGHT_MS) {
      this.reject(line, this.colEnd, text, 'end-before-start',
        'the end ‹v› is before the start (read as the next day, the call would last over 12 hours)', fields);
      return NaN;
    }
    if (ms >= startMs) return (ms - startMs) / 1000;
    if (endMs === endMs || ms === ms) {
      this.reject(line, this.colEnd, text, 'end-before-start', 'the end ‹v› is before the start', fields);
    } else if (!isBlank(text)) {
      this.reject(line, this.colEnd, text, 'bad-time', 'could not read ‹v› as an end time', fields);
    } else if (this.colDuration >= 0) {
      this.reject(line, this.colDuration, fields[this.colDuration], 'missing-field', 'both the duration and the end are empty', fields);
    } else {
      this.reject(line, this.colEnd, text, 'missing-field', 'the end time is empty', fields);
    }
    return NaN;
  }

  /**
   * A time-of-day end on the start's local date in the mapping's zone (start given as a full
   * timestamp); an end clock earlier than the start's means the call ran past midnight.
   */
  private clockOnStartDay(text: string, startMs: number): number {
    const sec = parseTimeOfDaySec(text);
    if (sec !== sec) return NaN;
    const wallMs = startMs + zoneOffsetMs(this.timeZone, startMs);
    const dayMs = Math.floor(wallMs / DAY_MS) * DAY_MS;
    const clockMs = Math.round(sec * 1000);
    this.rolledPastMidnight = clockMs < wallMs - dayMs;
    return wallTimeToUtcMs(this.timeZone, dayMs + clockMs + (this.rolledPastMidnight ? DAY_MS : 0));
  }

  /** A time-of-day end read on the date column's day, before the start: the same clock on the next day; NaN when `text` is not a clock. */
  private clockOnNextDay(dateText: string, text: string, sameDayEndMs: number): number {
    const sec = parseTimeOfDaySec(text);
    if (sec !== sec) return NaN;
    this.rolledPastMidnight = true;
    const days = parseDateDays(dateText, this.mapping.dateOrder);
    // A date column written with a midnight time ("3/8/2026 0:00") is not a bare date: step by 24 h.
    if (days !== days) return sameDayEndMs + DAY_MS;
    return wallTimeToUtcMs(this.timeZone, (days + 1) * DAY_MS + Math.round(sec * 1000));
  }

  private rejectStart(fields: readonly string[], line: number): void {
    const text = fields[this.colStart];
    const isClock = parseTimeOfDaySec(text) === parseTimeOfDaySec(text);
    if (isBlank(text)) {
      this.reject(line, this.colStart, text, 'missing-field', 'the start time is empty', fields);
    } else if (this.colDate < 0) {
      const sentence = isClock ? '‹v› is a time without a date; map the date column too' : 'could not read ‹v› as a date and time';
      this.reject(line, this.colStart, text, 'bad-time', sentence, fields);
    } else if (!isClock) {
      this.reject(line, this.colStart, text, 'bad-time', 'could not read ‹v› as a time of day', fields);
    } else {
      const dateText = fields[this.colDate];
      if (isBlank(dateText)) this.reject(line, this.colDate, dateText, 'missing-field', 'the date is empty', fields);
      else this.reject(line, this.colDate, dateText, 'bad-date', 'could not read ‹v› as a date', fields);
    }
  }

  private rejectDuration(fields: readonly string[], line: number, sec: number): void {
    const text = fields[this.colDuration];
    if (sec < 0) {
      this.reject(line, this.colDuration, text, 'negative-duration', 'the duration ‹v› is negative', fields);
      return;
    }
    const unit = this.durationUnit === 'hms' ? 'H:MM:SS' : this.durationUnit === 'min' ? 'minutes' : 'seconds';
    this.reject(line, this.colDuration, text, 'bad-duration', `could not read ‹v› as a duration in ${unit}`, fields);
  }

  private rejectShortRow(fields: readonly string[], line: number): void {
    const needs = `the mapping needs ${this.minFields} (up to '${this.header[this.minFields - 1]}')`;
    const has = `the row has ${fields.length} field${fields.length === 1 ? '' : 's'}`;
    this.reject(line, -1, fields.join(','), 'short-row', `${has}; ${needs}`, fields);
  }

  private reject(line: number, col: number, value: string, code: ProblemCode, sentence: string, fields: readonly string[]): void {
    this.log.reject(line, col >= 0 ? this.header[col] : null, value, code, sentence, fields);
  }

  /** An optional number that did not read: empty is simply missing, anything else is tallied for a warning. */
  private noteUnreadNumber(key: FieldKey, text: string, line: number): void {
    if (text.length !== 0 && !isBlank(text)) this.log.tally(key, this.header[this.mapping.columns[key]!], 'a number', line, text);
  }

  private learnDirection(raw: string, line: number): number {
    const code = directionCode(raw);
    if (code === DIRECTION.unknown && !isBlank(raw)) {
      this.log.tally('direction', this.header[this.colDirection], 'inbound or outbound', line, raw);
    }
    if (this.directionByRaw.size < RAW_CACHE_LIMIT) this.directionByRaw.set(raw, code);
    return code;
  }

  private learnRecorded(raw: string, line: number): number {
    const code = recordedCode(raw);
    if (code === RECORDED.unknown && !isBlank(raw)) {
      this.log.tally('recorded', this.header[this.colRecorded], 'yes or no', line, raw);
    }
    if (this.recordedByRaw.size < RAW_CACHE_LIMIT) this.recordedByRaw.set(raw, code);
    return code;
  }

  /** Labels are compared trimmed and lower-cased; each raw spelling is remembered once. */
  private learnLabel(raw: string): number {
    const name = raw.trim().toLowerCase();
    let index = this.labelByName.get(name);
    if (index === undefined) {
      if (this.typeLabels.length >= MAX_TYPE_LABELS) {
        this.labelsOverflowed = true;
        index = 0;
      } else {
        index = this.typeLabels.length;
        const key = copyString(name);
        this.typeLabels.push(key);
        this.labelKind.push(kindCodeForLabel(key, this.mapping.typeLabels));
        this.labelCount.push(0);
        this.labelByName.set(key, index);
      }
    }
    if (this.labelByRaw.size < RAW_CACHE_LIMIT) this.labelByRaw.set(raw, index);
    return index;
  }

  /** User names are kept as written, trimmed; each raw spelling is remembered once. */
  private learnUser(raw: string): number {
    const name = raw.trim();
    let index = this.userByName.get(name);
    if (index === undefined) {
      index = this.users.length;
      const key = copyString(name);
      this.users.push(key);
      this.userByName.set(key, index);
    }
    this.userByRaw.set(raw, index);
    return index;
  }
}
