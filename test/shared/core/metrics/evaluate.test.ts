import { afterAll, describe, expect, it } from 'vitest';
import { evaluatePredictions } from '../../../../shared/core/metrics/index.js';
import type { EvaluationResult, PredictionColumns } from '../../../../shared/core/metrics/index.js';
import { decodeNumber, expectMetricClose, expectPValueClose, loadFixture, relativeError } from './fixture.js';

const fixture = loadFixture();
const worst = new Map<string, { absolute: number; relative: number }>();

/** Worst agreement per metric; relative error only where |expected| ≥ 1e-3 (else cancellation dominates). */
function record(metric: string, actual: number, expected: number): void {
  const w = worst.get(metric) ?? { absolute: 0, relative: 0 };
  if (Number.isFinite(expected)) w.absolute = Math.max(w.absolute, Math.abs(actual - expected));
  if (Math.abs(expected) >= 1e-3) w.relative = Math.max(w.relative, relativeError(actual, expected));
  worst.set(metric, w);
}

afterAll(() => {
  if (process.env.METRICS_AGREEMENT) {
    console.log('worst error per metric vs scikit-learn:', JSON.stringify(Object.fromEntries(worst), null, 1));
  }
});

function checkMetrics(result: EvaluationResult, expected: Record<string, number | string | null>, name: string): void {
  for (const [metric, raw] of Object.entries(expected)) {
    const value = decodeNumber(raw);
    if (value === null) {
      expect(result.metrics, `${name}: ${metric} must be omitted`).not.toHaveProperty(metric);
      expect(result.intervals).not.toHaveProperty(metric);
      continue;
    }
    expectMetricClose(result.metrics[metric], value, `${name}: ${metric}`);
    record(metric, result.metrics[metric], value);
    expect(result.intervals, `${name}: interval of ${metric}`).toHaveProperty(metric);
  }
  // Nothing beyond the sklearn reference is reported.
  expect(Object.keys(result.metrics).sort()).toEqual(
    Object.entries(expected)
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort(),
  );
}

describe('evaluatePredictions agrees with scikit-learn 1.2.1', () => {
  it(`on ${fixture.binary.length} binary cases`, () => {
    for (const c of fixture.binary) {
      const input: PredictionColumns = { yTrue: c.yTrue, yPred: c.yPred };
      if (c.yScore) input.yScore = c.yScore;
      const result = evaluatePredictions(input, {
        task: 'binary',
        positiveLabel: c.positiveLabel ?? undefined,
        resamples: 10,
      });
      expect(result.task).toBe('binary');
      expect(result.n).toBe(c.yTrue.length);
      checkMetrics(result, c.expected, c.name);
      expect(result.confusion_matrix, c.name).toEqual(c.confusion_matrix);
    }
  });

  it(`on ${fixture.multiclass.length} multiclass cases`, () => {
    for (const c of fixture.multiclass) {
      const input: PredictionColumns = { yTrue: c.yTrue, yPred: c.yPred };
      if (c.classScores) input.classScores = c.classScores;
      const result = evaluatePredictions(input, { task: 'multiclass', resamples: 10 });
      checkMetrics(result, c.expected, c.name);
      expect(result.confusion_matrix, c.name).toEqual(c.confusion_matrix);
    }
  });

  it(`on ${fixture.regression.length} regression cases`, () => {
    for (const c of fixture.regression) {
      const result = evaluatePredictions({ yTrue: c.yTrue, yPred: c.yPred }, { task: 'regression', resamples: 10 });
      checkMetrics(result, c.expected, c.name);
      expect(result.confusion_matrix).toBeUndefined();
    }
  });

  it(`compares paired models like the reference McNemar and DeLong (${fixture.delong.length} cases)`, () => {
    for (const c of fixture.delong) {
      const result = evaluatePredictions(
        { yTrue: c.yTrue, ...c.candidate },
        { task: 'binary', resamples: 50, baseline: { yTrue: c.yTrue, ...c.baseline } },
      );
      const comparison = result.comparison!;
      expect(comparison.accuracy.test).toBe('mcnemar_exact');
      expectPValueClose(comparison.accuracy.p_value!, c.mcnemar.p, `${c.name}: McNemar p`);
      expect(comparison.roc_auc.test).toBe('delong');
      expectMetricClose(result.metrics.roc_auc, c.auc_candidate, `${c.name}: candidate AUC`);
      expectMetricClose(result.baseline_metrics!.roc_auc, c.auc_baseline, `${c.name}: baseline AUC`);
      expectMetricClose(comparison.roc_auc.delta, c.auc_candidate - c.auc_baseline, `${c.name}: AUC delta`);
      expectPValueClose(comparison.roc_auc.p_value!, c.p, `${c.name}: DeLong p`);
      expect(comparison.f1.test).toBe('paired_bootstrap');
      expect(comparison.f1.p_value).toBeUndefined();
    }
  });
});

