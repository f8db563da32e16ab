/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42; Hardie's note 025): a customer's purchase
 * values are gamma(p, nu) with nu ~ gamma(q, v) across customers. Fitted on customers with repeat
 * purchases (x > 0) and a positive mean repeat value zbar.
 */
import { digamma, lgamma } from './special';
import { minimiseBfgs } from './optimise';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLik: number;
  converged: boolean;
  iterations: number;
}

/** Repeat purchases and their mean value, for customers with x > 0 and zbar > 0 only. */
export interface GammaGammaData {
  x: ArrayLike<number>;
  zbar: ArrayLike<number>;
}

interface Prepared {
  distinctX: Float64Array;
  countOfX: Float64Array;
  x: Float64Array;
  logM: Float64Array;
  m: Float64Array;
}

function prepare(data: GammaGammaData, valueScale: number): Prepared {
  const n = data.x.length;
  const indexOf = new Map<number, number>();
  const distinct: number[] = [];
  const counts: number[] = [];
  const m = new Float64Array(n);
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
    m[i] = (data.zbar[i] as number) * valueScale;
  }
  return {
    distinctX: Float64Array.from(distinct),
    countOfX: Float64Array.from(counts),
    x: Float64Array.from(data.x),
    logM: m.map(Math.log),
    m,
  };
}

function logLikelihood({ p, q, v }: GammaGammaParams, data: Prepared): { value: number; gradient: Float64Array } {
  const { distinctX, countOfX, x, m, logM } = data;
  let value = 0;
  let gp = 0;
  let gq = 0;
  let gv = 0;
  const logV = Math.log(v);
  const lgammaQ = lgamma(q);
  const psiQ = digamma(q);
  for (let k = 0; k < distinctX.length; k++) {
    const xk = distinctX[k] as number;
    const c = countOfX[k] as number;
    const px = p * xk;
    const logX = Math.log(xk);
    const psiPXQ = digamma(px + q);
    value += c * (lgamma(px + q) - lgamma(px) - lgammaQ + q * logV + px * logX);
    gp += c * xk * (psiPXQ - digamma(px) + logX);
    gq += c * (psiPXQ - psiQ + logV);
    gv += (c * q) / v;
  }
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const spend = xi * (m[i] as number) + v;
    const logSpend = Math.log(spend);
    const lm = logM[i] as number;
    const px = p * xi;
    value += (px - 1) * lm - (px + q) * logSpend;
    gp += xi * (lm - logSpend);
    gq -= logSpend;
    gv -= (px + q) / spend;
  }
  return { value, gradient: Float64Array.of(gp, gq, gv) };
}

/** The Gamma-Gamma log-likelihood and its gradient in (p, q, v). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): { value: number; gradient: Float64Array } {
  return logLikelihood(params, prepare(data, 1));
}

/** Maximum-likelihood fit from p = q = 1 and v = 1 on values scaled to mean 1. */
export function fitGammaGamma(data: GammaGammaData): GammaGammaFit {
  const n = data.x.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += data.zbar[i] as number;
  const valueScale = total > 0 ? n / total : 1;
  const scaled = prepare(data, valueScale);
  const result = minimiseBfgs(
    (point) => {
      const params = { p: Math.exp(point[0] as number), q: Math.exp(point[1] as number), v: Math.exp(point[2] as number) };
      const ll = logLikelihood(params, scaled);
      const values = [params.p, params.q, params.v];
      return { value: -ll.value / n, gradient: ll.gradient.map((g, j) => (-g * (values[j] as number)) / n) };
    },
    [0, 0, 0],
  );
  const params = {
    p: Math.exp(result.point[0] as number),
    q: Math.exp(result.point[1] as number),
    v: Math.exp(result.point[2] as number) / valueScale,
  };
  return { ...params, logLik: logLikelihood(params, prepare(data, 1)).value, converged: result.converged, iterations: result.iterations };
}

/** The population mean spend per purchase, v p / (q - 1); infinite when q <= 1. */
export function populationMeanValue({ p, q, v }: GammaGammaParams): number {
  return q > 1 ? (v * p) / (q - 1) : Infinity;
}

/**
 * E[mean purchase value | x, zbar] (Hardie's note 025, equation 5): a weighted average of the
 * customer's own mean and the population mean, the weight growing with x.
 */
export function conditionalExpectedAverageValue(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q } = params;
  const weight = (p * x) / (p * x + q - 1);
  return (1 - weight) * populationMeanValue(params) + weight * zbar;
}
