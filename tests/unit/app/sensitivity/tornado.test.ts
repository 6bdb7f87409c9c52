import { describe, expect, it } from 'vitest';
import { perturb } from '../../../../src/app/sensitivity/perturb.ts';
import { rechargeVariants, scaleUsage } from '../../../../src/app/sensitivity/recharge-sensitivity.ts';
import { outcomeTornado, tornadoData, tornadoTable, type SensitivityOutcome } from '../../../../src/app/sensitivity/tornado-data.ts';
import { bumpyInput } from '../../recharge/fixtures.ts';

const outcome = (label: string, lowOutput: number, highOutput: number): SensitivityOutcome => ({ label, lowText: 'lo', highText: 'hi', lowOutput, highOutput });

describe('perturb(base, move)', () => {
  it('moves by the share of the value: 14 days ± 20 % → 11 and 17 whole days', () => {
    expect(perturb(14, { pct: 20, integer: true })).toEqual({ low: 11, high: 17 });
  });

  it('uses the least step when the share of the value is smaller (a share of 0 is 0)', () => {
    expect(perturb(0, { pct: 20, minStep: 2 })).toEqual({ low: -2, high: 2 });
  });

  it('clamps to the allowed range, so a delay of 0 hours stays at 0 on the low side', () => {
    expect(perturb(0, { pct: 20, minStep: 12, min: 0 })).toEqual({ low: 0, high: 12 });
  });

  it('refuses a base that is not a number, naming the function', () => {
    expect(() => perturb(NaN, { pct: 20 })).toThrow(/perturb/);
  });
});

describe('tornadoData(base, outcomes)', () => {
  it('sorts the bars by swing, widest first, whichever side is the larger', () => {
    const d = tornadoData(10, [outcome('small', 9, 11), outcome('reversed', 14, 6), outcome('one-sided', 10, 13)]);
    expect(d.bars.map((b) => b.label)).toEqual(['reversed', 'one-sided', 'small']);
    expect(d.bars[0]).toMatchObject({ min: 6, max: 14, swing: 8 });
  });

  it('says whether every value is a whole number, so the axis ticks can be too', () => {
    expect(tornadoData(14, [outcome('a', 13, 16)]).whole).toBe(true);
    expect(tornadoData(14, [outcome('a', 13.5, 16)]).whole).toBe(false);
  });

  it('keeps the input order among equal swings', () => {
    expect(tornadoData(0, [outcome('a', -1, 1), outcome('b', 1, -1)]).bars.map((b) => b.label)).toEqual(['a', 'b']);
  });

  it('drops runs that gave no number instead of drawing them as zero', () => {
    expect(tornadoData(1, [outcome('bad', NaN, 2), outcome('good', 0.5, 2)]).bars.map((b) => b.label)).toEqual(['good']);
  });

  it('covers every bar and the base on the axis, never below zero when nothing is', () => {
    const d = tornadoData(0.01, [outcome('a', 0, 0.05)]);
    expect(d.xMin).toBe(0);
    expect(d.xMax).toBeGreaterThan(0.05);
    const flat = tornadoData(5, []);
    expect(flat.xMax).toBeGreaterThan(flat.xMin);
  });
});

describe('outcomeTornado(outcome, key)', () => {
  it('draws the chosen output of every run around the base run’s, and no bar for an output a run lacks', () => {
    const d = outcomeTornado(
      {
        page: 'ports', pct: 20, replications: 10, seed: 's',
        base: { blocking: 0.01, ports: 14 },
        runs: [
          { label: 'Volume', lowText: '×0.80', highText: '×1.20', low: { blocking: 0.004, ports: 13 }, high: { blocking: 0.03, ports: 16 } },
          { label: 'Retries', lowText: '0.0 %', highText: '5.0 %', low: { ports: 14 }, high: { ports: 14 } },
        ],
      },
      'blocking',
    );
    expect(d.base).toBe(0.01);
    expect(d.bars).toEqual([expect.objectContaining({ label: 'Volume', lowText: '×0.80', lowOutput: 0.004, highOutput: 0.03 })]);
  });
});

describe('tornadoTable(data, format, outputLabel)', () => {
  it('lists each input’s values, the output at each and the swing, widest swing first as drawn', () => {
    const t = tornadoTable(tornadoData(10, [outcome('small', 9, 11), outcome('reversed', 14, 6)]), (v) => `${v} u`, 'Output');
    expect(t.caption).toBe('Output with each input at its low and its high value; base run 10 u.');
    expect(t.headers).toEqual(['Input', 'Low value', 'Output at low', 'High value', 'Output at high', 'Swing']);
    expect(t.rows).toEqual([
      ['reversed', 'lo', '14 u', 'hi', '6 u', '8 u'],
      ['small', 'lo', '9 u', 'hi', '11 u', '2 u'],
    ]);
  });

  it('shows a dash for a base run that gave no number', () => {
    expect(tornadoTable(tornadoData(NaN, []), String, 'Output').caption).toMatch(/base run —\.$/);
  });
});

describe('rechargeVariants(base, pct)', () => {
  const base = bumpyInput({ growthPct: 0, creditDelayHours: 0, declineProbability: 0 });

  it('moves one input at a time and keeps the seed, so every run shares its random numbers', () => {
    const variants = rechargeVariants(base, 20);
    expect(variants.map((v) => v.label)).toEqual(['Usage level (volume or rate)', 'Growth, % a month', 'Recharge days', 'Threshold days', 'Credit delay, hours', 'Card declines, %']);
    for (const v of variants) {
      expect(v.low.seed).toBe(base.seed);
      expect(v.high.seed).toBe(base.seed);
    }
    const days = variants[2]!;
    expect([days.low.rechargeDays, days.high.rechargeDays]).toEqual([11, 17]);
    expect(days.low.thresholdDays).toBe(base.thresholdDays);
  });

  it('moves zero-valued inputs by their least step and never below their floor', () => {
    const [, growth, , , delay, declines] = rechargeVariants(base, 20);
    expect([growth!.low.growthPct, growth!.high.growthPct]).toEqual([-2, 2]);
    expect([delay!.low.creditDelayHours, delay!.high.creditDelayHours]).toEqual([0, 12]);
    expect([declines!.low.declineProbability, declines!.high.declineProbability]).toEqual([0, 0.05]);
  });

  it('scales usage but not the rule it was set from', () => {
    const [usage] = rechargeVariants(base, 20);
    expect(usage!.high.lastMonth).toEqual(base.lastMonth);
    const total = (m: typeof base.usage) => (m.kind === 'days' ? m.hourlyCents.reduce((a, b) => a + b, 0) : m.dailyMeanCents);
    expect(total(usage!.high.usage) / total(base.usage)).toBeCloseTo(1.2, 12);
    expect(total(scaleUsage({ kind: 'parametric', dailyMeanCents: 100, dailyCv: 0, weekdayFactors: [1, 1, 1, 1, 1, 1, 1], hourProfile: [] }, 0.8))).toBe(80);
  });

  it('refuses a share outside (0, 100]', () => {
    expect(() => rechargeVariants(base, 0)).toThrow(/rechargeVariants/);
  });
});
