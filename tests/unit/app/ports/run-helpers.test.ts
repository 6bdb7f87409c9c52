import { describe, expect, it } from 'vitest';
import { abortable, lastEndMs, simulatedMonth } from '../../../../src/app/state/ports-run-helpers.ts';
import { makeTable } from '../fixtures.ts';

describe('simulatedMonth(timeZone, yearMonth, afterMs)', () => {
  it('takes the chosen month, from local midnight to local midnight', () => {
    const m = simulatedMonth('America/Chicago', '2026-11', 0);
    expect(new Date(m.startMs).toISOString()).toBe('2026-11-01T05:00:00.000Z');
    expect(new Date(m.endMs).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(m.label).toBe('2026-11');
  });

  it('without a choice, takes the first month starting at or after the instant', () => {
    expect(simulatedMonth('UTC', null, Date.UTC(2026, 9, 31, 23, 59)).label).toBe('2026-11');
    expect(simulatedMonth('UTC', null, Date.UTC(2026, 10, 1)).label).toBe('2026-11');
  });
});

describe('lastEndMs(table)', () => {
  it('is the latest start plus duration, whatever the order', () => {
    const table = makeTable(3);
    table.durationSec[0] = 3600;
    expect(lastEndMs(table)).toBe(Date.UTC(2026, 9, 1, 14, 0, 0));
  });
});

describe('abortable(promise, signal)', () => {
  it('settles like the promise, or rejects as soon as the signal aborts', async () => {
    await expect(abortable(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    const abort = new AbortController();
    const waiting = abortable(new Promise(() => undefined), abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow(/Cancelled/);
  });
});
