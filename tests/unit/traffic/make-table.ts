import { ACTIVITY_KINDS, RECORDED, type ActivityKind, type CallTable } from '../../../src/core/ingest/types.ts';
import { emptyCallTable } from '../../../src/core/ingest/empty-call-table.ts';

export interface CallSpec {
  /** ISO timestamp with a zone ('2026-11-23T08:30:00Z') or UTC epoch ms. */
  start: string | number;
  durationSec: number;
  kind?: ActivityKind;
  recorded?: boolean;
}

/** A CallTable holding `calls` in the given order; every other column unknown. Default kind 'dial'. */
export function makeTable(calls: CallSpec[]): CallTable {
  const n = calls.length;
  const table = emptyCallTable(n);
  calls.forEach((call, i) => {
    const startMs = typeof call.start === 'number' ? call.start : Date.parse(call.start);
    if (Number.isNaN(startMs)) throw new Error(`makeTable: cannot read start '${call.start}'`);
    table.startMs[i] = startMs;
    table.durationSec[i] = call.durationSec;
    table.kind[i] = ACTIVITY_KINDS.indexOf(call.kind ?? 'dial');
    if (call.recorded !== undefined) table.recorded[i] = call.recorded ? RECORDED.yes : RECORDED.no;
    table.line[i] = i + 2;
  });
  return table;
}

/** UTC epoch ms of an ISO timestamp, for readable expectations. */
export const ms = (iso: string): number => Date.parse(iso);
