import { describe, expect, it } from 'vitest';
import { inputLabel, inputRows } from '../../../../src/app/components/report/report-view.ts';

describe('inputRows(inputs)', () => {
  it('flattens a form into readable label–value rows, lists joined and nested objects by path', () => {
    expect(inputRows({ growthPct: 5, minuteKinds: ['dial', 'voice'], startBalanceCents: null, parametric: { dailyCvPct: 30 }, options: [{ name: 'A' }] })).toEqual([
      ['growth pct', '5'],
      ['minute kinds', 'dial, voice'],
      ['start balance cents', '(default)'],
      ['parametric daily cv pct', '30'],
      ['options 1 name', 'A'],
    ]);
  });

  it('stops at the limit', () => {
    expect(inputRows({ a: 1, b: 2, c: 3 }, 2)).toHaveLength(2);
  });

  it('labels list positions from 1', () => {
    expect(inputLabel('options.0.termMonths')).toBe('options 1 term months');
  });
});
