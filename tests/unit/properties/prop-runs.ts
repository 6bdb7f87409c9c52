/**
 * Run counts for the property tests. `npm test` runs each property a bounded number of times with
 * a fixed seed, so a failure reproduces; `npm run test:props` sets PROPS_RUNS for a longer search
 * (PROPS_SEED picks another seed). Each property states its default count for a PROPS_RUNS of 100
 * and is scaled from that, so the costly simulation properties keep their share of the time.
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const scale = Math.max(1, Number(env.PROPS_RUNS) || 100) / 100;

export const PROPS_SEED = Number(env.PROPS_SEED) || 20261127;

/** fast-check parameters for a property that runs `defaultRuns` times in `npm test`. */
export function props(defaultRuns: number): { seed: number; numRuns: number } {
  return { seed: PROPS_SEED, numRuns: Math.max(1, Math.round(defaultRuns * scale)) };
}

/** A vitest timeout for a property whose default run takes up to `defaultMs`. */
export function timeoutFor(defaultMs: number): number {
  return Math.max(defaultMs, Math.round(defaultMs * scale));
}
