/**
 * The scheduling every Monte Carlo run shares (Flex Ports, recharge, storage, contracts, pools),
 * in the browser's worker pool and the CLI's thread pool alike: replications split into chunks
 * (planChunks), each chunk sent to the next free lane (one worker each), a failed chunk sent once
 * more, results reduced in replication-index order (style.md, habit 2), so the same seed gives
 * the same summary for any number of lanes. The lanes themselves belong to the pools.
 */
import { planChunks } from './plan-chunks.ts';
import { SimCancelledError, SimFailedError } from './sim-errors.ts';

export interface ChunksProgress<S> {
  /** Replications finished, of `total`. */
  done: number;
  total: number;
  /** Units of work finished so far (calls, hours…: whatever `workOf` counts). */
  work: number;
  elapsedMs: number;
  workPerSecond: number;
  /** Summary of the replications finished so far; at most about four times a second, else null. */
  partial: S | null;
}

export interface ChunksRun<R, S> {
  replications: number;
  /** How many chunks may run at once (the pool's size). */
  lanes: number;
  /** Runs replications [from, to) on lane `lane` (0 ≤ lane < lanes); one call per lane at a time. */
  runChunk: (lane: number, from: number, to: number) => Promise<R[]>;
  /**
   * Reduces the replications (in index order) to the run's answer; also used for partial
   * summaries. Give this or `fold`.
   */
  summarize?: (results: R[], elapsedMs: number) => S;
  /**
   * The summary kept up to date chunk by chunk instead: the run hands each chunk's replications
   * to `add` as they come back, keeps none of them, and asks `result` for partial and final
   * summaries. For summaries that would otherwise walk every replication several times a second.
   */
  fold?: ChunksFold<R, S>;
  /** Work in one replication, for the rate in progress reports (default 1: replications). */
  workOf?: (result: R) => number;
  onProgress?: (p: ChunksProgress<S>) => void;
  signal?: AbortSignal;
  /** Milliseconds; performance.now by default. */
  now?: () => number;
  /** Least time between two partial summaries, ms (default 250; longer when a summary takes over a fifth of it; Infinity for none). */
  partialEveryMs?: number;
  /**
   * Runs a partial summary that is due, and its progress report: at once by default. The browser's
   * pool passes a zero timer, so that taking in a chunk and summarising the run so far are two
   * short tasks on the page's thread rather than one long one.
   */
  deferSummary?: (summarize: () => void) => void;
}

export interface ChunksFold<R, S> {
  /** Takes one chunk's replications, in whatever order chunks come back. */
  add: (results: readonly R[]) => void;
  /** The summary so far; the final one must depend only on the replications, not their order. */
  result: (elapsedMs: number) => S;
}

interface Chunk {
  from: number;
  to: number;
  failures: number;
}

function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim() || 'no reason given';
}

/**
 * Runs `replications` replications across `lanes` lanes and resolves with `summarize` of all of
 * them in index order. Rejects with SimCancelledError as soon as `signal` aborts (results still in
 * flight are dropped) and with SimFailedError when one chunk fails twice.
 * Example: await runChunks({ replications: 200, lanes: 3, runChunk, summarize }) → S
 */
