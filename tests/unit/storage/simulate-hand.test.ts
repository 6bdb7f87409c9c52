// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulateStorage } from '../../../src/core/storage/simulate-storage.ts';
import { at, COMPONENT, emptyInput, feeRule, VARIANT } from './fixtures.ts';

describe('simulateStorage(input, index) by hand, without variation', () => {
  // 31 GB of December 2026 recordings (1 GB a day) and 1 GB a month from January 2027 on.
  const recordings = emptyInput({
    recordings: { bytes: 31e9, historyMonths: 1, minutesPerMonth: 1_000, bytesPerMinute: 1e6 },
    remedies: { retention: { days: 45 } },
    fee: feeRule({ allowanceGb: 15.5, blockGb: 1, priceCents: 100 }),
  });
  const rec = (input: typeof recordings, variant: number, month: number) => {
    const r = simulateStorage(input, 0);
    const i = at(input, variant, month, COMPONENT.recordings);
    return { peak: r.peakBytes[i]!, end: r.endBytes[i]! };
  };

  it('retention deletes the part of each monthly cohort older than D days at month-end', () => {
    // End of January (1 Feb) − 45 days = 18 December: 17 of December's 31 days go, 14 GB stay.
    const jan = rec(recordings, VARIANT.retention, 0);
    expect(jan.peak).toBe(32e9);
    expect(jan.end).toBeCloseTo(14e9 + 1e9, -1);
    // End of February (1 March) − 45 days = 15 January: December is gone, 14 of January's 31 days go.
    const feb = rec(recordings, VARIANT.retention, 1);
    expect(feb.peak).toBeCloseTo(14e9 + 1e9 + 1e9, -1);
    expect(feb.end).toBeCloseTo((1e9 * 17) / 31 + 1e9, -1);
  });

  it('doing nothing keeps every cohort: the peak is the month-end size', () => {
    expect(rec(recordings, VARIANT.none, 0)).toEqual({ peak: 32e9, end: 32e9 });
    expect(rec(recordings, VARIANT.none, 2)).toEqual({ peak: 34e9, end: 34e9 });
  });

  it('bills the peak (before the month-end clean-up) or the month-end size, as the fee says', () => {
    const fee = (basis: 'peak' | 'month-end') => {
      const input = { ...recordings, fee: { ...recordings.fee, basis } };
      return simulateStorage(input, 0).feeCents[VARIANT.retention * input.months + 0];
    };
    expect(fee('peak')).toBe(17 * 100); // 32 GB − 15.5 GB = 16.5 GB: 17 started 1 GB blocks
    expect(fee('month-end')).toBe(0); // 15 GB is under the allowance
  });

  it('purges the unused records once at the first month-end, or every month-end', () => {
    const purge = (schedule: 'once' | 'monthly') => {
      const input = emptyInput({
        records: { count: 1_000, bytesPerRecord: 1_000, newPerMonth: 100, unusedShare: 0.5 },
        remedies: { purge: { share: 0.5, schedule } },
      });
      const r = simulateStorage(input, 0);
      const size = (m: number, v: number = VARIANT.purge) => [r.peakBytes[at(input, v, m, COMPONENT.records)], r.endBytes[at(input, v, m, COMPONENT.records)]];
      return { size, none: size(1, VARIANT.none) };
    };
    const once = purge('once');
    const monthly = purge('monthly');
    // Month 1: 550 kB used, 550 kB unused; half the unused go → 825 kB.
    expect(once.size(0)).toEqual([1_100_000, 825_000]);
    expect(monthly.size(0)).toEqual([1_100_000, 825_000]);
    // Month 2: 600 kB used, 275 + 50 kB unused; only the monthly purge halves them again.
    expect(once.size(1)).toEqual([925_000, 925_000]);
    expect(monthly.size(1)).toEqual([925_000, 762_500]);
    expect(once.none).toEqual([1_200_000, 1_200_000]);
  });

  it('uploads only the next K names of each list, and trims the stored lists to the same share', () => {
    const lists = (trimCurrent: boolean, namesPerList = 10_000) => {
      const input = emptyInput({
        lists: { rows: 400_000, bytesPerRow: 100, rowsPerList: 200_000, listsPerMonth: 1 },
        remedies: { partialLists: { namesPerList, trimCurrent } },
      });
      const r = simulateStorage(input, 0);
      const i = at(input, VARIANT.partialLists, 0, COMPONENT.lists);
      return { peak: r.peakBytes[i], end: r.endBytes[i], none: r.endBytes[at(input, VARIANT.none, 0, COMPONENT.lists)] };
    };
    // 40 MB stored + a 20 MB list; 10,000 of 200,000 names is 5 %: the new list takes 1 MB.
    expect(lists(true)).toEqual({ peak: 41e6, end: 2e6 + 1e6, none: 60e6 });
    expect(lists(false)).toEqual({ peak: 41e6, end: 41e6, none: 60e6 });
    // Lists shorter than K are uploaded whole: nothing saved.
    expect(lists(true, 500_000)).toEqual({ peak: 60e6, end: 60e6, none: 60e6 });
  });

  it('each remedy touches only its own components; the combination takes all three', () => {
    const input = emptyInput({
      records: { count: 1_000, bytesPerRecord: 1_000, unusedShare: 0.5 },
      lists: { rows: 400_000, bytesPerRow: 100 },
      recordings: { bytes: 31e9, historyMonths: 1 },
      remedies: { retention: { days: 10 } },
    });
    const r = simulateStorage(input, 0);
    const end = (v: number, c: number) => r.endBytes[at(input, v, 0, c)]!;
    for (const c of [0, 1, 2, 3]) {
      const remedied = [VARIANT.purge, VARIANT.partialLists, VARIANT.retention, VARIANT.retention][c]!;
      for (const v of [VARIANT.purge, VARIANT.retention, VARIANT.partialLists]) {
        expect(end(v, c)).toBe(v === remedied ? end(VARIANT.combined, c) : end(VARIANT.none, c));
      }
    }
    expect(end(VARIANT.combined, COMPONENT.recordings)).toBe(0);
  });
});
