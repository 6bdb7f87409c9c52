import { describe, expect, it } from 'vitest';
import { concurrencySteps } from '../../../src/core/traffic/concurrency-steps.ts';
import { hourOfWeekHeatmap } from '../../../src/core/traffic/hour-of-week.ts';
import { makeTable } from './make-table.ts';

const observedHours = (mean: Float64Array) =>
  [...mean].map((m, h) => (Number.isNaN(m) ? -1 : h)).filter((h) => h >= 0);

describe('hourOfWeekHeatmap(steps, timeZone)', () => {
  it('averages each local hour over the time observed in it (Monday 2026-11-23, Europe/Berlin, UTC+1)', () => {
    // Local calls: 08:00–09:00, 09:30–10:30, 10:45–11:00, so the observed window is 08:00–11:00.
    // Mon 08h: 1 all hour → 1. Mon 09h: 0 for 30 min, 1 for 30 min → 0.5.
    // Mon 10h: 1 (10:00–10:30), 0 (to 10:45), 1 (to 11:00) → 45/60 = 0.75. Monday is weekday 0.
    const table = makeTable([
      { start: '2026-11-23T08:00:00+01:00', durationSec: 3600 },
      { start: '2026-11-23T09:30:00+01:00', durationSec: 3600 },
      { start: '2026-11-23T10:45:00+01:00', durationSec: 900 },
    ]);
    const { mean, peak } = hourOfWeekHeatmap(concurrencySteps(table), 'Europe/Berlin');
    expect(mean.length).toBe(168);
    expect(observedHours(mean)).toEqual([8, 9, 10]);
    expect(mean[8]).toBe(1);
    expect(mean[9]).toBe(0.5);
    expect(mean[10]).toBe(0.75);
    expect([peak[8], peak[9], peak[10], peak[11]]).toEqual([1, 1, 1, 0]);
  });

  it('places a Sunday in weekday 6 and keeps the highest level per hour', () => {
    const table = makeTable([
      { start: '2026-11-29T23:00:00Z', durationSec: 1800 },
      { start: '2026-11-29T23:10:00Z', durationSec: 600 },
    ]);
    const { mean, peak } = hourOfWeekHeatmap(concurrencySteps(table), 'UTC');
    expect(observedHours(mean)).toEqual([6 * 24 + 23]);
    expect(mean[6 * 24 + 23]).toBeCloseTo(4 / 3, 12); // (30 + 10) call-minutes over 30 minutes
    expect(peak[6 * 24 + 23]).toBe(2);
  });

  it('counts the repeated hour twice when clocks fall back (Berlin, Sunday 2026-10-25)', () => {
    // 00:30–01:30 UTC is 02:30 CEST → 03:00 CEST = 02:00 CET → 02:30 CET: all of it local hour 02.
    const table = makeTable([{ start: '2026-10-25T00:30:00Z', durationSec: 3600 }]);
    const { mean, peak } = hourOfWeekHeatmap(concurrencySteps(table), 'Europe/Berlin');
    expect(observedHours(mean)).toEqual([6 * 24 + 2]);
    expect(mean[6 * 24 + 2]).toBe(1);
    expect(peak[6 * 24 + 2]).toBe(1);
  });

  it('skips the missing hour when clocks spring forward (Berlin, Sunday 2026-03-29)', () => {
    // 00:30–01:30 UTC is 01:30–02:00 CET then 03:00–03:30 CEST: hours 01 and 03, never 02.
    const table = makeTable([
      { start: '2026-03-29T00:30:00Z', durationSec: 3600 },
      { start: '2026-03-29T00:45:00Z', durationSec: 600 },
    ]);
    const { mean } = hourOfWeekHeatmap(concurrencySteps(table), 'Europe/Berlin');
    expect(observedHours(mean)).toEqual([6 * 24 + 1, 6 * 24 + 3]);
    expect(mean[6 * 24 + 1]).toBeCloseTo(40 / 30, 12); // 30 + 10 call-minutes over 30 minutes
    expect(mean[6 * 24 + 3]).toBe(1);
  });

  it('is all NaN with zero peaks when there are no steps', () => {
    const { mean, peak } = hourOfWeekHeatmap({ timesMs: new Float64Array(0), levels: new Int32Array(0) }, 'UTC');
    expect(mean.every(Number.isNaN)).toBe(true);
    expect(peak.every((p) => p === 0)).toBe(true);
  });
});
