/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers the easy
 * way", Marketing Science 24(2)): purchases Poisson with a gamma(r, alpha) rate while alive; after
 * each purchase the customer drops out with a beta(a, b) probability.
 *
 * The likelihood is summed in log space (log-sum-exp of its two terms), the gamma-function terms are
 * computed once per distinct purchase count, and the fit is BFGS on log-parameters with the analytic
 * gradient, on times scaled so the oldest customer has age 1 (as `lifetimes` does).
 */
import { digamma, hyp2f1, lgamma } from './special';
import { minimiseBfgs } from './optimise';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  logLik: number;
  converged: boolean;
  iterations: number;
}

/** The columns the model needs: repeat purchases, recency and age, all in the same time unit. */
export interface BgNbdData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/**
 * The data grouped for the likelihood: per customer, the index of its x in `distinctX` and of its
 * T and t_x in `distinctTimes`. Ages and recencies are whole days over a few years, a few
 * thousand values for a million customers, so log(alpha + T) and log(alpha + t_x) are taken once
 * per distinct value rather than once per customer.
 */
interface Grouped {
  n: number;
  xIndex: Int32Array;
  distinctX: Float64Array;
  countOfX: Float64Array;
  TIndex: Int32Array;
  txIndex: Int32Array;
  distinctTimes: Float64Array;
}

/** Grouped with the times multiplied by a scale (the fit's: the oldest customer has age 1). */
interface PreparedData extends Grouped {
  times: Float64Array;
}

function group(data: BgNbdData): Grouped {
  const n = data.x.length;
  const indexOf = new Map<number, number>();
  const xIndex = new Int32Array(n);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = data.x[i] as number;
    let k = indexOf.get(x);
    if (k === undefined) {
      k = distinct.length;
      indexOf.set(x, k);
      distinct.push(x);
      counts.push(0);
    }
    counts[k] = (counts[k] as number) + 1;
    xIndex[i] = k;
  }
  const timeOf = new Map<number, number>();
  const times: number[] = [];
  const indexOfTime = (t: number): number => {
    let k = timeOf.get(t);
    if (k === undefined) {
      k = times.length;
      timeOf.set(t, k);
      times.push(t);
    }
    return k;
  };
  const TIndex = new Int32Array(n);
  const txIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    TIndex[i] = indexOfTime(data.T[i] as number);
    txIndex[i] = indexOfTime(data.tx[i] as number);
  }
  return { n, xIndex, distinctX: Float64Array.from(distinct), countOfX: Float64Array.from(counts), TIndex, txIndex, distinctTimes: Float64Array.from(times) };
}

function scaled(grouped: Grouped, timeScale: number): PreparedData {
  return { ...grouped, times: grouped.distinctTimes.map((t) => t * timeScale) };
}

interface LogLikelihood {
  value: number;
  /** d logLik / d (r, alpha, a, b). */
  gradient: Float64Array;
}

function logLikelihood({ r, alpha, a, b }: BgNbdParams, data: PreparedData): LogLikelihood {
  const { distinctX, countOfX, xIndex, TIndex, txIndex, times } = data;
  let value = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;

  // Terms that depend on the customer only through x.
  const logAlpha = Math.log(alpha);
  const constantPart = lgamma(a + b) - lgamma(b) - lgamma(r);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  const logDropOdds = new Float64Array(distinctX.length); // log(a / (b + x - 1)), x > 0
  for (let k = 0; k < distinctX.length; k++) {
    const x = distinctX[k] as number;
    const c = countOfX[k] as number;
    value += c * (lgamma(r + x) + r * logAlpha + constantPart + lgamma(b + x) - lgamma(a + b + x));
    const psiABX = digamma(a + b + x);
    gr += c * (digamma(r + x) - psiR + logAlpha);
    gAlpha += (c * r) / alpha;
    ga += c * (psiAB - psiABX);
    gb += c * (psiAB + digamma(b + x) - psiB - psiABX);
    if (x > 0) logDropOdds[k] = Math.log(a / (b + x - 1));
  }
  // alpha + t and its log, per distinct time.
  const shifted = times.map((t) => alpha + t);
  const logShifted = shifted.map(Math.log);

  for (let i = 0; i < data.n; i++) {
    const k = xIndex[i] as number;
    const x = distinctX[k] as number;
    const ageAt = TIndex[i] as number;
    const ageTerm = shifted[ageAt] as number;
    const logAge = logShifted[ageAt] as number;
    if (x === 0) {
      value -= r * logAge;
      gr -= logAge;
      gAlpha -= r / ageTerm;
      continue;
    }
    const recencyAt = txIndex[i] as number;
    const recencyTerm = shifted[recencyAt] as number;
    const logRecency = logShifted[recencyAt] as number;
    const a3 = -(r + x) * logAge; // alive throughout
    const a4 = (logDropOdds[k] as number) - (r + x) * logRecency; // dropped out after the last purchase
    // log(e^a3 + e^a4) as top + log(1 + e^(other - top)); the top term's e^0 = 1 is not computed.
    const lse = a3 >= a4 ? a3 + Math.log(1 + Math.exp(a4 - a3)) : a4 + Math.log(Math.exp(a3 - a4) + 1);
    const w4 = Math.exp(a4 - lse);
    const w3 = 1 - w4;
    value += lse;
    gr -= w3 * logAge + w4 * logRecency;
    gAlpha -= (r + x) * (w3 / ageTerm + w4 / recencyTerm);
    ga += w4 / a;
    gb -= w4 / (b + x - 1);
  }
  return { value, gradient: Float64Array.of(gr, gAlpha, ga, gb) };
}

