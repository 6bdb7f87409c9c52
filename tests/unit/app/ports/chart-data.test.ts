import { describe, expect, it } from 'vitest';
import { blockColor, blockingHeatmapGrid, hourOfWeekRow } from '../../../../src/app/charts/ports/blocking-heatmap-data.ts';
import { blockingChartData } from '../../../../src/app/charts/ports/blocking-chart-data.ts';
import { fitKinds, holdingFitData, minutesSeconds } from '../../../../src/app/charts/ports/holding-fit-data.ts';
import { peakHistogramData } from '../../../../src/app/charts/ports/peak-histogram-data.ts';
import type { ActivityKind } from '../../../../src/core/ingest/types.ts';
import type { TrafficModel } from '../../../../src/core/ports/types.ts';
import { makeResult } from './factories.ts';

describe('blockingChartData(result, opts)', () => {
  it('gives the simulated mean, its band, the busy hour and Erlang B in percent, one point per port count', () => {
    const d = blockingChartData(makeResult([0.05, 0.01, 0], 10), { log: false });
    expect(d.mean).toEqual([{ x: 10, y: 5 }, { x: 11, y: 1 }, { x: 12, y: 0 }]);
    expect(d.lo[0]!.y).toBeCloseTo(4.5);
    expect(d.hi[0]!.y).toBeCloseTo(5.5);
    expect(d.busyHour.map((p) => p.y)).toEqual([10, 2, 0]);
    expect(d.erlangB.map((p) => p.y)).toEqual([5, 1, 0]);
    expect([d.xMin, d.xMax]).toEqual([10, 12]);
    expect(d.target).toEqual([]);
    expect(d.recommended).toEqual([]);
  });

  it('draws Extended Erlang B, as blocked attempts per call, instead of Erlang B when the run had retries', () => {
    const plain = makeResult([0.05, 0.01], 10);
    expect(blockingChartData(plain, { log: false }).closedFormLabel).toBe('Erlang B, busiest hour');
    expect(blockingChartData(plain, { log: false }).yTitle).toBe('Attempts that find every port busy');
    const withRetries = {
      ...plain,
      extendedErlangB: [
        { ports: 10, blocking: 0.06, errorsPerCall: 0.07, lostShare: 0.03 },
        { ports: 11, blocking: 0.02, errorsPerCall: 0.021, lostShare: 0.01 },
      ],
    };
    const d = blockingChartData(withRetries, { log: false });
    expect(d.closedFormLabel).toBe('Extended Erlang B, busiest hour');
    expect(d.yTitle).toBe('Blocked attempts per call, retries included');
    expect(d.erlangB[0]!.y).toBeCloseTo(7, 12);
    expect(d.erlangB[1]!.y).toBeCloseTo(2.1, 12);
  });

  it('draws the target across the whole range and marks the recommended count on the busy-hour curve', () => {
    const d = blockingChartData(makeResult([0.05, 0.01, 0.002], 10), { log: false, targetPct: 1, recommendedPorts: 12 });
    expect(d.target).toEqual([{ x: 10, y: 1 }, { x: 12, y: 1 }]);
    expect(d.recommended).toEqual([{ x: 12, y: 0.4 }]);
  });

  it('on a log axis leaves zeros as gaps and starts at the power of ten below the smallest value', () => {
    const d = blockingChartData(makeResult([0.05, 0.0003, 0], 10), { log: true });
    expect(d.mean.map((p) => p.y)).toEqual([5, 0.03, null]);
    expect(d.logMin).toBe(0.01);
  });

  it('never takes a log axis below 0.0001 % for one rare blocked call', () => {
    const d = blockingChartData(makeResult([0.05, 1e-9], 10), { log: true });
    expect(d.logMin).toBe(1e-4);
    expect(d.mean[1]!.y).toBeNull();
  });

  it('is empty for an empty table', () => {
    const d = blockingChartData(makeResult([]), { log: false, targetPct: 1 });
    expect(d.mean).toEqual([]);
    expect(d.target).toEqual([]);
  });
});

