// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildPoolInput } from '../../../src/core/licenses/build-pool-input.ts';
import { resampleDays } from '../../../src/core/licenses/resample-days.ts';
import { runPoolChunk } from '../../../src/core/licenses/run-pool-chunk.ts';
import { summarizePools } from '../../../src/core/licenses/summarize-pools.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';
import { callTable, type Rec } from './factories.ts';

/** Two weeks of a small team: on each weekday 1 + (day mod 5) agents work 09:00–10:00 UTC, others arrive at 10:00 for half an hour. */
function team(): Rec[] {
  const recs: Rec[] = [];
  for (let d = 0; d < 14; d++) {
    const day = new Date(Date.UTC(2026, 9, 5 + d)).toISOString().slice(0, 10);
    if (d % 7 >= 5) continue;
    const n = 1 + (d % 5);
    for (let a = 0; a < n; a++) recs.push({ user: `agent ${a}`, kind: 'voice_drop', start: `${day}T09:0${a}:00Z`, sec: 3600 - 60 * a });
    for (let a = n; a < 6; a++) recs.push({ user: `agent ${a}`, kind: 'dial', start: `${day}T10:00:00Z`, sec: 1800 });
  }
  return recs;
}

const input = (overrides = {}) => buildPoolInput(callTable(team()), null, { timeZone: 'UTC', replications: 40, seed: 'test', ...overrides });

describe('resampleDays(observedWeekday, horizonDays, rng)', () => {
  it('copies an observed day of the same weekday, else of the same kind of day', () => {
    const { order, weekday } = resampleDays(Uint8Array.of(0, 1, 0, 2), 14, createStream('s'));
    expect(Array.from(weekday.slice(0, 7))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (let k = 0; k < 14; k++) {
      if (weekday[k] === 0) expect([0, 2]).toContain(order[k]);
      if (weekday[k] === 1) expect(order[k]).toBe(1);
      if (weekday[k] === 5) expect([0, 1, 2, 3]).toContain(order[k]);
    }
  });
});

describe('runPoolChunk(input, from, to) and summarizePools(input, results)', () => {
  it('gives the same bytes for one chunk as for several, in any order', () => {
    const { input: inp } = input();
    const one = summarizePools(inp, [runPoolChunk(inp, 0, 40)]);
    const many = summarizePools(inp, [runPoolChunk(inp, 25, 40), runPoolChunk(inp, 0, 7), runPoolChunk(inp, 7, 25)]);
    expect(many).toEqual(one);
  });

  it('reproduces a seed and changes with it', () => {
    const a = runPoolChunk(input().input, 0, 10);
    const b = runPoolChunk(input().input, 0, 10);
    const c = runPoolChunk(input({ seed: 'other' }).input, 0, 10);
    expect(b).toEqual(a);
    expect(c.pools[0]!.busyLevelSec).not.toEqual(a.pools[0]!.busyLevelSec);
  });

  it('recommends fewer or equal licenses as the target loosens, never a size whose busy-hour short share misses it', () => {
    const targets = [0, 0.005, 0.01, 0.05, 0.1, 0.2, 0.4];
    const { input: inp } = input();
    const results = [runPoolChunk(inp, 0, 40)];
    const recs = targets.map((t) => summarizePools({ ...inp, targetShortShare: t }, results));
    for (let p = 0; p < 3; p++) {
      const seq = recs.map((r) => r[p]!.recommended);
      for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeLessThanOrEqual(seq[i - 1]!);
      recs.forEach((r, i) => expect(r[p]!.table[r[p]!.recommended]!.busyShortShare).toBeLessThanOrEqual(targets[i]!));
    }
  });

  it('never recommends below the observed busy hour median, and at a zero target covers the simulated peak', () => {
    for (const target of [0, 0.01, 0.1, 0.3]) {
      const { input: inp, observed } = input({ targetShortShare: target });
      const sizing = summarizePools(inp, [runPoolChunk(inp, 0, 40)]);
      sizing.forEach((s, p) => {
        const seen = observed[p]!;
        expect(s.recommended).toBeGreaterThanOrEqual(seen.byHourOfWeek.p50[seen.busyCell]!);
        expect(s.recommended).toBeLessThanOrEqual(seen.users);
        if (target === 0) expect(s.recommended).toBeGreaterThanOrEqual(Math.min(seen.users, seen.byHourOfWeek.peak[seen.busyCell]!));
      });
    }
  });

  it('has short shares that never rise with the pool size and reach zero at the number of users', () => {
    const { input: inp } = input();
    for (const s of summarizePools(inp, [runPoolChunk(inp, 0, 40)])) {
      for (let n = 1; n < s.table.length; n++) {
        expect(s.table[n]!.busyShortShare).toBeLessThanOrEqual(s.table[n - 1]!.busyShortShare);
        expect(s.table[n]!.shortShare).toBeLessThanOrEqual(s.table[n - 1]!.shortShare);
      }
      expect(s.table.at(-1)!.busyShortShare).toBe(0);
    }
  });

  it('refuses results that miss or repeat replications', () => {
    const { input: inp } = input();
    expect(() => summarizePools(inp, [runPoolChunk(inp, 0, 10)])).toThrow(/summarizePools/);
    expect(() => summarizePools(inp, [runPoolChunk(inp, 0, 30), runPoolChunk(inp, 20, 40)])).toThrow(/summarizePools/);
  });

  it('takes plain data that survives structured cloning unchanged', () => {
    const { input: inp } = input();
    const copy = structuredClone(inp);
    expect(summarizePools(copy, [runPoolChunk(copy, 0, 40)])).toEqual(summarizePools(inp, [runPoolChunk(inp, 0, 40)]));
  });
});
