/**
 * A small seeded random source (sfc32, by Chris Doty-Humphrey) and the distributions the sample
 * generator draws from. Own PRNG rather than Math.random so that a seed always gives the same
 * workbook, in Node and in the browser alike.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Standard normal (mean 0, sd 1). */
  normal(): number;
  /** exp(N(mu, sigma)). */
  lognormal(mu: number, sigma: number): number;
  /** Poisson-distributed count with the given mean (fine for the small means used here). */
  poisson(mean: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index drawn by weight from a cumulative-weight table (see cumulative()). */
  weighted(cumulativeWeights: ArrayLike<number>): number;
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = (seed >>> 0) ^ 0x5bd1e995;
  const raw = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Mix the seed in before first use: nearby seeds would otherwise start out correlated.
  for (let i = 0; i < 15; i++) raw();

  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    let u = raw();
    while (u === 0) u = raw();
    const v = raw();
    const radius = Math.sqrt(-2 * Math.log(u));
    spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };

  return {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    between: (min, max) => min + raw() * (max - min),
    normal,
    lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = raw();
      while (p > limit) {
        k++;
        p *= raw();
      }
      return k;
    },
    chance: (p) => raw() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(raw() * items.length)] as T,
    weighted: (cumulativeWeights) => lowerBound(cumulativeWeights, raw() * (cumulativeWeights[cumulativeWeights.length - 1] ?? 0)),
  };
}

/** Running sums of weights, for Random.weighted. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0;
    out[i] = sum;
  }
  return out;
}

/** First index whose running sum exceeds target. */
function lowerBound(sums: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sums[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
