// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planChunks } from '../../../src/core/sim/plan-chunks.ts';
import { runChunked, SimCancelledError, SimFailedError, type SimProgress } from '../../../src/core/ports/run-chunked.ts';
import { runReplications } from '../../../src/core/ports/run-replications.ts';
import { transferList } from '../../../src/core/sim/transfer-list.ts';
import { comparable, direct, smallJob } from './pool-fixtures.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('planChunks(replications, workers)', () => {
  it.each([
    [1, 1], [7, 1], [16, 1], [200, 1], [200, 2], [1000, 2], [1000, 7], [5, 8], [100_000, 64],
  ])('covers [0, %i) with %i workers in contiguous chunks that never grow', (reps, workers) => {
    const chunks = planChunks(reps, workers);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(reps);
    chunks.forEach(([from, to], i) => {
      expect(to).toBeGreaterThan(from);
      if (i > 0) {
        expect(from).toBe(chunks[i - 1]![1]);
        expect(to - from).toBeLessThanOrEqual(chunks[i - 1]![1] - chunks[i - 1]![0]);
      }
    });
  });

  it('keeps chunks to a sixteenth of the run (or a quarter per worker) while much remains, ending in single replications', () => {
    const sizes = planChunks(1000, 2).map(([a, b]) => b - a);
    expect(sizes[0]).toBe(63);
    expect(sizes.slice(-4)).toEqual([1, 1, 1, 1]);
    expect(sizes).toHaveLength(29);
    expect(planChunks(1000, 8)[0]).toEqual([0, 32]);
    expect(planChunks(10, 8)).toHaveLength(10);
    expect(planChunks(0, 3)).toEqual([]);
  });

  it('never makes a chunk of over 64 replications, so the page folds in each chunk in a short task', () => {
    const sizes = planChunks(20_000, 1).map(([a, b]) => b - a);
    expect(Math.max(...sizes)).toBe(64);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('ends with chunks no larger than the remainder shared among twice the workers, so workers finish together', () => {
    const chunks = planChunks(1000, 2);
    for (const [from, to] of chunks) expect(to - from).toBeLessThanOrEqual(Math.max(1, Math.ceil((1000 - from) / 4)));
  });

  it('refuses a pool without workers', () => {
    expect(() => planChunks(10, 0)).toThrow(/planChunks: workers/);
  });
});

