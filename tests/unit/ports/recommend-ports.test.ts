// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recommendPorts } from '../../../src/core/ports/recommend-ports.ts';
import type { PortsResult, PortsRow } from '../../../src/core/ports/types.ts';

/** A row whose busy-hour blocking is `bh` ± `half` and whose month has `perMonth` errors (p95 one and a half times that). */
function row(ports: number, bh: number, perMonth: number, half = bh / 4): PortsRow {
  const interval = (m: number) => ({ mean: m, lo: m - half, hi: m + half });
  return {
    ports,
    blocking: interval(bh / 2),
    busyHourBlocking: interval(bh),
    blockedPerMonth: { mean: perMonth, p50: perMonth, p95: perMonth * 1.5 },
    utilisation: interval(0.5),
  };
}

function result(rows: PortsRow[]): PortsResult {
  return {
    seed: 's', replications: 10, calls: 1, elapsedMs: 1, callsPerSecond: 1, table: rows,
    peakConcurrent: new Float64Array(10), busyHourOfWeek: 10, busyHourErlangs: 5, erlangB: [],
  };
}

// Busy-hour blocking 8 %, 4 %, 1.6 %, 0.9 %, 0.3 %, 0.05 % for 10..15 ports.
const table = result([row(10, 0.08, 900), row(11, 0.04, 400), row(12, 0.016, 150), row(13, 0.009, 70), row(14, 0.003, 20), row(15, 0.0005, 3)]);

describe('recommendPorts(result, target, pricePerPortCents)', () => {
  it('picks the smallest N whose busy-hour blocking mean meets 1 % by default, with its neighbours and cost', () => {
    const rec = recommendPorts(table, {}, 2500);
    expect(rec.ports).toBe(13);
    expect(rec.met).toBe(true);
    expect(rec.busyHourBlocking.mean).toBe(0.009);
    expect(rec.monthlyCostCents).toBe(32_500);
    expect(rec.oneFewer).toMatchObject({ ports: 12, monthlyCostCents: 30_000 });
    expect(rec.oneMore).toMatchObject({ ports: 14, monthlyCostCents: 35_000 });
    // 0.9 % + 0.225 % is over 1 %: the point estimate meets the target, the upper bound does not.
    expect(rec.upperBoundMet).toBe(false);
    expect(rec.reason).toMatch(/^13 ports: busiest-hour blocking 0\.90 % \(target 1\.00 %\).*one more port/);
  });

  it('meets a monthly error cap as well when one is set, and only that when it is the only target', () => {
    expect(recommendPorts(table, { busyHourBlocking: 0.01, maxBlockedPerMonth: 50 }).ports).toBe(14);
    expect(recommendPorts(table, { maxBlockedPerMonth: 500 }).ports).toBe(11);
    expect(recommendPorts(table, { busyHourBlocking: 0.05 })).toMatchObject({ ports: 11, upperBoundMet: true });
  });

  it('says met: false and quotes the largest N when no N in the range meets the target', () => {
    const rec = recommendPorts(table, { busyHourBlocking: 0.0001 });
    expect(rec).toMatchObject({ ports: 15, met: false, oneMore: undefined });
    expect(rec.oneFewer?.ports).toBe(14);
    expect(rec.reason).toMatch(/widen the range/);
  });

  it('warns when the smallest N simulated already meets the target', () => {
    const rec = recommendPorts(table, { busyHourBlocking: 0.1 });
    expect(rec).toMatchObject({ ports: 10, met: true, oneFewer: undefined });
    expect(rec.reason).toMatch(/fewer ports may meet the target too/);
  });

  it('leaves the cost out without a price and refuses nonsense targets', () => {
    expect(recommendPorts(table, {}).monthlyCostCents).toBeUndefined();
    expect(() => recommendPorts(table, { busyHourBlocking: 2 })).toThrow(/recommendPorts/);
    expect(() => recommendPorts(result([]), {})).toThrow(RangeError);
  });
});
