import { describe, expect, it } from 'vitest';
import type { ContractSummary } from '../../../../src/core/contract/types.ts';
import type { Finding } from '../../../../src/core/licenses/types.ts';
import type { TunerResult } from '../../../../src/core/recharge/types.ts';
import { toCsv } from '../../../../src/app/export/csv.ts';
import { gridRows, hourOfWeekRows } from '../../../../src/app/export/grid-rows.ts';
import { contractComparisonRows, dollars, findingRows, portReplayRows, rechargeMonthRows, rosterProblemRows, tunerRows } from '../../../../src/app/export/table-rows.ts';

const iv = (mean: number, lo = mean, hi = mean) => ({ mean, lo, hi });

describe('rechargeMonthRows(result)', () => {
  it('gives one row per month with the chance of reaching zero and its interval, header first', () => {
    const rows = rechargeMonthRows({ monthLabels: ['2026-11', '2026-12'], pZeroByMonth: [iv(0.01, 0.005, 0.02), iv(0.1 + 0.2, 0.2, 0.4)] });
    expect(rows[0]).toEqual(['month', 'p_zero_mean', 'p_zero_lo95', 'p_zero_hi95']);
    expect(rows[1]).toEqual(['2026-11', 0.01, 0.005, 0.02]);
    // Six significant digits: no float noise in the file.
    expect(rows[2]![1]).toBe(0.3);
  });
});

describe('tunerRows(tuner)', () => {
  it('lists every setting as a row and names the platform and the best cells', () => {
    const cell = (r: number, t: number, idle: number) => ({ rechargeDays: r, thresholdDays: t, pZero: iv(0), rechargesPerMonth: 2, idleBalanceCents: idle });
    const tuner: Pick<TunerResult, 'cells' | 'cheapest' | 'platform'> = { cells: [cell(7, 3, 123_456), cell(14, 5, 250_000)], cheapest: 0, platform: 1 };
    const rows = tunerRows(tuner);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([7, 3, 0, 0, 0, 2, 1234.56, 'least idle within target']);
    expect(rows[2]!.at(-1)).toBe('platform');
  });
});

describe('findingRows(findings) and rosterProblemRows(problems)', () => {
  it('neutralises user names and values from the roster once written as CSV', () => {
    const finding: Finding = { code: 'hidden-with-licenses', severity: 'warning', title: 'Hidden users hold licenses', users: ['=cmd|calc', 'ann'], monthlyCostCents: 4100, detail: 'Remove them.' };
    const text = toCsv(findingRows([finding]));
    expect(text.split('\r\n')[1]).toBe("warning,hidden-with-licenses,Hidden users hold licenses,,41,'=cmd|calc; ann,Remove them.");
    const problems = toCsv(rosterProblemRows([{ line: 4, column: 'user', value: '@evil', code: 'missing-user', message: 'no user, name' } as never]));
    expect(problems).toBe("line,column,value,code,reason\r\n4,user,'@evil,missing-user,\"no user, name\"\r\n");
  });
});

describe('contractComparisonRows(summary)', () => {
  it('writes money as dollars and leaves the first option’s difference empty', () => {
    const option = (name: string, diff: ContractSummary['options'][number]['differenceVsFirst']) => ({
      name, termMonths: 12, totalCents: { p5: 100_00, p50: 200_00, p95: 300_00, mean: 210_00 }, monthlyMeanCents: 17_50, fan: [],
      shelfware: { meanLicenses: 1.5, meanCents: 0, p95Cents: 0 }, monthsAtFloor: { mean: 2, p95: 4 }, lockOut: { risk: 0.02, meanUserDays: 0, meanMonths: 0 }, differenceVsFirst: diff,
    });
    const rows = contractComparisonRows({ options: [option('A', null), option('-B', { meanCents: -5_00, loCents: -7_00, hiCents: -3_00 })] });
    expect(rows[1]!.slice(0, 10)).toEqual(['A', 12, 100, 200, 300, 210, 17.5, null, null, null]);
    expect(toCsv([rows[2]!]).startsWith("'-B,12,")).toBe(true);
    expect(rows[2]![7]).toBe(-5);
  });
});

describe('gridRows(corner, rows, cols, values) and hourOfWeekRows', () => {
  it('lays a row-major grid out as drawn, blanks for missing values', () => {
    expect(gridRows('t \\ r', ['1 d', '2 d'], ['3', '4'], [0.1, NaN, 2, 3])).toEqual([
      ['t \\ r', '3', '4'],
      ['1 d', 0.1, null],
      ['2 d', 2, 3],
    ]);
  });

  it('gives an hour-of-week grid 24 hour columns', () => {
    const rows = hourOfWeekRows('day', [{ weekday: 'Monday', cells: Array.from({ length: 24 }, (_, h) => ({ v: h })) }], (c) => c.v);
    expect(rows[0]).toHaveLength(25);
    expect(rows[0]![1]).toBe('00:00');
    expect(rows[1]![24]).toBe(23);
  });
});

describe('dollars(cents)', () => {
  it('rounds to whole cents', () => {
    expect(dollars(12_345.6)).toBe(123.46);
    expect(Number.isNaN(dollars(NaN))).toBe(true);
  });
});

describe('portReplayRows(rows)', () => {
  it('gives one row per port count, shares as fractions', () => {
    expect(portReplayRows([{ ports: 12, shareOfTimeAtOrAbove: 0.0045, blockedCalls: 117, blockedShare: 0.0085 }])).toEqual([
      ['ports', 'share_of_time_at_or_above', 'calls_finding_all_busy', 'share_of_calls_blocked'],
      [12, 0.0045, 117, 0.0085],
    ]);
  });
});
