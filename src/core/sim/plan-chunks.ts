/** Chunks per worker while much remains: enough for progress and partial estimates to move. */
const CHUNKS_PER_WORKER = 4;
/** Even one worker reports progress at least this many times in a run (when there are that many replications). */
const MIN_CHUNKS = 16;
/**
 * Most replications in one chunk, however long the run: the page takes each chunk's results in
 * one task (reading the transferred arrays and folding them into the summary), and a chunk of
 * 1,250 Ports replications took it 60–100 ms. 64 keep that task to a few milliseconds, while a
 * chunk's round trip (about 0.35 ms, npm run bench) stays well under 1 % of its work.
 */
const MAX_CHUNK = 64;

/**
 * Splits replications [0, replications) into contiguous chunks [from, to), in the order a pool of
 * `workers` takes them: chunks of at most replications / max(16, 4 × workers), and never over 64,
 * while much remains, then shrinking to 1 (each at most the remainder / (2 × workers)), so the workers finish within
 * about one replication of each other (guided self-scheduling). Only the scheduling depends on it,
 * never the numbers: each replication is seeded from its own index.
 * Example: planChunks(1000, 2) → 29 chunks: 63, 63, …, 5, 3, 3, 2, 1, 1, 1, 1 replications
 */
export function planChunks(replications: number, workers: number): Array<[number, number]> {
  if (!Number.isSafeInteger(replications) || replications < 0) {
    throw new RangeError(`planChunks: replications must be a whole number ≥ 0, got ${replications}`);
  }
  if (!Number.isSafeInteger(workers) || workers < 1) {
    throw new RangeError(`planChunks: workers must be a whole number ≥ 1, got ${workers}`);
  }
  const maxSize = Math.min(MAX_CHUNK, Math.max(1, Math.ceil(replications / Math.max(MIN_CHUNKS, CHUNKS_PER_WORKER * workers))));
  const chunks: Array<[number, number]> = [];
  for (let from = 0; from < replications; ) {
    const size = Math.max(1, Math.min(maxSize, Math.ceil((replications - from) / (2 * workers))));
    chunks.push([from, from + size]);
    from += size;
  }
  return chunks;
}