describe('evaluatePredictions: labels', () => {
  it('infers the positive label for 0/1 and true/false labels', () => {
    const r01 = evaluatePredictions({ yTrue: ['0', '1', '1'], yPred: ['0', '1', '0'] }, { task: 'binary', resamples: 5 });
    expect(r01.metrics.recall).toBe(0.5);
    const rtf = evaluatePredictions(
      { yTrue: ['False', 'True', 'True'], yPred: ['False', 'True', 'False'] },
      { task: 'binary', resamples: 5 },
    );
    expect(rtf.metrics.recall).toBe(0.5);
    expect(rtf.notes).toContain('positive label: "True"');
  });

  it('asks for a positive label when it cannot tell, listing the labels', () => {
    expect(() => evaluatePredictions({ yTrue: ['cat', 'dog'], yPred: ['cat', 'cat'] }, { task: 'binary' })).toThrow(
      /pass a positive label.*"cat", "dog"/,
    );
  });

  it('rejects a positive label that is not among two labels seen, and more than two labels', () => {
    expect(() =>
      evaluatePredictions({ yTrue: ['cat', 'dog'], yPred: ['cat', 'cat'] }, { task: 'binary', positiveLabel: 'bird' }),
    ).toThrow(/"bird" is not one of the labels seen/);
    expect(() => evaluatePredictions({ yTrue: ['0', '1', '2'], yPred: ['0', '1', '2'] }, { task: 'binary' })).toThrow(
      /at most two labels.*multiclass/,
    );
  });

  it('precision is 0 without predicted positives (zero_division) and MCC 0 when undefined', () => {
    const r = evaluatePredictions({ yTrue: ['0', '1', '1', '0'], yPred: ['0', '0', '0', '0'] }, { task: 'binary', resamples: 5 });
    expect(r.metrics.precision).toBe(0);
    expect(r.metrics.f1).toBe(0);
    expect(r.metrics.matthews_corrcoef).toBe(0);
  });

  it('takes the positive-class scores from classScores when yScore is missing', () => {
    const r = evaluatePredictions(
      { yTrue: ['a', 'b', 'b', 'a'], yPred: ['a', 'b', 'a', 'a'], classScores: { b: [0.1, 0.9, 0.4, 0.3], a: [0.9, 0.1, 0.6, 0.7] } },
      { task: 'binary', positiveLabel: 'b', resamples: 5 },
    );
    expect(r.metrics.roc_auc).toBe(1);
    expect(r.notes?.some((n) => n.includes('classScores["b"]'))).toBe(true);
  });

  it('sorts numeric labels numerically in the confusion matrix', () => {
    const r = evaluatePredictions({ yTrue: ['10', '2', '1'], yPred: ['2', '2', '10'] }, { task: 'multiclass', resamples: 5 });
    expect(r.confusion_matrix).toEqual({ labels: ['1', '2', '10'], matrix: [[0, 0, 1], [0, 1, 0], [0, 1, 0]] });
  });
});