/** The BG/NBD log-likelihood of the data (sum over customers) and its gradient in (r, alpha, a, b). */
export function bgNbdLogLikelihood(params: BgNbdParams, data: BgNbdData): LogLikelihood {
  return logLikelihood(params, scaled(group(data), 1));
}

function fromLog(point: ArrayLike<number>): BgNbdParams {
  return { r: Math.exp(point[0] as number), alpha: Math.exp(point[1] as number), a: Math.exp(point[2] as number), b: Math.exp(point[3] as number) };
}

/** Maximum-likelihood fit from the start r = alpha = a = b = 1 (on scaled time). */
export function fitBgNbd(data: BgNbdData): BgNbdFit {
  let maxT = 0;
  for (let i = 0; i < data.T.length; i++) maxT = Math.max(maxT, data.T[i] as number);
  const timeScale = maxT > 0 ? 1 / maxT : 1;
  const grouped = group(data);
  const onScaledTimes = scaled(grouped, timeScale);
  const n = data.T.length;

  const result = minimiseBfgs(
    (point) => {
      const params = fromLog(point);
      const ll = logLikelihood(params, onScaledTimes);
      const p = [params.r, params.alpha, params.a, params.b];
      // Mean negative log-likelihood, differentiated by the chain rule for log-parameters.
      return { value: -ll.value / n, gradient: ll.gradient.map((g, j) => (-g * (p[j] as number)) / n) };
    },
    [0, 0, 0, 0],
  );

  const scaledParams = fromLog(result.point);
  const params = { ...scaledParams, alpha: scaledParams.alpha / timeScale };
  return {
    ...params,
    logLik: logLikelihood(params, scaled(grouped, 1)).value,
    converged: result.converged,
    iterations: result.iterations,
  };
}

const A_NEAR_ONE = 1e-6;

/** log of the odds that a customer with x > 0 has dropped out rather than being alive (`a` given apart: aliveDivisor steps it off 1). */
function logDeadOdds({ r, alpha, b }: BgNbdParams, a: number, x: number, tx: number, T: number): number {
  return Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
}

/** P(alive | x, t_x, T). A customer with no repeat purchase has not had a chance to drop out: 1. */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + Math.exp(logDeadOdds(params, params.a, x, tx, T)));
}

/** The model's a, stepped just off 1: at a = 1 equation 10 is 0/0 with a finite limit (error ~1e-6 relative). */
function offOne(a: number): number {
  return Math.abs(a - 1) < A_NEAR_ONE ? 1 + A_NEAR_ONE : a;
}

/**
 * The numerator of equation 10 (below): the expected purchases in (T, T + t] of a customer still
 * alive, which depends on the customer through x and T only (not t_x), so customers who share them
 * share it. t > 0.
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, b } = params;
  const a = offOne(params.a);
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const hyper = hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * (1 - hyper * Math.pow(1 - z, a - 1));
}

/** The denominator of equation 10: 1 / P(alive | x, t_x, T), with a as expectedPurchasesIfAlive takes it. */
export function aliveDivisor(params: BgNbdParams, x: number, tx: number, T: number): number {
  return x > 0 ? 1 + Math.exp(logDeadOdds(params, offOne(params.a), x, tx, T)) : 1;
}

/**
 * E[purchases in (T, T + t] | x, t_x, T] (equation 10 of the paper), with c = a+b+x-1 and
 * z = t / (alpha + T + t). The hypergeometric term goes through Euler's transformation,
 * 2F1(r+x, b+x; c; z) = (1-z)^(a-1-r-x) 2F1(a+b-1-r, a-1; c; z), whose upper parameters do not grow
 * with x, so the series neither overflows nor crawls for frequent buyers.
 */
export function conditionalExpectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  return expectedPurchasesIfAlive(params, t, x, T) / aliveDivisor(params, x, tx, T);
}
