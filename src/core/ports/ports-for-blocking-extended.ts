import { extendedErlangB } from './extended-erlang-b.ts';
import { portsForBlocking } from './ports-for-blocking.ts';

/**
 * The fewest ports whose Extended Erlang B blocking, B(A*, N) from `extendedErlangB` (the chance
 * that an attempt, first or retry, meets all ports busy), is at most `targetBlocking`, when a share
 * `retryShare` of blocked attempts is retried.
 *
 * trafficErl: first-attempt erlangs (finite, ≥ 0); targetBlocking in (0, 1); retryShare in [0, 1].
 * Bounds: retries only add traffic, so the answer is at least portsForBlocking(A, target); and it is
 * at most portsForBlocking(A / (1 − r·target), target), because at that N the offered traffic with
 * retries, A* = A / (1 − r·B(A*, N)), cannot exceed A / (1 − r·target) while B ≤ target. Blocking
 * falls as ports are added (fewer blocks, fewer retries), so bisection between the two bounds finds
 * the answer with a few O(N) evaluations. retryShare 0 gives exactly portsForBlocking.
 *
 * Example: portsForBlockingExtended(20, 0.02, 0.5) = 29 (Erlang B alone says 28)
 */
export function portsForBlockingExtended(trafficErl: number, targetBlocking: number, retryShare: number): number {
  if (!(trafficErl >= 0) || !Number.isFinite(trafficErl)) {
    throw new RangeError(`portsForBlockingExtended: trafficErl must be a finite number >= 0, got ${trafficErl}`);
  }
  if (!(targetBlocking > 0 && targetBlocking < 1)) {
    throw new RangeError(`portsForBlockingExtended: targetBlocking must be a share in (0, 1), got ${targetBlocking}`);
  }
  if (!(retryShare >= 0 && retryShare <= 1)) {
    throw new RangeError(`portsForBlockingExtended: retryShare must be in [0, 1], got ${retryShare}`);
  }
  let lo = portsForBlocking(trafficErl, targetBlocking);
  // With every blocked attempt retried there is no steady state until ports exceed the traffic.
  if (retryShare === 1 && trafficErl > 0) lo = Math.max(lo, Math.floor(trafficErl) + 1);
  const fits = (n: number) => extendedErlangB(trafficErl, n, retryShare).blocking <= targetBlocking;
  if (fits(lo)) return lo;
  let hi = Math.max(lo + 1, portsForBlocking(trafficErl / (1 - retryShare * targetBlocking), targetBlocking));
  // The upper bound holds exactly; rounding at a blocking equal to the target could still miss it.
  while (!fits(hi)) hi++;
  // Invariant: lo does not fit, hi fits.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
