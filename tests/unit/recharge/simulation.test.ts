// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  rechargeBuffers, runRechargeChunk, runTunerChunk, summarizeRecharge, summarizeTuner, tunerInput, wilsonInterval,
} from '../../../src/core/recharge/index.ts';
import { bumpyInput } from './fixtures.ts';

const pZero = (input: ReturnType<typeof bumpyInput>, reps = 300) => summarizeRecharge(input, runRechargeChunk(input, 0, reps), 1).pZero.mean;

describe('runRechargeChunk(input, from, to)', () => {
  it('gives identical replications whether run as one chunk or several', () => {
    const input = bumpyInput();
    const whole = runRechargeChunk(input, 0, 12);
    const parts = [...runRechargeChunk(input, 0, 5), ...runRechargeChunk(input, 5, 6), ...runRechargeChunk(input, 6, 12)];
    expect(parts).toEqual(whole);
    expect(summarizeRecharge(input, [...parts].reverse(), 1)).toEqual(summarizeRecharge(input, whole, 1));
  });

  it('reproduces the same numbers for the same seed and changes them for another', () => {
    expect(runRechargeChunk(bumpyInput(), 3, 4)).toEqual(runRechargeChunk(bumpyInput(), 3, 4));
    expect(runRechargeChunk(bumpyInput({ seed: 'other' }), 3, 4)[0].dayEndBalance).not.toEqual(runRechargeChunk(bumpyInput(), 3, 4)[0].dayEndBalance);
  });

  it('keeps the hourly path of replication 0 only', () => {
    const [r0, r1] = runRechargeChunk(bumpyInput(), 0, 2);
    expect(r0.hourlyBalance?.length).toBe((30 + 31 + 31) * 24); // March to May 2026
    expect(r1.hourlyBalance).toBeUndefined();
  });

  it('returns typed arrays whose buffers can be transferred', () => {
    const reps = runRechargeChunk(bumpyInput(), 1, 3);
    expect(rechargeBuffers(reps)).toHaveLength(2 * 4);
    expect(structuredClone(bumpyInput())).toEqual(bumpyInput());
  });
});

describe('summarizeRecharge(input, results, elapsedMs)', () => {
  it('raises the probability of reaching zero when usage grows', () => {
    expect(pZero(bumpyInput({ growthPct: 40 }))).toBeGreaterThan(pZero(bumpyInput()));
  });

  it('never raises the probability of reaching zero when the threshold is larger (same seed)', () => {
    const values = [2, 3, 5, 8].map((thresholdDays) => pZero(bumpyInput({ thresholdDays })));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    expect(values[0]).toBeGreaterThan(values[values.length - 1]);
  });

  it('reports pZero with a Wilson interval and orders the fan chart p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95', () => {
    const input = bumpyInput();
    const reps = runRechargeChunk(input, 0, 100);
    const res = summarizeRecharge(input, reps, 10);
    const hits = reps.reduce((n, r) => n + r.hitZero, 0);
    expect(res.pZero).toEqual(wilsonInterval(hits, 100));
    expect(res.pZeroByMonth).toHaveLength(3);
    for (let d = 0; d < res.days; d++) {
      expect(res.fan.p5[d]).toBeLessThanOrEqual(res.fan.p25[d]);
      expect(res.fan.p25[d]).toBeLessThanOrEqual(res.fan.p50[d]);
      expect(res.fan.p50[d]).toBeLessThanOrEqual(res.fan.p75[d]);
      expect(res.fan.p75[d]).toBeLessThanOrEqual(res.fan.p95[d]);
    }
    expect(res.samplePath).toBe(reps[0].hourlyBalance);
    expect(res.hoursPerSecond).toBeCloseTo((100 * res.days * 24) / 0.01, 6);
  });
});

describe('wilsonInterval(successes, n)', () => {
  it('matches the closed form and stays in [0, 1] at the ends', () => {
    const w = wilsonInterval(5, 10);
    expect(w.lo).toBeCloseTo(0.236593, 5);
    expect(w.hi).toBeCloseTo(0.763407, 5);
    expect(wilsonInterval(0, 200)).toEqual({ mean: 0, lo: 0, hi: expect.closeTo(0.018842, 5) });
    expect(wilsonInterval(7, 7).hi).toBe(1);
  });
});

describe('runTunerChunk(tuner, from, to) and summarizeTuner', () => {
  const sim = bumpyInput({ months: 2 });
  const tuner = tunerInput(sim, { rechargeDays: [7, 14, 21], thresholdDays: [2, 5, 8], targetPZero: 0.2 });

  it('replays the same usage paths as the simulation: its 14/5 cell equals the simulation replication by replication', () => {
    const cells = runTunerChunk(tuner, 0, 40);
    const reps = runRechargeChunk(sim, 0, 40);
    const platform = 1 * 3 + 1;
    reps.forEach((r, i) => {
      expect(cells[i].hitZero[platform]).toBe(r.hitZero);
      expect(cells[i].recharges[platform]).toBe(r.rechargesByMonth.reduce((a, b) => a + b, 0));
      expect(cells[i].idleBalanceCents[platform]).toBe(r.idleBalanceCents);
    });
  });

  it('gives the same grid in one chunk or two', () => {
    expect([...runTunerChunk(tuner, 0, 7), ...runTunerChunk(tuner, 7, 20)]).toEqual(runTunerChunk(tuner, 0, 20));
  });

  it('marks the platform cell and picks the least idle money under the target', () => {
    const res = summarizeTuner(tuner, runTunerChunk(tuner, 0, 100), 5);
    expect(res.cells[res.platform!]).toMatchObject({ rechargeDays: 14, thresholdDays: 5 });
    const ok = res.cells.filter((c) => c.pZero.mean < 0.2);
    expect(ok.length).toBeGreaterThan(0);
    const cheapest = res.cells[res.cheapest!];
    for (const c of ok) expect(cheapest.idleBalanceCents).toBeLessThanOrEqual(c.idleBalanceCents);
    expect(cheapest.pZero.mean).toBeLessThan(0.2);
  });

  it('has no cheapest cell when none meets the target', () => {
    expect(summarizeTuner({ ...tuner, targetPZero: 0 }, runTunerChunk(tuner, 0, 10), 1).cheapest).toBeNull();
  });
});
