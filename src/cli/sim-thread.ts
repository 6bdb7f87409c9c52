/**
 * A worker_threads entry of the CLI's simulation pool (sim-pool-node.ts): runs chunks of
 * replications and posts them back with their typed arrays transferred. Thin on purpose.
 */
import { parentPort } from 'node:worker_threads';
import { runReplications } from '../core/ports/run-replications.ts';
import { replicationBuffers } from '../core/ports/replication-buffers.ts';
import type { ChunkReply, ChunkRequest } from './sim-pool-node.ts';

if (!parentPort) throw new Error('sim-thread.ts runs as a worker thread of NodeSimPool');
const port = parentPort;

port.on('message', ({ id, model, opts, from, to }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    const results = runReplications(model, opts, from, to);
    reply = { id, ok: true, results };
    port.postMessage(reply, replicationBuffers(results));
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
    port.postMessage(reply);
  }
});
