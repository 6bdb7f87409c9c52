import { erlangB } from './erlang-b.ts';

/**
 * How much traffic `ports` ports take at a given blocking: the offered erlangs A with
 * erlangB(A, ports) = targetBlocking (to about 1e-12 relative), and the carried erlangs
 * A·(1 − target), which is what the ports actually hold on average.
 *
 * ports: a whole number ≥ 1. targetBlocking: a share in [1e-300, 1) (much below that a blocking
 * is no longer a normal double).
 *
 * Blocking rises with A, so the root is unique. It lies in (0, N / (1 − target)]: carried traffic
 * A·(1 − B) never exceeds N, so B ≥ 1 − N/A, which reaches the target at A = N / (1 − target).
 * Newton's method works on the log-odds ln((1 − B) / B) against ln A, which is close to a straight
 * line at both ends (≈ ln N! − N·ln A for light traffic, ≈ ln N − ln A for heavy), so a few steps
 * suffice from A = N. Its slope is −(N − A·(1 − B)) / (1 − B), never 0 because carried traffic stays
 * below N. A step leaving the bracket is replaced by bisection. Each step costs one O(N) Erlang B.
 *
 * Example: trafficForBlocking(15, 0.01) → { offeredErl: 8.1080…, carriedErl: 8.0269… }
 */
export function trafficForBlocking(ports: number, targetBlocking: number): { offeredErl: number; carriedErl: number } {
  if (!Number.isInteger(ports) || ports < 1) {
    throw new RangeError(`trafficForBlocking: ports must be a whole number >= 1, got ${ports}`);
  }
  if (!(targetBlocking >= 1e-300 && targetBlocking < 1)) {
    throw new RangeError(`trafficForBlocking: targetBlocking must be a share in [1e-300, 1), got ${targetBlocking}`);
  }
  const logOddsTarget = Math.log1p(-targetBlocking) - Math.log(targetBlocking);
  let lo = 0;
  let hi = ports / (1 - targetBlocking);
  let a = ports;
  for (let i = 0; i < 200; i++) {
    const b = erlangB(a, ports);
    // A subnormal B has lost its precision (or underflowed to 0): only its side of the root is trusted.
    const g = b < 2 ** -1022 ? Infinity : Math.log1p(-b) - Math.log(b) - logOddsTarget;
    if (g === 0) break;
    if (g > 0) lo = a;
    else hi = a;
    let next = Number.isFinite(g) ? a * Math.exp((g * (1 - b)) / (ports - a * (1 - b))) : NaN;
    const converged = Math.abs(next - a) <= 1e-14 * a;
    // Bisect in ln A: the bracket can span hundreds of orders of magnitude.
    if (!(next >= lo && next <= hi)) next = lo > 0 ? Math.sqrt(lo * hi) : hi / 16;
    a = next;
    if (converged || hi - lo <= 1e-14 * hi) break;
  }
  return { offeredErl: a, carriedErl: a * (1 - targetBlocking) };
}
