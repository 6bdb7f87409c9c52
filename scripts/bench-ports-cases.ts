/**
 * The Flex Port bench cases that bench-ports.ts (the pool) and bench-ports-paths.ts (the kernel's
 * other paths) share, so both measure the same traffic.
 */
import { wallTimeToUtcMs } from '../src/core/ingest/time/zone-offset.ts';
import { parametricModel } from '../src/core/ports/parametric-model.ts';
import type { SimulationOptions, TrafficModel, WhatIf } from '../src/core/ports/types.ts';

export interface Case {
  name: string;
  model: TrafficModel;
  opts: SimulationOptions;
}

const CALLS = 200_000;
export const NO_WHAT_IF: WhatIf = { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } };

/** (a) Flat Poisson traffic of 10 E; the horizon holds 200,000 calls on average. */
export function flatCase(): Case {
  const callsPerHour = 400;
  const startMs = Date.UTC(2026, 10, 2);
  const endMs = startMs + (CALLS / callsPerHour) * 3_600_000;
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array(24).fill(callsPerHour),
    weekdayFactors: [1, 1, 1, 1, 1, 1, 1],
    meanHoldingSec: (10 * 3600) / callsPerHour,
    distribution: 'exponential',
  });
  return { name: '(a) A = 10 E, N = 15, exponential', model, opts: { startMs, endMs, portsLo: 15, portsHi: 15, whatIf: NO_WHAT_IF, seed: 'bench-a' } };
}

/** (b) November 2026 in New York: a sales floor's day, quiet weekends, lognormal holding, ~200,000 calls. */
export function monthCase(): Case {
  const zone = 'America/New_York';
  const startMs = wallTimeToUtcMs(zone, Date.UTC(2026, 10, 1));
  const endMs = wallTimeToUtcMs(zone, Date.UTC(2026, 11, 1));
  const shape = [0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.8, 1, 1, 0.9, 0.7, 0.9, 1, 0.95, 0.8, 0.6, 0.35, 0.2, 0.1, 0.05, 0, 0];
  const weekdayFactors = [1, 1, 1, 1, 0.9, 0.15, 0.05];
  // November 2026 starts on a Sunday: 21 weekdays (4 of them Fridays), 4 Saturdays, 5 Sundays.
  const dayWeight = 17 * 1 + 4 * 0.9 + 4 * 0.15 + 5 * 0.05;
  const perShapeUnit = CALLS / (dayWeight * shape.reduce((a, b) => a + b, 0));
  const callsPerHour = shape.map((s) => s * perShapeUnit);
  const model = parametricModel({ timeZone: zone, callsPerHour, weekdayFactors, meanHoldingSec: 140, distribution: 'lognormal', cv: 1.2 });
  return { name: '(b) a month, hourly profile, lognormal, N = 30..50', model, opts: { startMs, endMs, portsLo: 30, portsHi: 50, whatIf: NO_WHAT_IF, seed: 'bench-b' } };
}
