import { describe, expect, it } from 'vitest';
import { answerSentences, assumptionRows, bestRemedy, feeChart, formatGb, invoices, monthName, recordingsNote, savingsRows, storageChart } from '../../../../src/app/components/storage/storage-view.ts';
import { defaultStorageInputs, storageSettings } from '../../../../src/app/state/storage-inputs.ts';
import type { RecordingStats } from '../../../../src/core/storage/recording-stats-from-calls.ts';
import { storageInput } from '../../../../src/core/storage/storage-input.ts';
import { FEE, makeRemedy, makeResult } from './factories.ts';

describe('formatting', () => {
  it('formatGb(bytes) shows decimal GB with one digit, monthName(month) the month in words', () => {
    expect(formatGb(87_010_000_000)).toBe('87.0 GB');
    expect(formatGb(NaN)).toBe('—');
    expect(monthName('2027-02')).toBe('February 2027');
  });
});

describe('recordingsNote(stats)', () => {
  const stats = { recordedCalls: 900, minutesPerMonth: 68_065.3, bytesPerMinute: 240_000 } as RecordingStats;

  it('says what the data measured: minutes a month and KB per minute', () => {
    expect(recordingsNote(stats)).toBe('From your data: 68,065 recorded minutes a month, 240 KB per minute.');
  });

  it('says the size per minute is assumed when the export has no sizes, and nothing without recordings', () => {
    expect(recordingsNote({ ...stats, bytesPerMinute: NaN })).toContain('no recording sizes in the export, so 240 KB per minute is assumed');
    expect(recordingsNote({ ...stats, recordedCalls: 0 })).toBeNull();
  });
});

describe('storageChart(result)', () => {
  it('stacks the median components in GB, bands the total p5–p95 and draws the allowance flat', () => {
    const chart = storageChart(makeResult());
    expect(chart.labels).toEqual(['Nov 2026', 'Dec 2026', 'Jan 2027']);
    expect(chart.lines.map((l) => Array.from(l.y))).toEqual([
      [40, 50, 55],
      [60, 80, 90],
      [80, 110, 127.5],
      [87, 120, 137.5],
      [125, 125, 125],
    ]);
    expect(chart.lines.map((l) => l.area ?? false)).toEqual([true, true, true, true, false]);
    expect(chart.lines[4]!.label).toBe('Included allowance (125 GB)');
    expect(Array.from(chart.bands[0]!.lo)).toEqual([82, 115, 132.5]);
    expect(Array.from(chart.bands[0]!.hi)).toEqual([92, 125, 142.5]);
  });
});

describe('feeChart(result)', () => {
  it('draws the mean and p95 fee doing nothing and the mean with all three remedies, in cents', () => {
    const lines = feeChart(makeResult()).lines;
    expect(lines.map((l) => Array.from(l.y))).toEqual([[0, 0, 3000], [0, 0, 4500], [0, 0, 0]]);
  });
});

describe('bestRemedy(result)', () => {
  it('picks the single remedy saving most in 12 months, never the combination', () => {
    const r = makeResult({ remedies: [makeRemedy('purge', 'p', 100, 100), makeRemedy('retention', 'r', 200, 200), makeRemedy('partialLists', 'l', 50, 50), makeRemedy('combined', 'c', 400, 400)] });
    expect(bestRemedy(r)?.variant).toBe('retention');
  });

  it('breaks a 12-month tie on the horizon savings', () => {
    const r = makeResult({ remedies: [makeRemedy('purge', 'p', 100, 100), makeRemedy('retention', 'r', 0, 0), makeRemedy('partialLists', 'l', 100, 900), makeRemedy('combined', 'c', 200, 1000)] });
    expect(bestRemedy(r)?.variant).toBe('partialLists');
  });

  it('is null when no remedy saves anything', () => {
    const zero = (['purge', 'retention', 'partialLists', 'combined'] as const).map((v) => makeRemedy(v, v, 0, 0));
    expect(bestRemedy(makeResult({ remedies: zero }))).toBeNull();
  });
});