// pandas writes float label columns as `0.0`/`1.0` and score columns `y_score_1.0`; scikit-learn
// compares numeric labels by value, strings as strings.
describe('evaluatePredictions: numeric labels compare by value', () => {
  it('infers the positive label of 0.0/1.0 labels', () => {
    const r = evaluatePredictions({ yTrue: ['0.0', '1.0', '1.0'], yPred: ['0.0', '1.0', '0.0'], yScore: [0.1, 0.8, 0.3] }, { task: 'binary', resamples: 5 });
    expect(r.metrics.recall).toBe(0.5);
    expect(r.notes).toContain('positive label: "1"');
    expect(r.confusion_matrix?.labels).toEqual(['0', '1']);
  });

  it('matches a positive label 1 with labels 1.0, and 1.0 with 1', () => {
    const columns = { yTrue: ['0.0', '1.0', '2.0', '2.0'], yPred: ['0.0', '1.0', '2.0', '1.0'] };
    const binary = { yTrue: ['1.0', '2.0', '2.0'], yPred: ['1.0', '2.0', '1.0'] };
    expect(evaluatePredictions(binary, { task: 'binary', positiveLabel: '2', resamples: 5 }).metrics.recall).toBe(0.5);
    expect(evaluatePredictions({ yTrue: ['1', '2', '2'], yPred: ['1', '2', '1'] }, { task: 'binary', positiveLabel: '2.0', resamples: 5 }).metrics.recall).toBe(0.5);
    expect(evaluatePredictions(columns, { task: 'multiclass', resamples: 5 }).metrics.accuracy).toBe(0.75);
  });

  it('counts 1 and 1.0 as one class', () => {
    const yTrue = ['0', '1', '2', '0', '1', '2'];
    const yPred = ['0.0', '1.0', '2.0', '0.0', '1.0', '2.0'];
    const r = evaluatePredictions({ yTrue, yPred }, { task: 'multiclass', resamples: 5 });
    expect(r.metrics.accuracy).toBe(1);
    expect(r.confusion_matrix?.labels).toEqual(['0', '1', '2']);
  });

  it('reads score columns y_score_1.0 as the scores of class 1', () => {
    const classScores = { '0.0': [0.8, 0.1, 0.1], '1.0': [0.1, 0.8, 0.1], '2.0': [0.1, 0.1, 0.8] };
    const r = evaluatePredictions({ yTrue: ['0', '1', '2'], yPred: ['0', '1', '2'], classScores }, { task: 'multiclass', resamples: 5 });
    expect(r.metrics.roc_auc_ovr).toBe(1);
    expect(() =>
      evaluatePredictions({ yTrue: ['0', '1'], yPred: ['0', '1'], classScores: { '1': [0.5, 0.5], '1.0': [0.5, 0.5], '0': [0.5, 0.5] } }, { task: 'multiclass' }),
    ).toThrow('classScores["1"] and classScores["1.0"] are scores of the same class 1');
  });

  it('keeps string labels as strings', () => {
    const r = evaluatePredictions({ yTrue: ['1', '1.0', 'a'], yPred: ['1', '1.0', 'a'] }, { task: 'multiclass', resamples: 5 });
    expect(r.confusion_matrix?.labels).toEqual(['1', '1.0', 'a']);
  });
});

describe('evaluatePredictions: omitted metrics are explained', () => {
  it('omits score metrics without scores, with a note', () => {
    const r = evaluatePredictions({ yTrue: ['0', '1'], yPred: ['0', '1'] }, { task: 'binary', resamples: 5 });
    expect(r.metrics).not.toHaveProperty('roc_auc');
    expect(r.notes?.join('\n')).toMatch(/roc_auc, average_precision, log_loss, brier_score omitted: no score column/);
  });

  it('omits roc_auc when yTrue holds one class, with a note', () => {
    const r = evaluatePredictions({ yTrue: ['1', '1'], yPred: ['0', '1'], yScore: [0.2, 0.8] }, { task: 'binary', resamples: 5 });
    expect(r.metrics).not.toHaveProperty('roc_auc');
    expect(r.metrics.log_loss).toBeGreaterThan(0);
    expect(r.notes?.join('\n')).toMatch(/roc_auc omitted: yTrue holds only positive rows/);
  });

  it('counts resamples skipped because roc_auc was undefined', () => {
    const r = evaluatePredictions(
      { yTrue: ['0', '1', '0', '0', '0'], yPred: ['0', '1', '0', '0', '1'], yScore: [0.1, 0.9, 0.2, 0.3, 0.6] },
      { task: 'binary', resamples: 200, seed: 3 },
    );
    const note = r.notes?.find((n) => n.startsWith('roc_auc:'));
    expect(note).toMatch(/^roc_auc: \d+ of 200 resamples left the metric undefined/);
    const skipped = Number(/roc_auc: (\d+) of/.exec(note!)![1]);
    // P(no positive row in a resample of 5 with one positive) = (4/5)^5 ≈ 0.33.
    expect(skipped).toBeGreaterThan(40);
    expect(skipped).toBeLessThan(100);
    expect(r.intervals.roc_auc[0]).toBeLessThanOrEqual(r.intervals.roc_auc[1]);
  });

  it('omits r2 for a single row', () => {
    const r = evaluatePredictions({ yTrue: ['1.5'], yPred: ['2'] }, { task: 'regression', resamples: 5 });
    expect(r.metrics).not.toHaveProperty('r2');
    expect(r.metrics.mae).toBe(0.5);
    expect(r.notes?.join('\n')).toMatch(/r2 omitted/);
  });

  it('omits roc_auc_ovr when probabilities do not sum to one, but keeps log_loss', () => {
    const r = evaluatePredictions(
      { yTrue: ['a', 'b', 'c'], yPred: ['a', 'b', 'b'], classScores: { a: [0.5, 0.1, 0.1], b: [0.1, 0.5, 0.5], c: [0.1, 0.1, 0.1] } },
      { task: 'multiclass', resamples: 5 },
    );
    expect(r.metrics).not.toHaveProperty('roc_auc_ovr');
    expect(r.metrics.log_loss).toBeCloseTo(-(Math.log(0.5 / 0.7) * 2 + Math.log(0.1 / 0.7)) / 3, 12);
    expect(r.notes?.join('\n')).toMatch(/roc_auc_ovr omitted: class probabilities do not sum to 1/);
  });
});

