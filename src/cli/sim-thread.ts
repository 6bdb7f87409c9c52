/**
 * A worker_threads entry of the CLI's simulation pool (sim-pool-node.ts): runs chunks of
 * replications of any simulation task and posts them back with their typed arrays transferred.
 * Thin on purpose.
 */
import { parentPort } from 'node:worker_threads';
import { runTaskChunk } from '../core/sim/sim-task.ts';
import { TaskCache } from '../core/sim/task-cache.ts';
import { transferList } from '../core/sim/transfer-list.ts';
import type { ChunkReply, ChunkRequest } from './sim-pool-node.ts';

if (!parentPort) throw new Error('sim-thread.ts runs as a worker thread of NodeSimPool');
const port = parentPort;
const cache = new TaskCache();

port.on('message', ({ id, task, key, from, to }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    const results = runTaskChunk(cache.resolve(task, key), from, to);
    reply = { id, ok: true, results };
    port.postMessage(reply, transferList(results));
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
    port.postMessage(reply);
  }
});
