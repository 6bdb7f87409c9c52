/**
 * Every Monte Carlo a pool worker can run, as plain data that crosses a worker boundary, and the
 * one function the worker entries call: replications [from, to) of a task, in index order. Each
 * simulation seeds replication i from (its seed, i) alone, so chunks can go to any worker.
 */
import { runReplications } from '../ports/run-replications.ts';
import type { SimulationOptions, TrafficModel } from '../ports/types.ts';
import { runRechargeChunk } from '../recharge/run-recharge-chunk.ts';
import { runTunerChunk } from '../recharge/run-tuner-chunk.ts';
import type { RechargeInput, TunerInput } from '../recharge/types.ts';
import { runStorageChunk } from '../storage/run-storage-chunk.ts';
import type { StorageInput } from '../storage/types.ts';
import { runContractChunk } from '../contract/run-contract-chunk.ts';
import type { ContractInput } from '../contract/types.ts';
import { runPoolChunk } from '../licenses/run-pool-chunk.ts';
import type { PoolSimInput } from '../licenses/types.ts';

export type SimTask =
  | { kind: 'ports'; model: TrafficModel; opts: SimulationOptions }
  | { kind: 'recharge'; input: RechargeInput }
  | { kind: 'recharge-tuner'; input: TunerInput }
  | { kind: 'storage'; input: StorageInput }
  | { kind: 'contract'; input: ContractInput }
  | { kind: 'pools'; input: PoolSimInput };

/** A run of any simulation: its task, how many replications, and how they reduce to an answer. */
export interface TaskJob<R, S> {
  task: SimTask;
  replications: number;
  summarize: (results: R[], elapsedMs: number) => S;
  /** Work in one replication, for the rate in progress reports (default 1). */
  workOf?: (result: R) => number;
  /** Least time between partial summaries in progress reports, ms (default 250; Infinity for none). */
  partialEveryMs?: number;
}

/**
 * Replications [from, to) of `task`.
 * Example: runTaskChunk({ kind: 'ports', model, opts }, 0, 4) → four ReplicationResults
 */
export function runTaskChunk(task: SimTask, from: number, to: number): object[] {
  switch (task.kind) {
    case 'ports':
      return runReplications(task.model, task.opts, from, to);
    case 'recharge':
      return runRechargeChunk(task.input, from, to);
    case 'recharge-tuner':
      return runTunerChunk(task.input, from, to);
    case 'storage':
      return runStorageChunk(task.input, from, to);
    case 'contract':
      return runContractChunk(task.input, from, to);
    case 'pools': {
      // One record per replication, as the scheduler counts them; summarizePools joins them in order.
      const out = [];
      for (let i = from; i < to; i++) out.push(runPoolChunk(task.input, i, i + 1));
      return out;
    }
    default:
      throw new Error(`runTaskChunk: unknown task kind ${JSON.stringify((task as { kind?: unknown }).kind)}`);
  }
}
