import { describe, expect, it } from 'vitest';
import { concurrencyChartData, describeBucket } from '../../../src/app/charts/concurrency-chart-data.ts';
import { dailyChartData } from '../../../src/app/charts/daily-chart-data.ts';
import { heatColor, heatmapGrid } from '../../../src/app/charts/heatmap-data.ts';
import { KIND_COLORS } from '../../../src/app/charts/kind-colors.ts';
import { portTableView } from '../../../src/app/charts/port-table-data.ts';
import { isLocalMidnight, timeTicks } from '../../../src/app/charts/time-ticks.ts';
import { makeSummary } from './fixtures.ts';

describe('concurrencyChartData(summary, view)', () => {
  const summary = makeSummary({
    series: {
      bucketMs: 900_000,
      startsMs: new Float64Array([0, 900_000]),
      max: new Int32Array([2, 5]),
      mean: new Float32Array([1.234, 3.5]),
    },
    seriesByKind: { dial: new Int32Array([2, 3]), voice_drop: new Int32Array([0, 2]), recording: new Int32Array([0, 0]) },
  });

  it('holds each bucket maximum until the next bucket, ending one bucket after the last start', () => {
    const data = concurrencyChartData(summary, 'total');
    expect(data.series.map((s) => s.key)).toEqual(['max', 'mean']);
    expect(data.series[0]!.points).toEqual([{ x: 0, y: 2 }, { x: 900_000, y: 5 }, { x: 1_800_000, y: 5 }]);
    expect(data.series[0]!.fill).toBe(true);
    expect(data.series[1]!.points.map((p) => p.y)).toEqual([1.23, 3.5, 3.5]);
    expect([data.xMin, data.xMax, data.yMax, data.bucketMs]).toEqual([0, 1_800_000, 5, 900_000]);
  });

  it('in the kinds view gives one line per kind that ever runs, in ACTIVITY_KINDS order, with its palette colour', () => {
    const data = concurrencyChartData(summary, 'kinds');
    expect(data.series.map((s) => s.key)).toEqual(['dial', 'voice_drop']);
    expect(data.series[1]!.color).toBe(KIND_COLORS.voice_drop);
    expect(data.series[1]!.points).toEqual([{ x: 0, y: 0 }, { x: 900_000, y: 2 }, { x: 1_800_000, y: 2 }]);
    expect(data.yMax).toBe(3);
  });

  it('gives no points and a zero range for an empty series', () => {
    const empty = makeSummary({
      series: { bucketMs: 60_000, startsMs: new Float64Array(0), max: new Int32Array(0), mean: new Float32Array(0) },
      seriesByKind: {},
    });
    const data = concurrencyChartData(empty, 'total');
    expect(data.series[0]!.points).toEqual([]);
    expect([data.xMin, data.xMax, data.yMax]).toEqual([0, 0, 0]);
  });
});

describe('describeBucket(bucketMs)', () => {
  it('names the largest whole unit', () => {
    expect(describeBucket(900_000)).toBe('15 minutes');
    expect(describeBucket(3_600_000)).toBe('1 hour');
    expect(describeBucket(86_400_000 * 2)).toBe('2 days');
    expect(describeBucket(90_000)).toBe('90 seconds');
    expect(describeBucket(1500)).toBe('1500 ms');
  });
});

