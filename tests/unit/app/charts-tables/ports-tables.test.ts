// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockingPctText, blockingTable } from '../../../../src/app/charts/ports/blocking-chart-data.ts';
import { holdingFitTable } from '../../../../src/app/charts/ports/holding-fit-data.ts';
import { peakHistogramData, peakHistogramTable } from '../../../../src/app/charts/ports/peak-histogram-data.ts';
import { makeResult } from '../ports/factories.ts';

describe('blockingTable(result, opts)', () => {
  // Month blocking 5 %, 1 %, 0 (±10 %); the busiest hour twice that; Erlang B half the busiest hour.
  const t = blockingTable(makeResult([0.05, 0.01, 0], 10), { targetPct: 1, recommendedPorts: 11 });

  it('gives a row per port count with the month’s blocking and its interval, the busiest hour and Erlang B, in percent', () => {
    expect(t.headers).toEqual(['Flex Ports', 'Simulated, whole month', '95 % interval', 'Simulated, busiest hour', 'Erlang B, busiest hour']);
    expect(t.rows[0]).toEqual(['10', '5.00 %', '4.50 % – 5.50 %', '10.00 %', '5.00 %']);
    expect(t.rows[1]).toEqual(['11 (recommended)', '1.00 %', '0.90 % – 1.10 %', '2.00 %', '1.00 %']);
  });

  it('keeps the zeros a log axis leaves out, and names the target in the caption', () => {
    expect(t.rows[2]).toEqual(['12', '0.00 %', '0.00 % – 0.00 %', '0.00 %', '0.00 %']);
    expect(t.caption).toContain('at most 1.00 % in the busiest hour');
  });

  it('blockingPctText(pct) keeps two significant digits below 0.01 %, as the tooltip does', () => {
    expect(blockingPctText(0.003)).toBe('0.0030 %');
    expect(blockingPctText(12.345)).toBe('12.35 %');
    expect(blockingPctText(null)).toBe('—');
  });

  it('is empty before any run', () => {
    expect(blockingTable({ table: [], erlangB: [] }, {}).rows).toEqual([]);
  });
});

describe('peakHistogramTable(data, ports)', () => {
  it('gives each bar its months and their share, and whether those months went above the port count', () => {
    const t = peakHistogramTable(peakHistogramData([12, 13, 13, 15], 13), 13);
    expect(t.headers).toEqual(['Highest at once', 'Simulated months', 'Share of months', 'Above 13 ports']);
    expect(t.rows).toEqual([
      ['12', '1', '25.0%', 'no'],
      ['13', '2', '50.0%', 'no'],
      ['14', '0', '0.0%', 'yes'],
      ['15', '1', '25.0%', 'yes'],
    ]);
    expect(t.caption).toContain('over 4 months');
  });

  it('leaves out the port column without a port count, and names the range of wide bins', () => {
    const peaks = Array.from({ length: 100 }, (_, i) => i);
    const t = peakHistogramTable(peakHistogramData(peaks), null);
    expect(t.headers).toHaveLength(3);
    expect(t.rows[0]).toEqual(['0–2', '3', '3.0%']);
    expect(t.caption).toContain('in ranges of 3 calls');
  });
});

describe('holdingFitTable(data)', () => {
  it('gives each bin’s observed and fitted share to one decimal, as the tooltip does', () => {
    const t = holdingFitTable({ kind: 'voice_drop', labels: ['0:00', '0:30'], observedPct: [40, 60], fittedPct: [45.46, 54.54], calls: 1234, meanSec: 34, cv: 0.25 });
    expect(t.headers).toEqual(['Holding time from (m:ss)', 'Observed', 'Fitted lognormal']);
    expect(t.rows).toEqual([
      ['0:00', '40.0 %', '45.5 %'],
      ['0:30', '60.0 %', '54.5 %'],
    ]);
    expect(t.caption).toContain('1,234 voice drop calls');
  });
});