describe('peakHistogramData(peaks, ports)', () => {
  it('counts months per peak value, gaps included, and marks the values above the port count', () => {
    const d = peakHistogramData([12, 13, 13, 15], 13);
    expect(d.labels).toEqual(['12', '13', '14', '15']);
    expect(d.counts).toEqual([1, 2, 0, 1]);
    expect(d.over).toEqual([false, false, true, true]);
    expect(d.binWidth).toBe(1);
    expect([d.p50, d.p95, d.max, d.replications]).toEqual([13, 15, 15, 4]);
  });

  it('widens the bins past 40 distinct values, and the counts still add up', () => {
    const peaks = Array.from({ length: 100 }, (_, i) => 100 + i);
    const d = peakHistogramData(peaks, null);
    expect(d.binWidth).toBe(3);
    expect(d.labels[0]).toBe('100–102');
    expect(d.counts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(d.over.every((o) => !o)).toBe(true);
  });

  it('is empty without replications', () => {
    const d = peakHistogramData([], 10);
    expect(d.counts).toEqual([]);
    expect(d.p50).toBeNaN();
  });
});

describe('hourOfWeekRow(flat, portsLo, ports)', () => {
  it('takes the 168 cells of one port count from a row-major array', () => {
    const flat = Float64Array.from({ length: 3 * 168 }, (_, i) => i);
    const row = hourOfWeekRow(flat, 10, 12);
    expect(row.length).toBe(168);
    expect([row[0], row[167]]).toEqual([336, 503]);
  });

  it('names itself when the port count is outside the array', () => {
    expect(() => hourOfWeekRow(new Float64Array(168), 10, 11)).toThrow(/hourOfWeekRow/);
  });
});

describe('blockingHeatmapGrid(blocked, offered, replications)', () => {
  const blocked = new Float64Array(168);
  const offered = new Float64Array(168);
  // Tuesday 10:00 (24 + 10): 7 of 1,000 blocked over 2 months; Tuesday 11:00: 1 of 1,000; Monday 09:00: offered, none blocked.
  blocked[34] = 7;
  offered[34] = 1000;
  blocked[35] = 1;
  offered[35] = 1000;
  offered[9] = 500;
  const grid = blockingHeatmapGrid(blocked, offered, 2);

  it('gives each hour its share blocked, errors a month and a sentence', () => {
    const cell = grid.rows[1]!.cells[10]!;
    expect(cell.share).toBeCloseTo(0.007);
    expect(cell.blockedPerMonth).toBe(3.5);
    expect(cell.intensity).toBe(1);
    expect(cell.text).toBe('0.7');
    expect(cell.label).toBe('Tuesday 10:00–11:00: 0.70 % of attempts blocked, about 3.5 a month');
    expect(grid.rows[1]!.cells[11]!.intensity).toBeCloseTo(1 / 7);
    expect(grid.worstHourOfWeek).toBe(34);
  });

  it('tells hours without calls from hours with calls and nothing blocked', () => {
    expect(grid.rows[0]!.cells[9]!.label).toBe('Monday 09:00–10:00: no attempts blocked');
    expect(grid.rows[0]!.cells[9]!.text).toBe('');
    expect(grid.rows[0]!.cells[3]!.share).toBeNaN();
    expect(grid.rows[0]!.cells[3]!.label).toBe('Monday 03:00–04:00: no calls');
  });

  it('has seven rows of 24, Monday first, and no worst hour when nothing was blocked', () => {
    expect(grid.rows.map((r) => r.cells.length)).toEqual([24, 24, 24, 24, 24, 24, 24]);
    expect(grid.rows[0]!.weekday).toBe('Monday');
    expect(blockingHeatmapGrid(new Float64Array(168), offered, 1).worstHourOfWeek).toBe(-1);
  });

  it('refuses arrays that are not 168 hours long, naming itself', () => {
    expect(() => blockingHeatmapGrid(new Float64Array(24), offered, 1)).toThrow(/blockingHeatmapGrid/);
  });
});

describe('blockColor(intensity)', () => {
  it('runs from near-white to vermilion and clamps', () => {
    expect(blockColor(0)).toBe('rgb(250, 247, 242)');
    expect(blockColor(1)).toBe('rgb(213, 94, 0)');
    expect(blockColor(2)).toBe(blockColor(1));
  });
});

describe('holdingFitData(empirical, lognormal, kind)', () => {
  const stream = (holding: TrafficModel['streams'][number]['holding'], kind: ActivityKind = 'voice_drop') => ({ kind, ratePerHour: new Float64Array(168), holding });
  const model = (streams: TrafficModel['streams']): TrafficModel => ({ timeZone: 'UTC', streams, arrivals: 'poisson', source: 'test' });
  const empirical = model([
    stream({ kind: 'empirical', samplesSec: Float64Array.of(30, 60, 90, 120), meanSec: 75 }),
    stream({ kind: 'empirical', samplesSec: Float64Array.of(10, 20, 30, 40, 50, 60), meanSec: 35 }, 'press1'),
  ]);
  const lognormal = model([
    stream({ kind: 'lognormal', meanSec: 75, cv: 0.5 }),
    stream({ kind: 'lognormal', meanSec: 35, cv: 0.5 }, 'press1'),
  ]);

  it('bins one kind’s observed times to their 99th percentile, in percent, beside the fitted curve', () => {
    const d = holdingFitData(empirical, lognormal, 'voice_drop', 4)!;
    // p99 of [30, 60, 90, 120] is 119.1 s: bins of 29.775 s; 120 lies beyond the last edge.
    expect(d.labels).toEqual(['0:00', '0:30', '1:00', '1:29']);
    expect(d.observedPct).toEqual([0, 25, 25, 25]);
    expect(d.fittedPct).toHaveLength(4);
    expect(d.fittedPct.every((p) => p >= 0 && p <= 100)).toBe(true);
    expect([d.calls, d.meanSec, d.cv]).toEqual([4, 75, 0.5]);
  });

  it('lists the kinds with observed times, most calls first, and has nothing for a kind without them', () => {
    expect(fitKinds(empirical)).toEqual(['press1', 'voice_drop']);
    expect(holdingFitData(empirical, lognormal, 'recording')).toBeNull();
  });

  it('writes seconds as m:ss', () => {
    expect(minutesSeconds(95)).toBe('1:35');
    expect(minutesSeconds(0)).toBe('0:00');
  });
});
