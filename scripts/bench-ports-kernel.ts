/**
 * The Flex Port kernel's speed on one thread: simulated calls per second of simulateReplication.
 *   1. Poisson arrivals at A = 10 E, N = 15, exponential holding, flat rate, about 200,000 calls.
 *   2. A realistic month: November 2026 in America/New_York, an hourly weekday profile with quiet
 *      weekends, lognormal holding (cv 1.2), about 200,000 calls, N = 30..50 (busy hour ≈ 35 E).
 * Each case: warm-up replications, then the median of 5 timed runs of REPS replications, as wall-clock
 * calls/s and as calls per CPU-second of this process (less sensitive to other work on the machine,
 * though a busy sibling core still slows it). A benchmark, not a test: it asserts nothing.
 * Run: npx tsx scripts/bench-ports-kernel.ts
 */
import { busyHourOfWeek } from '../src/core/ports/busy-hour.ts';
import { parametricModel } from '../src/core/ports/parametric-model.ts';
import { simulateReplication } from '../src/core/ports/simulate-replication.ts';
import type { SimulationOptions, TrafficModel, WhatIf } from '../src/core/ports/types.ts';
import { wallTimeToUtcMs } from '../src/core/ingest/time/zone-offset.ts';
import { loadavg } from 'node:os';

const REPS = 10;
const CALLS = 200_000;
const NO_WHAT_IF: WhatIf = { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } };

function flatCase(): { model: TrafficModel; opts: SimulationOptions } {
  const startMs = Date.UTC(2026, 10, 1);
  const endMs = Date.UTC(2026, 11, 1);
  const hours = (endMs - startMs) / 3_600_000;
  const callsPerHour = CALLS / hours;
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array(24).fill(callsPerHour),
    weekdayFactors: [1, 1, 1, 1, 1, 1, 1],
    meanHoldingSec: (10 * 3600) / callsPerHour,
    distribution: 'exponential',
  });
  return { model, opts: { startMs, endMs, portsLo: 15, portsHi: 15, whatIf: NO_WHAT_IF, seed: 'bench' } };
}

function monthCase(): { model: TrafficModel; opts: SimulationOptions } {
  const zone = 'America/New_York';
  const startMs = wallTimeToUtcMs(zone, Date.UTC(2026, 10, 1));
  const endMs = wallTimeToUtcMs(zone, Date.UTC(2026, 11, 1));
  // A sales floor: ramps up from 8h, peaks mid-morning and mid-afternoon, tails off after 18h.
  const shape = [0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.8, 1, 1, 0.9, 0.7, 0.9, 1, 0.95, 0.8, 0.6, 0.35, 0.2, 0.1, 0.05, 0, 0];
  const weekdayFactors = [1, 1, 1, 1, 0.9, 0.15, 0.05];
  // November 2026: 21 weekdays (Mon–Thu 17, Fri 4), 4 Saturdays, 5 Sundays.
  const dayWeight = 17 * 1 + 4 * 0.9 + 4 * 0.15 + 5 * 0.05;
  const perUnit = CALLS / (dayWeight * shape.reduce((a, b) => a + b, 0));
  const callsPerHour = shape.map((s) => s * perUnit);
  const peakPerHour = Math.max(...callsPerHour);
  const model = parametricModel({
    timeZone: zone,
    callsPerHour,
    weekdayFactors,
    meanHoldingSec: (35 * 3600) / peakPerHour,
    distribution: 'lognormal',
    cv: 1.2,
  });
  return { model, opts: { startMs, endMs, portsLo: 30, portsHi: 50, whatIf: NO_WHAT_IF, seed: 'bench' } };
}

function measure(name: string, { model, opts }: { model: TrafficModel; opts: SimulationOptions }): void {
  for (let i = 0; i < REPS * 2; i++) simulateReplication(model, opts, 1000 + i);
  const wall: number[] = [];
  const cpu: number[] = [];
  let calls = 0;
  let blocked = 0;
  for (let run = 0; run < 5; run++) {
    calls = 0;
    blocked = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < REPS; i++) {
      const r = simulateReplication(model, opts, run * REPS + i);
      calls += r.offered;
      blocked += r.blocked[0];
    }
    const c1 = process.cpuUsage(c0);
    wall.push(calls / ((performance.now() - t0) / 1000));
    cpu.push(calls / ((c1.user + c1.system) / 1e6));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
  const m = (x: number) => `${(x / 1e6).toFixed(2)} M`;
  const busy = busyHourOfWeek(model, opts.whatIf);
  console.log(
    `${name}: ${m(median(wall))} calls/s wall clock (median of 5; range ${m(Math.min(...wall))}–${m(Math.max(...wall))}), ` +
      `${m(median(cpu))} calls per CPU-second; ${Math.round(calls / REPS).toLocaleString('en-US')} calls/replication, ` +
      `busy hour ${busy.erlangs.toFixed(1)} E, blocking at N = ${opts.portsLo}: ${((blocked / calls) * 100).toFixed(2)} %`,
  );
}

console.log(`Node ${process.version}, one thread; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine slows both figures, the wall clock most)`);
measure('A = 10 E, N = 15, exponential', flatCase());
measure('month, lognormal, N = 30..50 ', monthCase());
