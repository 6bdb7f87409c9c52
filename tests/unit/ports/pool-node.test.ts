// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { NodeSimPool, SimCancelledError, SimFailedError } from '../../../src/cli/sim-pool-node.ts';
import { comparable, direct, smallJob } from './pool-fixtures.ts';

const pools: NodeSimPool[] = [];
const make = (size: number) => {
  const pool = new NodeSimPool({ size });
  pools.push(pool);
  return pool;
};
afterAll(() => Promise.all(pools.map((p) => p.dispose())));

describe('NodeSimPool (worker_threads)', { timeout: 60_000 }, () => {
  it('gives identical results for the same seed with 1, 2 and 4 threads, equal to a direct run', async () => {
    const job = smallJob({}, 12);
    const expected = comparable(direct(job));
    for (const size of [1, 2, 4]) {
      expect(comparable(await make(size).run(job))).toEqual(expected);
    }
  });

  it('rejects with SimCancelledError on abort, and the next run works', async () => {
    const pool = make(2);
    const abort = new AbortController();
    const first = pool.run(smallJob({ seed: 'first' }, 40), () => abort.abort(), abort.signal);
    await expect(first).rejects.toBeInstanceOf(SimCancelledError);
    const job = smallJob({}, 5);
    expect(comparable(await pool.run(job))).toEqual(comparable(direct(job)));
  });

  it('rejects with SimFailedError naming the kernel error when a chunk fails twice', async () => {
    const err = await make(1).run(smallJob({ portsLo: 5, portsHi: 4 }, 2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimFailedError);
    expect((err as Error).message).toMatch(/^The simulation stopped: replication 0 failed twice \(simulateReplication: need whole numbers/);
  });
});
