// Edge cases of the regression metrics that the scikit-learn fixture cannot pin down.
import { describe, expect, it } from 'vitest';
import { explainedVariance } from '../../../../shared/core/metrics/explained-variance.js';
import { meanAbsolutePercentageError } from '../../../../shared/core/metrics/mean-absolute-percentage-error.js';
import { medianAbsoluteError, medianWithCounts } from '../../../../shared/core/metrics/median-absolute-error.js';
import { r2 } from '../../../../shared/core/metrics/r2.js';

describe('r2', () => {
  it('applies the constant-y rule exactly, even where numpy leaves a rounding residue', () => {
    // np.mean([0.1]*3) is 0.10000000000000002, so sklearn returns ≈ -1e31 here; the rule says 0.
    expect(r2([0.1, 0.1, 0.1], [0.2, 0.1, 0.1])).toBe(0);
    expect(r2([0.1, 0.1, 0.1], [0.1, 0.1, 0.1])).toBe(1);
  });

  it('is NaN for fewer than two rows and rejects mismatched lengths', () => {
    expect(r2([1], [2])).toBeNaN();
    expect(r2([1, 2], [1, 2], [1, 0])).toBeNaN();
    expect(() => r2([1, 2], [1])).toThrow(RangeError);
  });
});

describe('explainedVariance', () => {
  it('ignores a constant bias and scores a single row 1', () => {
    expect(explainedVariance([1, 2, 3, 4], [2, 3, 4, 5])).toBe(1);
    expect(explainedVariance([3], [5])).toBe(1);
    expect(explainedVariance([2, 2, 2], [1, 2, 3])).toBe(0);
    expect(() => explainedVariance([1], [1], [0])).toThrow(RangeError);
  });
});

describe('meanAbsolutePercentageError', () => {
  it('divides by machine epsilon when the target is 0', () => {
    expect(meanAbsolutePercentageError([0, 2], [1, 1])).toBe((1 / Number.EPSILON + 0.5) / 2);
  });
});

describe('medianWithCounts', () => {
  it('takes the median of the repeated rows', () => {
    expect(medianWithCounts([5, 1, 3])).toBe(3);
    expect(medianWithCounts([5, 1, 3, 7])).toBe(4);
    expect(medianWithCounts([5, 1, 3, 7], undefined, [0, 3, 0, 1])).toBe(1); // 1,1,1,7
    expect(medianWithCounts([5, 1, 3, 7], undefined, [0, 1, 0, 1])).toBe(4); // 1,7
    expect(() => medianWithCounts([1, 2], undefined, [0, 0])).toThrow(RangeError);
    expect(medianAbsoluteError([1, 2, 3], [1, 4, 6])).toBe(2);
  });
});
