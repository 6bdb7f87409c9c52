import { DIRECTION, RECORDED, type CallTable } from './types.ts';

/**
 * A CallTable of `count` records with every column unknown (NaN, unknown codes, no users or labels),
 * for code that builds tables outside the importer: generated test data, benchmarks, models.
 * Example: emptyCallTable(2).startMs → Float64Array [0, 0], recordingBytes → [NaN, NaN].
 */
export function emptyCallTable(count: number): CallTable {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`emptyCallTable: count must be a whole number ≥ 0, got ${count}`);
  return {
    count,
    startMs: new Float64Array(count),
    durationSec: new Float32Array(count),
    kind: new Uint8Array(count),
    typeLabel: new Uint16Array(count),
    typeLabels: [''],
    direction: new Uint8Array(count).fill(DIRECTION.unknown),
    user: new Uint32Array(count),
    users: [''],
    recorded: new Uint8Array(count).fill(RECORDED.unknown),
    recordingBytes: new Float32Array(count).fill(NaN),
    costCents: new Float32Array(count).fill(NaN),
    billableMin: new Float32Array(count).fill(NaN),
    line: new Uint32Array(count),
  };
}
