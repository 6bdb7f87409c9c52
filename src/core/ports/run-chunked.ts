/**
 * The scheduling shared by the browser's worker pool and the CLI's thread pool: replications
 * split into chunks (planChunks), each chunk sent to the next free lane (one worker each), a failed
 * chunk sent once more, results reduced in replication-index order (style.md, habit 2). The lanes
 * themselves (Web Workers, worker_threads) belong to the pools.
 */
import { planChunks } from './plan-chunks.ts';
import { summarizeReplications } from './summarize-replications.ts';
import type { PortsResult, ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

export interface SimProgress {
  /** Replications finished, of `total`. */
  done: number;
  total: number;
  /** First attempts simulated so far. */
  calls: number;
  elapsedMs: number;
  callsPerSecond: number;
  /** Summary of the replications finished so far; at most about four times a second, else null. */
  partial: PortsResult | null;
}

/** The run was cancelled (its signal aborted, or a newer run replaced it). */
export class SimCancelledError extends Error {
  constructor(message = 'The simulation was cancelled.') {
    super(message);
    this.name = 'SimCancelledError';
  }
}

/** The run could not finish; the message is for people. */
export class SimFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimFailedError';
  }
}

/** A lane's worker died; the pool has already dropped it and starts a fresh one on the next chunk. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

export interface ChunkedRun {
  model: TrafficModel;
  opts: SimulationOptions;
  replications: number;
  /** How many chunks may run at once (the pool's size). */
  lanes: number;
  /** Runs replications [from, to) on lane `lane` (0 ≤ lane < lanes); one call per lane at a time. */
  runChunk: (lane: number, from: number, to: number) => Promise<ReplicationResult[]>;
  onProgress?: (p: SimProgress) => void;
  signal?: AbortSignal;
  /** Milliseconds; performance.now by default. */
  now?: () => number;
  /** Least time between two partial summaries, ms (default 250; longer when a summary takes over a fifth of it). */
  partialEveryMs?: number;
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
 * Runs `replications` replications across `lanes` lanes and summarises them with
 * summarizeReplications in index order, so the result is the same for any number of lanes.
 * Rejects with SimCancelledError as soon as `signal` aborts (results still in flight are dropped)
 * and with SimFailedError when one chunk fails twice.
 * Example: await runChunked({ model, opts, replications: 200, lanes: 3, runChunk }) → PortsResult
 */
export function runChunked(run: ChunkedRun): Promise<PortsResult> {
  const { model, opts, replications, lanes, runChunk, onProgress, signal } = run;
  const now = run.now ?? (() => performance.now());
  const partialEveryMs = run.partialEveryMs ?? 250;
  if (!Number.isSafeInteger(replications) || replications < 1) {
    return Promise.reject(new RangeError(`runChunked: replications must be a whole number ≥ 1, got ${replications}`));
  }
  if (!Number.isSafeInteger(lanes) || lanes < 1) {
    return Promise.reject(new RangeError(`runChunked: lanes must be a whole number ≥ 1, got ${lanes}`));
  }

  return new Promise<PortsResult>((resolve, reject) => {
    const t0 = now();
    const queue: Chunk[] = planChunks(replications, lanes).map(([from, to]) => ({ from, to, failures: 0 }));
    const results: ReplicationResult[] = [];
    let calls = 0;
    let inFlight = 0;
    let settled = false;
    let lastPartialMs = -Infinity;
    let summaryCostMs = 0;

    const settle = (outcome: { value: PortsResult } | { error: unknown }): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const onAbort = () => settle({ error: new SimCancelledError() });

    const report = (final: PortsResult | null): void => {
      if (!onProgress) return;
      const t = now();
      const elapsedMs = t - t0;
      let partial = final;
      // Summaries grow with the replications; spacing them by 4× their cost keeps them under a fifth of this thread.
      if (!partial && partialEveryMs < Infinity && t - lastPartialMs >= Math.max(partialEveryMs, 4 * summaryCostMs)) {
        partial = summarizeReplications(model, opts, results, elapsedMs);
        lastPartialMs = now();
        summaryCostMs = lastPartialMs - t;
      }
      const callsPerSecond = elapsedMs > 0 ? (calls * 1000) / elapsedMs : 0;
      onProgress({ done: results.length, total: replications, calls, elapsedMs, callsPerSecond, partial });
    };

    const accept = (chunk: Chunk, chunkResults: ReplicationResult[]): void => {
      if (chunkResults.length !== chunk.to - chunk.from) {
        throw new Error(`runChunked: chunk ${chunk.from}..${chunk.to} came back with ${chunkResults.length} replications`);
      }
      for (const r of chunkResults) {
        results.push(r);
        calls += r.offered;
      }
    };

    const dispatch = (lane: number): void => {
      if (settled) return;
      const chunk = queue.shift();
      if (!chunk) {
        if (inFlight === 0) {
          try {
            const value = summarizeReplications(model, opts, results, now() - t0);
            report(value);
            settle({ value });
          } catch (err) {
            settle({ error: err });
          }
        }
        return;
      }
      inFlight++;
      let pending: Promise<ReplicationResult[]>;
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
            if (results.length < replications) report(null);
          } catch (err) {
            return settle({ error: err });
          }
          dispatch(lane);
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

/**
 * One run at a time for a pool: starting a run aborts the one before it, and the caller's own
 * signal aborts the run it started. Both pools (browser workers, worker_threads) use it.
 */
export class LatestRun {
  #current: AbortController | null = null;

  /** The signal the new run obeys, and `release` to call once it has settled. */
  begin(signal?: AbortSignal): { signal: AbortSignal; release: () => void } {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    const forward = () => controller.abort();
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener('abort', forward, { once: true });
    return {
      signal: controller.signal,
      release: () => {
        signal?.removeEventListener('abort', forward);
        if (this.#current === controller) this.#current = null;
      },
    };
  }

  /** Aborts the run in progress, if any. */
  abort(): void {
    this.#current?.abort();
    this.#current = null;
  }
}
