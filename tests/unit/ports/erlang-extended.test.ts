import { describe, expect, it } from 'vitest';
import {
  erlangB,
  extendedErlangB,
  portsForBlocking,
  portsForBlockingExtended,
} from '../../../src/core/ports/index.ts';
import { logSpaceErlangB } from './erlang-closed-form.ts';

const GRID: [number, number][] = [[1, 1], [2, 3], [5, 10], [10, 15], [20, 10], [8.1, 15], [100, 90], [400, 420]];

/** The textbook iteration A_{k+1} = A + r·A_k·B(A_k, N), run until it stops moving. */
function plainFixedPoint(a: number, n: number, r: number): number {
  let x = a;
  for (let k = 0; k < 100_000; k++) {
    const next = a + r * x * logSpaceErlangB(x, n);
    if (Math.abs(next - x) <= 1e-14 * next) return next;
    x = next;
  }
  throw new Error('no convergence');
}

describe('extendedErlangB(trafficErl, ports, retryShare)', () => {
  it('reduces exactly to Erlang B with no retries', () => {
    for (const [a, n] of GRID) {
      const e = extendedErlangB(a, n, 0);
      expect(e.blocking).toBe(erlangB(a, n));
      expect(e.lostShare).toBe(erlangB(a, n));
      expect(e.offeredWithRetriesErl).toBe(a);
      expect(e.iterations).toBe(0);
    }
  });

  it('returns the fixed point A* = A + r·A*·B(A*, N) of the textbook iteration', () => {
    for (const [a, n] of GRID) {
      for (const r of [0.2, 0.5, 0.7]) {
        const e = extendedErlangB(a, n, r);
        const x = e.offeredWithRetriesErl;
        expect(Math.abs(x / plainFixedPoint(a, n, r) - 1)).toBeLessThan(1e-11);
        expect(Math.abs((a + r * x * logSpaceErlangB(x, n)) / x - 1)).toBeLessThan(1e-11);
        expect(Math.abs(e.blocking / logSpaceErlangB(x, n) - 1)).toBeLessThan(1e-9);
      }
    }
  });

  it('reports as lostShare the share of first attempts lost for good, (1 − r)·A*·B / A', () => {
    for (const [a, n] of GRID) {
      for (const r of [0.3, 0.9]) {
        const e = extendedErlangB(a, n, r);
        const lostErl = (1 - r) * e.offeredWithRetriesErl * e.blocking;
        expect(e.lostShare).toBeCloseTo(lostErl / a, 11);
        expect(e.lostShare).toBeLessThanOrEqual(e.blocking);
      }
    }
  });

  it('blocks at least as much as Erlang B at the same traffic, more as the retry share grows', () => {
    for (const [a, n] of GRID) {
      let prev = erlangB(a, n);
      for (const r of [0.1, 0.4, 0.8, 0.95]) {
        const b = extendedErlangB(a, n, r).blocking;
        expect(b).toBeGreaterThan(prev);
        prev = b;
      }
    }
  });

  it('loses nothing when every blocked attempt retries and the ports exceed the traffic', () => {
    const e = extendedErlangB(9, 10, 1);
    expect(e.lostShare).toBe(0);
    // Everything offered is eventually carried: A*·(1 − B) = A.
    expect(e.offeredWithRetriesErl * (1 - e.blocking)).toBeCloseTo(9, 9);
    expect(() => extendedErlangB(10, 10, 1)).toThrow(/extendedErlangB.*retr/);
  });

  it('converges in a few steps even when nearly every blocked attempt retries into overload', () => {
    const e = extendedErlangB(100, 50, 0.999);
    expect(e.iterations).toBeLessThan(30);
    const x = e.offeredWithRetriesErl;
    expect(Math.abs((100 + 0.999 * x * logSpaceErlangB(x, 50)) / x - 1)).toBeLessThan(1e-11);
  });

  it('gives blocking B(0, N) with no traffic, and blocking 1 with all lost for no ports', () => {
    expect(extendedErlangB(0, 5, 0.5)).toEqual({ blocking: 0, lostShare: 0, offeredWithRetriesErl: 0, iterations: 0 });
    const none = extendedErlangB(5, 0, 0.5);
    expect(none.blocking).toBe(1);
    expect(none.lostShare).toBeCloseTo(1, 12);
    expect(none.offeredWithRetriesErl).toBeCloseTo(10, 9); // A / (1 − r)
  });

  it('rejects bad traffic, ports or retry share, naming the function', () => {
    for (const [a, n, r] of [[-1, 5, 0.5], [NaN, 5, 0.5], [5, 2.5, 0.5], [5, -1, 0.5], [5, 5, -0.1], [5, 5, 1.1], [5, 5, NaN]] as const) {
      expect(() => extendedErlangB(a, n, r)).toThrow(/extendedErlangB/);
    }
  });
});

describe('portsForBlockingExtended(trafficErl, targetBlocking, retryShare)', () => {
  it('equals portsForBlocking with no retries', () => {
    for (const a of [0.5, 5, 10, 20, 75, 300]) {
      for (const t of [0.005, 0.01, 0.02, 0.1]) expect(portsForBlockingExtended(a, t, 0)).toBe(portsForBlocking(a, t));
    }
  });

  it('needs more ports with retries: 20 E at 2 % with half of the blocked retrying needs 29, not 28', () => {
    expect(portsForBlocking(20, 0.02)).toBe(28);
    expect(portsForBlockingExtended(20, 0.02, 0.5)).toBe(29);
  });

  it('returns the smallest N whose blocking B(A*, N) meets the target, never fewer than Erlang B', () => {
    for (const a of [1, 5, 20, 50, 200]) {
      for (const t of [0.01, 0.05, 0.3]) {
        for (const r of [0.3, 0.8, 1]) {
          const n = portsForBlockingExtended(a, t, r);
          expect(n).toBeGreaterThanOrEqual(portsForBlocking(a, t));
          expect(extendedErlangB(a, n, r).blocking).toBeLessThanOrEqual(t);
          if (r < 1 || n - 1 > a) expect(extendedErlangB(a, n - 1, r).blocking).toBeGreaterThan(t);
        }
      }
    }
  });

  it('rejects bad inputs, naming the function', () => {
    for (const [a, t, r] of [[-1, 0.01, 0.5], [5, 0, 0.5], [5, 1, 0.5], [5, 0.01, 2], [5, 0.01, NaN]] as const) {
      expect(() => portsForBlockingExtended(a, t, r)).toThrow(/portsForBlockingExtended/);
    }
  });
});
