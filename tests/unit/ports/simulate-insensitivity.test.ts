// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { meanInterval } from '../../../src/core/stats/mean-interval.ts';
import { DAY_MS, MONDAY, erlangBReference, flatModel, options } from './simulate-fixtures.ts';

/**
 * Erlang B is exact for Poisson arrivals whatever the holding-time distribution (insensitivity), so
 * the simulated blocking of flat traffic must agree with it whether holding is exponential,
 * lognormal with cv 1.5 or constant.
 * The intervals are 99.9 %: six independent 95 % checks would fail for about one seed in four
 * even with an exact simulator, while a bias of a few percent still falls outside a 99.9 % one.
 */
const CASES = [
  { erlangs: 10, ports: 15, days: 2, replications: 40 },
  { erlangs: 50, ports: 60, days: 1, replications: 30 },
] as const;
const HOLDINGS = [
  { distribution: 'exponential', cv: undefined },
  { distribution: 'lognormal', cv: 1.5 },
  { distribution: 'constant', cv: undefined },
] as const;

describe('simulateReplication(model, opts, index) against Erlang B', () => {
  for (const { erlangs, ports, days, replications } of CASES) {
    for (const { distribution, cv } of HOLDINGS) {
      it(`agrees within the 99.9 % interval at A = ${erlangs} E, N = ${ports}, ${distribution} holding${cv ? ` (cv ${cv})` : ''}`, () => {
        const model = flatModel(erlangs, distribution, cv);
        const opts = options({ portsLo: ports - 2, portsHi: ports, endMs: MONDAY + days * DAY_MS, seed: `insensitivity-${distribution}` });
        const blocking = Array.from({ length: replications }, (_, i) => {
          const r = simulateReplication(model, opts, i);
          return r.blocked[2] / r.offered;
        });
        const { lo, hi } = meanInterval(blocking, 0.999);
        const exact = erlangBReference(erlangs, ports);
        expect(exact).toBeGreaterThanOrEqual(lo);
        expect(exact).toBeLessThanOrEqual(hi);
      });
    }
  }
});