describe('evaluatePredictions: input errors name the column and row', () => {
  it('length mismatch', () => {
    expect(() => evaluatePredictions({ yTrue: ['0', '1', '1'], yPred: ['0', '1'] }, { task: 'binary' })).toThrow(
      'yPred has 2 rows but yTrue has 3: the columns disagree from row 3 on',
    );
    expect(() =>
      evaluatePredictions({ yTrue: ['0', '1'], yPred: ['0', '1'], yScore: [0.5] }, { task: 'binary' }),
    ).toThrow(/^yScore has 1 rows but yTrue has 2/);
  });

  it('non-numeric regression value', () => {
    expect(() => evaluatePredictions({ yTrue: ['1', '2', 'x'], yPred: ['1', '2', '3'] }, { task: 'regression' })).toThrow(
      'yTrue: row 3 is "x", expected a finite number',
    );
    expect(() => evaluatePredictions({ yTrue: ['1', '2'], yPred: ['1', ''] }, { task: 'regression' })).toThrow(
      'yPred: row 2 is "", expected a finite number',
    );
    expect(() => evaluatePredictions({ yTrue: ['1', 'NaN'], yPred: ['1', '2'] }, { task: 'regression' })).toThrow(/row 2/);
  });

  it('scores outside [0, 1] or not finite', () => {
    expect(() =>
      evaluatePredictions({ yTrue: ['0', '1'], yPred: ['0', '1'], yScore: [0.5, 1.5] }, { task: 'binary' }),
    ).toThrow('yScore: row 2 is 1.5, expected a probability in [0, 1] (log loss needs probabilities)');
    expect(() =>
      evaluatePredictions({ yTrue: ['0', '1'], yPred: ['0', '1'], yScore: [Number.NaN, 0.5] }, { task: 'binary' }),
    ).toThrow('yScore: row 1 is NaN, expected a finite number');
    expect(() =>
      evaluatePredictions(
        { yTrue: ['a', 'b'], yPred: ['a', 'b'], classScores: { a: [0.5, 0.5], b: [0.5, -0.5] } },
        { task: 'multiclass' },
      ),
    ).toThrow('classScores["b"]: row 2 is -0.5');
  });

  it('a true class without a probability column', () => {
    expect(() =>
      evaluatePredictions({ yTrue: ['a', 'c'], yPred: ['a', 'b'], classScores: { a: [1, 0], b: [0, 1] } }, { task: 'multiclass' }),
    ).toThrow('classScores: no probability column for class "c", which yTrue holds at row 2');
  });

  it('bad options and empty input', () => {
    expect(() => evaluatePredictions({ yTrue: [], yPred: [] }, { task: 'regression' })).toThrow(RangeError);
    expect(() => evaluatePredictions({ yTrue: ['1'], yPred: ['1'] }, { task: 'ranking' as never })).toThrow(/task must be/);
    expect(() => evaluatePredictions({ yTrue: ['1'], yPred: ['1'] }, { task: 'regression', level: 1 })).toThrow(RangeError);
    expect(() => evaluatePredictions({ yTrue: ['1'], yPred: ['1'] }, { task: 'regression', resamples: 0 })).toThrow(RangeError);
    expect(() => evaluatePredictions({ yTrue: ['1'], yPred: ['1'] }, { task: 'regression', seed: -1 })).toThrow(RangeError);
  });
});

