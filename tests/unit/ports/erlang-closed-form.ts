/**
 * Erlang B straight from its definition, B(A, N) = (A^N / N!) / Σ_{k=0..N} A^k / k!, computed
 * two ways that share nothing with the recursion under test.
 */

/** Exact, in big-integer arithmetic, for a rational traffic A = num / den and small N. */
export function exactErlangB(num: number, den: number, ports: number): number {
  // Multiply every term by den^N · N!: term k becomes num^k · den^(N−k) · N! / k!.
  const p = BigInt(num);
  const q = BigInt(den);
  let sum = 0n;
  let last = 0n;
  for (let k = 0; k <= ports; k++) {
    let fallingFactorial = 1n; // N! / k!
    for (let j = k + 1; j <= ports; j++) fallingFactorial *= BigInt(j);
    last = p ** BigInt(k) * q ** BigInt(ports - k) * fallingFactorial;
    sum += last;
  }
  return bigRatio(last, sum);
}

/** a / b for big integers, to full double precision however large they are. */
function bigRatio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = b.toString(2).length - a.toString(2).length + 64;
  const scaled = shift >= 0 ? (a << BigInt(shift)) / b : a / (b << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

/** In log space with log-sum-exp: ln term_k = k·ln A − ln k!, for any A > 0 and large N. */
export function logSpaceErlangB(traffic: number, ports: number): number {
  const logTerms = new Float64Array(ports + 1);
  let logFactorial = 0;
  for (let k = 0; k <= ports; k++) {
    if (k > 0) logFactorial += Math.log(k);
    logTerms[k] = k * Math.log(traffic) - logFactorial;
  }
  let max = -Infinity;
  for (const v of logTerms) max = Math.max(max, v);
  let sum = 0;
  for (const v of logTerms) sum += Math.exp(v - max);
  return Math.exp(logTerms[ports]! - max - Math.log(sum));
}
