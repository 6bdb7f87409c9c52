// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { callUsageCents, usageByDay, usageOptions } from '../../../src/core/recharge/index.ts';
import { table } from './fixtures.ts';

describe('callUsageCents(costCents, billableMin, durationSec, rate, incrementSec)', () => {
  it('rounds each call up to the billing increment: 61 s is two minutes, 60 s one, 0 s none', () => {
    expect(callUsageCents(NaN, NaN, 61, 2, 60)).toBe(4);
    expect(callUsageCents(NaN, NaN, 60, 2, 60)).toBe(2);
    expect(callUsageCents(NaN, NaN, 0, 2, 60)).toBe(0);
  });

  it('rounds to a 6-second increment: 61 s bills 66 s', () => {
    expect(callUsageCents(NaN, NaN, 61, 6, 6)).toBeCloseTo(6.6, 12);
  });

  it('prefers the cost, then billable minutes (also rounded up), then the duration', () => {
    expect(callUsageCents(1250, 3, 300, 2, 60)).toBe(1250);
    expect(callUsageCents(NaN, 2.5, 300, 2, 60)).toBe(6);
    expect(callUsageCents(NaN, NaN, 150, 2, 60)).toBe(6);
  });

  it('does not start a new increment for float32 noise in stored minutes', () => {
    expect(callUsageCents(NaN, Math.fround(0.1), 0, 10, 6)).toBeCloseTo(1, 12);
    expect(callUsageCents(NaN, NaN, Math.fround(120.0000001), 1, 60)).toBe(2);
  });
});

describe('usageByDay(table, opts, timeZone)', () => {
  it('adds usage per local date and hour, with empty days between', () => {
    const u = usageByDay(table([{ at: '2026-09-01T10:00:00Z', sec: 300 }, { at: '2026-09-03T10:20:00Z', sec: 61 }]), usageOptions(), 'UTC');
    expect(u.firstDate).toBe('2026-09-01');
    expect(Array.from(u.cents)).toEqual([10, 0, 4]);
    expect(u.hourlyCents[10]).toBe(10);
    expect(u.hourlyCents[2 * 24 + 10]).toBe(4);
    expect(Array.from(u.weekday)).toEqual([1, 2, 3]); // Tuesday, Wednesday, Thursday
    expect(u.priced).toEqual({ cost: 0, billableMinutes: 0, duration: 2 });
  });

  it('puts a call on its local date: 03:00 UTC on 2 September is 1 September in Chicago', () => {
    const u = usageByDay(table([{ at: '2026-09-02T03:00:00Z', costCents: 500 }, { at: '2026-09-02T15:00:00Z', costCents: 100 }]), usageOptions(), 'America/Chicago');
    expect(u.firstDate).toBe('2026-09-01');
    expect(Array.from(u.cents)).toEqual([500, 100]);
    expect(u.hourlyCents[22]).toBe(500); // 22:00 CDT
  });

  it('counts only the minute kinds, but every kind for the span of the data', () => {
    const calls = table([
      { at: '2026-09-01T10:00:00Z', costCents: 100, kind: 'recording' },
      { at: '2026-09-02T10:00:00Z', costCents: 200, kind: 'voice_drop' },
    ]);
    expect(Array.from(usageByDay(calls, usageOptions(), 'UTC').cents)).toEqual([0, 200]);
    expect(Array.from(usageByDay(calls, usageOptions({ kinds: ['recording'] }), 'UTC').cents)).toEqual([100, 0]);
  });

  it('gives no days for an empty table', () => {
    expect(usageByDay(table([]), usageOptions(), 'UTC').days).toBe(0);
  });
});
