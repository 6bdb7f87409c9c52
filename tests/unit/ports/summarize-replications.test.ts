// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultHorizon } from '../../../src/core/ports/default-horizon.ts';
import { selfCheck } from '../../../src/core/ports/self-check.ts';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { PortsSummary, summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { PortsResult, ReplicationResult } from '../../../src/core/ports/types.ts';
import { meanInterval } from '../../../src/core/stats/mean-interval.ts';
import { quantile } from '../../../src/core/stats/quantile.ts';
import { DAY_MS, MONDAY, erlangBReference, flatModel, officeModel, options, whatIf } from './simulate-fixtures.ts';
import { extendedErlangB } from '../../../src/core/ports/extended-erlang-b.ts';

/** A hand-made replication over two port counts. */
function replication(index: number, offered: number, blocked: [number, number], busy: { offered: number; blocked: [number, number] }, carriedSec: [number, number], peak: number): ReplicationResult {
  const blockedByHourOfWeek = new Float64Array(2 * 168);
  blockedByHourOfWeek[3] = blocked[0];
  blockedByHourOfWeek[168 + 3] = blocked[1];
  const offeredByHourOfWeek = new Float64Array(168);
  offeredByHourOfWeek[3] = offered;
  return {
    index,
    offered,
    busyHourOffered: busy.offered,
    blocked: Float64Array.from(blocked),
    busyHourBlocked: Float64Array.from(busy.blocked),
    carriedSec: Float64Array.from(carriedSec),
    peakConcurrent: peak,
    blockedByHourOfWeek,
    offeredByHourOfWeek,
  };
}

/** A share's interval as the summary gives it: the t interval, kept within [0, 1]. */
const shareInterval = (xs: number[]) => {
  const { mean, lo, hi } = meanInterval(xs);
  return { mean, lo: Math.max(0, lo), hi: Math.min(1, hi) };
};

const json = (r: PortsResult) => JSON.stringify(r, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));

