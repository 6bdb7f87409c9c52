import seedrandom from 'seedrandom';

/**
 * Alea's state (s0, s1, s2, carry) as a typed array. The kernel's hot loops copy it into locals and
 * step the generator inline, with no call per number; the slow paths step it through nextUniform.
 * Either way the numbers are exactly those of createStream(seed): the same algorithm (Alea,
 * J. Baagøe) from the same seeded state (seedrandom.alea(seed)).
 */
export type AleaState = Float64Array;

/**
 * A fresh state for `seed`.
 * Example: const st = aleaState('42/0'); nextUniform(st) === createStream('42/0')()
 */
export function aleaState(seed: string): AleaState {
  const s = seedrandom.alea(seed, { state: true }).state() as seedrandom.State.Alea;
  return Float64Array.of(s.s0, s.s1, s.s2, s.c);
}

/** The next uniform on [0, 1), a multiple of 2^-32: s(n) = 2091639 · s(n−3) + carry · 2^-32, carry = ⌊·⌋. */
export function nextUniform(st: AleaState): number {
  const t = 2091639 * st[0] + st[3] * 2.3283064365386963e-10;
  st[0] = st[1];
  st[1] = st[2];
  const c = t | 0;
  st[3] = c;
  return (st[2] = t - c);
}
