import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SensitivityPlan } from '../../../../src/app/sensitivity/sensitivity-plan.ts';

// jsdom has no canvas: the chart draws into a stand-in.
vi.mock('../../../../src/app/charts/chart-setup.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/app/charts/chart-setup.ts')>();
  class FakeChart {
    destroy(): void {}
  }
  return { ...original, Chart: FakeChart };
});

const { default: SensitivityCard } = await import('../../../../src/app/components/report/SensitivityCard.svelte');
const { SensitivityRun } = await import('../../../../src/app/sensitivity/sensitivity-run.svelte.ts');

type Numbers = Record<string, number>;

/** A Ports-shaped plan whose "runs" are given numbers: volume and retries moved. */
function portsLikePlan(): SensitivityPlan<Numbers, never, Numbers> {
  const at = (blocking: number, errors: number, ports: number) => ({ blocking, errors, ports });
  const read = (key: string) => ({ label: key, of: (r: Numbers) => r[key]!, format: String });
  return {
    pct: 20,
    seed: 'card',
    base: at(0.01, 40, 14),
    variants: [
      { label: 'Arrival volume', lowText: '×0.80', highText: '×1.20', low: at(0.004, 15, 13), high: at(0.025, 90, 16) },
      { label: 'Retried share of blocked attempts, %', lowText: '0.0 %', highText: '5.0 %', low: at(0.01, 40, 14), high: at(0.011, 42, 14) },
    ],
    job: (input, replications) => ({ task: { kind: 'ports', model: null as never, opts: null as never }, replications, summarize: () => input }),
    outputs: { busyHourBlocking: read('blocking'), errorsPerMonth: read('errors'), recommendedPorts: read('ports') },
  };
}

function fakeRun() {
  return new SensitivityRun(async (job) => job.summarize([], 0));
}

describe('SensitivityCard', () => {
  it('follows the chosen output’s page in its heading, hint and replications, and starts that page’s tornado', async () => {
    const start = vi.fn(async () => undefined);
    render(SensitivityCard, { run: fakeRun(), start });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Sensitivity: what moves the Recharge answer');
    await fireEvent.change(screen.getByTestId('sensitivity-output'), { target: { value: 'ports:busyHourBlocking' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Sensitivity: what moves the Ports answer');
    expect(screen.getByTestId('sensitivity-hint')).toHaveTextContent(/Each main input of the Ports page/);
    expect(screen.getByTestId('sensitivity-status')).toHaveTextContent('Not run yet: 9 runs of the Flex Port simulation with the Ports page’s inputs.');
    expect(screen.getByLabelText(/Simulated months a run/)).toHaveValue(40);
    await fireEvent.click(screen.getByTestId('sensitivity-run'));
    expect(start).toHaveBeenCalledWith(expect.any(SensitivityRun), 'ports', 20, 40);
  });

  it('draws the chosen page’s last tornado with its numbers as a table', async () => {
    const run = fakeRun();
    await run.run('ports', () => portsLikePlan(), 10);
    render(SensitivityCard, { run, start: vi.fn() });
    // A Recharge output: that page has not run.
    expect(screen.queryByTestId('sensitivity-tornado')).toBeNull();
    await fireEvent.change(screen.getByTestId('sensitivity-output'), { target: { value: 'ports:errorsPerMonth' } });
    expect(screen.getByTestId('sensitivity-tornado')).toBeInTheDocument();
    await fireEvent.click(screen.getByText('Show the numbers as a table'));
    const table = await screen.findByRole('table');
    expect(within(table).getByText(/errors a month at the recommended ports with each input at its low and its high value; base run 40\.0\./)).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Input', 'Low value', 'Output at low', 'High value', 'Output at high', 'Swing']);
    // Widest swing first, as the chart draws them; numbers as the Ports output formats them.
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => Array.from(tr.children, (c) => c.textContent));
    expect(rows).toEqual([
      ['Arrival volume', '×0.80', '15.0', '×1.20', '90.0', '75.0'],
      ['Retried share of blocked attempts, %', '0.0 %', '40.0', '5.0 %', '42.0', '2.0'],
    ]);
  });

  it('shows the page’s own words when its inputs cannot run', async () => {
    const run = fakeRun();
    await run.run('storage', () => ({ problem: 'Forecast 12 to 36 whole months.' }), 10);
    render(SensitivityCard, { run, start: vi.fn() });
    expect(screen.getByTestId('sensitivity-status')).toHaveTextContent('Storage: Forecast 12 to 36 whole months.');
  });
});
