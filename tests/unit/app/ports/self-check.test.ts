import { describe, expect, it } from 'vitest';
import { compareWithErlangB, selfCheckJob } from '../../../../src/app/state/ports-self-check.ts';
import { busyHourOfWeek } from '../../../../src/core/ports/busy-hour.ts';
import { erlangB } from '../../../../src/core/ports/erlang-b.ts';
import { makeResult, makeRow } from './factories.ts';

/** A result whose month blocking is Erlang B at 10 E times `factor`, ± `halfWidth` relative. */
function simulated(factor: number, halfWidth: number) {
  const rows = [14, 15, 16].map((n) => {
    const b = erlangB(10, n) * factor;
    return makeRow(n, b, { blocking: { mean: b, lo: b * (1 - halfWidth), hi: b * (1 + halfWidth) } });
  });
  return { ...makeResult([]), table: rows };
}

describe('compareWithErlangB(result)', () => {
  it('agrees when Erlang B lies inside the simulated interval, quoting 15 ports (3.65 % at 10 E)', () => {
    const outcome = compareWithErlangB(simulated(1.01, 0.03));
    expect(outcome.agrees).toBe(true);
    expect(outcome.headline!.ports).toBe(15);
    expect(outcome.headline!.erlangB).toBeCloseTo(0.0365, 4);
    expect(outcome.disagreements).toEqual([]);
  });

  it('flags a simulator that is 20 % off with a tight interval', () => {
    const outcome = compareWithErlangB(simulated(1.2, 0.03));
    expect(outcome.agrees).toBe(false);
    expect(outcome.disagreements.map((r) => r.ports)).toEqual([14, 15, 16]);
  });

  it('allows half an interval of slack, and 2 % relative for the empty start', () => {
    expect(compareWithErlangB(simulated(1.04, 0.03)).agrees).toBe(true);
    expect(compareWithErlangB(simulated(1.019, 0.001)).agrees).toBe(true);
    expect(compareWithErlangB(simulated(1.06, 0.03)).agrees).toBe(false);
  });

  it('does not agree on an empty table', () => {
    expect(compareWithErlangB(makeResult([])).agrees).toBe(false);
  });
});

describe('selfCheckJob()', () => {
  it('offers a flat 10 erlangs every hour of the week, over a range of ports that holds 15', () => {
    const { model, opts, replications } = selfCheckJob();
    const hours = model.streams[0]!.ratePerHour;
    expect(new Set(hours).size).toBe(1);
    expect(busyHourOfWeek(model, opts.whatIf).erlangs).toBeCloseTo(10, 12);
    expect(model.streams[0]!.holding).toEqual({ kind: 'exponential', meanSec: 180 });
    expect(opts.portsLo <= 15 && opts.portsHi >= 15).toBe(true);
    expect(replications).toBeGreaterThanOrEqual(20);
    expect(selfCheckJob().opts).toEqual(opts);
  });
});
