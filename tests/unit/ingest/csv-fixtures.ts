import type { FieldKey, Mapping } from '../../../src/core/ingest/types.ts';

/** A cell written with quotes, doubling the quotes inside (RFC 4180). */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export interface CsvTextOptions {
  delimiter?: string;
  eol?: '\n' | '\r\n';
  bom?: boolean;
  /** Whether the last row ends with a line break (default true). */
  finalEol?: boolean;
}

/** CSV text from rows of cells written as given (use `quoted` for cells that need quotes). */
export function csvText(rows: readonly (readonly string[])[], opts: CsvTextOptions = {}): string {
  const eol = opts.eol ?? '\n';
  const body = rows.map((row) => row.join(opts.delimiter ?? ',')).join(eol);
  return `${opts.bom ? '\uFEFF' : ''}${body}${opts.finalEol === false ? '' : eol}`;
}

/** A mapping by column index with plain defaults: UTC, seconds, month-first dates, currency. */
export function mappingOf(columns: Partial<Record<FieldKey, number>>, overrides: Partial<Mapping> = {}): Mapping {
  return {
    columns,
    durationUnit: 's',
    timeZone: 'UTC',
    dateOrder: 'mdy',
    typeLabels: {},
    costUnit: 'currency',
    ...overrides,
  };
}

/** The columns of a typical dialer export, as the fixtures below write them. */
export const DIALER_HEADER = ['Call ID', 'Start', 'Duration (s)', 'Type', 'Agent'] as const;
export const DIALER_MAPPING: Mapping = mappingOf(
  { callId: 0, start: 1, duration: 2, type: 3, user: 4 },
  { typeLabels: { 'outbound call': 'dial', 'voicemail drop': 'voice_drop' } },
);

/** A dialer export row: call `id` starting `minute` minutes after 2026-03-02 09:00 UTC. */
export function dialerRow(id: number, minute: number, durationSec: number, type = 'Outbound call', agent = 'ann'): string[] {
  const start = new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString().slice(0, 19).replace('T', ' ');
  return [String(id), start, String(durationSec), type, agent];
}

/** Start instant of `dialerRow(_, minute)`, UTC epoch ms. */
export function dialerStartMs(minute: number): number {
  return Date.UTC(2026, 2, 2, 9, minute);
}

/** The header of the Anonymous Bank call-centre log (shared/data/README.md); rows below are made up. */
export const BANK_HEADER = [
  'vru+line', 'call_id', 'customer_id', 'priority', 'type', 'date', 'vru_entry', 'vru_exit', 'vru_time',
  'q_start', 'q_exit', 'q_time', 'outcome', 'ser_start', 'ser_exit', 'ser_time', 'server',
] as const;

/** A made-up row in the bank log's shape: served call from `serStart` to `serExit` (H:MM:SS). */
export function bankRow(callId: number, date: string, serStart: string, serExit: string, serTimeSec: number, server = 'MICHAL'): string[] {
  return [
    'AA0101', String(callId), '12345', '2', 'PS', date, '7:00:01', '7:00:10', '9',
    '7:00:10', '7:00:15', '5', 'AGENT', serStart, serExit, String(serTimeSec), server,
  ];
}
