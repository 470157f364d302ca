import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseSum } from '../../../../shared/core/stats/pairwise-sum.js';
import { small } from './distance-fixtures.js';

/** The fixture's recipe: (((i·7919) mod 1000 − 500) / 7) · 2^(i mod 40 − 20), exact in both languages. */
function recipe(length: number): Float64Array {
  return Float64Array.from({ length }, (_, i) => ((((i * 7919) % 1000) - 500) / 7) * 2 ** ((i % 40) - 20));
}

describe('pairwiseSum', () => {
  it('adds in numpy\'s order: bit-identical to np.sum on the fixture arrays', () => {
    expect(small.numpySums.length).toBeGreaterThan(10);
    for (const { length, sum } of small.numpySums) expect(pairwiseSum(recipe(length)), `length ${length}`).toBe(sum);
  });

  it('sums a sub-range', () => {
    expect(pairwiseSum([1, 2, 3, 4, 5], 1, 4)).toBe(9);
    expect(pairwiseSum([])).toBe(0);
  });

  it('is exact on integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 3000 }), (values) => {
        expect(pairwiseSum(values)).toBe(values.reduce((s, v) => s + v, 0));
      }),
      { numRuns: 50 },
    );
  });
});
