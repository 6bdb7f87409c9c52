import type { TrafficModel, WhatIf } from './types.ts';

/**
 * The busy hour of the week: the local hour (weekday * 24 + hour, Monday = 0) with the highest
 * expected offered load, Σ over streams of ratePerHour × (1 + growthPct/100) × multiplier × meanSec / 3600,
 * in erlangs (first attempts; retries not included). Ties go to the earliest hour.
 * Example: one stream at 200 calls/h on Monday 10h (else less), 180 s mean holding, no what-if
 * → { hourOfWeek: 10, erlangs: 10 }.
 */
export function busyHourOfWeek(model: TrafficModel, whatIf: WhatIf): { hourOfWeek: number; erlangs: number } {
  const growth = 1 + whatIf.growthPct / 100;
  let best = 0;
  let bestErl = -Infinity;
  for (let h = 0; h < 168; h++) {
    let erl = 0;
    for (const stream of model.streams) {
      const m = whatIf.multipliers[stream.kind] ?? 1;
      erl += (stream.ratePerHour[h] * growth * m * stream.holding.meanSec) / 3600;
    }
    if (erl > bestErl) {
      bestErl = erl;
      best = h;
    }
  }
  return { hourOfWeek: best, erlangs: Math.max(0, bestErl) };
}
