/**
 * Special functions for the BG/NBD and Gamma-Gamma models, computed in log space where the
 * plain values would overflow (gamma of a large purchase count, the hypergeometric series for a
 * frequent buyer).
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** log |Gamma(x)| (Lanczos, g = 7; about 15 significant digits). Never overflows for large x. */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x === Infinity ? Infinity : NaN;
  if (x < 0.5) {
    // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
    const s = Math.sin(Math.PI * x);
    if (s === 0) return Infinity;
    return Math.log(Math.PI / Math.abs(s)) - lgamma(1 - x);
  }
  const y = x - 1;
  let series = LANCZOS_COEFFICIENTS[0] as number;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += (LANCZOS_COEFFICIENTS[i] as number) / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(series);
}

/** log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b). */
export function logBeta(a: number, b: number): number {
  return lgamma(a) + lgamma(b) - lgamma(a + b);
}

/** The digamma function psi(x) = d/dx log Gamma(x), for x > 0 (recurrence, then the asymptotic series). */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const tail = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return shift + Math.log(x) - 0.5 * inv - tail;
}

const HYPERGEOMETRIC_MAX_TERMS = 1_000_000;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) by its power series, for 0 <= z < 1 and c not a
 * non-positive integer. Returns NaN outside that domain. Callers keep a and b small (see
 * `bgnbd.ts`, which uses Euler's transformation) so the terms stay modest.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || (c <= 0 && Number.isInteger(c))) return NaN;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < HYPERGEOMETRIC_MAX_TERMS; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) return sum;
  }
  return sum;
}
