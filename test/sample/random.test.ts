import { createRandom, cumulative } from '../../src/sample/random';

describe('createRandom', () => {
  it('repeats a sequence for a seed and differs between nearby seeds', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws uniform values in [0, 1) and integers within their bounds', () => {
    const random = createRandom(3);
    const values = Array.from({ length: 20000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
    const ints = new Set(Array.from({ length: 2000 }, () => random.int(2, 5)));
    expect([...ints].sort()).toEqual([2, 3, 4, 5]);
  });

  it('draws normals with mean 0 and sd 1, and Poisson counts with the given mean', () => {
    const random = createRandom(4);
    const normals = Array.from({ length: 20000 }, () => random.normal());
    const mean = normals.reduce((s, v) => s + v, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, v) => s + (v - mean) ** 2, 0) / normals.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
    const counts = Array.from({ length: 20000 }, () => random.poisson(2.5));
    expect(counts.reduce((s, v) => s + v, 0) / counts.length).toBeCloseTo(2.5, 1);
  });

  it('picks indexes in proportion to their weights, never a zero-weight one', () => {
    const random = createRandom(5);
    const table = cumulative([1, 0, 3]);
    const hits = [0, 0, 0];
    for (let i = 0; i < 20000; i++) hits[random.weighted(table)]! += 1;
    expect(hits[1]).toBe(0);
    expect((hits[2] ?? 0) / (hits[0] ?? 1)).toBeCloseTo(3, 0);
  });
});