describe('summarizeReplications(model, opts, results, elapsedMs)', () => {
  const model = flatModel(2);
  const month = defaultHorizon('UTC', Date.UTC(2026, 10, 1));
  const opts = options({ startMs: month.startMs, endMs: month.endMs, portsLo: 3, portsHi: 4 });
  const T = 30 * 86_400;
  const results = [
    replication(0, 1000, [40, 10], { offered: 50, blocked: [5, 2] }, [0.5 * 3 * T, 0.4 * 4 * T], 7),
    replication(1, 800, [20, 4], { offered: 40, blocked: [4, 0] }, [0.45 * 3 * T, 0.35 * 4 * T], 6),
    replication(2, 1200, [60, 30], { offered: 0, blocked: [0, 0] }, [0.55 * 3 * T, 0.45 * 4 * T], 9),
  ];

  it('PortsSummary fed replications as they arrive covers those numbered from 0 without a gap, and ends equal to the whole summary', () => {
    const summary = new PortsSummary(model, opts);
    summary.add([results[2]!]);
    // Replication 2 waits for 0 and 1: nothing to summarise yet.
    expect(summary.result(1).replications).toBe(0);
    expect(summary.result(1).table[0]!.blocking.mean).toBeNaN();
    summary.add([results[0]!]);
    expect(summary.result(1)).toEqual(summarizeReplications(model, opts, [results[0]!], 1));
    summary.add([results[1]!]);
    expect(summary.count).toBe(3);
    expect(summary.result(2000)).toEqual(summarizeReplications(model, opts, results, 2000));
    expect(() => summary.add([results[1]!])).toThrow(/replication 1 appears twice/);
  });

  it('reduces per N to intervals of per-replication shares, monthly counts and utilisation', () => {
    const r = summarizeReplications(model, opts, results, 2000);
    expect(r.replications).toBe(3);
    expect(r.calls).toBe(3000);
    expect(r.callsPerSecond).toBe(1500);
    expect(r.seed).toBe('ports-test');
    expect(r.perMonthScale).toBe(1);
    expect(Array.from(r.peakConcurrent)).toEqual([7, 6, 9]);
    expect(r.table.map((row) => row.ports)).toEqual([3, 4]);
    const [n3, n4] = r.table;
    expect(n3.blocking).toEqual(meanInterval([0.04, 0.025, 0.05]));
    expect(n4.blocking).toEqual(shareInterval([0.01, 0.005, 0.025]));
    expect(n3.busyHourBlocking).toEqual(shareInterval([0.1, 0.1, 0])); // nothing offered counts as 0
    expect(n3.blockedPerMonth).toEqual({ mean: 40, p50: 40, p95: quantile([40, 20, 60], 0.95) });
    expect(n3.utilisation.mean).toBeCloseTo(0.5, 12);
    expect(n4.utilisation.mean).toBeCloseTo(0.4, 12);
    expect(n3.lostShare).toEqual(n3.blocking);
    expect(r.erlangB).toEqual([
      { ports: 3, blocking: expect.closeTo(erlangBReference(2, 3), 12) },
      { ports: 4, blocking: expect.closeTo(erlangBReference(2, 4), 12) },
    ]);
    expect(r.blockedByHourOfWeek?.[3]).toBe(120);
    expect(r.blockedByHourOfWeek?.[168 + 3]).toBe(44);
    expect(r.offeredByHourOfWeek?.[3]).toBe(3000);
  });

  it('keeps a share\'s interval within [0, 1] where the t interval would reach below 0', () => {
    // At 4 ports: shares 0.01, 0.005, 0.025; mean 0.01333, s = 0.010408, t(0.975, 2) = 4.302653,
    // so the t interval is 0.01333 ± 0.02586: from −0.01252, which no share can be, to 0.03919.
    const n4 = summarizeReplications(model, opts, results, 2000).table[1]!;
    expect(n4.blocking.mean).toBeCloseTo(0.013333, 6);
    expect(n4.blocking.lo).toBe(0);
    expect(n4.blocking.hi).toBeCloseTo(0.03919, 5);
  });

  it('gives the same answer whatever order the replications come back in', () => {
    const inOrder = json(summarizeReplications(model, opts, results, 10));
    expect(json(summarizeReplications(model, opts, [results[2], results[0], results[1]], 10))).toBe(inOrder);
    expect(json(summarizeReplications(model, opts, [results[1], results[2], results[0]], 10))).toBe(inOrder);
  });

  it('gives the same answer for simulated replications reduced in shuffled order', () => {
    const sim = officeModel();
    const simOpts = options({ portsLo: 6, portsHi: 14 });
    const runs = Array.from({ length: 6 }, (_, i) => simulateReplication(sim, simOpts, i));
    const shuffled = [runs[4], runs[1], runs[5], runs[0], runs[3], runs[2]];
    expect(json(summarizeReplications(sim, simOpts, shuffled, 5))).toBe(json(summarizeReplications(sim, simOpts, runs, 5)));
  });

  it('scales blocked counts to a 30-day month when the horizon is not one calendar month', () => {
    const twoWeeks = { ...opts, startMs: MONDAY, endMs: MONDAY + 14 * DAY_MS };
    const r = summarizeReplications(model, twoWeeks, results, 1);
    expect(r.perMonthScale).toBeCloseTo(30 / 14, 12);
    expect(r.table[0].blockedPerMonth.mean).toBeCloseTo((40 * 30) / 14, 9);
  });

  it('gives Extended Erlang B beside Erlang B only with retries, leaving out port counts without a steady state', () => {
    const model = flatModel(10);
    const plainRun = summarizeReplications(model, options({ portsLo: 9, portsHi: 12 }), [], 1);
    expect(plainRun.extendedErlangB).toBeUndefined();
    const opts = options({ portsLo: 9, portsHi: 12, whatIf: whatIf({ retry: { share: 1, delaySec: 60 } }) });
    const result = summarizeReplications(model, opts, [], 1);
    // Every blocked attempt retried: 9 and 10 ports cannot carry 10 E, so only 11 and 12 have one.
    expect(result.extendedErlangB!.map((e) => e.ports)).toEqual([11, 12]);
    for (const row of result.extendedErlangB!) {
      const e = extendedErlangB(10, row.ports, 1);
      expect(row.blocking).toBe(e.blocking);
      expect(row.errorsPerCall).toBeCloseTo((e.blocking * e.offeredWithRetriesErl) / 10, 12);
      expect(row.lostShare).toBe(0);
    }
    expect(result.erlangB.map((e) => e.ports)).toEqual([9, 10, 11, 12]);
  });

  it('refuses replications of another range or the same replication twice', () => {
    expect(() => summarizeReplications(model, { ...opts, portsHi: 5 }, results, 1)).toThrow(/summarizeReplications/);
    expect(() => summarizeReplications(model, opts, [results[0], results[0]], 1)).toThrow(/twice/);
  });
});

describe('selfCheck(seed, replications)', () => {
  it('finds Erlang B inside the simulated interval at A = 10 E, N = 15', () => {
    const check = selfCheck('self-check', 12);
    expect(check.trafficErl).toBe(10);
    expect(check.ports).toBe(15);
    expect(check.erlangB).toBeCloseTo(erlangBReference(10, 15), 12);
    expect(check.simulated.lo).toBeLessThan(check.simulated.hi);
    expect(check.agrees).toBe(true);
  });
});
