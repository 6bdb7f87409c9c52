import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractInputOf, contractProblems, copyName, defaultContractInputs, restoreContractInputs, type ContractInputs } from '../../../../src/app/state/contract-inputs.ts';
import { parseContractFile } from '../../../../src/core/contract/contract-file.ts';

const withOption = (i: ContractInputs, k: number, t: number, patch: object): ContractInputs => ({
  ...i,
  options: i.options.map((o, j) => (j === k ? { ...o, licenses: o.licenses.map((l, u) => (u === t ? { ...l, ...patch } : l)) } : o)),
});

describe('defaultContractInputs()', () => {
  it('is the contract of scenarios/contract-example.json', () => {
    const file = parseContractFile(readFileSync('scenarios/contract-example.json', 'utf8'), 'contract-example.json');
    const input = contractInputOf(defaultContractInputs());
    expect(input.startDate).toBe(file.startDate);
    expect(input.seed).toBe(String(file.seed));
    expect(input.plan).toEqual(file.plan);
    expect(input.options).toEqual(file.options);
  });

  it('has nothing wrong with it', () => {
    expect(contractProblems(defaultContractInputs())).toEqual({});
  });
});

describe('contractProblems(inputs)', () => {
  const d = defaultContractInputs();

  it.each([
    [withOption(d, 1, 2, { floor: 2.5 }), 'options.1.licenses.2.floor', 'Option B, Dialer: the floor must be a whole number ≥ 0.'],
    [withOption(d, 0, 0, { priceCents: NaN }), 'options.0.licenses.0.priceCents', 'Option A, CRM: the monthly price must be 0 or more, in whole cents.'],
    [withOption(d, 2, 3, { startCount: 5, floor: 8 }), 'options.2.licenses.3.startCount', 'Option C, Flex Port: the starting count 5 is below the floor 8 (a total can never be below its floor).'],
    [{ ...d, options: d.options.map((o, k) => (k === 1 ? { ...o, termMonths: 0 } : o)) }, 'options.1.termMonths', 'Option B: the term must be a whole number of months from 1 to 120.'],
    [{ ...d, options: d.options.map((o, k) => (k === 2 ? { ...o, name: ' ' } : o)) }, 'options.2.name', 'Option C: give it a name.'],
    [{ ...d, options: d.options.map((o, k) => (k === 2 ? { ...o, name: d.options[0]!.name } : o)) }, 'options.2.name', `Option C: the name “${d.options[0]!.name}” is already Option A’s.`],
    [{ ...d, options: d.options.slice(0, 1) }, 'options', 'Compare 2 to 4 options.'],
    [{ ...d, plan: d.plan.map((n, t) => (t === 1 ? { ...n, churnPctPerMonth: 120 } : n)) }, 'plan.1.churnPctPerMonth', 'Plan, Dialer Tab: churn must be from 0 % to 100 % a month.'],
    [{ ...d, plan: d.plan.map((n, t) => (t === 0 ? { ...n, startNeed: -1 } : n)) }, 'plan.0.startNeed', 'Plan, CRM: the starting need must be a whole number ≥ 0.'],
    [{ ...d, startDate: '2027-01-15' }, 'startDate', 'Start date: pick a month (billing months are calendar months).'],
    [{ ...d, addLagDays: 40 }, 'addLagDays', 'Add lag: a whole number of days from 0 to 31.'],
    [{ ...d, replications: 0 }, 'replications', 'Replications: a whole number from 1 to 100,000.'],
    [{ ...d, seed: '  ' }, 'seed', 'Seed: it cannot be empty.'],
  ] as const)('%# → %s', (inputs, where, message) => {
    expect(contractProblems(inputs as ContractInputs)).toEqual({ [where]: message });
  });
});

describe('restoreContractInputs(stored)', () => {
  it('gives the stored form back whole when it is good', () => {
    const edited = withOption({ ...defaultContractInputs(), seed: 'x', replications: 250, startDate: '2026-11-01', seasonal: false }, 1, 2, { floor: 20 });
    expect(restoreContractInputs(JSON.parse(JSON.stringify(edited)))).toEqual(edited);
  });

  it('gives the defaults for anything that is not a form', () => {
    for (const junk of [null, 3, 'x', []]) expect(restoreContractInputs(junk)).toEqual(defaultContractInputs());
  });

  it('repairs field by field: a bad field takes its default, the rest stays', () => {
    const d = defaultContractInputs();
    const stored = { ...d, startDate: '2027-02-30', replications: -5, seed: 'kept', options: [{ ...d.options[0], termMonths: 'x' }, d.options[1]] };
    const r = restoreContractInputs(stored);
    expect(r.startDate).toBe(d.startDate);
    expect(r.replications).toBe(d.replications);
    expect(r.seed).toBe('kept');
    expect(r.options).toHaveLength(2);
    expect(r.options[0]!.termMonths).toBe(36);
  });

  it('never restores a starting count below its floor, and keeps at most four options', () => {
    const d = defaultContractInputs();
    const bad = withOption(d, 0, 0, { floor: 60, startCount: 10 });
    expect(restoreContractInputs(bad).options[0]!.licenses[0]).toEqual({ priceCents: 6500, floor: 60, startCount: 60 });
    const many = { ...d, options: [...d.options, ...d.options] };
    expect(restoreContractInputs(many).options).toHaveLength(4);
  });

  it('replaces an option whose terms do not match the plan’s license types', () => {
    const d = defaultContractInputs();
    const r = restoreContractInputs({ ...d, options: [d.options[0], { ...d.options[1], name: 'Mine', licenses: [] }] });
    expect(r.options[1]).toEqual(d.options[1]);
  });
});

describe('copyName(name, taken)', () => {
  it('adds “copy”, then a number, never a name already taken', () => {
    expect(copyName('B', ['A', 'B'])).toBe('B copy');
    expect(copyName('B', ['B', 'B copy'])).toBe('B copy 2');
  });
});
