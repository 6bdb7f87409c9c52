import { describe, expect, it } from 'vitest';
import {
  defaultLicensesInputs, licensesProblems, restoreLicensesInputs, ROSTER_MAX_CHARS, type LicensesInputs,
} from '../../../../src/app/state/licenses-inputs.ts';

describe('defaultLicensesInputs()', () => {
  it('starts with no roster, the core’s assumed prices, a 15-minute gap, 1 %, 200 months, seed "1"', () => {
    expect(defaultLicensesInputs()).toEqual({
      roster: null,
      rosterColumns: {},
      pricesCents: { crm: 6500, dialer_tab: 2500, dialer: 9000, flex_port: 2500 },
      gapMin: 15,
      targetPct: 1,
      replications: 200,
      seed: '1',
    });
  });

  it('gives a fresh copy each time', () => {
    const a = defaultLicensesInputs();
    a.pricesCents.crm = 1;
    expect(defaultLicensesInputs().pricesCents.crm).toBe(6500);
  });
});

describe('licensesProblems(inputs)', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(licensesProblems(defaultLicensesInputs())).toEqual({});
  });

  it.each([
    [{ pricesCents: { crm: -1, dialer_tab: 2500, dialer: 9000, flex_port: 2500 } }, 'pricesCents', /0 or more/],
    [{ pricesCents: { crm: NaN, dialer_tab: 2500, dialer: 9000, flex_port: 2500 } }, 'pricesCents', /0 or more/],
    [{ gapMin: -1 }, 'gapMin', /0 to 1,440/],
    [{ gapMin: 1441 }, 'gapMin', /0 to 1,440/],
    [{ targetPct: 100 }, 'targetPct', /below 100/],
    [{ targetPct: -0.5 }, 'targetPct', /0 or more/],
    [{ replications: 0 }, 'replications', /1 to 100,000/],
    [{ replications: 10.5 }, 'replications', /1 to 100,000/],
    [{ seed: '  ' }, 'seed', /empty/],
  ] as const)('%j → %s', (patch, field, message) => {
    expect(licensesProblems({ ...defaultLicensesInputs(), ...patch } as LicensesInputs)[field]).toMatch(message);
  });

  it('accepts a 0-minute gap and a 0 % target (never locked out)', () => {
    expect(licensesProblems({ ...defaultLicensesInputs(), gapMin: 0, targetPct: 0 })).toEqual({});
  });
});

describe('restoreLicensesInputs(stored)', () => {
  it('gives the defaults for nothing, junk or an empty object', () => {
    for (const stored of [undefined, null, 42, 'x', {}]) expect(restoreLicensesInputs(stored)).toEqual(defaultLicensesInputs());
  });

  it('keeps a stored roster with its chosen columns, prices and settings', () => {
    const stored: LicensesInputs = {
      roster: { text: 'User,Status\nAnn,active\n', name: 'team.csv' },
      rosterColumns: { status: '', licenses: 'Seats' },
      pricesCents: { crm: 7000, dialer_tab: 0, dialer: 9900, flex_port: 3000 },
      gapMin: 30,
      targetPct: 0.5,
      replications: 500,
      seed: 'abc',
    };
    expect(restoreLicensesInputs(structuredClone(stored))).toEqual(stored);
  });

  it('repairs field by field: a bad price, gap or seed takes its default, the rest stays', () => {
    const restored = restoreLicensesInputs({ pricesCents: { crm: 'cheap', dialer: 9900 }, gapMin: -5, targetPct: 2, replications: 3.5, seed: '' });
    expect(restored.pricesCents).toEqual({ crm: 6500, dialer_tab: 2500, dialer: 9900, flex_port: 2500 });
    expect(restored).toMatchObject({ gapMin: 15, targetPct: 2, replications: 200, seed: '1' });
  });

  it('drops a roster without text, or too large to be a roster, and its columns with it', () => {
    expect(restoreLicensesInputs({ roster: { name: 'a.csv' }, rosterColumns: { user: 'Who' } })).toMatchObject({ roster: null, rosterColumns: {} });
    const huge = 'x'.repeat(ROSTER_MAX_CHARS + 1);
    expect(restoreLicensesInputs({ roster: { text: huge, name: 'big.csv' } }).roster).toBeNull();
  });

  it('names a roster without a name "roster.csv" and keeps only known fields’ columns given as text', () => {
    const restored = restoreLicensesInputs({ roster: { text: 'Who\nAnn\n' }, rosterColumns: { user: 'Who', team: 'Team', status: 3 } });
    expect(restored.roster).toEqual({ text: 'Who\nAnn\n', name: 'roster.csv' });
    expect(restored.rosterColumns).toEqual({ user: 'Who' });
  });
});
