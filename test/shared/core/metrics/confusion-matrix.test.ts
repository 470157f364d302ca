import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy } from '../../../../shared/core/metrics/accuracy.js';
import { balancedAccuracy } from '../../../../shared/core/metrics/balanced-accuracy.js';
import { classTotals, confusionMatrix, confusionMatrixRows } from '../../../../shared/core/metrics/confusion-matrix.js';
import { f1 } from '../../../../shared/core/metrics/f1.js';
import { matthewsCorrcoef } from '../../../../shared/core/metrics/matthews-corrcoef.js';
import { precision } from '../../../../shared/core/metrics/precision.js';
import { recall } from '../../../../shared/core/metrics/recall.js';

const labelled = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
  ),
);

describe('confusionMatrix', () => {
  it('counts truth by prediction, with row counts', () => {
    const m = confusionMatrix([0, 1, 1, 2], [0, 2, 1, 2], 3, [1, 2, 1, 0]);
    expect(confusionMatrixRows(m)).toEqual([[1, 0, 0], [0, 1, 2], [0, 0, 0]]);
    expect(Array.from(classTotals(m).actual)).toEqual([1, 3, 0]);
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(RangeError);
    expect(() => confusionMatrix([0], [0], 1, [0])).not.toThrow();
    expect(() => accuracy(confusionMatrix([0], [0], 1, [0]))).toThrow(RangeError);
  });

  it('metrics stay in range; MCC and micro averages have their symmetries', () => {
    fc.assert(
      fc.property(labelled, ([t, p]) => {
        const m = confusionMatrix(t, p, 4);
        const swapped = confusionMatrix(p, t, 4);
        const acc = accuracy(m);
        for (const v of [acc, balancedAccuracy(m), precision(m, 'macro'), recall(m, 'weighted'), f1(m, 'macro')]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-15);
        }
        const mcc = matthewsCorrcoef(m);
        expect(Math.abs(mcc)).toBeLessThanOrEqual(1 + 1e-12);
        expect(matthewsCorrcoef(swapped)).toBeCloseTo(mcc, 12);
        expect(precision(m, 'micro')).toBe(acc);
        expect(recall(m, 'micro')).toBe(acc);
        // Precision of (t, p) is recall of (p, t), class by class.
        expect(precision(m, 'macro')).toBeCloseTo(recall(swapped, 'macro'), 12);
      }),
      { numRuns: 300 },
    );
  });

  it('perfect predictions score 1 everywhere', () => {
    const m = confusionMatrix([0, 1, 2, 1], [0, 1, 2, 1], 3);
    for (const v of [accuracy(m), balancedAccuracy(m), matthewsCorrcoef(m), f1(m, 'weighted'), precision(m, 'macro')]) {
      expect(v).toBe(1);
    }
  });
});
