// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { childSeed } from '../../../src/core/random/create-stream.ts';
import { aleaState } from '../../../src/core/ports/alea-state.ts';
import { busyHourOfWeek } from '../../../src/core/ports/busy-hour.ts';
import { compileTraffic } from '../../../src/core/ports/compile-traffic.ts';
import { drawPoissonArrivals } from '../../../src/core/ports/draw-poisson-arrivals.ts';
import { horizonHours } from '../../../src/core/ports/horizon-hours.ts';
import { extendedErlangB } from '../../../src/core/ports/extended-erlang-b.ts';
import { lossRetryPass, MAX_ATTEMPTS, SCAN_UP_TO } from '../../../src/core/ports/loss-retry-pass.ts';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { ReplicationResult, SimulationOptions, TrafficModel } from '../../../src/core/ports/types.ts';
import { DAY_MS, flatModel, officeModel, options, plain, whatIf } from './simulate-fixtures.ts';

/** Replays replication `index` through the per-N retry pass with the given retry knobs. */
function perNPass(model: TrafficModel, opts: SimulationOptions, index: number, share: number): ReplicationResult {
  // The shell first: the arrival buffer is the module's own and each draw reuses it.
  const out = simulateReplication(model, opts, index); // shell with the right shapes
  const arrivals = drawPoissonArrivals(
    compileTraffic(model, opts.whatIf, 'test'),
    horizonHours(model.timeZone, opts.startMs, opts.endMs),
    aleaState(childSeed(opts.seed, index)),
  );
  const W = opts.portsHi - opts.portsLo + 1;
  out.blocked.fill(-1);
  out.busyHourBlocked.fill(-1);
  out.carriedSec.fill(-1);
  const keys = new Uint32Array(arrivals.count);
  const busy = busyHourOfWeek(model, opts.whatIf).hourOfWeek;
  for (let k = 0; k < W; k++) {
    lossRetryPass(arrivals, keys, horizonHours(model.timeZone, opts.startMs, opts.endMs), opts.portsLo + k,
      { share, delaySec: 60 }, busy, (opts.endMs - opts.startMs) / 1000, out, k);
  }
  return out;
}

