// rocAuc, averagePrecision and their shared threshold curve.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../../../shared/core/metrics/average-precision.js';
import { rocAuc, rocAucOvr, rowsSumToOne } from '../../../../shared/core/metrics/roc-auc.js';
import { descendingOrder, thresholdCounts } from '../../../../shared/core/metrics/threshold-curve.js';

/** Definition of AUC as P(score⁺ > score⁻) + ½ P(tie), by brute force over all pairs. */
function pairwiseAuc(y: number[], s: number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < y.length; i++) {
    for (let j = 0; j < y.length; j++) {
      if (y[i] === 1 && y[j] === 0) {
        pairs++;
        wins += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0;
      }
    }
  }
  return wins / pairs;
}

describe('rocAuc', () => {
  it('equals the pairwise (Mann–Whitney) definition, ties counting ½', () => {
    const data = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(data, ([y, s]) => {
        fc.pre(y.includes(0) && y.includes(1));
        expect(rocAuc(y, s)).toBeCloseTo(pairwiseAuc(y, s), 14);
        // Reversing the scores mirrors the AUC.
        expect(rocAuc(y, s.map((v) => -v))).toBeCloseTo(1 - rocAuc(y, s), 14);
      }),
      { numRuns: 300 },
    );
  });

  it('is NaN with one class; OvR is NaN when a class is absent', () => {
    expect(rocAuc([1, 1], [0.2, 0.4])).toBeNaN();
    expect(rocAucOvr([0, 1, 0], [[0.5, 0.2, 0.6], [0.3, 0.5, 0.2], [0.2, 0.3, 0.2]])).toBeNaN();
    expect(rocAucOvr([0, 1, 2], [[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toBe(1);
  });

  it('rowsSumToOne uses numpy allclose tolerances', () => {
    expect(rowsSumToOne([[0.3], [0.7 + 5e-6]])).toBe(true);
    expect(rowsSumToOne([[0.3], [0.7 + 5e-5]])).toBe(false);
  });
});

describe('averagePrecision', () => {
  it('is the step-wise sum, not interpolated', () => {
    // Ranking: +, −, + → precision 1 at recall ½, 2/3 at recall 1.
    expect(averagePrecision([1, 0, 1], [0.9, 0.8, 0.7])).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 15);
    // A tie of + and − at the top is one threshold with precision ½.
    expect(averagePrecision([1, 0], [0.5, 0.5])).toBe(0.5);
  });

  it('is 0 without positives (scikit-learn 1.2.1)', () => {
    expect(averagePrecision([0, 0], [0.3, 0.9])).toBe(0);
  });
});

describe('thresholdCounts', () => {
  it('merges ties and skips rows with count 0', () => {
    const s = [0.9, 0.5, 0.5, 0.1];
    const y = [1, 0, 1, 0];
    const curve = thresholdCounts(y, s, descendingOrder(s), [1, 2, 1, 0]);
    expect(curve.length).toBe(2);
    expect(Array.from(curve.truePositives.subarray(0, 2))).toEqual([1, 2]);
    expect(Array.from(curve.falsePositives.subarray(0, 2))).toEqual([0, 2]);
  });
});
