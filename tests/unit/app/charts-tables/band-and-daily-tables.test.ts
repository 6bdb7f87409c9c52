// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bandChartTable } from '../../../../src/app/charts/common/band-chart-data.ts';
import { dailyChartData, dailyTable } from '../../../../src/app/charts/daily-chart-data.ts';
import { storageChartTable } from '../../../../src/app/components/storage/storage-chart-table.ts';
import { formatMoneyAxis } from '../../../../src/app/format.ts';
import { makeResult } from '../storage/factories.ts';

describe('bandChartTable(labels, bands, lines, opts)', () => {
  it('gives a band as its range and each line its value, through the chart’s own format', () => {
    const t = bandChartTable(
      ['Day 1', 'Day 2'],
      [{ label: '90 % of paths (p5–p95)', color: '#5B9BD5', lo: [100_000, NaN], hi: [300_000, NaN] }],
      [{ label: 'Median', color: '#1F4E8C', y: [200_000, 250_000] }],
      { xTitle: 'Day', caption: 'Balance at the end of each day.', format: formatMoneyAxis },
    );
    expect(t.headers).toEqual(['Day', '90 % of paths (p5–p95)', 'Median']);
    expect(t.rows).toEqual([
      ['Day 1', '$1.0K – $3.0K', '$2.0K'],
      ['Day 2', '—', '$2.5K'],
    ]);
    expect(t.caption).toBe('Balance at the end of each day.');
  });
});

describe('dailyTable(data, timeZone)', () => {
  it('gives a row per day with the calls and the whole minutes the tooltip shows', () => {
    const t = dailyTable(dailyChartData({ days: ['2026-03-06', '2026-03-07'], calls: [1234, 0], minutes: [34.5, 0.04] }), 'UTC');
    expect(t.headers).toEqual(['Day', 'Calls', 'Minutes']);
    expect(t.rows).toEqual([
      ['Fri, Mar 6, 2026', '1,234', '35'],
      ['Sat, Mar 7, 2026', '0', '0'],
    ]);
    expect(t.caption).toContain('(UTC)');
  });
});

describe('storageChartTable(result)', () => {
  it('gives each kind’s own size, not the running totals the stacked layers draw, then the stack and the band', () => {
    // November 2026: records 40 GB, lists 20, recordings 20, files 7 = 87 GB, band ±5 GB.
    const t = storageChartTable(makeResult());
    expect(t.headers).toEqual(['Month', 'Database records', 'Data lists', 'Call recordings', 'Other files', 'All kinds (median)', 'Total, 90 % of futures (p5–p95)']);
    expect(t.rows[0]).toEqual(['Nov 2026', '40.0 GB', '20.0 GB', '20.0 GB', '7.0 GB', '87.0 GB', '82.0 GB – 92.0 GB']);
    expect(t.rows).toHaveLength(3);
    expect(t.caption).toContain('the month’s peak');
    expect(t.caption).toContain('allowance is 125 GB');
  });
});