export function runChunks<R, S>(run: ChunksRun<R, S>): Promise<S> {
  const { replications, lanes, runChunk, summarize, fold, onProgress, signal } = run;
  const workOf = run.workOf ?? (() => 1);
  const now = run.now ?? (() => performance.now());
  const partialEveryMs = run.partialEveryMs ?? 250;
  const deferSummary = run.deferSummary ?? ((summarize: () => void) => summarize());
  if (!Number.isSafeInteger(replications) || replications < 1) {
    return Promise.reject(new RangeError(`runChunks: replications must be a whole number ≥ 1, got ${replications}`));
  }
  if (!Number.isSafeInteger(lanes) || lanes < 1) {
    return Promise.reject(new RangeError(`runChunks: lanes must be a whole number ≥ 1, got ${lanes}`));
  }
  if (!summarize === !fold) return Promise.reject(new RangeError('runChunks: give either summarize or fold'));

  return new Promise<S>((resolve, reject) => {
    const t0 = now();
    const queue: Chunk[] = planChunks(replications, lanes).map(([from, to]) => ({ from, to, failures: 0 }));
    // Kept only for `summarize`; a fold has taken them in already.
    const results: R[] = [];
    let done = 0;
    const summaryNow = (elapsedMs: number): S => (fold ? fold.result(elapsedMs) : summarize!(results, elapsedMs));
    let work = 0;
    let inFlight = 0;
    let settled = false;
    let lastPartialMs = -Infinity;
    let summaryCostMs = 0;

    const settle = (outcome: { value: S } | { error: unknown }): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const onAbort = () => settle({ error: new SimCancelledError() });

    const emit = (partial: S | null): void => {
      const elapsedMs = now() - t0;
      const workPerSecond = elapsedMs > 0 ? (work * 1000) / elapsedMs : 0;
      onProgress?.({ done, total: replications, work, elapsedMs, workPerSecond, partial });
    };
    const partialNow = (): void => {
      if (settled) return;
      try {
        const t = now();
        const partial = summaryNow(t - t0);
        lastPartialMs = now();
        summaryCostMs = lastPartialMs - t;
        emit(partial);
      } catch (err) {
        settle({ error: err });
      }
    };
    const report = (final: S | null): void => {
      if (!onProgress) return;
      const t = now();
      // Summaries grow with the replications; spacing them by 4× their cost keeps them under a fifth of this thread.
      if (!final && partialEveryMs < Infinity && t - lastPartialMs >= Math.max(partialEveryMs, 4 * summaryCostMs)) {
        lastPartialMs = t; // not due again while this one waits its turn
        deferSummary(partialNow);
      } else {
        emit(final);
      }
    };

    const accept = (chunk: Chunk, chunkResults: R[]): void => {
      if (chunkResults.length !== chunk.to - chunk.from) {
        throw new Error(`runChunks: chunk ${chunk.from}..${chunk.to} came back with ${chunkResults.length} replications`);
      }
      for (const r of chunkResults) work += workOf(r);
      done += chunkResults.length;
      if (fold) fold.add(chunkResults);
      else for (const r of chunkResults) results.push(r);
    };

    const dispatch = (lane: number): void => {
      if (settled) return;
      const chunk = queue.shift();
      if (!chunk) {
        if (inFlight === 0) {
          try {
            const value = summaryNow(now() - t0);
            report(value);
            settle({ value });
          } catch (err) {
            settle({ error: err });
          }
        }
        return;
      }
      inFlight++;
      let pending: Promise<R[]>;
      try {
        pending = runChunk(lane, chunk.from, chunk.to);
      } catch (err) {
        pending = Promise.reject(err);
      }
      pending.then(
        (chunkResults) => {
          inFlight--;
          if (settled) return;
          try {
            accept(chunk, chunkResults);
          } catch (err) {
            return settle({ error: err });
          }
          // The lane gets its next chunk before this thread summarises, so it never waits on that.
          dispatch(lane);
          if (settled || done >= replications) return;
          try {
            report(null);
          } catch (err) {
            settle({ error: err });
          }
        },
        (err: unknown) => {
          inFlight--;
          if (settled) return;
          chunk.failures++;
          if (chunk.failures >= 2) {
            const which = chunk.to - chunk.from === 1 ? `replication ${chunk.from}` : `replications ${chunk.from}–${chunk.to - 1}`;
            settle({ error: new SimFailedError(`The simulation stopped: ${which} failed twice (${reason(err)}).`) });
            return;
          }
          queue.unshift(chunk);
          dispatch(lane);
        },
      );
    };

    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const started = Math.min(lanes, queue.length);
    for (let lane = 0; lane < started; lane++) dispatch(lane);
  });
}