describe('runReplications(model, opts, from, to)', () => {
  it('runs the replications [from, to) in index order, each the same as when run in another chunk', () => {
    const { model, opts } = smallJob();
    const a = runReplications(model, opts, 0, 6);
    const b = runReplications(model, opts, 3, 6);
    expect(a.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(b).toEqual(a.slice(3));
  });

  it('gives one transferable buffer per typed array (transferList)', () => {
    const { model, opts } = smallJob();
    const results = runReplications(model, opts, 0, 2);
    const arrays = results.flatMap((r) => Object.values(r).filter((v) => ArrayBuffer.isView(v)));
    expect(transferList(results)).toHaveLength(arrays.length);
  });
});

/** A lane runner answering after a delay that depends on the chunk, so chunks finish out of order. */
function fakeLanes(job: ReturnType<typeof smallJob>, fail?: (from: number, attempt: number) => boolean) {
  const attempts = new Map<number, number>();
  const calls: Array<{ lane: number; from: number; to: number }> = [];
  const runChunk = async (lane: number, from: number, to: number) => {
    calls.push({ lane, from, to });
    const attempt = (attempts.get(from) ?? 0) + 1;
    attempts.set(from, attempt);
    await tick((from * 7) % 5);
    if (fail?.(from, attempt)) throw new Error(`lane ${lane} lost`);
    return runReplications(job.model, job.opts, from, to);
  };
  return { runChunk, calls };
}

describe('runChunked({ model, opts, replications, lanes, runChunk })', () => {
  it.each([1, 2, 3, 5])('gives the same PortsResult as one direct run with %i lanes', async (lanes) => {
    const job = smallJob({}, 20);
    const result = await runChunked({ ...job, lanes, runChunk: fakeLanes(job).runChunk });
    expect(comparable(result)).toEqual(comparable(direct(job)));
  });

  it('never runs two chunks on one lane at once', async () => {
    const job = smallJob({}, 20);
    const busy = new Set<number>();
    await runChunked({
      ...job,
      lanes: 3,
      runChunk: async (lane, from, to) => {
        expect(busy.has(lane)).toBe(false);
        busy.add(lane);
        await tick(1);
        busy.delete(lane);
        return runReplications(job.model, job.opts, from, to);
      },
    });
  });

  it('reports progress up to done = total, partial summaries at most every partialEveryMs, the final result last', async () => {
    const job = smallJob({}, 16);
    let clock = 0;
    const seen: SimProgress[] = [];
    const result = await runChunked({
      ...job,
      lanes: 1,
      runChunk: async (_lane, from, to) => {
        await Promise.resolve();
        clock += 100; // each chunk "takes" 100 ms, over when it comes back (the next starts at once)
        return runReplications(job.model, job.opts, from, to);
      },
      onProgress: (p) => seen.push(p),
      now: () => clock,
      partialEveryMs: 250,
    });
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const partials = seen.filter((p) => p.partial !== null).map((p) => p.elapsedMs);
    expect(partials[0]).toBe(100);
    for (let i = 1; i < partials.length - 1; i++) expect(partials[i]! - partials[i - 1]!).toBeGreaterThanOrEqual(250);
    expect(seen.at(-1)!.partial).toBe(result);
    expect(seen.at(-1)!.calls).toBe(result.calls);
    expect(seen.at(-1)!.callsPerSecond).toBeCloseTo(result.calls / 1.6, 6);
  });

  it('computes no partial summary with partialEveryMs = Infinity, only the final result', async () => {
    const job = smallJob({}, 8);
    const seen: SimProgress[] = [];
    const result = await runChunked({ ...job, lanes: 2, runChunk: fakeLanes(job).runChunk, onProgress: (p) => seen.push(p), partialEveryMs: Infinity });
    expect(seen.slice(0, -1).every((p) => p.partial === null)).toBe(true);
    expect(seen.at(-1)!.partial).toBe(result);
  });

  it('rejects with the error of a throwing onProgress instead of hanging', async () => {
    const job = smallJob({}, 4);
    const onProgress = (p: SimProgress) => {
      if (p.done === p.total) throw new Error('chart broke');
    };
    await expect(runChunked({ ...job, lanes: 2, runChunk: fakeLanes(job).runChunk, onProgress })).rejects.toThrow('chart broke');
  });

  it('sends a failed chunk once more and still gives the direct answer', async () => {
    const job = smallJob({}, 20);
    const { runChunk, calls } = fakeLanes(job, (from, attempt) => from === 4 && attempt === 1);
    const result = await runChunked({ ...job, lanes: 2, runChunk });
    expect(calls.filter((c) => c.from === 4)).toHaveLength(2);
    expect(comparable(result)).toEqual(comparable(direct(job)));
  });

  it('rejects with SimFailedError, for people, when a chunk fails twice', async () => {
    const job = smallJob({}, 20);
    const { runChunk } = fakeLanes(job, (from) => from === 4);
    const err = await runChunked({ ...job, lanes: 2, runChunk }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimFailedError);
    expect((err as Error).message).toMatch(/^The simulation stopped: replications 4–5 failed twice \(lane \d lost\)\.$/);
  });

  it('rejects with SimCancelledError at once when the signal aborts, dropping results still in flight', async () => {
    const job = smallJob({}, 20);
    const abort = new AbortController();
    let dispatched = 0;
    const progress: SimProgress[] = [];
    const run = runChunked({
      ...job,
      lanes: 2,
      runChunk: async (_lane, from, to) => {
        dispatched++;
        if (dispatched === 3) abort.abort();
        await tick(5);
        return runReplications(job.model, job.opts, from, to);
      },
      onProgress: (p) => progress.push(p),
      signal: abort.signal,
    });
    await expect(run).rejects.toBeInstanceOf(SimCancelledError);
    await tick(30);
    expect(dispatched).toBe(3);
    expect(progress.length).toBeLessThanOrEqual(2);
  });

  it('rejects at once for a signal aborted before the start', async () => {
    const job = smallJob();
    const runChunk = () => Promise.reject(new Error('not called'));
    await expect(runChunked({ ...job, lanes: 1, runChunk, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(SimCancelledError);
  });
});
