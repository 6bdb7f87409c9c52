import { describe, expect, it } from 'vitest';
import { downsampleSteps } from '../../../src/core/traffic/downsample-steps.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const t0 = Date.UTC(2026, 2, 2, 10); // 10:00 UTC

const steps = (timesMs: number[], levels: number[]) => ({
  timesMs: Float64Array.from(timesMs),
  levels: Int32Array.from(levels),
});

describe('downsampleSteps(steps, fromMs, toMs, maxBuckets)', () => {
  it('gives per bucket the highest level reached and the time-weighted mean (hand case)', () => {
    // Level 2 on 10:00:00–10:00:30, 1 to 10:01:30, 3 to 10:03:00, then 0. One-minute buckets:
    // 10:00 → max 2, mean (2·30 + 1·30)/60 = 1.5; 10:01 → max 3, mean (1·30 + 3·30)/60 = 2;
    // 10:02 → max 3, mean 3; 10:03 (only 0) → max 0, mean 0.
    const s = steps([t0, t0 + 30_000, t0 + 90_000, t0 + 180_000], [2, 1, 3, 0]);
    const series = downsampleSteps(s, t0, t0 + 4 * MIN, 10);
    expect(series.bucketMs).toBe(MIN);
    expect([...series.startsMs]).toEqual([t0, t0 + MIN, t0 + 2 * MIN, t0 + 3 * MIN]);
    expect([...series.max]).toEqual([2, 3, 3, 0]);
    expect([...series.mean]).toEqual([1.5, 2, 3, 0]);
  });

  it('averages over the whole bucket, counting level 0 outside the steps', () => {
    // One call 10:20–10:35. In one bucket (the hour 10:00–11:00): mean 15/60.
    // In 30-minute buckets aligned at 10:00: 10:00 → 10/30, 10:30 → 5/30.
    const s = steps([t0 + 20 * MIN, t0 + 35 * MIN], [1, 0]);
    const one = downsampleSteps(s, t0 + 20 * MIN, t0 + 35 * MIN, 1);
    expect(one.bucketMs).toBe(HOUR);
    expect([...one.startsMs]).toEqual([t0]);
    expect([...one.mean]).toEqual([0.25]);
    const half = downsampleSteps(s, t0, t0 + HOUR, 2);
    expect(half.bucketMs).toBe(30 * MIN);
    expect([...half.max]).toEqual([1, 1]);
    expect(half.mean[0]).toBeCloseTo(10 / 30, 6);
    expect(half.mean[1]).toBeCloseTo(5 / 30, 6);
  });

  it('picks the smallest human width that fits, aligned to UTC multiples of it', () => {
    // 10:07–10:52 with at most 2 buckets: 1 min → 45, 5 min → 10, 15 min → 4, 30 min → 10:00 and 10:30.
    const series = downsampleSteps(steps([], []), t0 + 7 * MIN, t0 + 52 * MIN, 2);
    expect(series.bucketMs).toBe(30 * MIN);
    expect([...series.startsMs]).toEqual([t0, t0 + 30 * MIN]);
    // Three hours with at most 10 buckets: 1 min → 180, 5 → 36, 15 → 12, 30 min → 6.
    expect(downsampleSteps(steps([], []), t0, t0 + 3 * HOUR, 10).bucketMs).toBe(30 * MIN);
    expect(downsampleSteps(steps([], []), t0, t0 + 3 * HOUR, 180).bucketMs).toBe(MIN);
  });

  it('uses whole days beyond one day per bucket', () => {
    const series = downsampleSteps(steps([], []), t0, t0 + 40 * DAY, 10);
    expect(series.bucketMs % DAY).toBe(0);
    expect(series.bucketMs).toBeGreaterThan(DAY);
    expect(series.startsMs.length).toBeLessThanOrEqual(10);
    expect(series.startsMs[0] % series.bucketMs).toBe(0);
  });

  it('gives no buckets for an empty or invalid range, and throws for maxBuckets < 1', () => {
    expect(downsampleSteps(steps([], []), NaN, NaN, 10).startsMs.length).toBe(0);
    expect(downsampleSteps(steps([], []), t0, t0, 10).max.length).toBe(0);
    expect(() => downsampleSteps(steps([], []), t0, t0 + MIN, 0)).toThrow(/downsampleSteps/);
  });
});
