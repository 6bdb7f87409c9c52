/**
 * The fewest ports whose Erlang B blocking at `trafficErl` erlangs is at most `targetBlocking`:
 * the smallest N with erlangB(trafficErl, N) ≤ targetBlocking. Blocking falls as ports are added,
 * so one pass of the Erlang B recursion finds it in O(N).
 *
 * trafficErl: offered erlangs, finite and ≥ 0. targetBlocking: a share in (0, 1), e.g. 0.01 for 1 %.
 * With no traffic the answer is 1, not 0, because erlangB(A, 0) = 1 by convention.
 *
 * Example: portsForBlocking(10, 0.02) = 17 (16 ports would block 2.23 %, 17 block 1.29 %)
 */
export function portsForBlocking(trafficErl: number, targetBlocking: number): number {
  if (!(trafficErl >= 0) || !Number.isFinite(trafficErl)) {
    throw new RangeError(`portsForBlocking: trafficErl must be a finite number >= 0, got ${trafficErl}`);
  }
  if (!(targetBlocking > 0 && targetBlocking < 1)) {
    throw new RangeError(`portsForBlocking: targetBlocking must be a share in (0, 1), got ${targetBlocking}`);
  }
  let n = 0;
  let b = 1;
  while (b > targetBlocking) {
    n++;
    const ab = trafficErl * b;
    b = ab / (n + ab);
  }
  return n;
}