describe('evaluatePredictions: paired comparison', () => {
  const candidate: PredictionColumns = {
    ids: ['a', 'b', 'c', 'd', 'e', 'f'],
    yTrue: ['1', '0', '1', '0', '1', '0'],
    yPred: ['1', '0', '1', '0', '0', '0'],
    yScore: [0.9, 0.2, 0.8, 0.3, 0.4, 0.1],
  };

  it('matches rows by id regardless of order', () => {
    const order = [5, 3, 0, 2, 4, 1];
    const baseline: PredictionColumns = {
      ids: order.map((i) => candidate.ids![i]),
      yTrue: order.map((i) => candidate.yTrue[i]),
      yPred: order.map((i) => candidate.yPred[i]),
      yScore: order.map((i) => candidate.yScore![i]),
    };
    const r = evaluatePredictions(candidate, { task: 'binary', resamples: 100, baseline });
    for (const [metric, entry] of Object.entries(r.comparison!)) {
      expect(entry.delta, metric).toBe(0);
      expect(entry.interval, metric).toEqual([0, 0]);
    }
    expect(r.comparison!.accuracy.p_value).toBe(1);
    expect(r.comparison!.roc_auc.p_value).toBe(1);
    expect(r.baseline_metrics).toEqual(r.metrics);
  });

  it('names the ids that do not match', () => {
    const baseline = { ...candidate, ids: ['a', 'b', 'c', 'd', 'e', 'g'] };
    expect(() => evaluatePredictions(candidate, { task: 'binary', baseline })).toThrow(
      'candidate and baseline ids do not match — 1 only in the candidate: "f"; 1 only in the baseline: "g"',
    );
  });

  it('rejects different truths on a paired row and different lengths without ids', () => {
    const baseline = { ...candidate, yTrue: ['1', '0', '1', '0', '1', '1'] };
    expect(() => evaluatePredictions(candidate, { task: 'binary', baseline })).toThrow(
      /baseline.yTrue differs from yTrue at row 6 \(id "f"\)/,
    );
    const shorter = { yTrue: ['1', '0'], yPred: ['1', '0'] };
    expect(() => evaluatePredictions({ yTrue: ['1', '0', '1'], yPred: ['1', '0', '1'] }, { task: 'binary', baseline: shorter })).toThrow(
      /baseline has 2 rows but the candidate has 3/,
    );
  });

  it('gives the candidate the same intervals with or without a baseline', () => {
    const baseline = { ...candidate, yScore: [0.6, 0.5, 0.7, 0.4, 0.45, 0.2] };
    const alone = evaluatePredictions(candidate, { task: 'binary', resamples: 300, seed: 9 });
    const paired = evaluatePredictions(candidate, { task: 'binary', resamples: 300, seed: 9, baseline });
    expect(paired.intervals).toEqual(alone.intervals);
    expect(paired.comparison!.log_loss.test).toBe('paired_bootstrap');
  });

  it('reports multiclass AUC comparisons without DeLong, with a note', () => {
    const yTrue = ['a', 'b', 'c', 'a', 'b', 'c'];
    const scores = (shift: number): Record<string, number[]> => ({
      a: [0.6, 0.2, 0.2, 0.5 - shift, 0.3, 0.1],
      b: [0.2, 0.6, 0.2, 0.3 + shift, 0.5, 0.1],
      c: [0.2, 0.2, 0.6, 0.2, 0.2, 0.8],
    });
    const r = evaluatePredictions(
      { yTrue, yPred: ['a', 'b', 'c', 'a', 'b', 'c'], classScores: scores(0) },
      { task: 'multiclass', resamples: 50, baseline: { yTrue, yPred: ['a', 'b', 'c', 'b', 'b', 'c'], classScores: scores(0.3) } },
    );
    expect(r.comparison!.roc_auc_ovr.test).toBe('paired_bootstrap');
    expect(r.comparison!.accuracy.test).toBe('mcnemar_exact');
    expect(r.comparison!.accuracy.delta).toBeCloseTo(1 / 6, 15);
    expect(r.notes?.join('\n')).toMatch(/roc_auc_ovr: DeLong's test is not computed/);
  });

  it('compares regression models with paired bootstrap intervals', () => {
    const yTrue = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const r = evaluatePredictions(
      { yTrue, yPred: ['1.1', '2.1', '2.9', '4.2', '5', '6.1', '6.8', '8'] },
      { task: 'regression', resamples: 200, baseline: { yTrue, yPred: ['2', '1', '4', '3', '6', '5', '8', '7'] } },
    );
    expect(r.comparison!.mae.delta).toBeLessThan(0);
    expect(r.comparison!.mae.interval[1]).toBeLessThan(0);
    expect(r.comparison!.r2.interval[0]).toBeGreaterThan(0);
    expect(Object.values(r.comparison!).every((c) => c.test === 'paired_bootstrap')).toBe(true);
  });
});