describe('answerSentences(result)', () => {
  it('says when the fee first appears, what it costs, and which remedy saves most', () => {
    expect(answerSentences(makeResult())).toEqual([
      'Doing nothing, storage passes the 125 GB allowance and the fee first appears in January 2027 (possibly December 2026); it costs about $30 over the next 3 months ($30 over 3).',
      'Saves most: delete recordings and files older than 90 days — $30 in 3 months, $30 over 3.',
      'Adding the other two saves nothing more.',
    ]);
  });

  it('names the combination’s savings when it saves more than the best remedy alone', () => {
    const r = makeResult({ remedies: [makeRemedy('purge', 'Purge', 1000, 1000), makeRemedy('retention', 'Keep', 2000, 2000), makeRemedy('partialLists', 'Lists', 500, 500), makeRemedy('combined', 'All', 2800, 2800)] });
    expect(answerSentences(r).at(-1)).toBe('All three together save $28 in 3 months, $28 over 3.');
  });

  it('says there is no fee when no future passes the allowance', () => {
    const zero = (['purge', 'retention', 'partialLists', 'combined'] as const).map((v) => makeRemedy(v, v, 0, 0));
    const r = makeResult({ firstFeeMonth: null, firstPossibleFeeMonth: null, remedies: zero, fee12MeanCents: 0, feeHorizonMeanCents: 0 });
    expect(answerSentences(r)).toEqual(['Storage stays within the 125 GB allowance for all 3 months in every simulated future: no storage fee, and nothing to save.']);
  });

  it('says the fee is billed already when the coming month is over the allowance', () => {
    expect(answerSentences(makeResult({ firstFeeMonth: '2026-11', firstPossibleFeeMonth: '2026-11' }))[0]).toMatch(/^You are over the 125 GB allowance already: the fee is billed from November 2026 on/);
  });
});

describe('savingsRows(result)', () => {
  it('lists doing nothing first, then every remedy and the combination with their 95 % intervals', () => {
    const rows = savingsRows(makeResult());
    expect(rows.map((r) => r.variant)).toEqual(['none', 'purge', 'retention', 'partialLists', 'combined']);
    expect(rows[0]).toMatchObject({ label: 'Do nothing', saved12: '—', feeHorizon: '$30' });
    expect(rows[2]).toMatchObject({ saved12: '$30', saved12Range: '$27 – $33', savedHorizon: '$30', feeHorizon: '$0', best: true });
    expect(rows.filter((r) => r.best)).toHaveLength(1);
  });
});

describe('invoices(result, fee)', () => {
  it('bills the coming month at nothing when it is under the allowance', () => {
    const [coming] = invoices(makeResult(), FEE);
    expect(coming).toEqual({
      title: 'Coming month: November 2026',
      rows: [
        { label: 'Storage billed (the month’s peak)', value: '87.0 GB' },
        { label: 'Included allowance', value: '− 125.0 GB' },
        { label: 'Over the allowance', value: '0.0 GB' },
      ],
      line: '0 blocks of 10 GB × $15.00',
      total: '$0.00',
    });
  });

  it('adds the first month billed: 137.5 GB − 125 GB = 12.5 GB over = 2 started blocks × $15 = $30', () => {
    const bills = invoices(makeResult(), FEE);
    expect(bills).toHaveLength(2);
    expect(bills[1]).toMatchObject({ title: 'First month billed: January 2027', line: '2 blocks of 10 GB × $15.00', total: '$30.00' });
    expect(bills[1]!.rows[2]).toEqual({ label: 'Over the allowance', value: '12.5 GB' });
  });

  it('bills per GB to three decimals: 12.5 GB × $0.50 = $6.25', () => {
    const bills = invoices(makeResult(), { ...FEE, pricing: 'per-gb', priceCents: 50 });
    expect(bills[1]).toMatchObject({ line: '12.500 GB × $0.50', total: '$6.25' });
  });
});

describe('assumptionRows(input)', () => {
  it('lists the values a run uses under the assumptions’ labels, with the products worked out', () => {
    const rows = assumptionRows(storageInput({ startMonth: '2026-11' }, storageSettings(defaultStorageInputs())));
    expect(rows[0]).toEqual({ label: 'Database records stored now', value: '400,000 records × 4,000 bytes = 1.6 GB' });
    expect(rows.find((r) => r.label === 'Call recordings stored now')?.value).toBe('19.2 GB');
    expect(rows.find((r) => r.label === 'Price')?.value).toBe('$15.00 per started block of 10 GB');
  });
});
