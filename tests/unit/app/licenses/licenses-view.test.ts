import { describe, expect, it } from 'vitest';
import {
  assignedCounts, avoidableCents, findingView, hourOfWeekLabel, mappingRows, poolHeatmap, poolNeeds, poolRows,
} from '../../../../src/app/components/licenses/licenses-view.ts';
import { entry } from '../../licenses/factories.ts';
import { finding, observed, sizing } from './factories.ts';

describe('hourOfWeekLabel(cell)', () => {
  it('reads the cell as weekday × 24 + hour from Monday', () => {
    expect(hourOfWeekLabel(0)).toBe('Mon 00:00–01:00');
    expect(hourOfWeekLabel(34)).toBe('Tue 10:00–11:00');
  });

  it('ends the last hour of a day at midnight', () => {
    expect(hourOfWeekLabel(167)).toBe('Sun 23:00–00:00');
  });
});

describe('mappingRows(import)', () => {
  it('names each field’s column from the header, and leaves unmapped fields blank', () => {
    const rows = mappingRows({ header: ['Who', 'State', 'CRM'], mapping: { columns: { user: 0, status: 1, crm: 2 } } });
    expect(rows.map((r) => [r.field, r.column])).toEqual([
      ['user', 'Who'], ['status', 'State'], ['licenses', ''], ['crm', 'CRM'], ['dialer_tab', ''], ['dialer', ''], ['flex_port', ''],
    ]);
  });
});

describe('assignedCounts(roster)', () => {
  it('counts the holders of each pooled license, hidden users included', () => {
    const roster = [
      entry('Ann', ['crm', 'dialer_tab', 'dialer', 'flex_port']),
      entry('Bo', ['crm', 'dialer_tab'], 'hidden'),
      entry('Cy', ['crm']),
    ];
    expect(assignedCounts(roster)).toEqual({ dialer_tab: 2, dialer: 1, flex_port: 1 });
  });
});

describe('poolNeeds(observed, sizing)', () => {
  it('pairs each observed peak with the sizing of the same license, skipping pools without one', () => {
    const needs = poolNeeds(
      [observed('dialer_tab', 5, [4, 5], [2, 3]), observed('dialer', 5, [3, 2], [1, 1])],
      [sizing('dialer', [1, 0.5, 0.2, 0])],
    );
    expect(needs).toEqual([{ license: 'dialer', peakConcurrent: 3, recommended: 3 }]);
  });
});

describe('avoidableCents(findings)', () => {
  it('adds hidden users’ licenses and shelfware, not the cost of filling a short pool', () => {
    const findings = [finding('hidden-with-licenses', 20_500), finding('pool-shelfware', 17_500), finding('pool-short', 9_000), finding('active-without-crm')];
    expect(avoidableCents(findings)).toBe(38_000);
  });

  it('is 0 without findings', () => {
    expect(avoidableCents([])).toBe(0);
  });
});

describe('findingView(finding)', () => {
  it('words the cost as money paid for nothing, or money to add, a month', () => {
    expect(findingView(finding('hidden-with-licenses', 20_500)).cost).toBe('$205.00 a month, paid for nothing');
    expect(findingView(finding('pool-short', 9_000)).cost).toBe('$90.00 a month, to add');
  });

  it('has no cost line when no money is at stake, and keeps the users', () => {
    const v = findingView({ ...finding('dial-without-license', undefined, ['Jake Morrison']), severity: 'error' });
    expect(v.cost).toBeNull();
    expect(v.severityLabel).toBe('Error');
    expect(v.users).toEqual(['Jake Morrison']);
  });
});

describe('poolHeatmap(observed)', () => {
  const spec = poolHeatmap(observed('flex_port', 6, [4, 6], [2.5, 3.25]));

  it('is 7 days × 24 hours of the peak, blank where the hour is not in the data', () => {
    expect(spec.rows).toHaveLength(7);
    expect(spec.cols).toHaveLength(24);
    expect(spec.values[9]).toBe(4);
    expect(spec.values[10]).toBe(6);
    expect(spec.values[11]).toBe(0);
    expect(spec.values[24 + 10]).toBeNaN();
  });

  it('scales from 0 to the highest peak and marks the busy hour', () => {
    expect([spec.lo, spec.hi]).toEqual([0, 6]);
    expect(spec.marks).toEqual({ '0,10': ['busy'] });
  });

  it('leaves zeros blank in the cell but says them in the label', () => {
    expect(spec.text(0)).toBe('');
    expect(spec.text(6)).toBe('6');
    expect(spec.label(0, 11, 0)).toBe('Mon 11:00: up to 0 at once, 0.0 on average, 0 or fewer 95 % of the time');
    expect(spec.label(0, 10, 6)).toBe('Mon 10:00: up to 6 at once, 3.3 on average, 6 or fewer 95 % of the time');
    expect(spec.label(1, 10, NaN)).toBe('Tue 10:00: not in the data');
  });
});

describe('poolRows(observed, sizing, assigned, target)', () => {
  const seen = [observed('dialer', 8, [5, 7], [3, 4.5])];
  const assigned = { dialer_tab: 0, dialer: 8, flex_port: 0 };

  it('shows what was observed and no recommendation before the sizing', () => {
    const [row] = poolRows(seen, null, assigned, 0.01);
    expect(row).toMatchObject({ license: 'dialer', label: 'Dialer', assigned: 8, users: 8, peakConcurrent: 7, busyHour: 'Mon 10:00–11:00', busyMean: '4.5', busyP95: 7, recommended: null, sentence: null });
  });

  it('words the recommendation with one license fewer and the pool as assigned', () => {
    // Levels 0..8: the first share at or under 1 % is at 6 licenses.
    const s = sizing('dialer', [1, 0.9, 0.6, 0.3, 0.12, 0.04, 0.005, 0.001, 0]);
    const [row] = poolRows(seen, [s], assigned, 0.01);
    expect(row!.recommended).toBe(6);
    // The percent sign's spacing follows the locale.
    expect(row!.sentence!.replace(/\s?%/g, ' %')).toBe(
      'With 6, more users want a Dialer license than the pool holds 0.50 % of the busy hour (Mon 10:00–11:00; target ≤ 1.00 %); ' +
      'with 5, 4.00 %; with the 8 assigned, 0.00 %.',
    );
  });
});
