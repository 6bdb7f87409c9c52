import { busyHourOfWeek } from './busy-hour.ts';
import { portsForBlocking } from './ports-for-blocking.ts';
import type { TrafficModel, WhatIf } from './types.ts';

/** The widest default range of port counts simulated. */
const MAX_WIDTH = 60;

/**
 * The default range of port counts to simulate, from the busy-hour offered traffic A (erlangs,
 * busyHourOfWeek): lo = the Erlang B answer at 10 % blocking; hi = the larger of the observed peak
 * and a quick estimate of the simulated peak, Erlang B at 0.01 % blocking plus a margin of
 * 2 + ⌈√A⌉ ports (bursts and retries push the real peak past the Poisson one). hi ≥ lo + 1, lo ≥ 1.
 * At most 60 counts: a wider range is cut to 60 around the 1 % answer so that it stays inside.
 * Example: a busy hour of 10 E, no observed peak → { lo: 13, hi: 30 } (Erlang B: 13 ports block
 * < 10 %, 24 block < 0.01 %, plus 2 + ⌈√10⌉ = 6); at 1,000 E the range is cut to { lo: 999, hi: 1058 }
 * around the 1 % answer, 1,029.
 */
export function defaultPortRange(model: TrafficModel, whatIf: WhatIf, observedPeak?: number): { lo: number; hi: number } {
  const erlangs = busyHourOfWeek(model, whatIf).erlangs;
  const lo = Math.max(1, portsForBlocking(erlangs, 0.1));
  const pilot = portsForBlocking(erlangs, 1e-4) + 2 + Math.ceil(Math.sqrt(erlangs));
  let hi = Math.max(lo + 1, pilot, Number.isFinite(observedPeak) ? Math.ceil(observedPeak as number) : 0);
  if (hi - lo + 1 <= MAX_WIDTH) return { lo, hi };
  const onePct = portsForBlocking(erlangs, 0.01);
  const from = Math.max(lo, onePct - MAX_WIDTH / 2);
  hi = from + MAX_WIDTH - 1;
  return { lo: from, hi };
}
