// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitTrafficModel } from '../../../src/core/ports/fit-traffic-model.ts';
import { simulateReplication } from '../../../src/core/ports/simulate-replication.ts';
import { makeTable, type CallSpec } from '../traffic/make-table.ts';
import { options, whatIf } from './simulate-fixtures.ts';

/** An observed Monday (2026-11-02, UTC) with calls every 10 minutes from 09:00 to 16:50, 300 s each. */
function observedMonday(): CallSpec[] {
  return Array.from({ length: 48 }, (_, j) => ({
    start: Date.UTC(2026, 10, 2, 9) + j * 600_000,
    durationSec: 300,
    kind: 'inbound_acd' as const,
  }));
}

const fitDays = (calls: CallSpec[]) =>
  fitTrafficModel(makeTable(calls), { timeZone: 'UTC', portKinds: ['inbound_acd'], holding: 'empirical', arrivals: 'days' });

describe("simulateReplication with arrivals 'days'", () => {
  it('replays an observed day call for call on the same weekday, and on other weekdays without their own data', () => {
    const model = fitDays(observedMonday());
    // A week from Monday 2026-11-09: five weekdays copy the Monday; the weekend has no day of its kind, so any day.
    const startMs = Date.UTC(2026, 10, 9);
    const r = simulateReplication(model, options({ startMs, endMs: startMs + 7 * 86_400_000, portsLo: 1, portsHi: 3 }), 0);
    expect(r.offered).toBe(7 * 48);
    expect(r.peakConcurrent).toBe(1); // 300 s calls every 600 s never overlap
    expect(Array.from(r.blocked)).toEqual([0, 0, 0]);
    expect(r.offeredByHourOfWeek[9]).toBe(6);
    expect(r.offeredByHourOfWeek[8]).toBe(0);
    expect(r.carriedSec[0]).toBe(7 * 48 * 300);
  });

  it('thins calls for negative growth and adds copies in the same hour for positive growth', () => {
    const model = fitDays(observedMonday());
    const startMs = Date.UTC(2026, 10, 9);
    const opts = options({ startMs, endMs: startMs + 28 * 86_400_000, portsLo: 1, portsHi: 1 });
    const calls = 28 * 48;
    const halved = simulateReplication(model, { ...opts, whatIf: whatIf({ growthPct: -50 }) }, 0);
    const grown = simulateReplication(model, { ...opts, whatIf: whatIf({ growthPct: 150 }) }, 0);
    expect(Math.abs(halved.offered - calls / 2)).toBeLessThan(5 * Math.sqrt(calls / 4));
    // 2.5 × : every call kept, one copy each, and a second copy for half of them.
    expect(Math.abs(grown.offered - 2.5 * calls)).toBeLessThan(5 * Math.sqrt(calls / 4));
    for (let h = 0; h < 168; h++) {
      if (h % 24 < 9 || h % 24 >= 17) expect(grown.offeredByHourOfWeek[h]).toBe(0);
    }
    expect(grown.peakConcurrent).toBeGreaterThan(1);
  });

  it('resamples holding times from the fitted lognormal when the model holds lognormal', () => {
    const table = makeTable(observedMonday().map((c, j) => ({ ...c, durationSec: 100 + (j % 5) * 100 })));
    const model = fitTrafficModel(table, { timeZone: 'UTC', portKinds: ['inbound_acd'], holding: 'lognormal', arrivals: 'days' });
    const startMs = Date.UTC(2026, 10, 9);
    const r = simulateReplication(model, options({ startMs, endMs: startMs + 7 * 86_400_000, portsLo: 50, portsHi: 50 }), 0);
    const meanHold = r.carriedSec[0] / r.offered;
    expect(meanHold).toBeGreaterThan(200);
    expect(meanHold).toBeLessThan(400);
    expect(meanHold).not.toBe(300);
  });
});
