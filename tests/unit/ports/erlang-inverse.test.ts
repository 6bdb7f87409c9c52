import { describe, expect, it } from 'vitest';
import { erlangB, portsForBlocking, trafficForBlocking } from '../../../src/core/ports/index.ts';
import { exactErlangB, logSpaceErlangB } from './erlang-closed-form.ts';

describe('portsForBlocking(trafficErl, targetBlocking)', () => {
  it('sizes 10 E at 2 % to 17 ports (the exact closed form blocks 2.23 % at 16, 1.29 % at 17)', () => {
    expect(portsForBlocking(10, 0.02)).toBe(17);
    expect(exactErlangB(10, 1, 16)).toBeGreaterThan(0.02);
    expect(exactErlangB(10, 1, 17)).toBeLessThanOrEqual(0.02);
  });

  it('returns the smallest N with B(A, N) ≤ target over a grid', () => {
    for (const a of [0.3, 1, 4.5, 10, 33, 120, 1000]) {
      for (const t of [0.001, 0.01, 0.02, 0.05, 0.2, 0.6]) {
        const n = portsForBlocking(a, t);
        expect(logSpaceErlangB(a, n)).toBeLessThanOrEqual(t * (1 + 1e-12));
        if (n > 0) expect(logSpaceErlangB(a, n - 1)).toBeGreaterThan(t);
      }
    }
  });

  it('needs more ports as traffic grows and fewer as the target loosens', () => {
    let prev = 0;
    for (let a = 0.5; a <= 200; a *= 1.3) {
      const n = portsForBlocking(a, 0.01);
      expect(n).toBeGreaterThanOrEqual(prev);
      prev = n;
    }
    expect(portsForBlocking(50, 0.001)).toBeGreaterThan(portsForBlocking(50, 0.01));
    expect(portsForBlocking(50, 0.01)).toBeGreaterThan(portsForBlocking(50, 0.1));
  });

  it('gives 1 port for no traffic, because B(A, 0) = 1 by convention', () => {
    expect(portsForBlocking(0, 0.01)).toBe(1);
  });

  it('sizes 10,000 E at 1 % consistently with erlangB', () => {
    const n = portsForBlocking(10_000, 0.01);
    expect(erlangB(10_000, n)).toBeLessThanOrEqual(0.01);
    expect(erlangB(10_000, n - 1)).toBeGreaterThan(0.01);
  });

  it('rejects a target outside (0, 1) and negative or non-finite traffic, naming the function', () => {
    for (const [a, t] of [[10, 0], [10, 1], [10, -0.1], [10, NaN], [-1, 0.01], [NaN, 0.01], [Infinity, 0.01]] as const) {
      expect(() => portsForBlocking(a, t)).toThrow(/portsForBlocking/);
    }
  });
});

describe('trafficForBlocking(ports, targetBlocking)', () => {
  it('gives the published 8.108 E for 15 ports at 1 %, carrying 99 % of it', () => {
    const { offeredErl, carriedErl } = trafficForBlocking(15, 0.01);
    expect(offeredErl).toBeCloseTo(8.108, 3);
    expect(carriedErl).toBeCloseTo(offeredErl * 0.99, 12);
  });

  it('matches published Erlang B table entries', () => {
    // Common Erlang B tables (offered erlangs, two decimals).
    const table: [number, number, number][] = [
      [5, 0.01, 1.36], [10, 0.01, 4.46], [20, 0.01, 12.03], [50, 0.01, 37.9], [100, 0.01, 84.06], [30, 0.02, 21.93],
    ];
    for (const [n, t, erl] of table) expect(trafficForBlocking(n, t).offeredErl).toBeCloseTo(erl, 2);
  });

  it('solves B(A, N) = target, checked with the closed form, to 1e-9 relative', () => {
    for (const n of [1, 2, 7, 15, 40, 100, 1000, 10_000]) {
      for (const t of [1e-9, 0.001, 0.01, 0.05, 0.3, 0.9]) {
        const { offeredErl } = trafficForBlocking(n, t);
        expect(Math.abs(logSpaceErlangB(offeredErl, n) / t - 1)).toBeLessThan(1e-9);
      }
    }
  });

  it('inverts the one- and two-port closed forms, far into both tails', () => {
    // B(A, 1) = A / (1 + A) → A = t / (1 − t); B(A, 2) ≈ A² / 2 for tiny A.
    for (const t of [1e-300, 1e-9, 0.01, 0.5, 0.9, 0.999999]) {
      expect(Math.abs(trafficForBlocking(1, t).offeredErl / (t / (1 - t)) - 1)).toBeLessThan(1e-9);
    }
    expect(Math.abs(trafficForBlocking(2, 1e-300).offeredErl / (Math.SQRT2 * 1e-150) - 1)).toBeLessThan(1e-12);
  });

  it('round-trips with portsForBlocking', () => {
    for (const n of [3, 15, 60, 400]) {
      for (const t of [0.005, 0.02, 0.1]) {
        const a = trafficForBlocking(n, t).offeredErl;
        expect(portsForBlocking(a * (1 - 1e-9), t)).toBe(n);
        expect(portsForBlocking(a * (1 + 1e-9), t)).toBe(n + 1);
      }
    }
  });

  it('rejects fewer than one port, fractional ports and a target outside (0, 1), naming the function', () => {
    for (const [n, t] of [[0, 0.01], [2.5, 0.01], [-3, 0.01], [10, 0], [10, 1e-301], [10, 1], [10, NaN]] as const) {
      expect(() => trafficForBlocking(n, t)).toThrow(/trafficForBlocking/);
    }
  });
});
