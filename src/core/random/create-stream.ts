import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). Every stochastic function in the core takes one. */
export type RandomStream = () => number;

/**
 * A seeded uniform stream on [0, 1), backed by the Alea generator (seedrandom.alea):
 * the same seed always gives the same sequence, on every platform.
 * Alea's outputs have 32 bits of resolution, plenty for sampling and simulation.
 * Example: const rng = createStream('scenario-7'); rng() // 0 <= x < 1, identical on every run
 */
export function createStream(seed: string): RandomStream {
  if (typeof seed !== 'string') throw new TypeError('createStream: seed must be a string');
  const prng = seedrandom.alea(seed);
  return () => prng();
}

/**
 * The seed of replication `index` (0, 1, 2, …) of a run seeded with `seed`.
 * A replication's stream depends only on (seed, index), never on which worker ran it or how the
 * replications were split into chunks (style.md, habit 2). Alea hashes the whole string, so
 * neighbouring indices give unrelated streams.
 * Example: childSeed('42', 3) === '42/3'
 */
export function childSeed(seed: string, index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`childSeed: index must be a non-negative integer, got ${index}`);
  }
  return `${seed}/${index}`;
}
