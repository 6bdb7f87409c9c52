/** Small frozen results for the Ports page's tests, built by factories. */
import type { Interval, PortsResult, PortsRow } from '../../../../src/core/ports/types.ts';

export function interval(mean: number, halfWidth = 0): Interval {
  return { mean, lo: Math.max(0, mean - halfWidth), hi: mean + halfWidth };
}

/** A row at `ports` with month blocking `blocking` (±10 %), busy hour twice that, errors 1,000 × blocking. */
export function makeRow(ports: number, blocking: number, overrides: Partial<PortsRow> = {}): PortsRow {
  return {
    ports,
    blocking: interval(blocking, blocking / 10),
    busyHourBlocking: interval(2 * blocking, blocking / 5),
    blockedPerMonth: { mean: 1000 * blocking, p50: 900 * blocking, p95: 1500 * blocking },
    utilisation: interval(0.5, 0.01),
    ...overrides,
  };
}

/** A result over the port counts of `blockings` (first one at `portsLo`). */
export function makeResult(blockings: number[], portsLo = 10, overrides: Partial<PortsResult> = {}): PortsResult {
  const table = blockings.map((b, i) => makeRow(portsLo + i, b));
  return {
    seed: '1',
    replications: 200,
    calls: 2_000_000,
    elapsedMs: 1000,
    callsPerSecond: 2_000_000,
    table,
    peakConcurrent: Float64Array.from([12, 13, 13, 15]),
    busyHourOfWeek: 34,
    busyHourErlangs: 8,
    erlangB: table.map((r) => ({ ports: r.ports, blocking: r.busyHourBlocking.mean / 2 })),
    ...overrides,
  };
}
