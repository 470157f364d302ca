import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecisionFromCurve } from '../../../../shared/core/metrics/average-precision.js';
import { accuracy } from '../../../../shared/core/metrics/accuracy.js';
import { balancedAccuracy } from '../../../../shared/core/metrics/balanced-accuracy.js';
import { binaryMetricSet } from '../../../../shared/core/metrics/binary-metrics.js';
import { brierScoreTerms } from '../../../../shared/core/metrics/brier-score.js';
import { confusionMatrix } from '../../../../shared/core/metrics/confusion-matrix.js';
import { f1 } from '../../../../shared/core/metrics/f1.js';
import { binaryLogLossTerms } from '../../../../shared/core/metrics/log-loss.js';
import { matthewsCorrcoef } from '../../../../shared/core/metrics/matthews-corrcoef.js';
import { multiclassMetricSet } from '../../../../shared/core/metrics/multiclass-metrics.js';
import { precision } from '../../../../shared/core/metrics/precision.js';
import { presortScores, rankingMetrics } from '../../../../shared/core/metrics/presorted-scores.js';
import { recall } from '../../../../shared/core/metrics/recall.js';
import { rocAuc, rocAucFromCurve, rocAucOvr } from '../../../../shared/core/metrics/roc-auc.js';
import { meanWithCounts } from '../../../../shared/core/metrics/row-counts.js';
import { descendingOrder, thresholdCounts } from '../../../../shared/core/metrics/threshold-curve.js';
import { xoshiro128, xoshiro128FromState } from '../../../../shared/core/metrics/xoshiro128.js';

/** Scores with many ties (two decimals), rows drawn some times, never or repeatedly. */
const rows = fc.integer({ min: 1, max: 60 }).chain((n) => fc.record({
  isPositive: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
  predicted: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
  score: fc.array(fc.integer({ min: 0, max: 20 }).map((k) => k / 20), { minLength: n, maxLength: n }),
  counts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
}));

const close = (a: number, b: number) => (Number.isNaN(b) ? Number.isNaN(a) : Math.abs(a - b) <= 1e-12);

