import { describe, expect, it } from 'vitest';
import { dailyTotals } from '../../../src/core/traffic/daily-totals.ts';
import { makeTable } from './make-table.ts';

describe('dailyTotals(table, timeZone, mask)', () => {
  // America/New_York falls back on 2026-11-01 at 02:00 EDT (06:00 UTC) to 01:00 EST.
  const table = makeTable([
    { start: '2026-11-04T12:00:00-05:00', durationSec: 90 },
    { start: '2026-10-31T23:30:00-04:00', durationSec: 60 }, // 03:30 UTC on 11-01, local 10-31
    { start: '2026-11-01T01:30:00-04:00', durationSec: 120 }, // first 01:30 (EDT)
    { start: '2026-11-01T01:30:00-05:00', durationSec: 30 }, // second 01:30 (EST)
    { start: '2026-11-01T23:30:00-05:00', durationSec: 600 }, // 04:30 UTC on 11-02; EDT would say 00:30 on 11-02
  ]);

  it('counts calls and minutes per local date across the fall-back change, zero-filling gaps', () => {
    expect(dailyTotals(table, 'America/New_York')).toEqual({
      days: ['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'],
      calls: [1, 3, 0, 0, 1],
      minutes: [1, (120 + 30 + 600) / 60, 0, 0, 1.5],
    });
  });

  it('uses the zone given: the same calls in UTC fall on other dates', () => {
    expect(dailyTotals(table, 'UTC').days).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    expect(dailyTotals(table, 'UTC').calls).toEqual([3, 1, 0, 1]);
  });

  it('counts only the records the mask selects', () => {
    const daily = dailyTotals(table, 'America/New_York', new Uint8Array([1, 1, 0, 0, 0]));
    expect(daily.days[0]).toBe('2026-10-31');
    expect(daily.calls).toEqual([1, 0, 0, 0, 1]);
  });

  it('gives empty arrays for an empty table', () => {
    expect(dailyTotals(makeTable([]), 'America/New_York')).toEqual({ days: [], calls: [], minutes: [] });
  });
});
