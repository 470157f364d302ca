import { describe, expect, it } from 'vitest';
import { evaluatePredictions } from '../../../../shared/core/metrics/index.js';
import type { ClassifierPredictionDiff, RegressorPredictionDiff } from '../../../../shared/core/metrics/index.js';
import { predictionDiff } from '../../../../shared/core/metrics/prediction-diff.js';

// Counted by hand, row by row (truth, baseline, candidate):
//   r1 a a a  unchanged    r2 a b a  fixed     r3 b b c  broken    r4 c a b  other
//   r5 c c c  unchanged    r6 b a b  fixed     r7 a a c  broken    r8 b c a  other
const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
const yTrue = ['a', 'a', 'b', 'c', 'c', 'b', 'a', 'b'];
const baselinePred = ['a', 'b', 'b', 'a', 'c', 'a', 'a', 'c'];
const candidatePred = ['a', 'a', 'c', 'b', 'c', 'b', 'c', 'a'];

describe('predictionDiff (classifiers)', () => {
  it('counts fixed, broken and other rows and tabulates baseline × candidate labels exactly', () => {
    const result = evaluatePredictions({ yTrue, yPred: candidatePred, ids }, {
      task: 'multiclass', resamples: 10, baseline: { yTrue: [...yTrue].reverse(), yPred: [...baselinePred].reverse(), ids: [...ids].reverse() },
    });
    const diff = result.prediction_diff as ClassifierPredictionDiff;
    expect(diff).toMatchObject({ rows: 8, changed: 6, fixed: 2, broken: 2, other: 2 });
    expect(diff.table).toEqual({ a: { a: 1, b: 2, c: 1 }, b: { a: 1, c: 1 }, c: { c: 1, a: 1 } });
    // No scores: broken rows first, then fixed, then other, each in row order.
    expect(diff.top.map((r) => [r.id, r.outcome])).toEqual([
      ['r3', 'broken'], ['r7', 'broken'], ['r2', 'fixed'], ['r6', 'fixed'], ['r4', 'other'], ['r8', 'other'],
    ]);
    expect(diff.top[0]).toMatchObject({ row: 3, truth: 'b', baseline: 'b', candidate: 'c', delta: null, features: {} });
  });

  it('ranks changed rows by the change of the probability of the true class and shows the asked feature values', () => {
    const diff = predictionDiff({
      task: 'binary', positiveLabel: '1',
      candidate: { yTrue: ['1', '1', '0', '0'], yPred: ['1', '0', '1', '0'], yScore: [0.6, 0.1, 0.9, 0.2], ids: ['w', 'x', 'y', 'z'] },
      baseline: { yTrue: ['1', '1', '0', '0'], yPred: ['0', '1', '0', '0'], yScore: [0.4, 0.7, 0.45, 0.3], ids: ['w', 'x', 'y', 'z'] },
      data: { city: ['Oslo', 'Lima', '<b>Rome</b>', 'Nice'], age: ['1', '2', '3', '4'] }, diffColumns: ['city'],
    }) as ClassifierPredictionDiff;
    expect(diff).toMatchObject({ changed: 3, fixed: 1, broken: 2, other: 0 });
    // |Δ p(true)|: x 0.6, y 0.45, w 0.2.
    expect(diff.top.map((r) => r.id)).toEqual(['x', 'y', 'w']);
    expect(diff.top[0].delta).toBeCloseTo(-0.6, 12);
    expect(diff.top[1].delta).toBeCloseTo(-0.45, 12);
    expect(diff.top[1].features).toEqual({ city: '<b>Rome</b>' });
  });

  it('folds the rarest labels of a table past 30 labels and lists at most 20 rows', () => {
    const n = 200;
    const labels = Array.from({ length: n }, (_, i) => `c${i % 40}`);
    const shifted = Array.from({ length: n }, (_, i) => `c${(i + 1) % 40}`);
    const diff = predictionDiff({ task: 'multiclass', candidate: { yTrue: labels, yPred: shifted }, baseline: { yTrue: labels, yPred: labels } }) as ClassifierPredictionDiff;
    expect(Object.keys(diff.table)).toHaveLength(30);
    expect(diff.table['(other labels)']).toBeDefined();
    expect(diff.top).toHaveLength(20);
    expect(diff.top[0].id).toBeNull();
    expect(diff).toMatchObject({ changed: 200, broken: 200 });
  });
});

describe('predictionDiff (regressors)', () => {
  it("counts rows that moved past the tolerance (default: the baseline's median absolute error), closer or further", () => {
    // Baseline errors 1, 1, 2, 0.5, 1 → median 1. Moves: 0.5 (not changed), −3 (further), −2 (closer), 1 (not: equal to it), 4 (further).
    const yTrue = ['10', '20', '30', '40', '50'];
    const baseline = { yTrue, yPred: ['11', '21', '32', '40.5', '49'] };
    const candidate = { yTrue, yPred: ['11.5', '18', '30', '41.5', '53'] };
    const diff = predictionDiff({ task: 'regression', candidate, baseline }) as RegressorPredictionDiff;
    expect(diff).toMatchObject({ rows: 5, tolerance: 1, changed: 3, closer: 1, further: 2 });
    expect(diff.top.map((r) => [r.row, r.delta, r.outcome])).toEqual([[5, 4, 'further'], [2, -3, 'further'], [3, -2, 'closer']]);
    expect((predictionDiff({ task: 'regression', candidate, baseline, tolerance: 0 }) as RegressorPredictionDiff).changed).toBe(5);
  });
});
