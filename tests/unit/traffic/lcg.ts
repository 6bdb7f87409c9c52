/**
 * A seeded 32-bit linear congruential generator (Numerical Recipes constants) returning floats in
 * [0, 1). Plenty for test fixtures; the same seed gives the same sequence.
 */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Random calls for invariant tests: starts on whole seconds (so ties happen), some zero-length. */
export function randomCalls(
  random: () => number,
  count: number,
  opts: { spanSec: number; maxDurationSec: number; zeroShare?: number },
): Array<{ start: number; durationSec: number }> {
  const t0 = Date.UTC(2026, 2, 2);
  const calls: Array<{ start: number; durationSec: number }> = [];
  for (let i = 0; i < count; i++) {
    const start = t0 + Math.floor(random() * opts.spanSec) * 1000;
    const zero = random() < (opts.zeroShare ?? 0.05);
    const durationSec = zero ? 0 : 1 + Math.floor(random() * opts.maxDurationSec);
    calls.push({ start, durationSec });
  }
  return calls;
}