describe('simulateReplication with retries (whatIf.retry)', () => {
  it('gives, with retry share 0, exactly the one-pass counts from the per-N pass', () => {
    const model = officeModel('Europe/London');
    const opts = options({ portsLo: 4, portsHi: 16 });
    for (const index of [0, 1, 2]) {
      const { carriedSec, ...counts } = plain(simulateReplication(model, opts, index));
      const { carriedSec: perNCarried, ...perNCounts } = plain(perNPass(model, opts, index, 0));
      expect(perNCounts).toEqual(counts);
      // The same calls carried, summed in another order.
      (perNCarried as number[]).forEach((x, k) => expect(x).toBeCloseTo((carriedSec as number[])[k], 6));
    }
  });

  it('gives the one-pass counts with share 0 on both sides of SCAN_UP_TO, scanned ports and heap alike (150 E, 120..140 ports)', () => {
    const model = flatModel(150);
    const opts = options({ portsLo: 120, portsHi: 140, endMs: options().startMs + 6 * 3_600_000 });
    expect(opts.portsLo).toBeLessThanOrEqual(SCAN_UP_TO);
    expect(opts.portsHi).toBeGreaterThan(SCAN_UP_TO);
    const { carriedSec, ...counts } = plain(simulateReplication(model, opts, 0));
    const { carriedSec: perNCarried, ...perNCounts } = plain(perNPass(model, opts, 0, 0));
    expect((counts.blocked as number[])[0]).toBeGreaterThan(0);
    expect(perNCounts).toEqual(counts);
    (perNCarried as number[]).forEach((x, k) => expect(x).toBeCloseTo((carriedSec as number[])[k], 4));
  });

  it('agrees with Extended Erlang B when retries come back long after (2 h), counted per first attempt (10 E, 12 and 15 ports)', () => {
    // Extended Erlang B assumes retries arrive at random; two hours after a 3-minute call's block
    // the system has long forgotten it. Without retries the same ports block 15.2 % and 4.1 %.
    const opts = options({
      portsLo: 12,
      portsHi: 15,
      endMs: options().startMs + 7 * DAY_MS,
      whatIf: whatIf({ retry: { share: 0.5, delaySec: 7200 } }),
    });
    const model = flatModel(10);
    const result = summarizeReplications(model, opts, Array.from({ length: 40 }, (_, i) => simulateReplication(model, opts, i)), 1);
    for (const ports of [12, 15]) {
      const row = result.table.find((r) => r.ports === ports)!;
      const e = extendedErlangB(10, ports, 0.5);
      const perCall = (e.blocking * e.offeredWithRetriesErl) / 10;
      expect(result.extendedErlangB!.find((x) => x.ports === ports)!.errorsPerCall).toBeCloseTo(perCall, 12);
      expect(perCall, `${ports} ports`).toBeGreaterThan(row.blocking.lo);
      expect(perCall, `${ports} ports`).toBeLessThan(row.blocking.hi);
      expect(row.lostShare!.mean).toBeCloseTo(e.lostShare, 3);
    }
  });

  it('never blocks less on average with retries, and counts attempts and calls lost for good', () => {
    const model = flatModel(10);
    const base = options({ portsLo: 8, portsHi: 18 });
    const retried = { ...base, whatIf: whatIf({ retry: { share: 0.8, delaySec: 30 } }) };
    const R = 6;
    const plainRuns = Array.from({ length: R }, (_, i) => simulateReplication(model, base, i));
    const retryRuns = Array.from({ length: R }, (_, i) => simulateReplication(model, retried, i));
    const without = summarizeReplications(model, base, plainRuns, 1);
    const withRetries = summarizeReplications(model, retried, retryRuns, 1);
    withRetries.table.forEach((row, k) => {
      expect(row.blocking.mean).toBeGreaterThanOrEqual(without.table[k].blocking.mean);
      // Most blocked calls come back, so fewer are lost for good than attempts are blocked.
      expect(row.lostShare!.mean).toBeLessThan(row.blocking.mean);
    });
    for (const r of retryRuns) {
      for (let k = 0; k < r.blocked.length; k++) {
        // Every blocked attempt is either retried (one more attempt) or lost; pending retries at the end are neither.
        expect(r.attempts![k] - r.offered).toBeLessThanOrEqual(r.blocked[k] - r.lostForGood![k]);
        expect(r.lostForGood![k]).toBeLessThanOrEqual(r.blocked[k]);
      }
    }
  });

  it('gives up after MAX_ATTEMPTS attempts: with one port held all day, every later call is lost after 10 tries', () => {
    const model: TrafficModel = {
      timeZone: 'UTC',
      arrivals: 'poisson',
      source: 'one long call then short ones',
      streams: [{ kind: 'other', ratePerHour: new Float64Array(168).fill(2), holding: { kind: 'constant', meanSec: 86_400 * 10 } }],
    };
    const opts = options({ portsLo: 1, portsHi: 1, whatIf: whatIf({ retry: { share: 1, delaySec: 1 } }) });
    const r = simulateReplication(model, opts, 0);
    const losers = r.offered - 1;
    expect(r.lostForGood![0]).toBe(losers);
    expect(r.blocked[0]).toBe(losers * MAX_ATTEMPTS);
    expect(r.attempts![0]).toBe(r.offered + losers * (MAX_ATTEMPTS - 1));
  });

  it('shares its retry draws across N (common random numbers), so the same seed gives the same bytes', () => {
    const model = officeModel();
    const opts = options({ portsLo: 6, portsHi: 12, whatIf: whatIf({ retry: { share: 0.5, delaySec: 120 } }) });
    expect(plain(simulateReplication(model, opts, 5))).toEqual(plain(simulateReplication(model, opts, 5)));
  });
});
