// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORAGE_ASSUMPTIONS } from '../../../src/core/storage/default-storage-assumptions.ts';
import { checkStorageInput } from '../../../src/core/storage/check-storage-input.ts';
import { monthLabel } from '../../../src/core/storage/month-calendar.ts';
import { storageInput } from '../../../src/core/storage/storage-input.ts';

describe('storageInput(...layers)', () => {
  it('fills every field from DEFAULT_STORAGE_ASSUMPTIONS, giving a valid, structured-cloneable input', () => {
    const input = storageInput({ startMonth: '2026-11' });
    expect(() => checkStorageInput(input, 'test')).not.toThrow();
    expect(input.fee.allowanceGb).toBe(DEFAULT_STORAGE_ASSUMPTIONS.fee.allowanceGb.value);
    expect(input.remedies.retention.days).toBe(DEFAULT_STORAGE_ASSUMPTIONS.retention.days.value);
    expect(input.months).toBe(DEFAULT_STORAGE_ASSUMPTIONS.forecast.months.value);
    expect(input.seed).toBe('1');
    expect(structuredClone(input)).toEqual(input);
  });

  it('lets later layers win field by field, and a missing field never erases an earlier one', () => {
    const input = storageInput(
      { startMonth: '2026-11', recordings: { minutesPerMonth: 5_000, bytesPerMinute: 100_000 } },
      { recordings: { minutesPerMonth: undefined, cv: 0.3 }, fee: { allowanceGb: 100 } },
      { startMonth: '2027-02', remedies: { purge: { schedule: 'monthly' } } },
    );
    expect(input.startMonth).toBe('2027-02');
    expect(input.recordings).toMatchObject({ minutesPerMonth: 5_000, bytesPerMinute: 100_000, cv: 0.3 });
    expect(input.fee.allowanceGb).toBe(100);
    expect(input.remedies.purge).toEqual({ share: DEFAULT_STORAGE_ASSUMPTIONS.purge.share.value, schedule: 'monthly' });
  });

  it('stores historyMonths of recordings at the current rate unless a stored size is given', () => {
    const rate = { startMonth: '2026-11', recordings: { minutesPerMonth: 1_000, bytesPerMinute: 200_000, historyMonths: 3 } };
    expect(storageInput(rate).recordings.bytes).toBe(3 * 1_000 * 200_000);
    expect(storageInput(rate, { recordings: { bytes: 5e9 } }).recordings.bytes).toBe(5e9);
  });

  it('needs a start month from some layer', () => {
    expect(() => storageInput({})).toThrow(/storageInput: no layer gives a startMonth/);
  });
});

describe('DEFAULT_STORAGE_ASSUMPTIONS', () => {
  it('gives every assumption a value, a unit field and a short label', () => {
    for (const group of Object.values(DEFAULT_STORAGE_ASSUMPTIONS)) {
      for (const a of Object.values(group) as { value: unknown; unit: string; label: string }[]) {
        expect(a.value).toBeDefined();
        expect(typeof a.unit).toBe('string');
        expect(a.label.length).toBeGreaterThan(3);
        expect(a.label.length).toBeLessThan(60);
      }
    }
  });
});

describe('monthLabel(startMonth, offset)', () => {
  it('steps across years both ways', () => {
    expect(monthLabel('2026-11', 2)).toBe('2027-01');
    expect(monthLabel('2027-01', -1)).toBe('2026-12');
    expect(monthLabel('2026-11', 36)).toBe('2029-11');
  });
});
