// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { runChunks } from '../../../src/core/sim/run-chunks.ts';
import { TaskCache } from '../../../src/core/sim/task-cache.ts';
import { transferList } from '../../../src/core/sim/transfer-list.ts';
import type { SimTask } from '../../../src/core/sim/sim-task.ts';

const fakeTask = (tag: string) => ({ kind: 'ports', tag }) as unknown as SimTask;

describe('TaskCache.resolve(task, key)', () => {
  it('keeps the task sent with a key and returns it for later chunks that send only the key', () => {
    const cache = new TaskCache();
    const a = fakeTask('a');
    expect(cache.resolve(a, 3)).toBe(a);
    expect(cache.resolve(null, 3)).toBe(a);
  });
  it('refuses a key it holds no copy of (a fresh worker, or an older run), so the pool resends the task', () => {
    const cache = new TaskCache();
    expect(() => cache.resolve(null, 0)).toThrow(/no copy of task 0/);
    cache.resolve(fakeTask('a'), 1);
    expect(() => cache.resolve(null, 2)).toThrow(/no copy of task 2/);
  });
});

describe('runChunks({ replications, lanes, runChunk, summarize, workOf })', () => {
  const squares = async (_lane: number, from: number, to: number) => Array.from({ length: to - from }, (_, k) => ({ i: from + k, work: (from + k) % 3 }));

  it('summarises every replication in index order, whatever the number of lanes', async () => {
    for (const lanes of [1, 2, 5]) {
      const order = await runChunks({ replications: 37, lanes, runChunk: squares, summarize: (rs) => rs.map((r) => r.i) });
      expect(order).toEqual(Array.from({ length: 37 }, (_, i) => i));
    }
  });

  it('reports progress in the units of workOf and ends with the final summary', async () => {
    const seen: { done: number; work: number; partial: number | null }[] = [];
    const total = await runChunks({
      replications: 30,
      lanes: 2,
      runChunk: squares,
      summarize: (rs) => rs.reduce((s, r) => s + r.work, 0),
      workOf: (r) => r.work,
      onProgress: (p) => seen.push({ done: p.done, work: p.work, partial: p.partial }),
      partialEveryMs: 0,
    });
    expect(total).toBe(30);
    expect(seen.at(-1)).toEqual({ done: 30, work: 30, partial: 30 });
    for (const p of seen) if (p.partial !== null) expect(p.partial).toBe(p.work);
  });

  it('hands each chunk to a fold as it comes back, keeps none, and asks the fold for partial and final summaries', async () => {
    const chunks: number[][] = [];
    let sum = 0;
    const fold = { add: (rs: readonly { i: number; work: number }[]) => { chunks.push(rs.map((r) => r.i)); for (const r of rs) sum += r.i; }, result: () => sum };
    const seen: { done: number; partial: number | null }[] = [];
    const total = await runChunks({ replications: 40, lanes: 3, runChunk: squares, fold, onProgress: (p) => seen.push({ done: p.done, partial: p.partial }), partialEveryMs: 0 });
    // 0 + 1 + … + 39, every replication once.
    expect(total).toBe(780);
    expect(chunks.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(seen.at(-1)).toEqual({ done: 40, partial: 780 });
    expect(seen.filter((p) => p.partial !== null).length).toBeGreaterThan(1);
  });

  it('gives a lane its next chunk before it summarises the run so far', async () => {
    const events: string[] = [];
    // Each chunk takes 100 ms of this clock and a summary none, so every report brings a summary.
    let clock = 0;
    const runChunk = async (lane: number, from: number, to: number) => {
      events.push(`chunk ${from}`);
      clock += 100;
      return squares(lane, from, to);
    };
    const fold = { add: () => {}, result: () => (events.push('summary'), 0) };
    await runChunks({ replications: 10, lanes: 1, runChunk, fold, onProgress: () => {}, partialEveryMs: 0, now: () => clock });
    // Every summary but the last comes after the chunk that follows the one it took in.
    const starts = events.flatMap((e, i) => (e.startsWith('chunk') ? [i] : []));
    const summaries = events.flatMap((e, i) => (e === 'summary' ? [i] : []));
    expect(summaries.length).toBeGreaterThan(2);
    for (const s of summaries.slice(0, -1)) expect(starts.filter((c) => c < s).length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toBe('summary');
  });

  it('runs a due partial summary where deferSummary puts it, and drops one still waiting when the run ends', async () => {
    const waiting: (() => void)[] = [];
    let results = 0;
    const fold = { add: () => {}, result: () => ++results };
    const seen: (number | null)[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runChunk = async (lane: number, from: number, to: number) => {
      if (from > 0) await gate; // the first chunk comes back; the rest wait for the test
      return squares(lane, from, to);
    };
    const done = runChunks({ replications: 6, lanes: 1, runChunk, fold, onProgress: (p) => seen.push(p.partial), partialEveryMs: 0, deferSummary: (f) => waiting.push(f) });
    // The first chunk is in: a summary is due, but none has run nor been reported yet.
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(results).toBe(0);
    expect(seen).toEqual([]);
    waiting.shift()!();
    expect(seen).toEqual([1]);
    release();
    await done;
    // The final summary is the last report; summaries deferred meanwhile find the run over and do nothing.
    const before = seen.length;
    for (const f of waiting) f();
    expect(seen).toHaveLength(before);
    expect(seen.at(-1)).toBe(results);
  });

  it('asks for exactly one of summarize and fold', async () => {
    await expect(runChunks({ replications: 3, lanes: 1, runChunk: squares })).rejects.toThrow(/either summarize or fold/);
    const fold = { add: () => {}, result: () => 0 };
    await expect(runChunks({ replications: 3, lanes: 1, runChunk: squares, summarize: () => 0, fold })).rejects.toThrow(/either summarize or fold/);
  });

  it('names itself when asked for no replications', async () => {
    await expect(runChunks({ replications: 0, lanes: 1, runChunk: squares, summarize: () => 0 })).rejects.toThrow(/runChunks: replications/);
  });
});

describe('transferList(results)', () => {
  it('lists each typed array buffer once, including arrays of typed arrays, and skips plain numbers', () => {
    const shared = new Float64Array(4);
    const results = [
      { index: 0, a: shared, b: new Uint8Array(2), nested: [new Float32Array(3), new Float32Array(3)] },
      { index: 1, a: shared.subarray(1), b: new Uint8Array(2), nested: [] },
    ];
    expect(transferList(results)).toHaveLength(1 + 2 + 2);
  });
});
