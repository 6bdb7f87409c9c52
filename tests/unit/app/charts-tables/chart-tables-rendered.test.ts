import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

// jsdom has no canvas: the charts draw into a stand-in, and their tables are what is checked.
vi.mock('../../../../src/app/charts/chart-setup.ts', () => {
  class FakeChart {
    data: unknown;
    options: unknown;
    static register(): void {}
    static getChart(): undefined {
      return undefined;
    }
    constructor(_canvas: unknown, config: { data: unknown; options: unknown }) {
      this.data = config.data;
      this.options = config.options;
    }
    update(): void {}
    destroy(): void {}
  }
  return { Chart: FakeChart };
});

const { default: DailyChart } = await import('../../../../src/app/charts/DailyChart.svelte');
const { default: PeakHistogram } = await import('../../../../src/app/charts/ports/PeakHistogram.svelte');
const { default: StorageCharts } = await import('../../../../src/app/components/storage/StorageCharts.svelte');
const { makeResult } = await import('../storage/factories.ts');

/** Opens a chart's table from its summary, as a click or Enter would, and gives its cells by row. */
async function openTable(testid: string): Promise<{ caption: string; cells: string[][] }> {
  const details = screen.getByTestId(testid);
  expect(within(details).queryByRole('table')).toBeNull();
  await fireEvent.click(within(details).getByText('Show the numbers as a table'));
  const table = await within(details).findByRole('table');
  const cells = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
  return { caption: table.querySelector('caption')?.textContent ?? '', cells };
}

describe('the charts’ tables, rendered', () => {
  it('DailyChart lists each day’s calls and minutes under column headers', async () => {
    render(DailyChart, { daily: { days: ['2026-03-06', '2026-03-07'], calls: [1234, 5], minutes: [34.5, 2] }, timeZone: 'UTC' });
    const { caption, cells } = await openTable('daily-table');
    expect(caption).toContain('one row per day (UTC)');
    expect(cells).toEqual([
      ['Day', 'Calls', 'Minutes'],
      ['Fri, Mar 6, 2026', '1,234', '35'],
      ['Sat, Mar 7, 2026', '5', '2'],
    ]);
  });

  it('PeakHistogram lists each peak with its simulated months, marking those above the ports', async () => {
    render(PeakHistogram, { peaks: Float64Array.from([12, 13, 13, 15]), ports: 13 });
    const { cells } = await openTable('ports-histogram-table');
    expect(cells[0]).toEqual(['Highest at once', 'Simulated months', 'Share of months', 'Above 13 ports']);
    expect(cells.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['12', '1', 'no'],
      ['13', '2', 'no'],
      ['14', '0', 'yes'],
      ['15', '1', 'yes'],
    ]);
  });

  it('PeakHistogram offers no table before there are months to count', () => {
    render(PeakHistogram, { peaks: new Float64Array(0), ports: null });
    expect(screen.queryByTestId('ports-histogram-table')).toBeNull();
  });

  it('StorageCharts gives each kind’s own size in the stacked chart’s table, and the fee chart its own', async () => {
    render(StorageCharts, { result: makeResult() });
    const stack = await openTable('storage-chart-table');
    expect(stack.cells[1]).toEqual(['Nov 2026', '40.0 GB', '20.0 GB', '20.0 GB', '7.0 GB', '87.0 GB', '82.0 GB – 92.0 GB']);
    const fee = await openTable('storage-fee-chart-table');
    expect(fee.cells[0]).toEqual(['Month', 'Fee, doing nothing (mean)', 'Fee in a bad month (p95)', 'Fee with all three remedies (mean)']);
    // January 2027: a $30 fee on average, $45 in the 95th percentile, nothing with the remedies;
    // in whole dollars, as the chart's tooltip writes money.
    expect(fee.cells[3]).toEqual(['Jan 2027', '$30', '$45', '$0']);
  });
});
