// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decimalCents, migrateScenarioFile } from '../../../src/core/workbench/migrate-scenario-file.ts';

const opts = { fileName: 'scenarios/plan.json', now: '2026-11-02T09:30:00.000Z' };

describe('migrateScenarioFile(file, opts)', () => {
  it('maps the ports section onto the Ports form (shares to percent, prices to cents)', () => {
    const s = migrateScenarioFile({
      version: 1, data: 'exports/calls.csv', seed: 42,
      ports: { retry: { share: 0.3, delaySec: 90 }, target: { busyHourBlocking: 0.01 }, pricePerPort: '25.50', range: { lo: 5, hi: 30 }, replications: 50, growthPct: 10 },
    }, opts);
    expect(s.pages.ports).toEqual({
      source: 'data', retrySharePct: 30, retryDelaySec: 90, targetBusyHourPct: 1, targetErrorsPerMonth: null,
      pricePerPortCents: 2550, portsLo: 5, portsHi: 30, replications: 50, growthPct: 10, seed: '42',
    });
    expect(s.dataSet).toEqual({ id: null, name: 'calls.csv' });
    expect(s.seed).toBe('42');
    expect(s.id).toBe('plan');
  });

  it('turns a parametric traffic model into the Ports form’s scenario source', () => {
    const callsPerHour = Array.from({ length: 24 }, () => 10);
    const s = migrateScenarioFile({ version: 1, traffic: { callsPerHour, weekdayFactors: [1, 1, 1, 1, 1, 0, 0], meanHoldingSec: 120, distribution: 'exponential' } }, opts);
    expect(s.pages.ports).toMatchObject({ source: 'parametric', parametric: { callsPerHour, meanHoldingSec: 120, distribution: 'exponential' } });
    expect(s.pages.recharge).toMatchObject({ source: 'parametric' });
    expect(s.dataSet).toBeNull();
  });

  it('maps the recharge and storage sections onto their forms, in the forms’ units', () => {
    const s = migrateScenarioFile({
      version: 1, data: 'a.csv',
      recharge: { startBalance: '250.00', decline: { probability: 0.05, retryHours: 12 }, months: 6, rechargeDays: 10 },
      storage: { records: { bytesPerRecord: 4000, unusedShare: 0.45 }, files: { bytes: 3e9, bytesPerMonth: 1.5e8 }, fee: { price: '15.00' }, remedies: { purge: { share: 0.8 } } },
    }, opts);
    expect(s.pages.recharge).toMatchObject({ source: 'data', startBalanceCents: 25_000, declinePct: 5, declineRetryHours: 12, months: 6 });
    expect(s.pages.storage).toMatchObject({ recordKb: 4, unusedPct: 45, filesGb: 3, filesGbPerMonth: 0.15, priceCents: 1500, purgePct: 80 });
    // A setting no page has is named in the notes rather than silently lost.
    expect(s.notes).toContain('recharge.rechargeDays');
  });

  it('decimalCents(amount) reads decimal money strings', () => {
    expect([decimalCents('25.00'), decimalCents('7'), decimalCents('0.5'), decimalCents('1234.56')]).toEqual([2500, 700, 50, 123_456]);
  });
});
