import { describe, expect, it } from 'vitest';
import { evaluatePredictions, type PredictionColumns, type SliceComparison } from '../../../../shared/core/metrics/index.js';
import { bootstrapPValue, sliceRows } from '../../../../shared/core/metrics/slice-diff.js';
import { seededUniform } from '../../../support/random.js';

const SEGMENTS = ['a', 'b', 'c', 'd', 'e'];
const PER_SEGMENT = 200;

/**
 * Binary predictions on five segments of 200 rows. The baseline is right on a row with
 * probability 0.8 everywhere; the candidate with `candidateAccuracy(segment)`, independently.
 */
function simulate(candidateAccuracy: (segment: string) => number, seed: number) {
  const uniform = seededUniform(seed);
  const ids: string[] = [];
  const yTrue: string[] = [];
  const baselinePred: string[] = [];
  const candidatePred: string[] = [];
  const segment: string[] = [];
  for (const s of SEGMENTS) {
    for (let k = 0; k < PER_SEGMENT; k++) {
      const truth = uniform() < 0.5 ? '1' : '0';
      const flip = (label: string) => (label === '1' ? '0' : '1');
      ids.push(`${s}${k}`);
      yTrue.push(truth);
      segment.push(s);
      baselinePred.push(uniform() < 0.8 ? truth : flip(truth));
      candidatePred.push(uniform() < candidateAccuracy(s) ? truth : flip(truth));
    }
  }
  const candidate: PredictionColumns = { yTrue, yPred: candidatePred, ids };
  const baseline: PredictionColumns = { yTrue, yPred: baselinePred, ids };
  return { candidate, baseline, data: { segment, age: Array.from(ids, (_, i) => String(i % 97)) } };
}

function slicesOf(candidateAccuracy: (segment: string) => number, seed: number, columns = ['segment']) {
  const { candidate, baseline, data } = simulate(candidateAccuracy, seed);
  return evaluatePredictions(candidate, { task: 'binary', baseline, seed: 1, diff: { data, sliceColumns: columns, sliceMetrics: ['accuracy'] } });
}

const worse = (s: SliceComparison) => s.adjusted_p_value !== null && s.adjusted_p_value < 0.05 && s.delta! < 0;

describe('sliceDiff', () => {
  it('names first the one slice of five where a candidate that wins overall is significantly worse', () => {
    const result = slicesOf((s) => (s === 'c' ? 0.6 : 0.92), 7);
    expect(result.metrics.accuracy).toBeGreaterThan(result.baseline_metrics!.accuracy);
    expect(result.comparison!.accuracy.interval[0]).toBeGreaterThan(0);
    const slices = result.slices!;
    expect(slices).toHaveLength(5);
    const first = slices[0];
    expect(first).toMatchObject({ metric: 'accuracy', column: 'segment', value: 'c', n: 200, gated: true });
    expect(first.delta).toBeCloseTo(first.candidate! - first.baseline!, 12);
    expect(first.adjusted_p_value!).toBeLessThan(0.05);
    expect(first.interval![1]).toBeLessThan(0);
    expect(first.adjusted_p_value!).toBeGreaterThanOrEqual(first.p_value!);
    expect(slices.filter(worse).map((s) => s.value)).toEqual(['c']);
  });

  it('finds no significant slice when the same amount of change is noise spread across slices', () => {
    const result = slicesOf(() => 0.8, 7);
    const changed = result.prediction_diff as { changed: number };
    expect(changed.changed).toBeGreaterThan(250);
    for (const s of result.slices!) {
      expect(s.adjusted_p_value!).toBeGreaterThanOrEqual(0.05);
      expect(s.interval![0]).toBeLessThan(0);
      expect(s.interval![1]).toBeGreaterThan(0);
    }
    // The first test's overall gain ((4 × 0.92 + 0.6) / 5 = 0.856) spread evenly: no slice worse.
    expect(slicesOf(() => 0.856, 7).slices!.filter(worse)).toEqual([]);
  });

  it('gives the same slices for the same seed, and intervals from the paired bootstrap of each slice', () => {
    const once = slicesOf((s) => (s === 'c' ? 0.6 : 0.92), 7);
    const again = slicesOf((s) => (s === 'c' ? 0.6 : 0.92), 7);
    expect(again.slices).toEqual(once.slices);
  });

  it('cuts a numeric column into quantile bins labelled by their ranges and marks small slices not gated', () => {
    const result = slicesOf(() => 0.85, 3, ['age']);
    // Edges as numpy's np.quantile(age, [0.2, 0.4, 0.6, 0.8], method='inverted_cdf'): 18, 36, 56, 76.
    const slices = result.slices!;
    expect(slices.map((s) => s.value).sort()).toEqual(['(18, 36]', '(36, 56]', '(56, 76]', '(76, 96]', '[0, 18]'].sort());
    expect(slices.reduce((sum, s) => sum + s.n, 0)).toBe(1000);
    const small = evaluatePredictions(simulate(() => 0.85, 3).candidate, {
      task: 'binary', baseline: simulate(() => 0.85, 3).baseline, resamples: 50,
      diff: { data: simulate(() => 0.85, 3).data, sliceColumns: ['segment'], sliceMetrics: ['accuracy'], minSliceRows: 201 },
    });
    expect(small.slices!.every((s) => !s.gated && s.adjusted_p_value === null && s.p_value !== null)).toBe(true);
    expect(small.notes).toContain('slices: 5 slice results with fewer than 201 rows are shown but not gated');
  });

  it('reports a metric undefined on a slice as null with a note, never an error', () => {
    const yTrue = ['1', '1', '1', '0', '0', '1', '0', '1'];
    const candidate = { yTrue, yPred: yTrue, yScore: [0.9, 0.8, 0.7, 0.2, 0.1, 0.6, 0.4, 0.9], ids: ['1', '2', '3', '4', '5', '6', '7', '8'] };
    const baseline = { ...candidate, yScore: [0.6, 0.7, 0.8, 0.3, 0.2, 0.5, 0.6, 0.4] };
    const data = { g: ['x', 'x', 'x', 'y', 'y', 'y', 'y', 'y'] };
    const result = evaluatePredictions(candidate, { task: 'binary', baseline, resamples: 50, diff: { data, sliceColumns: ['g'], primaryMetric: 'roc_auc' } });
    const x = result.slices!.find((s) => s.value === 'x')!;
    expect(x).toMatchObject({ metric: 'roc_auc', baseline: null, candidate: null, delta: null, interval: null, p_value: null });
    expect(x.note).toMatch(/roc_auc is undefined on this slice/);
    expect(result.slices!.find((s) => s.value === 'y')!.candidate).toBe(1);
  });

  it('falls back to accuracy when the primary metric is not computed, and refuses unknown slice metrics and columns', () => {
    const { candidate, baseline, data } = simulate(() => 0.8, 1);
    const result = evaluatePredictions(candidate, { task: 'binary', baseline, resamples: 20, diff: { data, sliceColumns: ['segment'], primaryMetric: 'roc_auc' } });
    expect(result.slices![0].metric).toBe('accuracy');
    expect(result.notes).toContain('slices: compared by accuracy, because roc_auc (the primary metric) is not computed for these predictions');
    expect(() => evaluatePredictions(candidate, { task: 'binary', baseline, resamples: 20, diff: { data, sliceColumns: ['segment'], sliceMetrics: ['acuracy'] } }))
      .toThrow(/slice metrics: `acuracy` is not among the metrics computed here/);
    expect(() => evaluatePredictions(candidate, { task: 'binary', baseline, resamples: 20, diff: { data, sliceColumns: ['region'] } }))
      .toThrow('slice columns: the evaluation data has no column `region`');
  });
});

