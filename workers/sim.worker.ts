/**
 * The simulation worker: runs chunks of Flex Port replications for the pool (SimPool). Thin on
 * purpose: the kernel lives in src/core/ports. Long-lived; one chunk at a time.
 */
import * as Comlink from 'comlink';
import { runReplications } from '../src/core/ports/run-replications.ts';
import { replicationBuffers } from '../src/core/ports/replication-buffers.ts';
import type { ReplicationResult, SimulationOptions, TrafficModel } from '../src/core/ports/types.ts';

export const simApi = {
  /** Replications [from, to), their typed arrays transferred rather than copied. */
  runChunk(model: TrafficModel, opts: SimulationOptions, from: number, to: number): ReplicationResult[] {
    const results = runReplications(model, opts, from, to);
    return Comlink.transfer(results, replicationBuffers(results));
  },
};

export type SimApi = typeof simApi;

// `self` explicitly: Comlink's default endpoint is the global object, which differs under test runners.
Comlink.expose(simApi, self);
