// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, LICENSES_FIELDS, PORTS_FIELDS, RECHARGE_FIELDS, STORAGE_FIELDS } from '../../../../src/app/components/report/report-input-labels.ts';
import { labelledInputRows, type InputFields } from '../../../../src/app/components/report/report-view.ts';
import { defaultContractInputs } from '../../../../src/app/state/contract-inputs.ts';
import { defaultLicensesInputs } from '../../../../src/app/state/licenses-inputs.ts';
import { defaultInputs as defaultPortsInputs } from '../../../../src/app/state/ports-inputs.ts';
import { defaultRechargeInputs } from '../../../../src/app/state/recharge-inputs.ts';
import { defaultStorageInputs } from '../../../../src/app/state/storage-inputs.ts';

/** The report's rows as a label → value lookup. */
const rowsOf = <T extends object>(inputs: T, fields: InputFields<T>) => new Map(labelledInputRows(inputs, fields));

describe('labelledInputRows(inputs, fields) with the pages’ labels', () => {
  it('names every field of each page’s default form in the form’s words, none by its raw path', () => {
    const pages: [string, [string, string][]][] = [
      ['recharge', labelledInputRows(defaultRechargeInputs(), RECHARGE_FIELDS)],
      ['storage', labelledInputRows(defaultStorageInputs(), STORAGE_FIELDS)],
      ['ports', labelledInputRows({ ...defaultPortsInputs(), multipliers: { dial: 2 } }, PORTS_FIELDS)],
      ['licenses', labelledInputRows(defaultLicensesInputs(), LICENSES_FIELDS)],
      ['contract', labelledInputRows(defaultContractInputs(), CONTRACT_FIELDS)],
    ];
    for (const [page, rows] of pages) {
      // A raw path reads "growth pct": lower case. Every form label starts with a capital.
      expect(rows.filter(([label]) => !/^[A-Z“]/.test(label)), page).toEqual([]);
    }
  });

  it('Recharge: units in the labels, money in dollars, choices and empty boxes in the form’s words', () => {
    const rows = rowsOf({ ...defaultRechargeInputs(), growthPct: 5, declinePct: 2.5 }, RECHARGE_FIELDS);
    expect(rows.get('Growth a month, %')).toBe('5');
    expect(rows.get('Card declines, %')).toBe('2.5');
    expect(rows.get('Rate, ¢ / minute')).toBe('2');
    expect(rows.get('Usage from')).toBe('Data set');
    expect(rows.get('Calls that use dialer minutes')).toBe('Dial, Voice drop, Inbound ACD, Press-1 connect');
    expect(rows.get('Starting balance')).toBe('threshold + one recharge');
    expect(rows.get('Rule from the month')).toBe('The last complete month');
    expect(rows.get('Scenario: a typical weekday')).toBe('$150.00');
    expect(rows.get('Scenario: weekday factors (1 = a typical weekday)')).toBe('Mon 1, Tue 1, Wed 1, Thu 1, Fri 0.9, Sat 0.2, Sun 0');
    expect(rows.get('Simulated periods')).toBe('1,000');
  });

  it('Storage: the price is named by the pricing chosen, booleans read yes or no, empty boxes say what they stand for', () => {
    const perBlock = rowsOf(defaultStorageInputs(), STORAGE_FIELDS);
    expect(perBlock.get('Price of a block')).toBe('$15.00');
    expect(perBlock.get('Cut the lists stored now the same way')).toBe('yes');
    expect(perBlock.get('Database records stored now')).toBe('400,000');
    expect(perBlock.get('Recorded minutes a month')).toBe('from the data set, or the assumption');
    expect(perBlock.get('Billed')).toBe('Per started block of GB over the allowance');
    const perGb = rowsOf({ ...defaultStorageInputs(), pricing: 'per-gb' as const, priceCents: 25, trimLists: false }, STORAGE_FIELDS);
    expect(perGb.get('Price of a GB')).toBe('$0.25');
    expect(perGb.get('Cut the lists stored now the same way')).toBe('no');
  });

  it('Ports: targets not set, the price of a port, and extra volume per kind', () => {
    const rows = rowsOf({ ...defaultPortsInputs(), targetErrorsPerMonth: null, multipliers: { voice_drop: 1.5 }, horizonMonth: '2026-11' }, PORTS_FIELDS);
    expect(rows.get('Blocked in the busiest hour, %')).toBe('1');
    expect(rows.get('“Insufficient ports” errors a month')).toBe('no such target');
    expect(rows.get('Price of one Flex Port, a month')).toBe('$25.00');
    expect(rows.get('Kinds that hold a port')).toBe('As on the Data page');
    expect(rows.get('Extra volume × for Voice drop')).toBe('1.5');
    expect(rows.get('Month simulated')).toBe('November 2026');
    expect(rows.get('Fewest ports')).toBe('auto');
  });

  it('Licenses: a roster by its name and length, not its whole text; prices per license in dollars', () => {
    const rows = rowsOf({ ...defaultLicensesInputs(), roster: { name: 'team.csv', text: 'user,status\nann,active\nbob,hidden\n' }, rosterColumns: { status: '' } }, LICENSES_FIELDS);
    expect(rows.get('Roster')).toBe('team.csv (3 lines)');
    expect(rows.get('Roster column: Status (active / hidden)')).toBe('— none —');
    expect(rows.get('Monthly price: CRM')).toBe('$65.00');
    expect(rows.get('Monthly price: Flex Port')).toBe('$25.00');
    expect(rows.get('Session gap, min')).toBe('15');
  });

  it('Contract: plan and option cells named by their license type and option letter, as the form’s inputs are', () => {
    const rows = rowsOf(defaultContractInputs(), CONTRACT_FIELDS);
    expect(rows.get('Plan, CRM: licenses needed at the start')).toBe('48');
    expect(rows.get('Plan, Flex Port: churn, % a month')).toBe('0');
    expect(rows.get('Option B, Dialer: price a month')).toBe('$97.20');
    expect(rows.get('Option C, CRM: floor, licenses')).toBe('0');
    expect(rows.get('Option A: term, months')).toBe('36');
    expect(rows.get('First billing month')).toBe('January 2027');
    expect(rows.get('Proration: added on')).toBe('Sat, Nov 21, 2026');
    expect(rows.get('Seasonal staff (a summer dip, an autumn peak)')).toBe('yes');
    // The license type heads each plan label, so it is not a row of its own.
    expect([...rows.values()]).not.toContain('Dialer Tab');
  });

  it('shows a field no table knows under its own path, so nothing is hidden', () => {
    const rows = labelledInputRows({ ...defaultRechargeInputs(), surgeFactorPct: 12 } as ReturnType<typeof defaultRechargeInputs>, RECHARGE_FIELDS);
    expect(rows).toContainEqual(['surge factor pct', '12']);
  });
});
