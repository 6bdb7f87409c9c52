import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import RunPanelView from '../../../../src/app/components/common/RunPanelView.svelte';
import { elapsedText } from '../../../../src/app/components/common/elapsed-text.ts';

const base = {
  id: 'x',
  running: false,
  hasResult: false,
  runLabel: 'Run the simulation',
  runDisabled: false,
  onRun: () => {},
  onCancel: () => {},
  statusText: 'Simulates 1,000 months.',
  progress: null,
  unit: 'months',
  workUnit: 'calls',
  crashes: [],
  crashTail: 'its months run again',
  error: null,
};

describe('RunPanelView, the run panel every simulation page shows', () => {
  it('offers the first run, then "Run again" once a result is shown, and "Restart" with Cancel while running', async () => {
    const onRun = vi.fn();
    const onCancel = vi.fn();
    const { rerender } = render(RunPanelView, { ...base, onRun, onCancel });
    await fireEvent.click(screen.getByTestId('x-run'));
    expect(onRun).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('x-run').textContent?.trim()).toBe('Run the simulation');
    expect(screen.queryByTestId('x-cancel')).toBeNull();
    await rerender({ ...base, onRun, onCancel, hasResult: true });
    expect(screen.getByTestId('x-run').textContent?.trim()).toBe('Run again');
    await rerender({ ...base, onRun, onCancel, running: true, progress: { done: 250, total: 1000, perSecond: 12_345_678, elapsedMs: 1500 } });
    expect(screen.getByTestId('x-run').textContent?.trim()).toBe('Restart');
    await fireEvent.click(screen.getByTestId('x-cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows progress as done of total, the rate in millions and the elapsed time, and announces tenths', () => {
    render(RunPanelView, { ...base, running: true, progress: { done: 250, total: 1000, perSecond: 12_345_678, elapsedMs: 1500 } });
    const bar = screen.getByTestId('x-progress') as HTMLProgressElement;
    expect(bar.value).toBe(250);
    expect(bar.max).toBe(1000);
    expect(screen.getByText('250 of 1,000 months · 12.3 million calls/s · 1.5 s elapsed')).toBeTruthy();
    expect(screen.getByText('20 % done')).toBeTruthy();
  });

  it('marks a blocked status as a problem, and lists crashes and the error', () => {
    render(RunPanelView, { ...base, statusText: 'Pick a data set.', statusIsError: true, crashes: ['out of memory'], error: 'The simulation stopped.' });
    expect(screen.getByText('Pick a data set.').className).toContain('hint--error');
    expect(screen.getByRole('status').textContent).toBe('A simulation worker stopped (out of memory). It was replaced and its months run again.');
    expect(screen.getByTestId('x-error').textContent).toBe('The simulation stopped.');
  });
});

describe('elapsedText(ms)', () => {
  it('keeps a decimal below 10 s so a short run never reads as 0 s', () => {
    expect(elapsedText(420)).toBe('0.4 s');
    expect(elapsedText(9_949)).toBe('9.9 s');
    expect(elapsedText(-5)).toBe('0.0 s');
  });
});
