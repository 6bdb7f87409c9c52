import { describe, expect, it } from 'vitest';
import { peakOf } from '../../../src/core/traffic/peak-of.ts';

const steps = (timesMs: number[], levels: number[]) => ({
  timesMs: Float64Array.from(timesMs),
  levels: Int32Array.from(levels),
});

describe('peakOf(steps)', () => {
  it('returns the highest level and the first instant it is reached', () => {
    expect(peakOf(steps([0, 10, 20, 30, 40], [1, 3, 2, 3, 0]))).toEqual({ concurrent: 3, atMs: 10 });
  });

  it('returns { concurrent: 0, atMs: NaN } for no steps', () => {
    expect(peakOf(steps([], []))).toEqual({ concurrent: 0, atMs: NaN });
  });
});
