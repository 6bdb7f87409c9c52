/** Small frozen fixtures for the app's tests, built by factories. */
import type { CallTable, CsvPreview, Mapping } from '../../../src/core/ingest/types.ts';
import type { ObservedSummary } from '../../../src/core/traffic/types.ts';

export const HEADER = ['Call ID', 'Agent', 'Activity', 'Start Time', 'Duration (sec)'];

export function makeMapping(overrides: Partial<Mapping> = {}): Mapping {
  return {
    columns: { callId: 0, user: 1, type: 2, start: 3, duration: 4 },
    durationUnit: 's',
    timeZone: 'America/Chicago',
    dateOrder: 'mdy',
    typeLabels: { dial: 'dial', 'voice drop': 'voice_drop' },
    costUnit: 'currency',
    ...overrides,
  };
}

export function makePreview(overrides: Partial<CsvPreview> = {}): CsvPreview {
  return {
    header: [...HEADER],
    rows: [
      ['C-1', 'Ann', 'Dial', '2026-10-01 08:00:00', '120'],
      ['C-2', 'Bob', 'Voice drop', '2026-10-01 08:01:00', '30'],
      ['C-3', 'Ann', 'Press-1 connect', '2026-10-01 08:02:00', '45'],
    ],
    rowLines: [2, 3, 4],
    delimiter: ',',
    bom: false,
    hasHeader: true,
    proposed: makeMapping(),
    remembered: false,
    typeLabelsSeen: { dial: 1, 'voice drop': 1, 'press-1 connect': 1 },
    sampleProblems: [],
    warnings: [],
    ...overrides,
  };
}

/** A table of `n` one-minute calls, one a minute apart, alternating dial and voice drop. */
export function makeTable(n: number): CallTable {
  const t0 = Date.UTC(2026, 9, 1, 13, 0, 0);
  const table: CallTable = {
    count: n,
    startMs: new Float64Array(n).map((_, i) => t0 + i * 60_000),
    durationSec: new Float32Array(n).fill(60),
    kind: new Uint8Array(n).map((_, i) => (i % 2 === 0 ? 0 : 1)),
    typeLabel: new Uint16Array(n).map((_, i) => (i % 2 === 0 ? 1 : 2)),
    typeLabels: ['', 'dial', 'voice drop'],
    direction: new Uint8Array(n).fill(2),
    user: new Uint32Array(n).fill(1),
    users: ['', 'Ann'],
    recorded: new Uint8Array(n),
    recordingBytes: new Float32Array(n).fill(NaN),
    costCents: new Float32Array(n).fill(NaN),
    billableMin: new Float32Array(n).fill(NaN),
    line: new Uint32Array(n).map((_, i) => i + 2),
  };
  return table;
}

export function makeSummary(overrides: Partial<ObservedSummary> = {}): ObservedSummary {
  return {
    calls: 3,
    minutes: 3,
    firstMs: Date.UTC(2026, 9, 1, 13, 0, 0),
    lastMs: Date.UTC(2026, 9, 1, 13, 3, 0),
    peak: { concurrent: 1, atMs: Date.UTC(2026, 9, 1, 13, 0, 0) },
    portPeak: { concurrent: 1, atMs: Date.UTC(2026, 9, 1, 13, 1, 0) },
    portKinds: ['voice_drop'],
    portCalls: 1,
    byKind: { dial: { calls: 2, minutes: 2, peak: 1 }, voice_drop: { calls: 1, minutes: 1, peak: 1 } },
    series: {
      bucketMs: 60_000,
      startsMs: new Float64Array([0, 60_000, 120_000]),
      max: new Int32Array([1, 1, 1]),
      mean: new Float32Array([1, 1, 1]),
    },
    seriesByKind: { dial: new Int32Array([1, 0, 1]), voice_drop: new Int32Array([0, 1, 0]) },
    portTable: [{ ports: 1, shareOfTimeAtOrAbove: 1 / 3, blockedCalls: 0, blockedShare: 0 }],
    heatmap: { mean: new Float64Array(168).fill(NaN), peak: new Int32Array(168) },
    daily: { days: ['2026-10-01'], calls: [3], minutes: [3] },
    timeZone: 'America/Chicago',
    ...overrides,
  };
}