describe('presorted scores', () => {
  it('descendingOrder (radix) is the stable comparator sort, -0 tying with 0 and negatives first to last', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, -1, 0.5)), { maxLength: 80 }), (scores) => {
      const reference = Uint32Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
      expect(descendingOrder(scores)).toEqual(reference);
    }), { numRuns: 300 });
  });

  it('rankingMetrics equals the threshold curve of the same multiplicities (no per-resample sort), to 1e-12', () => {
    fc.assert(fc.property(rows, ({ isPositive, score, counts }) => {
      if (counts.every((c) => c === 0)) return;
      const curve = thresholdCounts(isPositive, score, undefined, counts);
      const fast = rankingMetrics(presortScores(isPositive, score), counts);
      expect(close(fast.rocAuc, rocAucFromCurve(curve))).toBe(true);
      expect(close(fast.averagePrecision, averagePrecisionFromCurve(curve))).toBe(true);
    }), { numRuns: 400 });
  });

  it('the binary metric set on a resample equals the straightforward metrics on the same multiplicities, to 1e-12', () => {
    fc.assert(fc.property(rows, ({ isPositive, predicted, score, counts }) => {
      if (counts.every((c) => c === 0)) return;
      const data = { isPositive: Uint8Array.from(isPositive), predictedPositive: Uint8Array.from(predicted), score: Float64Array.from(score) };
      const got = binaryMetricSet(data).compute(Uint32Array.from(counts));
      const matrix = confusionMatrix(isPositive, predicted, 2, counts);
      const curve = thresholdCounts(isPositive, score, undefined, counts);
      const reference: Record<string, number> = {
        accuracy: accuracy(matrix),
        balanced_accuracy: balancedAccuracy(matrix),
        precision: precision(matrix, 'binary', 1),
        recall: recall(matrix, 'binary', 1),
        f1: f1(matrix, 'binary', 1),
        matthews_corrcoef: matthewsCorrcoef(matrix),
        roc_auc: rocAucFromCurve(curve),
        average_precision: averagePrecisionFromCurve(curve),
        log_loss: meanWithCounts(binaryLogLossTerms(isPositive, score), counts),
        brier_score: meanWithCounts(brierScoreTerms(isPositive, score), counts),
      };
      expect(Object.keys(got).sort()).toEqual(Object.keys(reference).sort());
      for (const [name, value] of Object.entries(reference)) expect(close(got[name], value), `${name}: ${got[name]} vs ${value}`).toBe(true);
    }), { numRuns: 300 });
  });

  it('the multiclass one-vs-rest AUC on a resample equals the per-class threshold curves, to 1e-12', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 40 }), fc.nat(1000), (n, seed) => {
      const random = xoshiro128(seed);
      const yTrue = Int32Array.from({ length: n }, (_, i) => (i < 3 ? i : random.nextInt(3)));
      const raw = Array.from({ length: 3 }, () => Float64Array.from({ length: n }, () => random.nextInt(5) + 1));
      const sums = Float64Array.from({ length: n }, (_, i) => raw[0][i] + raw[1][i] + raw[2][i]);
      const columns = raw.map((column) => column.map((v, i) => v / sums[i]));
      const counts = Uint32Array.from({ length: n }, () => random.nextInt(3));
      // A resample draws n rows: never none (about 1 case in 27 at n = 3 drew none and threw).
      if (counts.every((c) => c === 0)) counts[0] = 1;
      const set = multiclassMetricSet({ yTrue, yPred: yTrue, nClasses: 3, scores: { labels: ['a', 'b', 'c'], columns, yTrueColumn: yTrue } });
      const reference = rocAucOvr(yTrue, columns, counts);
      expect(close(set.compute(counts).roc_auc_ovr, reference)).toBe(true);
      expect(close(rocAuc(Uint8Array.from(yTrue, (t) => (t === 0 ? 1 : 0)), columns[0], counts), rankingMetrics(presortScores(Uint8Array.from(yTrue, (t) => (t === 0 ? 1 : 0)), columns[0]), counts).rocAuc)).toBe(true);
    }), { numRuns: 100 });
  });
});

describe('RandomSource.countDraws', () => {
  /** Lemire's rule in exact integer arithmetic on the generator's raw outputs. */
  function reference(state: [number, number, number, number], bound: number, draws: number): number[] {
    const random = xoshiro128FromState(state);
    const drawn: number[] = [];
    const threshold = (2n ** 32n - BigInt(bound)) % BigInt(bound);
    for (let k = 0; k < draws; k++) {
      for (;;) {
        const m = BigInt(random.nextUint32()) * BigInt(bound);
        if ((m & 0xffffffffn) >= threshold) {
          drawn.push(Number(m >> 32n));
          break;
        }
      }
    }
    return drawn.sort((a, b) => a - b);
  }

  /** The rows drawn, each as often as drawn, ascending. */
  function drawnRows(counts: Uint32Array): number[] {
    const rows: number[] = [];
    counts.forEach((c, i) => {
      for (let k = 0; k < c; k++) rows.push(i);
    });
    return rows;
  }

  it('draws as Lemire’s rule does in exact arithmetic, for small and large bounds', () => {
    const state: [number, number, number, number] = [0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321];
    for (const bound of [1, 7, 1000, 2 ** 21, 2 ** 21 + 1, 3_000_001]) {
      const counts = new Uint32Array(bound);
      xoshiro128FromState(state).countDraws(bound, 2000, counts);
      expect(drawnRows(counts), `bound ${bound}`).toEqual(reference(state, bound, 2000));
    }
  });

  it('gives multiplicities summing to the draws, about one per row', () => {
    const counts = new Uint32Array(10_000);
    xoshiro128(3).countDraws(10_000, 10_000, counts);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(10_000);
    const never = counts.filter((c) => c === 0).length / 10_000;
    expect(never).toBeGreaterThan(0.35); // e^-1 ≈ 0.368 of rows are not drawn
    expect(never).toBeLessThan(0.39);
    expect(() => xoshiro128(3).countDraws(0, 1, counts)).toThrow(RangeError);
  });
});
