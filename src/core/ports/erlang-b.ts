/**
 * Erlang B: the probability that an attempt offered to `ports` shared ports finds every one busy
 * (a loss system: no queue, a blocked attempt is lost). Exact for Poisson arrivals with any
 * holding-time distribution (domain.md section 2).
 *
 * trafficErl is the offered traffic in erlangs (arrivals per hour × mean holding hours); ports is a
 * whole number ≥ 0. Conventions: ports = 0 → 1 (even with no traffic), traffic 0 with ports ≥ 1 → 0.
 *
 * Uses the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every step is a ratio of positive
 * numbers, so it neither cancels nor overflows, and A and N in the tens of thousands (and far beyond)
 * cost O(N) with full precision; a blocking too small for a double underflows gracefully to 0.
 *
 * Example: erlangB(10, 15) ≈ 0.03649 (15 ports offered 10 E block 3.65 % of attempts); erlangB(2, 2) = 0.4
 */
export function erlangB(trafficErl: number, ports: number): number {
  if (!(trafficErl >= 0) || !Number.isFinite(trafficErl)) {
    throw new RangeError(`erlangB: trafficErl must be a finite number >= 0, got ${trafficErl}`);
  }
  if (!Number.isInteger(ports) || ports < 0) {
    throw new RangeError(`erlangB: ports must be a whole number >= 0, got ${ports}`);
  }
  let b = 1;
  for (let n = 1; n <= ports; n++) {
    const ab = trafficErl * b;
    b = ab / (n + ab);
  }
  return b;
}
