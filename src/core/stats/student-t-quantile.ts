/**
 * The p-quantile of Student's t distribution with `df` degrees of freedom: the t with
 * P(T ≤ t) = p. Used for confidence intervals from a handful of replications.
 *
 * p in (0, 1); df > 0 (need not be whole), or Infinity for the standard normal.
 * Closed forms for df = 1 (Cauchy) and df = 2; otherwise Newton's method on the exact CDF,
 * P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t²) (the regularized incomplete beta function,
 * by its continued fraction), worked in logarithms so that far tails keep their precision. Above
 * df = 10⁶ the Cornish–Fisher expansion around the normal quantile (Acklam's approximation, relative
 * error below 1.2e-9) is used instead. Accurate to 1e-10 relative or better for 1 ≤ df ≤ 10⁶, and to
 * about 1e-9 above.
 *
 * Example: studentTQuantile(0.975, 9) ≈ 2.262157; studentTQuantile(0.975, Infinity) ≈ 1.959964
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  // Symmetry: solve for the upper tail q = P(T > t) < 1/2; 1 − p is exact for p ≥ 1/2.
  return p > 0.5 ? upperQuantile(1 - p, df) : -upperQuantile(p, df);
}

function upperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * q); // tan(π(1/2 − q)), exact in the far tail too
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const z = -normalQuantile(q);
  // Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), first two correction terms.
  const z2 = z * z;
  const cf = z + (z * (z2 + 1)) / (4 * df) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df);
  if (df > 1e6) return cf;

  const a = df / 2;
  const logQ = Math.log(q);
  const logPdfAt0 = logGammaRatioHalf(a) - 0.5 * Math.log(df * Math.PI);
  // Newton on g(u) = ln P(T > e^u) − ln q, nearly linear in u = ln t both in the body and in the
  // power-law tail. The root stays bracketed; a step that escapes the bracket is replaced by bisection.
  let loU = -Infinity;
  let hiU = Infinity;
  let u = Math.log(cf > 0 && Number.isFinite(cf) ? cf : 1);
  for (let i = 0; i < 200; i++) {
    const t = Math.exp(u);
    const logTail = logUpperTail(t, df);
    const g = logTail - logQ;
    if (g === 0) break;
    if (g > 0) loU = u;
    else hiU = u;
    const logPdf = logPdfAt0 - (a + 0.5) * Math.log1p((t * t) / df);
    let next = u + g / Math.exp(u + logPdf - logTail);
    const converged = Math.abs(next - u) <= 1e-15 * Math.max(1, Math.abs(u));
    if (!(next >= loU && next <= hiU)) {
      if (Number.isFinite(loU) && Number.isFinite(hiU)) next = (loU + hiU) / 2;
      else next = Number.isFinite(loU) ? loU + 1 : hiU - 1;
    }
    u = next;
    if (converged || hiU - loU <= 1e-15 * Math.max(1, Math.abs(u))) break;
  }
  return Math.exp(u);
}

/** ln P(T > t) for t > 0, as ln(I_x(a, 1/2) / 2) with a = df/2 and x = df / (df + t²). */
function logUpperTail(t: number, df: number): number {
  const a = df / 2;
  const r = (t * t) / df;
  const logX = -Math.log1p(r);
  const logY = Math.log(r) - Math.log1p(r); // ln(1 − x) without forming 1 − x
  // ln[x^a · y^(1/2) / B(a, 1/2)], B(a, 1/2) = Γ(a) Γ(1/2) / Γ(a + 1/2)
  const logFront = logGammaRatioHalf(a) - 0.5 * Math.log(Math.PI) + a * logX + 0.5 * logY;
  const x = 1 / (1 + r);
  if (x < (a + 1) / (a + 2.5)) return logFront + Math.log(betaContinuedFraction(a, 0.5, x) / (2 * a));
  return Math.log(0.5 - Math.exp(logFront) * betaContinuedFraction(0.5, a, r / (1 + r)));
}

/** The continued fraction for I_x(a, b) (Numerical Recipes' betacf, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const clamp = (v: number) => (Math.abs(v) < tiny ? tiny : v);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/**
 * ln[Γ(a + 1/2) / Γ(a)]. For large a the two log-gammas are huge and nearly equal, so their
 * difference is taken from Stirling's series term by term instead of by subtraction.
 */
function logGammaRatioHalf(a: number): number {
  if (a < 20) return lnGamma(a + 0.5) - lnGamma(a);
  const corr = (x: number) => {
    const x2 = x * x;
    return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
  };
  return 0.5 * Math.log(a) + a * Math.log1p(0.5 / a) - 0.5 + corr(a + 0.5) - corr(a);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; about 15 significant digits). */
function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xm = x - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) s += LANCZOS[i]! / (xm + i);
  const t = xm + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(s);
}

/** The standard normal quantile by Acklam's rational approximation (relative error < 1.15e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tailPoly = (r: number) =>
    (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
    ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  if (p < 0.02425) return tailPoly(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tailPoly(Math.sqrt(-2 * Math.log1p(-p)));
  const s = p - 0.5;
  const r = s * s;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * s) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
