import { describe, expect, it } from 'vitest';
import { defaultInputs, inputProblems, restoreInputs, whatIfOf } from '../../../../src/app/state/ports-inputs.ts';

describe('defaultInputs()', () => {
  it('starts from the data set, 1 % in the busiest hour, 200 months, seed "1", the default range and month', () => {
    const d = defaultInputs();
    expect(d).toMatchObject({ source: 'data', portKinds: null, targetBusyHourPct: 1, targetErrorsPerMonth: null, replications: 200, seed: '1', portsLo: null, portsHi: null, horizonMonth: null });
    expect(d.parametric.callsPerHour).toHaveLength(24);
    expect(d.parametric.weekdayFactors).toHaveLength(7);
  });

  it('gives a fresh copy each time', () => {
    const a = defaultInputs();
    a.parametric.callsPerHour[0] = 99;
    expect(defaultInputs().parametric.callsPerHour[0]).toBe(0);
  });
});

describe('inputProblems(inputs, hasData)', () => {
  it('finds nothing wrong with the defaults when a data set is loaded', () => {
    expect(inputProblems(defaultInputs(), true)).toEqual({});
  });

  it('asks for a data set, or a scenario, when none is loaded', () => {
    expect(inputProblems(defaultInputs(), false).source).toMatch(/No data set/);
    expect(inputProblems({ ...defaultInputs(), source: 'parametric' }, false)).toEqual({});
  });

  it('asks for the model that came with the scenario when the form reads one and none is at hand', () => {
    const shared = { ...defaultInputs(), source: 'shared' as const };
    expect(inputProblems(shared, true).source).toMatch(/No traffic model came with the open scenario/);
    expect(inputProblems(shared, false, true)).toEqual({});
    // The data set's own checks do not apply to a shared model.
    expect(inputProblems({ ...shared, portKinds: [] }, false, true)).toEqual({});
  });

  it.each([
    [{ portsLo: 20, portsHi: 10 }, 'portsRange', /must not exceed/],
    [{ portsLo: 5, portsHi: null }, 'portsRange', /both ends/],
    [{ portsLo: 1, portsHi: 1000 }, 'portsRange', /At most 400/],
    [{ portsLo: 2.5, portsHi: 9 }, 'portsRange', /whole numbers/],
    [{ replications: 1 }, 'replications', /from 2/],
    [{ replications: NaN }, 'replications', /whole number/],
    [{ seed: '  ' }, 'seed', /empty/],
    [{ targetBusyHourPct: null, targetErrorsPerMonth: null }, 'target', /Set a busiest-hour target/],
    [{ targetBusyHourPct: 0 }, 'target', /between 0 and 100/],
    [{ targetBusyHourPct: null, targetErrorsPerMonth: -1 }, 'target', /0 or more/],
    [{ retrySharePct: 120 }, 'retrySharePct', /between 0 and 100/],
    [{ growthPct: -100 }, 'growthPct', /more than −100/],
    [{ pricePerPortCents: -5 }, 'pricePerPortCents', /0 or more/],
    [{ horizonMonth: '2026-13' }, 'horizonMonth', /Pick a month/],
    [{ portKinds: [] }, 'portKinds', /at least one/],
  ] as const)('%j → %s', (patch, field, message) => {
    expect(inputProblems({ ...defaultInputs(), ...patch } as never, true)[field]).toMatch(message);
  });

  it('checks the scenario fields only for a scenario', () => {
    const base = defaultInputs();
    const bad = { ...base, parametric: { ...base.parametric, callsPerHour: base.parametric.callsPerHour.map(() => 0), meanHoldingSec: 0 } };
    expect(inputProblems(bad, true)).toEqual({});
    const problems = inputProblems({ ...bad, source: 'parametric' }, true);
    expect(problems.callsPerHour).toMatch(/at least one hour/);
    expect(problems.meanHoldingSec).toMatch(/more than 0/);
  });
});

describe('whatIfOf(inputs)', () => {
  it('turns percentages into shares and drops multipliers of 1', () => {
    const w = whatIfOf({ ...defaultInputs(), growthPct: 30, retrySharePct: 40, retryDelaySec: 90, multipliers: { voice_drop: 2, press1: 1 } });
    expect(w).toEqual({ growthPct: 30, multipliers: { voice_drop: 2 }, retry: { share: 0.4, delaySec: 90 } });
  });
});

describe('restoreInputs(stored)', () => {
  it('gives the defaults for nothing or for something that is not an object', () => {
    expect(restoreInputs(undefined)).toEqual(defaultInputs());
    expect(restoreInputs('junk')).toEqual(defaultInputs());
  });

  it('keeps the fields that are well formed and repairs the others field by field', () => {
    const r = restoreInputs({
      source: 'parametric',
      growthPct: 30,
      seed: 7,
      portKinds: ['press1', 'nonsense', 'voice_drop'],
      multipliers: { voice_drop: 2, nonsense: 3, press1: -1 },
      parametric: { callsPerHour: [1, 2], meanHoldingSec: 90, distribution: 'weibull' },
      targetErrorsPerMonth: 12,
      targetBusyHourPct: null,
      horizonMonth: '2026-11',
    });
    expect(r.source).toBe('parametric');
    expect(r.growthPct).toBe(30);
    expect(r.seed).toBe('1');
    expect(r.portKinds).toEqual(['voice_drop', 'press1']);
    expect(r.multipliers).toEqual({ voice_drop: 2 });
    expect(r.parametric.callsPerHour).toEqual(defaultInputs().parametric.callsPerHour);
    expect(r.parametric.meanHoldingSec).toBe(90);
    expect(r.parametric.distribution).toBe('lognormal');
    expect([r.targetBusyHourPct, r.targetErrorsPerMonth, r.horizonMonth]).toEqual([null, 12, '2026-11']);
  });

  it('keeps the shared-model source', () => {
    expect(restoreInputs({ source: 'shared' }).source).toBe('shared');
    expect(restoreInputs({ source: 'elsewhere' }).source).toBe('data');
  });

  it('round-trips a whole set of inputs', () => {
    const inputs = { ...defaultInputs(), source: 'parametric' as const, portKinds: ['recording' as const], replications: 500, portsLo: 5, portsHi: 30 };
    expect(restoreInputs(structuredClone(inputs))).toEqual(inputs);
  });
});
