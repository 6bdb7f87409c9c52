// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parametricModel, type ParametricTraffic } from '../../../src/core/ports/parametric-model.ts';

const spec = (patch: Partial<ParametricTraffic> = {}): ParametricTraffic => ({
  timeZone: 'Europe/Paris',
  callsPerHour: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 100 : 0)),
  weekdayFactors: [1, 1, 1, 1, 1, 0.3, 0.1],
  meanHoldingSec: 180,
  distribution: 'exponential',
  ...patch,
});

describe('parametricModel(spec)', () => {
  it("scales a typical weekday's calls per hour by each weekday's factor", () => {
    const model = parametricModel(spec());
    expect(model.timeZone).toBe('Europe/Paris');
    expect(model.arrivals).toBe('poisson');
    expect(model.streams).toHaveLength(1);
    const { kind, ratePerHour, holding } = model.streams[0];
    expect(kind).toBe('other');
    expect(ratePerHour[9]).toBe(100);
    expect(ratePerHour[8]).toBe(0);
    expect(ratePerHour[5 * 24 + 10]).toBeCloseTo(30, 12);
    expect(ratePerHour[6 * 24 + 16]).toBeCloseTo(10, 12);
    expect(holding).toEqual({ kind: 'exponential', meanSec: 180 });
    expect(model.source).toContain('800 calls on a typical weekday');
  });

  it('keeps the kind and the holding distribution asked for', () => {
    expect(parametricModel(spec({ kind: 'press1', distribution: 'lognormal', cv: 1.5 })).streams[0]).toMatchObject({
      kind: 'press1',
      holding: { kind: 'lognormal', meanSec: 180, cv: 1.5 },
    });
    expect(parametricModel(spec({ distribution: 'constant' })).streams[0].holding).toEqual({ kind: 'constant', meanSec: 180 });
  });

  it('refuses an invalid spec with a RangeError naming the field', () => {
    const bad: Array<[Partial<ParametricTraffic>, RegExp]> = [
      [{ timeZone: 'Mars/Olympus' }, /timeZone/],
      [{ callsPerHour: [1, 2, 3] }, /callsPerHour/],
      [{ callsPerHour: Array<number>(24).fill(1).map((x, h) => (h === 7 ? -1 : x)) }, /callsPerHour\[7\]/],
      [{ weekdayFactors: [1, 1, 1, 1, 1, 1, NaN] }, /weekdayFactors\[6\]/],
      [{ meanHoldingSec: 0 }, /meanHoldingSec/],
      [{ distribution: 'weibull' as ParametricTraffic['distribution'] }, /distribution/],
      [{ distribution: 'lognormal' }, /cv/],
      [{ kind: 'fax' as ParametricTraffic['kind'] }, /kind/],
    ];
    for (const [patch, field] of bad) {
      expect(() => parametricModel(spec(patch))).toThrow(RangeError);
      expect(() => parametricModel(spec(patch))).toThrow(field);
    }
  });
});