describe('dailyChartData(daily)', () => {
  it('rounds minutes to one decimal, marks weekends and sums the totals', () => {
    const data = dailyChartData({ days: ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'], calls: [10, 2, 0, 7], minutes: [12.345, 1.06, 0, 30] });
    expect(data.minutes).toEqual([12.3, 1.1, 0, 30]);
    expect(data.weekend).toEqual([false, true, true, false]);
    expect(data.totalCalls).toBe(19);
    expect(data.totalMinutes).toBeCloseTo(43.405, 9);
  });
});

describe('heatmapGrid(heatmap, metric)', () => {
  const mean = new Float64Array(168).fill(NaN);
  const peak = new Int32Array(168);
  mean[9] = 1.25; // Monday 09:00
  peak[9] = 4;
  mean[24 * 6 + 23] = 2.5; // Sunday 23:00
  peak[24 * 6 + 23] = 8;

  it('lays out seven rows of 24 hours, Monday first, scaled to the largest value', () => {
    const grid = heatmapGrid({ mean, peak }, 'peak');
    expect(grid.rows.map((r) => r.weekday)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(grid.rows.every((r) => r.cells.length === 24)).toBe(true);
    expect(grid.max).toBe(8);
    expect(grid.rows[0]!.cells[9]).toEqual({ hour: 9, value: 4, intensity: 0.5, label: 'Monday 09:00–10:00: at most 4 calls at once' });
    expect(grid.rows[6]!.cells[23]!.label).toBe('Sunday 23:00–00:00: at most 8 calls at once');
  });

  it('labels means to one decimal and hours never observed as not in the data', () => {
    const grid = heatmapGrid({ mean, peak }, 'mean');
    expect(grid.max).toBe(2.5);
    expect(grid.rows[0]!.cells[9]!.label).toBe('Monday 09:00–10:00: 1.3 calls at once on average');
    expect(grid.rows[0]!.cells[9]!.intensity).toBe(0.5);
    const unobserved = grid.rows[2]!.cells[3]!;
    expect(Number.isNaN(unobserved.value)).toBe(true);
    expect(unobserved.intensity).toBe(0);
    expect(unobserved.label).toBe('Wednesday 03:00–04:00: not in the data');
  });

  it('treats a peak in an unobserved hour as not in the data', () => {
    const grid = heatmapGrid({ mean, peak }, 'peak');
    expect(Number.isNaN(grid.rows[1]!.cells[0]!.value)).toBe(true);
  });
});

describe('heatColor(intensity)', () => {
  it('runs from near-white to the dark blue and clamps outside 0..1', () => {
    expect(heatColor(0)).toBe('rgb(244, 247, 251)');
    expect(heatColor(1)).toBe('rgb(31, 78, 140)');
    expect(heatColor(2)).toBe(heatColor(1));
    expect(heatColor(-1)).toBe(heatColor(0));
  });
});

describe('portTableView(rows, targetShare)', () => {
  const rows = [
    { ports: 1, shareOfTimeAtOrAbove: 0.6, blockedCalls: 5, blockedShare: 0.05 },
    { ports: 2, shareOfTimeAtOrAbove: 0.2, blockedCalls: 1, blockedShare: 0.01 },
    { ports: 3, shareOfTimeAtOrAbove: 0.01, blockedCalls: 0, blockedShare: 0 },
  ];

  it('finds the fewest ports with no blocked call and the fewest within the target share', () => {
    expect(portTableView(rows)).toEqual({ rows, firstZeroPorts: 3, targetPorts: 2 });
    expect(portTableView(rows, 0).targetPorts).toBe(3);
  });

  it('gives nulls for an empty table', () => {
    expect(portTableView([])).toEqual({ rows: [], firstZeroPorts: null, targetPorts: null });
  });
});

describe('timeTicks(fromMs, toMs, timeZone, maxTicks)', () => {
  it('puts ticks on whole local hours with the smallest step that fits', () => {
    const from = Date.UTC(2026, 9, 1, 0, 0);
    const ticks = timeTicks(from, Date.UTC(2026, 9, 1, 12, 0), 'UTC', 8);
    expect(ticks.stepMs).toBe(2 * 3_600_000);
    expect(ticks.valuesMs).toEqual([0, 2, 4, 6, 8, 10, 12].map((h) => Date.UTC(2026, 9, 1, h)));
  });

  it('steps by week on local Monday midnights over a month', () => {
    // October 2026 in Chicago is CDT (UTC−5); 1 October is a Thursday.
    const ticks = timeTicks(Date.UTC(2026, 9, 1, 5), Date.UTC(2026, 10, 1, 5), 'America/Chicago', 8);
    expect(ticks.stepMs).toBe(7 * 86_400_000);
    expect(ticks.valuesMs).toEqual([5, 12, 19, 26].map((d) => Date.UTC(2026, 9, d, 5)));
  });

  it('follows the local midnight across the end of summer time', () => {
    // London leaves BST (UTC+1) at 01:00 UTC on 25 October 2026.
    const ticks = timeTicks(Date.UTC(2026, 9, 23, 22), Date.UTC(2026, 9, 26, 1), 'Europe/London', 4);
    expect(ticks.stepMs).toBe(86_400_000);
    expect(ticks.valuesMs).toEqual([Date.UTC(2026, 9, 23, 23), Date.UTC(2026, 9, 24, 23), Date.UTC(2026, 9, 26, 0)]);
    expect(ticks.valuesMs.map((t) => isLocalMidnight(t, 'Europe/London'))).toEqual([true, true, true]);
  });

  it('gives no ticks for an empty range', () => {
    expect(timeTicks(5, 5, 'UTC').valuesMs).toEqual([]);
  });
});
