/** Chunks per worker: enough for progress and for the last chunks to even out, few enough that a chunk's messaging is noise. */
const CHUNKS_PER_WORKER = 4;
/** Even one worker reports progress this many times in a run (when there are that many replications). */
const MIN_CHUNKS = 16;

/**
 * Splits replications [0, replications) into contiguous chunks [from, to) for a pool of `workers`:
 * about four chunks per worker (at least 16 in all), each of at least one replication, sizes
 * differing by at most one. Only the scheduling depends on it, never the numbers: each
 * replication is seeded from its own index.
 * Example: planChunks(10, 1) → [[0, 1], [1, 2], …, [9, 10]]; planChunks(100, 2) → 16 chunks of 6 or 7
 */
export function planChunks(replications: number, workers: number): Array<[number, number]> {
  if (!Number.isSafeInteger(replications) || replications < 0) {
    throw new RangeError(`planChunks: replications must be a whole number ≥ 0, got ${replications}`);
  }
  if (!Number.isSafeInteger(workers) || workers < 1) {
    throw new RangeError(`planChunks: workers must be a whole number ≥ 1, got ${workers}`);
  }
  const count = Math.min(replications, Math.max(MIN_CHUNKS, CHUNKS_PER_WORKER * workers));
  const chunks: Array<[number, number]> = [];
  for (let c = 0, from = 0; c < count; c++) {
    const to = Math.round(((c + 1) * replications) / count);
    chunks.push([from, to]);
    from = to;
  }
  return chunks;
}
