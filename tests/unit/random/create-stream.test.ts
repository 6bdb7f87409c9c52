import { describe, expect, it } from 'vitest';
import { childSeed, createStream } from '../../../src/core/random/index.ts';
import { moments, N, take, varianceSE, Z } from './moments.ts';

describe('createStream(seed)', () => {
  it('is the Alea generator: the seed "hello." starts with the value seedrandom documents', () => {
    expect(createStream('hello.')()).toBe(0.4783254903741181);
  });

  it('gives the same sequence for the same seed', () => {
    expect(take(createStream('scenario-1'), 1000)).toEqual(take(createStream('scenario-1'), 1000));
  });

  it('gives different sequences for different seeds', () => {
    const a = take(createStream('scenario-1'), 100);
    const b = take(createStream('scenario-2'), 100);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('keeps independent streams apart: drawing from one does not move another', () => {
    const a = createStream('a');
    const b = createStream('b');
    const bAlone = take(createStream('b'), 10);
    const interleaved: number[] = [];
    for (let i = 0; i < 10; i++) {
      a();
      interleaved.push(b());
    }
    expect(interleaved).toEqual(bAlone);
  });

  it('draws uniformly from [0, 1): every value in range, mean 1/2 and variance 1/12 within 5 SE', () => {
    const rng = createStream('uniform');
    let outside = 0;
    const { mean, variance } = moments(N, () => {
      const u = rng();
      if (!(u >= 0 && u < 1)) outside++;
      return u;
    });
    expect(outside).toBe(0);
    expect(Math.abs(mean - 0.5)).toBeLessThan(Z * Math.sqrt(1 / 12 / N));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(Z * varianceSE(1 / 12, 1 / 80, N));
  });

  it('rejects a seed that is not a string, naming the function', () => {
    expect(() => createStream(42 as unknown as string)).toThrow(/createStream/);
  });
});

describe('childSeed(seed, index)', () => {
  it('is deterministic and distinct for each index', () => {
    expect(childSeed('42', 3)).toBe(childSeed('42', 3));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => childSeed('42', i)));
    expect(seeds.size).toBe(1000);
  });

  it('keeps parent seeds apart: ("4", 23) and ("42", 3) differ', () => {
    expect(childSeed('4', 23)).not.toBe(childSeed('42', 3));
  });

  it('gives replication streams that differ from each other and from the parent', () => {
    const parent = take(createStream('run'), 20);
    const first = take(createStream(childSeed('run', 0)), 20);
    const second = take(createStream(childSeed('run', 1)), 20);
    expect(first).not.toEqual(parent);
    expect(first).not.toEqual(second);
  });

  it('rejects a negative or fractional index, naming the function', () => {
    expect(() => childSeed('42', -1)).toThrow(/childSeed/);
    expect(() => childSeed('42', 1.5)).toThrow(/childSeed/);
  });
});
