import { digamma, hyp2f1, lgamma, logBeta } from '../../../../src/domain/clv/predictive/special';

const EULER_GAMMA = 0.5772156649015329;

function logFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

describe('lgamma', () => {
  it.each([1, 2, 3, 5, 10, 20, 50, 170])('matches log((n-1)!) at n = %d', (n) => {
    expect(lgamma(n)).toBeCloseTo(logFactorial(n - 1), 10);
  });

  it('matches Gamma(1/2) = sqrt(pi) and the reflection region', () => {
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    // Gamma(0.1) = 9.51350769866873...
    expect(lgamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
    // |Gamma(-0.5)| = 2 sqrt(pi)
    expect(lgamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 12);
  });

  it('stays finite far beyond where Gamma overflows (Stirling)', () => {
    const x = 1e6;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    expect(lgamma(x) / stirling).toBeCloseTo(1, 12);
  });

  it('satisfies lgamma(x + 1) = lgamma(x) + log x', () => {
    for (const x of [0.013, 0.7, 3.3, 41.5, 987.25]) expect(lgamma(x + 1) - lgamma(x)).toBeCloseTo(Math.log(x), 9);
  });
});

describe('logBeta', () => {
  it('matches B(a, b) for small integers and B(1/2, 1/2) = pi', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 12);
  });
});

describe('digamma', () => {
  it('matches known values', () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 12);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.log(2), 12);
    expect(digamma(10)).toBeCloseTo(-EULER_GAMMA + [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, k) => s + 1 / k, 0), 12);
  });

  it('is the derivative of lgamma', () => {
    for (const x of [0.05, 0.8, 2.5, 13, 400]) {
      const h = 1e-5 * Math.max(1, x);
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 5);
    }
  });

  it('is NaN outside its domain', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-1.5)).toBeNaN();
  });
});

describe('hyp2f1', () => {
  it('matches closed forms', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
      // 2F1(1, 1; 2; z) = -log(1 - z) / z
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 10);
      // 2F1(a, b; b; z) = (1 - z)^-a
      expect(hyp2f1(0.7, 2.3, 2.3, z)).toBeCloseTo(Math.pow(1 - z, -0.7), 9);
    }
  });

  it('is a polynomial when an upper parameter is a negative integer', () => {
    // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
    const [b, c, z] = [1.5, 2.5, 0.4];
    expect(hyp2f1(-2, b, c, z)).toBeCloseTo(1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 14);
  });

  it('rejects z outside [0, 1) and non-positive integer c', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, -0.1)).toBeNaN();
    expect(hyp2f1(1, 1, -3, 0.5)).toBeNaN();
  });
});
