/**
 * The Flex Port kernel's other paths, on this thread (the kernel alone, no pool): simulated first
 * attempts per second, median of five runs of three replications after a warm-up. Part of
 * `npm run bench`; runs alone too: npx tsx scripts/bench-ports-paths.ts
 *   (d) heavy traffic: 1,000 E flat, exponential holding of 180 s, N = 950..1,205, a day (480,000 calls);
 *   (e) retries: case (b)'s month (hourly profile, lognormal) with half of blocked attempts retried
 *       after a minute on average, N = 30..50, one pass per N (21 passes);
 *   (f) resampled days: 30 observed weekdays of office traffic, lognormal holding, a month, N = 30..50.
 * A benchmark, not a test: it asserts nothing.
 */
import { ACTIVITY_KINDS } from '../src/core/ingest/types.ts';
import { parametricModel } from '../src/core/ports/parametric-model.ts';
import { simulateReplication } from '../src/core/ports/simulate-replication.ts';
import type { ObservedDays, WhatIf } from '../src/core/ports/types.ts';
import { monthCase, NO_WHAT_IF, type Case } from './bench-ports-cases.ts';

const fmt = (x: number, digits = 2) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);

function heavyCase(): Case {
  const erlangs = 1000;
  const holdSec = 180;
  const startMs = Date.UTC(2026, 10, 2);
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array(24).fill((erlangs * 3600) / holdSec),
    weekdayFactors: [1, 1, 1, 1, 1, 1, 1],
    meanHoldingSec: holdSec,
    distribution: 'exponential',
  });
  return { name: '(d) 1,000 E, N = 950..1,205, a day', model, opts: { startMs, endMs: startMs + 86_400_000, portsLo: 950, portsHi: 1205, whatIf: NO_WHAT_IF, seed: 'bench-d' } };
}

function retryCase(): Case {
  const b = monthCase();
  const whatIf: WhatIf = { ...NO_WHAT_IF, retry: { share: 0.5, delaySec: 60 } };
  return { name: '(e) (b) with half of blocked attempts retried', model: b.model, opts: { ...b.opts, whatIf, seed: 'bench-e' } };
}

/** 30 observed days, Monday to Friday, each with the month's weekday calls at seeded random offsets in their hours. */
function daysCase(): Case {
  const b = monthCase();
  const stream = b.model.streams[0]!;
  let seed = 12345;
  const uniform = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const offsets: number[] = [];
  const dayStart = [0];
  const weekday: number[] = [];
  for (let d = 0; d < 30; d++) {
    for (let h = 0; h < 24; h++) {
      // Monday's rate for that hour: every observed day is a full weekday.
      const calls = Math.round(stream.ratePerHour[h]!);
      offsets.push(...Array.from({ length: calls }, () => h * 3600 + uniform() * 3600).sort((x, y) => x - y));
    }
    dayStart.push(offsets.length);
    weekday.push(d % 5);
  }
  const n = offsets.length;
  const days: ObservedDays = {
    weekday: Uint8Array.from(weekday),
    dayStart: Uint32Array.from(dayStart),
    offsetSec: Float64Array.from(offsets),
    durationSec: new Float64Array(n).fill(140),
    kind: new Uint8Array(n).fill(ACTIVITY_KINDS.indexOf(stream.kind)),
  };
  return { name: '(f) resampled days, lognormal holding', model: { ...b.model, arrivals: 'days', days }, opts: { ...b.opts, seed: 'bench-f' } };
}

function rate(c: Case): number {
  for (let i = 0; i < 3; i++) simulateReplication(c.model, { ...c.opts, seed: 'warm-up' }, i);
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    let calls = 0;
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) calls += simulateReplication(c.model, c.opts, run * 3 + i).offered;
    rates.push((calls * 1000) / (performance.now() - t0));
  }
  return rates.sort((a, b) => a - b)[2]!;
}

console.log('Flex Port kernel, other paths, on one thread (median of 5 runs of 3 replications):');
for (const c of [heavyCase(), retryCase(), daysCase()]) {
  console.log(`  ${c.name}: ${fmt(rate(c) / 1e6)} M calls/s`);
}