describe('sliceDiff on other tasks', () => {
  it('compares regressors by rmse (lower is better: a higher rmse is the worse slice) and multiclass models by f1_macro', () => {
    const uniform = seededUniform(2);
    const n = 300;
    const group = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'hard' : 'easy'));
    const yTrue = Array.from({ length: n }, (_, i) => String(i));
    const noise = (scale: number) => (uniform() - 0.5) * scale;
    const baseline = { yTrue, yPred: yTrue.map((t) => String(Number(t) + noise(2))) };
    const candidate = { yTrue, yPred: yTrue.map((t, i) => String(Number(t) + noise(group[i] === 'hard' ? 6 : 1))) };
    const regression = evaluatePredictions(candidate, { task: 'regression', baseline, resamples: 200, diff: { data: { group }, sliceColumns: ['group'], primaryMetric: 'rmse' } });
    expect(regression.slices!.map((s) => [s.metric, s.value, s.delta! > 0])).toEqual([['rmse', 'hard', true], ['rmse', 'easy', false]]);
    expect(regression.slices![0].adjusted_p_value!).toBeLessThan(0.05);

    const labels = ['x', 'y', 'z'];
    const truth = Array.from({ length: n }, (_, i) => labels[i % 3]);
    const multiclass = evaluatePredictions(
      { yTrue: truth, yPred: truth.map((t, i) => (group[i] === 'hard' && uniform() < 0.5 ? labels[(i + 1) % 3] : t)) },
      { task: 'multiclass', baseline: { yTrue: truth, yPred: truth }, resamples: 200, diff: { data: { group }, sliceColumns: ['group'], primaryMetric: 'f1_macro' } },
    );
    expect(multiclass.slices!.map((s) => [s.metric, s.value])).toEqual([['f1_macro', 'hard'], ['f1_macro', 'easy']]);
    expect(multiclass.slices![1]).toMatchObject({ delta: 0, p_value: 1 });
  });
});

describe('sliceRows', () => {
  it('slices categories most frequent first, folds the tail past 20 values and puts missing cells in their own slice', () => {
    const cells = [...Array.from({ length: 25 }, (_, i) => Array.from({ length: 30 - i }, () => `v${i}`)).flat(), '', 'NA'];
    const slices = sliceRows(cells);
    expect(slices).toHaveLength(21);
    expect(slices[0]).toMatchObject({ value: 'v0' });
    expect(slices[0].rows).toHaveLength(30);
    expect(slices[19]).toMatchObject({ value: '(other: 6 values)' });
    expect(slices[19].rows).toHaveLength(11 + 10 + 9 + 8 + 7 + 6);
    expect(slices[20]).toMatchObject({ value: '(missing)' });
    expect(Array.from(slices[20].rows)).toEqual([cells.length - 2, cells.length - 1]);
  });

  it('slices a numeric column with few values by value', () => {
    expect(sliceRows(['1', '0', '1.0', '2']).map((s) => [s.value, Array.from(s.rows)])).toEqual([['0', [1]], ['1', [0, 2]], ['2', [3]]]);
  });
});

describe('bootstrapPValue', () => {
  it('is twice the share of replicates on the far side of zero, with the +1s', () => {
    expect(bootstrapPValue([1, 2, 3, 4])).toBeCloseTo(2 / 5, 12);
    expect(bootstrapPValue([-1, 2, 3, 4])).toBeCloseTo(4 / 5, 12);
    expect(bootstrapPValue([0, 0, 0])).toBe(1);
    expect(bootstrapPValue([NaN, NaN])).toBeNull();
  });
});
