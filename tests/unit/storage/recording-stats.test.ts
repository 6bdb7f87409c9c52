// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyCallTable } from '../../../src/core/ingest/empty-call-table.ts';
import { RECORDED } from '../../../src/core/ingest/types.ts';
import { DAYS_PER_MONTH, recordingStatsFromCalls } from '../../../src/core/storage/recording-stats-from-calls.ts';

/** Calls as [ISO start, seconds, recorded code, recording bytes (NaN when unknown)]. */
function table(calls: [string, number, number, number][]) {
  const t = emptyCallTable(calls.length);
  calls.forEach(([iso, sec, recorded, bytes], i) => {
    t.startMs[i] = Date.parse(iso);
    t.durationSec[i] = sec;
    t.recorded[i] = recorded;
    t.recordingBytes[i] = bytes;
  });
  return t;
}

describe('recordingStatsFromCalls(table, timeZone)', () => {
  const { yes, no, unknown } = RECORDED;

  it('counts recorded minutes, bytes per minute and the recorded share (hand case)', () => {
    const stats = recordingStatsFromCalls(
      table([
        ['2026-10-01T10:00:00Z', 120, yes, 480_000],
        ['2026-10-01T11:00:00Z', 120, yes, 480_000],
        ['2026-10-01T12:00:00Z', 120, yes, 480_000],
        ['2026-10-01T13:00:00Z', 300, no, NaN],
      ]),
    );
    expect(stats).toMatchObject({ calls: 4, recordedCalls: 3, recordedShare: 0.75, recordedMinutes: 6, bytesPerMinute: 240_000, days: 1 });
    expect(stats.minutesPerMonth).toBeCloseTo(6 * DAYS_PER_MONTH, 9);
    expect(stats.bytesPerMonth).toBeCloseTo(6 * DAYS_PER_MONTH * 240_000, 3);
  });

  it('takes a size without a recorded flag as recorded, and measures bytes only where sizes are known', () => {
    const stats = recordingStatsFromCalls(
      table([
        ['2026-10-01T10:00:00Z', 60, unknown, 100_000],
        ['2026-10-02T10:00:00Z', 60, yes, NaN],
        ['2026-10-03T10:00:00Z', 60, unknown, NaN],
      ]),
    );
    expect(stats).toMatchObject({ recordedCalls: 2, recordedMinutes: 2, bytesPerMinute: 100_000, days: 3 });
  });

  it('gives NaN bytes per minute for an export without sizes', () => {
    const stats = recordingStatsFromCalls(table([['2026-10-01T10:00:00Z', 60, yes, NaN]]));
    expect(stats.bytesPerMinute).toBeNaN();
    expect(stats.bytesPerMonth).toBeNaN();
  });

  it('groups by local calendar month in the given zone', () => {
    // 1 November 03:00 UTC is still 31 October in Chicago.
    const calls = table([
      ['2026-10-31T12:00:00Z', 60, yes, 1_000],
      ['2026-11-01T03:00:00Z', 60, yes, 1_000],
    ]);
    expect(recordingStatsFromCalls(calls).months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    const chicago = recordingStatsFromCalls(calls, 'America/Chicago');
    expect(chicago.months).toEqual([{ month: '2026-10', calls: 2, recordedCalls: 2, recordedMinutes: 2, recordingBytes: 2_000 }]);
    expect(chicago.days).toBe(1);
  });

  it('answers an empty table with zeros and no months', () => {
    const stats = recordingStatsFromCalls(emptyCallTable(0));
    expect(stats).toMatchObject({ calls: 0, recordedCalls: 0, days: 0, minutesPerMonth: 0, months: [] });
    expect(stats.recordedShare).toBeNaN();
  });
});
