// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContractFileError, parseContractFile } from '../../../src/core/contract/contract-file.ts';

const example = readFileSync('scenarios/contract-example.json', 'utf8');
const base = () => JSON.parse(example);
const problem = (doc: unknown, text = JSON.stringify(doc)) => {
  try {
    parseContractFile(text, 'c.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ContractFileError);
    return (err as Error).message;
  }
  throw new Error('parseContractFile accepted the file');
};

describe('parseContractFile(json, fileName)', () => {
  it('reads the example contract: prices to integer cents, the plan and three options', () => {
    const file = parseContractFile(example, 'contract-example.json');
    expect(file).toMatchObject({ version: 1, kind: 'contract', startDate: '2027-01-01', seed: 2027, replications: 1000 });
    expect(file.plan.licenses.map((l) => l.type)).toEqual(['CRM', 'Dialer Tab', 'Dialer', 'Flex Port']);
    expect(file.options.map((o) => o.termMonths)).toEqual([36, 36, 24]);
    expect(file.options[0]!.licenses[0]).toEqual({ type: 'CRM', priceCents: 6500, floor: 50, startCount: 50 });
    expect(file.options[1]!.licenses[2]!.priceCents).toBe(9720);
  });

  const cases: [string, (d: any) => void, string][] = [
    ['a starting count below its floor', (d) => (d.options[1].licenses[0].startCount = 30), 'c.json: $.options[1].licenses[0].startCount: 30 is below the floor 40 (a total can never be below its floor)'],
    ['a license type the plan does not have', (d) => (d.options[0].licenses[3].type = 'Fax'), 'c.json: $.options[0].licenses[3].type: "Fax" is not a license type of the plan ("CRM", "Dialer Tab", "Dialer", "Flex Port")'],
    ['an option without terms for a plan type', (d) => d.options[2].licenses.pop(), `c.json: $.options[2].licenses: no terms for the plan's license type "Flex Port"`],
    ['a price that is not money', (d) => (d.options[0].licenses[1].price = 25), 'c.json: $.options[0].licenses[1].price: expected a price such as "65.00", got 25'],
    ['a start date that is not the first of a month', (d) => (d.startDate = '2027-01-15'), 'c.json: $.startDate: expected the first of a month such as "2027-01-01" (billing months are calendar months), got "2027-01-15"'],
    ['a misspelt property', (d) => (d.plan.licenses[0].churnPct = 3), 'c.json: $.plan.licenses[0].churnPct: unknown property'],
    ['a missing floor', (d) => delete d.options[0].licenses[0].floor, 'c.json: $.options[0].licenses[0].floor: required, missing'],
    ['a churn above 100 %', (d) => (d.plan.licenses[1].churnPctPerMonth = 120), 'c.json: $.plan.licenses[1].churnPctPerMonth: expected a number from 0 to 100, got 120'],
    ['eleven seasonal factors', (d) => d.plan.licenses[0].seasonality.pop(), 'c.json: $.plan.licenses[0].seasonality: expected 12 numbers (January to December), got 11'],
    ['five options', (d) => d.options.push(d.options[0], d.options[1]), 'c.json: $.options: expected 1 to 4 entries (contract options), got 5'],
    ['two options with the same name', (d) => (d.options[1].name = d.options[0].name), `c.json: $.options[1].name: option name "A: floors at today's counts, list prices" appears twice`],
    ['a cap below the floor', (d) => (d.options[0].licenses[0].cap = 45), 'c.json: $.options[0].licenses[0].cap: 45 is below the floor 50'],
    ['a file of another kind', (d) => (d.kind = 'scenario'), 'c.json: $.kind: expected "contract", got "scenario"'],
    ['a newer version', (d) => (d.version = 2), 'c.json: $.version: this file is version 2, written for a newer Headroom'],
  ];
  for (const [what, edit, message] of cases) {
    it(`names the file, the JSON path and the problem for ${what}`, () => {
      const doc = base();
      edit(doc);
      expect(problem(doc)).toContain(message);
    });
  }

  it('reports a JSON syntax error by line and column, and a top-level array as not a contract', () => {
    expect(problem(null, '{\n  "version": 1\n  "kind": "contract"\n}')).toBe("c.json: line 3, column 3: not valid JSON: expected ',' or '}' after a property value, found '\"kind\"'");
    expect(problem(null, '[]')).toBe('c.json: $: expected a contract object, got []');
  });
});
