import { describe, expect, it } from 'vitest';
import { mannWhitneyUCdf } from '../../../../../shared/core/stats/distributions/mann-whitney-u.js';
import { distributionRows, expectPValue } from '../pvalue-tests-fixture.js';

describe('mannWhitneyUCdf vs scipy’s exact MWU distribution', () => {
  it.each(distributionRows('mannWhitneyUCdf'))('P(U ≤ %d), m = %d, n = %d', (k, m, n, expected) =>
    expectPValue(mannWhitneyUCdf(k, m, n), expected),
  );
});

describe('exact U distribution against enumeration of all orderings', () => {
  /** Counts of U over all C(m + n, m) placements of the x's among m + n positions. */
  function enumerate(m: number, n: number): number[] {
    const counts = new Array<number>(m * n + 1).fill(0);
    const place = (start: number, left: number, u: number, ysBefore: number): void => {
      if (left === 0) {
        counts[u]++;
        return;
      }
      for (let position = start; position <= m + n - left; position++) {
        // Positions skipped since `start` are y's, each below this x.
        const ys = ysBefore + (position - start);
        place(position + 1, left - 1, u + ys, ys);
      }
    };
    place(0, m, 0, 0);
    return counts;
  }

  it.each([
    [1, 1],
    [1, 6],
    [3, 4],
    [5, 5],
    [4, 9],
    [7, 6],
  ])('m = %d, n = %d', (m, n) => {
    const counts = enumerate(m, n);
    const total = counts.reduce((s, c) => s + c, 0);
    let cumulative = 0;
    for (let k = 0; k <= m * n; k++) {
      cumulative += counts[k];
      expect(Math.abs(mannWhitneyUCdf(k, m, n) - cumulative / total)).toBeLessThanOrEqual(1e-14);
      expect(mannWhitneyUCdf(k, n, m)).toBe(mannWhitneyUCdf(k, m, n));
    }
    expect(mannWhitneyUCdf(-1, m, n)).toBe(0);
  });
});
