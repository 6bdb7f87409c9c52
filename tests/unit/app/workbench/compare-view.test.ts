import { describe, expect, it } from 'vitest';
import { compareBars, compareRows, sameSeeds } from '../../../../src/app/components/scenarios/compare-view.ts';
import type { ScenarioResults, WorkbenchScenario } from '../../../../src/core/workbench/types.ts';

const NOW = '2026-11-02T09:30:00.000Z';
function scenario(name: string, results: Omit<ScenarioResults, 'computedAt'> | null, seed = '1'): WorkbenchScenario {
  const page = { seed };
  return {
    version: 2, id: name, name, notes: '', createdAt: NOW, updatedAt: NOW, dataSet: null,
    pages: { ports: page, recharge: page, storage: page, licenses: page, contract: page },
    ...(results ? { results: { computedAt: NOW, ...results } } : {}),
  };
}

describe('compareRows(scenarios)', () => {
  it('gives each key number with its difference from the first as an amount and a percentage', () => {
    const rows = compareRows([
      scenario('A', { ports: { recommendedPorts: 20, busyHourBlocking: 0.01, monthlyCostCents: 50_000 } }),
      scenario('B', { ports: { recommendedPorts: 25, busyHourBlocking: 0.005, monthlyCostCents: 62_500 } }),
    ]);
    expect(rows.map((r) => r.key)).toEqual(['ports', 'blocking']);
    expect(rows[0]!.cells.map((c) => [c.text, c.diff])).toEqual([['20', null], ['25', '+5 (+25.0 %)']]);
    expect(rows[1]!.cells[1]!.diff).toBe('−0.50 pts (−50.0 %)');
  });

  it('gives the Licenses page’s key results as amounts of money and a count, with their differences', () => {
    const rows = compareRows([
      scenario('A', { licenses: { monthlyCostCents: 500_000, avoidableCents: 40_000, findings: 6 } }),
      scenario('B', { licenses: { monthlyCostCents: 475_000, avoidableCents: 0, findings: 4 } }),
    ]);
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ['licenses', 'Licenses a month'], ['avoidable', 'Avoidable licenses a month'], ['findings', 'License findings'],
    ]);
    expect(rows.map((r) => r.cells[1]!.diff)).toEqual(['−$250 (−5.0 %)', '−$400 (−100.0 %)', '−2 (−33.3 %)']);
    expect(rows[0]!.cells[0]!.text).toBe('$5,000');
  });

  it('shows a dash where a scenario has no such number', () => {
    const rows = compareRows([scenario('A', { storage: { fee12Cents: 1000, firstFeeMonth: null } }), scenario('B', {})]);
    expect(rows[0]!.cells[1]).toEqual({ text: '—', diff: null, sign: 0 });
  });
});

describe('sameSeeds(scenarios, pages)', () => {
  it('is true only when every compared page has the same seed in every scenario', () => {
    expect(sameSeeds([scenario('A', null), scenario('B', null)], ['recharge'])).toBe(true);
    expect(sameSeeds([scenario('A', null), scenario('B', null, '2')], ['recharge'])).toBe(false);
  });
});

describe('compareBars(scenarios)', () => {
  it('puts each scenario’s numbers as a percentage of the first’s', () => {
    const bars = compareBars([
      scenario('A', { recharge: { pZero: 0.02, rechargesPerMonth: 2, idleBalanceCents: 1000 } }),
      scenario('B', { recharge: { pZero: 0.01, rechargesPerMonth: 3, idleBalanceCents: 1000 } }),
    ]);
    expect(bars.labels).toEqual(['Zero-balance risk', 'Recharges per month', 'Idle balance']);
    expect(bars.series.map((s) => s.data)).toEqual([[100, 100, 100], [50, 150, 100]]);
  });
});
