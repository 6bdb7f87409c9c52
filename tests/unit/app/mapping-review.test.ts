import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import MappingReview from '../../../src/app/components/data/MappingReview.svelte';
import type { Mapping } from '../../../src/core/ingest/types.ts';
import { HEADER, makeMapping, makePreview } from './fixtures.ts';

function setup(preview = makePreview()) {
  const onimport = vi.fn<(mapping: Mapping) => void>();
  const oncancel = vi.fn();
  render(MappingReview, { preview, fileName: 'calls.csv', onimport, oncancel });
  return { onimport, oncancel, user: userEvent.setup() };
}

describe('MappingReview', () => {
  it('shows every column of the preview in the table and in each field select', () => {
    setup();
    const table = screen.getByRole('region', { name: 'First rows of the file' });
    for (const name of HEADER) expect(within(table).getByText(name)).toBeInTheDocument();
    const start = screen.getByLabelText(/^Start \(timestamp/) as HTMLSelectElement;
    expect([...start.options].map((o) => o.text)).toEqual(['— none —', ...HEADER]);
  });

  it('selects the proposed column for each field and none for unmapped fields', () => {
    setup();
    expect((screen.getByLabelText(/^Start \(timestamp/) as HTMLSelectElement).selectedOptions[0]!.text).toBe('Start Time');
    expect((screen.getByLabelText(/^Duration$/) as HTMLSelectElement).selectedOptions[0]!.text).toBe('Duration (sec)');
    expect((screen.getByLabelText(/^End \(timestamp/) as HTMLSelectElement).selectedOptions[0]!.text).toBe('— none —');
  });

  it('marks mapped columns in the preview table with their field', () => {
    setup();
    const table = screen.getByRole('region', { name: 'First rows of the file' });
    const startHeader = within(table).getByText('Start Time').closest('th')!;
    expect(startHeader).toHaveClass('mapped');
    expect(within(startHeader).getByText('Start')).toBeInTheDocument();
  });

  it('emits the mapping with a changed column on Import', async () => {
    const { onimport, user } = setup();
    await user.selectOptions(screen.getByLabelText(/^End \(timestamp/), 'Duration (sec)');
    await user.selectOptions(screen.getByLabelText(/^Duration$/), '— none —');
    await user.selectOptions(screen.getByLabelText('Duration unit'), 'min');
    await user.click(screen.getByTestId('import-button'));
    expect(onimport).toHaveBeenCalledTimes(1);
    const mapping = onimport.mock.calls[0]![0];
    expect(mapping.columns).toEqual({ callId: 0, user: 1, type: 2, start: 3, end: 4 });
    expect(mapping.durationUnit).toBe('min');
    expect(mapping.timeZone).toBe('America/Chicago');
  });

  it('lists every activity label seen and emits the kind chosen for one', async () => {
    const { onimport, user } = setup();
    const editor = screen.getByRole('group', { name: /Activity labels/ });
    expect(within(editor).getAllByRole('combobox')).toHaveLength(3);
    const press1 = within(editor).getByLabelText('Kind for label press-1 connect') as HTMLSelectElement;
    expect(press1.value).toBe('other');
    await user.selectOptions(press1, 'press1');
    await user.click(screen.getByTestId('import-button'));
    expect(onimport.mock.calls[0]![0].typeLabels).toEqual({ dial: 'dial', 'voice drop': 'voice_drop', 'press-1 connect': 'press1' });
  });

  it('counts labels from the rows when another type column is chosen', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText(/^Activity type$/), 'Agent');
    const editor = screen.getByRole('group', { name: /Activity labels/ });
    expect(within(editor).getByText('ann')).toBeInTheDocument();
    expect(within(editor).getByText('bob')).toBeInTheDocument();
  });

  it('flags an unknown time zone and disables Import until it is fixed', async () => {
    const { onimport, user } = setup();
    const zone = screen.getByLabelText(/Time zone/) as HTMLInputElement;
    expect(zone.value).toBe('America/Chicago');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/"Mars\/Olympus" is not a time zone/)).toBeInTheDocument();
    expect(screen.getByTestId('import-button')).toBeDisabled();
    await user.clear(zone);
    await user.type(zone, 'Europe/Paris');
    expect(screen.getByTestId('import-button')).toBeEnabled();
    await user.click(screen.getByTestId('import-button'));
    expect(onimport.mock.calls[0]![0].timeZone).toBe('Europe/Paris');
  });

  it('disables Import while no start column is mapped', async () => {
    const { onimport } = setup(makePreview({ proposed: makeMapping({ columns: { duration: 4 } }) }));
    expect(screen.getByTestId('import-button')).toBeDisabled();
    expect(screen.getByText(/Choose the column that holds each call’s start/)).toBeInTheDocument();
    await fireEvent.submit(screen.getByTestId('mapping-form'));
    expect(onimport).not.toHaveBeenCalled();
  });

  it('says when the mapping was remembered and shows warnings and sample problems', () => {
    setup(
      makePreview({
        remembered: true,
        warnings: ['Two columns were named "Agent"; the second is now "Agent (2)".'],
        sampleProblems: [{ line: 7, column: 'Start Time', value: 'soon', code: 'bad-time', message: "could not read 'soon' as a date and time" }],
      }),
    );
    expect(screen.getByText(/your mapping from then is filled in/)).toBeInTheDocument();
    expect(screen.getByText(/the second is now "Agent \(2\)"/)).toBeInTheDocument();
    expect(screen.getByText(/Line 7, column “Start Time”: could not read 'soon'/)).toBeInTheDocument();
  });

  it('calls oncancel from the Cancel button', async () => {
    const { oncancel, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledTimes(1);
  });
});
