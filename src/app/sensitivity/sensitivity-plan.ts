/**
 * What every page's tornado is made of, whatever it simulates: a base input, each main input moved
 * down and up (one at a time), how to turn an input into a pool job, and the outputs one can watch.
 * The run loop (sensitivity-run.svelte.ts) knows nothing more of a page than this.
 */
import type { TaskJob } from '../workers/sim-pool.ts';

export type SensitivityPage = 'recharge' | 'ports' | 'storage';

/** One input moved down and up; every other input as in the base. */
export interface SensitivityVariant<I> {
  label: string;
  /** The input's low and high values, as people read them ("11", "×1.20", "+5.0 %"). */
  lowText: string;
  highText: string;
  low: I;
  high: I;
}

/** An output a tornado can show. */
export interface OutputSpec<S> {
  label: string;
  /**
   * The output of one run's result. `base` is the base run's result, for outputs read at a point
   * the base run chose (the Ports blocking at the base run's recommended port count).
   */
  of: (result: S, base: S) => number;
  format: (value: number) => string;
}

/** Every output of one run, by the output's key: what the tornado keeps of a run. */
export type Readings = Record<string, number>;

export interface SensitivityPlan<I, R, S> {
  /** The share each input moves by, percent. */
  pct: number;
  /** The seed every run shares (common random numbers). */
  seed: string;
  base: I;
  variants: SensitivityVariant<I>[];
  job: (input: I, replications: number) => TaskJob<R, S>;
  outputs: Record<string, OutputSpec<S>>;
}

/** A finished tornado: the base run's and each variant's outputs. */
export interface SensitivityOutcomes {
  page: SensitivityPage;
  pct: number;
  replications: number;
  seed: string;
  base: Readings;
  runs: { label: string; lowText: string; highText: string; low: Readings; high: Readings }[];
}

/**
 * Every output of `result`, keyed as `outputs` is.
 * Example: readings({ idle: { of: (r) => r.idle, … } }, { idle: 5 }, { idle: 4 }) // { idle: 5 }
 */
export function readings<S>(outputs: Record<string, OutputSpec<S>>, result: S, base: S): Readings {
  return Object.fromEntries(Object.entries(outputs).map(([key, spec]) => [key, spec.of(result, base)]));
}

/** Throws a RangeError naming `caller` unless `pct` is a share in (0, 100] percent. */
export function checkMovePct(pct: number, caller: string): void {
  if (!(pct > 0 && pct <= 100)) throw new RangeError(`${caller}: pct must be in (0, 100], got ${pct}`);
}

/** A signed number for an input's value: −2.0, 0.0, +2.0 (a real minus sign). */
export function signed(x: number, digits: number): string {
  return `${x < 0 ? '−' : x > 0 ? '+' : ''}${Math.abs(x).toFixed(digits)}`;
}
