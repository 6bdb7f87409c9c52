/**
 * The Flex Port simulation on the shared chunk scheduler (core/sim/run-chunks.ts): progress in
 * simulated calls, summaries kept up to date by PortsSummary (the replications are not kept). Kept as its own entry so the Ports page,
 * the CLI and their tests speak in calls rather than generic work.
 */
import { runChunks } from '../sim/run-chunks.ts';
import { PortsSummary } from './summarize-replications.ts';
import type { PortsResult, ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

export { SimCancelledError, SimFailedError, WorkerCrashError } from '../sim/sim-errors.ts';
export { LatestRun } from '../sim/latest-run.ts';

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
  /** Where a due partial summary runs (runChunks' `deferSummary`): at once by default. */
  deferSummary?: (summarize: () => void) => void;
}

/**
 * Runs `replications` Flex Port replications across `lanes` lanes and summarises them with
 * summarizeReplications in index order, so the result is the same for any number of lanes.
 * Rejects with SimCancelledError as soon as `signal` aborts and with SimFailedError when one
 * chunk fails twice.
 * Example: await runChunked({ model, opts, replications: 200, lanes: 3, runChunk }) → PortsResult
 */
export function runChunked(run: ChunkedRun): Promise<PortsResult> {
  const { model, opts, onProgress } = run;
  let summary: PortsSummary;
  try {
    summary = new PortsSummary(model, opts);
  } catch (err) {
    return Promise.reject(err);
  }
  return runChunks<ReplicationResult, PortsResult>({
    replications: run.replications,
    lanes: run.lanes,
    runChunk: run.runChunk,
    fold: { add: (results) => summary.add(results), result: (elapsedMs) => summary.result(elapsedMs) },
    workOf: (r) => r.offered,
    onProgress: onProgress && ((p) => onProgress({
      done: p.done,
      total: p.total,
      calls: p.work,
      elapsedMs: p.elapsedMs,
      callsPerSecond: p.workPerSecond,
      partial: p.partial,
    })),
    signal: run.signal,
    now: run.now,
    partialEveryMs: run.partialEveryMs,
    deferSummary: run.deferSummary,
  }).catch((err: unknown) => {
    // Keep the ports entry's own name in argument errors.
    if (err instanceof RangeError) throw new RangeError(err.message.replace('runChunks', 'runChunked'));
    throw err;
  });
}
