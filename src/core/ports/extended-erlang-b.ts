import { erlangB } from './erlang-b.ts';

/**
 * Extended Erlang B: Erlang B when a share `retryShare` of blocked attempts is tried again (and
 * blocked again with the same probability) while the rest give up.
 *
 * trafficErl: first-attempt traffic A in erlangs (finite, ≥ 0); ports: a whole number ≥ 0;
 * retryShare: r in [0, 1]. With r = 1 nothing is ever abandoned, so a steady state exists only
 * when A < ports; otherwise a RangeError says so.
 *
 * The total offered traffic A* (first attempts plus retries) is the fixed point of the standard
 * iteration A_{k+1} = A + r·A_k·B(A_k, N), i.e. the root of h(x) = x − A − r·x·B(x, N). h rises
 * with x (the overflow x·B grows more slowly than x), h(A) ≤ 0, so the root is unique. It is solved
 * by Newton's method on h (kept inside a bisection bracket) to 1e-12 relative, rather than by the
 * plain iteration: when r is near 1 and the ports are overloaded its steps shrink only by a factor
 * of about r each, so it needs thousands of them, and a small step there is no sign of a small error.
 *
 * Returns both blockings a sizing needs:
 * - blocking = B(A*, N): the probability that any attempt, first or retry, meets all ports busy
 *   (what an "insufficient ports" rate per attempt measures, and what port sizing targets);
 * - lostShare = (1 − r)·A*·B(A*, N) / A = (1 − r)·B / (1 − r·B): the share of first-attempt calls
 *   that are finally lost (each blocked attempt is abandoned with probability 1 − r; the second form
 *   follows from A = A*·(1 − r·B) at the fixed point). With no traffic it is its limit: B(0, N).
 * plus offeredWithRetriesErl = A* and the number of Newton steps taken (0 when r = 0).
 * r = 0 gives exactly Erlang B: A* = A and blocking = lostShare = erlangB(A, N).
 *
 * Example: extendedErlangB(10, 15, 0.5) → { blocking: 0.04069…, lostShare: 0.02077…, offeredWithRetriesErl: 10.2077…, iterations: 6 }
 */
export function extendedErlangB(
  trafficErl: number,
  ports: number,
  retryShare: number,
): { blocking: number; lostShare: number; offeredWithRetriesErl: number; iterations: number } {
  if (!(trafficErl >= 0) || !Number.isFinite(trafficErl)) {
    throw new RangeError(`extendedErlangB: trafficErl must be a finite number >= 0, got ${trafficErl}`);
  }
  if (!Number.isInteger(ports) || ports < 0) {
    throw new RangeError(`extendedErlangB: ports must be a whole number >= 0, got ${ports}`);
  }
  if (!(retryShare >= 0 && retryShare <= 1)) {
    throw new RangeError(`extendedErlangB: retryShare must be in [0, 1], got ${retryShare}`);
  }
  if (retryShare === 1 && trafficErl > 0 && trafficErl >= ports) {
    throw new RangeError(
      `extendedErlangB: with every blocked attempt retried (retryShare 1), trafficErl (${trafficErl}) must be below ports (${ports}), or retries grow without bound`,
    );
  }
  const r = retryShare;
  const A = trafficErl;
  let x = A;
  let b = erlangB(A, ports);
  let iterations = 0;
  if (r > 0 && A > 0) {
    // Bracket the root: h(A) ≤ 0; double until h ≥ 0 (within log2(1 / (1 − r)) doublings for r < 1,
    // and finitely many for r = 1 because carried traffic tends to N > A).
    let lo = A;
    let hi = A;
    for (let hb = -r * A * b; hb < 0; hb = hi - A - r * hi * erlangB(hi, ports)) {
      lo = hi;
      hi *= 2;
    }
    x = (lo + hi) / 2;
    while (iterations < 200) {
      iterations++;
      b = erlangB(x, ports);
      const h = x - A - r * x * b;
      if (h === 0) break;
      if (h < 0) lo = x;
      else hi = x;
      // d(x·B)/dx = B·(1 + N − x + x·B) (from d ln B / dx = N/x − 1 + B).
      const slope = 1 - r * b * (1 + ports - x + x * b);
      let next = x - h / slope;
      const converged = Math.abs(next - x) <= 1e-12 * x;
      if (!(next >= lo && next <= hi)) next = (lo + hi) / 2;
      x = next;
      if (converged || hi - lo <= 1e-12 * hi) {
        b = erlangB(x, ports);
        break;
      }
    }
  }
  const lostShare = b === 1 && r === 1 ? 0 : ((1 - r) * b) / (1 - r * b);
  return { blocking: b, lostShare, offeredWithRetriesErl: x, iterations };
}
