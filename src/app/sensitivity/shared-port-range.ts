/**
 * One range of port counts for every run of a Ports tornado: blocking is read at the same N in
 * each run, and each run's own recommendation should fall inside the range it simulated.
 */
import { defaultPortRange } from '../../core/ports/default-port-range.ts';
import type { TrafficModel, WhatIf } from '../../core/ports/types.ts';
import { MAX_RANGE_WIDTH } from '../state/ports-inputs.ts';

/**
 * The smallest range holding the default range (defaultPortRange) of every run, cut to the widest
 * range the Ports page allows from its low end (a run's cost grows with the range).
 * Example: default ranges 11..26 (base) and 14..31 (volume ×1.2) → { lo: 11, hi: 31 }
 */
export function sharedPortRange(runs: readonly { model: TrafficModel; whatIf: WhatIf }[], observedPeak?: number): { lo: number; hi: number } {
  if (runs.length === 0) throw new RangeError('sharedPortRange: needs at least one run');
  let lo = Infinity;
  let hi = -Infinity;
  for (const run of runs) {
    const r = defaultPortRange(run.model, run.whatIf, observedPeak);
    lo = Math.min(lo, r.lo);
    hi = Math.max(hi, r.hi);
  }
  return { lo, hi: Math.min(hi, lo + MAX_RANGE_WIDTH - 1) };
}
