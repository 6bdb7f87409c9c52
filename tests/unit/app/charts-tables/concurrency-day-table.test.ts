// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { concurrencyDayTable } from '../../../../src/app/charts/concurrency-chart-data.ts';
import { makeSummary } from '../fixtures.ts';

// Five 30-minute steps in Chicago (UTC−5 in October): two on Wednesday 30 September, from 23:00
// local, and three on Thursday 1 October, from midnight.
const at = (h: number, m: number) => Date.UTC(2026, 9, 1, h, m);
const summary = makeSummary({
  timeZone: 'America/Chicago',
  series: {
    bucketMs: 1_800_000,
    startsMs: new Float64Array([at(4, 0), at(4, 30), at(5, 0), at(5, 30), at(6, 0)]),
    max: new Int32Array([1, 3, 2, 4, 4]),
    mean: new Float32Array([0.5, 1.5, 1, 2, 3]),
  },
  seriesByKind: { dial: new Int32Array([1, 2, 0, 3, 1]), voice_drop: new Int32Array([0, 1, 2, 1, 3]), recording: new Int32Array(5) },
});

describe('concurrencyDayTable(summary, view)', () => {
  it('groups the steps by local day: the highest, the start of its first step, and the average of the day’s steps', () => {
    const t = concurrencyDayTable(summary, 'total');
    expect(t.headers).toEqual(['Day', 'Highest at once', 'Highest from', 'Average at once']);
    expect(t.rows).toEqual([
      ['Wed, Sep 30, 2026', '3', '23:30', '1.00'],
      ['Thu, Oct 1, 2026', '4', '00:30', '2.00'],
    ]);
  });

  it('says in its caption how the rows were grouped, and in which zone', () => {
    expect(concurrencyDayTable(summary, 'total').caption).toMatch(/one row per day \(America\/Chicago\) from the chart’s steps of 30 minutes: the day’s highest/);
  });

  it('by kind gives each drawn kind’s highest of the day, leaving out kinds that never ran', () => {
    const t = concurrencyDayTable(summary, 'kinds');
    expect(t.headers).toEqual(['Day', 'Dial', 'Voice drop']);
    expect(t.rows).toEqual([
      ['Wed, Sep 30, 2026', '2', '1'],
      ['Thu, Oct 1, 2026', '3', '3'],
    ]);
  });

  it('gives no rows for an empty series', () => {
    const empty = makeSummary({ series: { bucketMs: 1_800_000, startsMs: new Float64Array(0), max: new Int32Array(0), mean: new Float32Array(0) }, seriesByKind: {} });
    expect(concurrencyDayTable(empty, 'total').rows).toEqual([]);
    expect(concurrencyDayTable(empty, 'kinds').rows).toEqual([]);
  });
});
