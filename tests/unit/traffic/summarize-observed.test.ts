import { describe, expect, it } from 'vitest';
import { summarizeObserved } from '../../../src/core/traffic/summarize-observed.ts';
import { DEFAULT_PORT_KINDS } from '../../../src/core/traffic/port-kinds.ts';
import { makeTable, ms } from './make-table.ts';

describe('summarizeObserved(table, opts)', () => {
  it('gives a valid summary of zeros and empty arrays for an empty table', () => {
    const s = summarizeObserved(makeTable([]), { timeZone: 'Europe/Berlin' });
    expect(s).toMatchObject({
      calls: 0,
      minutes: 0,
      firstMs: NaN,
      lastMs: NaN,
      peak: { concurrent: 0, atMs: NaN },
      portPeak: { concurrent: 0, atMs: NaN },
      portKinds: DEFAULT_PORT_KINDS,
      portCalls: 0,
      byKind: {},
      seriesByKind: {},
      portTable: [],
      daily: { days: [], calls: [], minutes: [] },
      timeZone: 'Europe/Berlin',
    });
    expect(s.series.startsMs.length).toBe(0);
    expect(s.heatmap.mean.length).toBe(168);
    expect(s.heatmap.mean.every(Number.isNaN)).toBe(true);
  });

  // Monday 2026-03-02, UTC:
  //   0 dial          10:00–10:10          3 dial, recorded 10:05–10:10 (holds a port)
  //   1 voice_drop    10:02–10:03          4 inbound_acd     10:20–10:22
  //   2 voice_drop    10:02:30–10:03:30    5 dial, zero-length, Tuesday 09:00
  // All: 1 @10:00, 2 @10:02, 3 @10:02:30, 2 @10:03, 1 @10:03:30, 2 @10:05, 0 @10:10, 1 @10:20, 0 @10:22.
  // Ports (1–4): 1 @10:02, 2 @10:02:30, 1 @10:03, 0 @10:03:30, 1 @10:05, 0 @10:10, 1 @10:20, 0 @10:22.
  // Port replay, span 10:02–10:22 = 1200 s: N = 1 loses call 2 only (1/4); time at ≥ 1 is
  // 90 + 300 + 120 = 510 s, at ≥ 2 is 30 s.
  const table = makeTable([
    { start: '2026-03-02T10:00:00Z', durationSec: 600, kind: 'dial', recorded: false },
    { start: '2026-03-02T10:02:00Z', durationSec: 60, kind: 'voice_drop' },
    { start: '2026-03-02T10:02:30Z', durationSec: 60, kind: 'voice_drop' },
    { start: '2026-03-02T10:05:00Z', durationSec: 300, kind: 'dial', recorded: true },
    { start: '2026-03-02T10:20:00Z', durationSec: 120, kind: 'inbound_acd' },
    { start: '2026-03-03T09:00:00Z', durationSec: 0, kind: 'dial' },
  ]);
  const s = summarizeObserved(table, { timeZone: 'UTC' });

  it('totals calls, minutes and the span from first start to last end', () => {
    expect(s.calls).toBe(6);
    expect(s.minutes).toBe(19);
    expect(s.firstMs).toBe(ms('2026-03-02T10:00:00Z'));
    expect(s.lastMs).toBe(ms('2026-03-03T09:00:00Z'));
  });

  it('finds the peak over all records and over port-holding records (recorded dials included)', () => {
    expect(s.peak).toEqual({ concurrent: 3, atMs: ms('2026-03-02T10:02:30Z') });
    expect(s.portCalls).toBe(4);
    expect(s.portPeak).toEqual({ concurrent: 2, atMs: ms('2026-03-02T10:02:30Z') });
  });

  it('summarizes each kind present, with the peak of that kind alone', () => {
    expect(s.byKind).toEqual({
      dial: { calls: 3, minutes: 15, peak: 2 },
      voice_drop: { calls: 2, minutes: 2, peak: 2 },
      inbound_acd: { calls: 1, minutes: 2, peak: 1 },
    });
  });

  it('replays the port-holding records for N = 1..portPeak', () => {
    expect(s.portTable).toEqual([
      { ports: 1, shareOfTimeAtOrAbove: 510 / 1200, blockedCalls: 1, blockedShare: 1 / 4 },
      { ports: 2, shareOfTimeAtOrAbove: 30 / 1200, blockedCalls: 0, blockedShare: 0 },
    ]);
  });

  it('downsamples all records and each kind on the same buckets', () => {
    // 23 h span within 1500 buckets → one-minute buckets, 1380 of them, from 10:00.
    expect(s.series.bucketMs).toBe(60_000);
    expect(s.series.startsMs.length).toBe(23 * 60);
    expect(s.series.startsMs[0]).toBe(ms('2026-03-02T10:00:00Z'));
    // 10:02–10:03: level 2 then 3 → max 3, mean 2.5.
    expect(s.series.max[2]).toBe(3);
    expect(s.series.mean[2]).toBe(2.5);
    expect(Object.keys(s.seriesByKind).sort()).toEqual(['dial', 'inbound_acd', 'voice_drop']);
    expect(s.seriesByKind.voice_drop?.[2]).toBe(2);
    expect(s.seriesByKind.dial?.[2]).toBe(1);
    expect(s.seriesByKind.dial?.length).toBe(s.series.max.length);
  });

  it('fills the heatmap and the daily totals over all records', () => {
    // Monday 10h: 1140 call-seconds over the 1320 s observed (10:00–10:22).
    expect(s.heatmap.mean[10]).toBeCloseTo(1140 / 1320, 12);
    expect(s.heatmap.peak[10]).toBe(3);
    expect(s.daily).toEqual({ days: ['2026-03-02', '2026-03-03'], calls: [5, 1], minutes: [19, 0] });
  });

  it('honours portKinds and maxBuckets', () => {
    const only = summarizeObserved(table, { timeZone: 'UTC', portKinds: ['inbound_acd'], maxBuckets: 30 });
    // Ports: the recorded dial and the inbound call, never overlapping.
    expect(only.portCalls).toBe(2);
    expect(only.portPeak.concurrent).toBe(1);
    expect(only.portKinds).toEqual(['inbound_acd']);
    // 23 h within 30 buckets: 1 min → 1380, 5 → 276, 15 → 92, 30 → 46, 1 h → 23.
    expect(only.series.bucketMs).toBe(3_600_000);
    expect(only.series.max.length).toBe(23);
  });
});
