import { describe, expect, it } from 'vitest';
import { evaluatePredictions } from '../../../../shared/core/metrics/index.js';
import { predictionArraysFrom } from '../../../../shared/core/metrics/prediction-arrays.js';
import type { EvaluateOptions, PredictionArrays, PredictionColumns, Task } from '../../../../shared/core/metrics/types.js';
import { seededUniform } from '../../../support/random.js';

/** Two models' predictions on n rows, the baseline's rows in another order when `shuffle`. */
function models(task: Task, n: number, seed: number, shuffle: boolean): { candidate: PredictionColumns; baseline: PredictionColumns } {
  const uniform = seededUniform(seed);
  const yTrue = Array.from({ length: n }, () => (task === 'regression' ? String(Math.round(uniform() * 100) / 10) : uniform() < 0.35 ? '1' : '0'));
  const side = (noise: number): PredictionColumns => {
    const score = yTrue.map((truth) => Math.min(1, Math.max(0, (truth === '1' ? 0.65 : 0.35) + (uniform() - 0.5) * noise)));
    return {
      ids: yTrue.map((_, i) => `r${i}`),
      yTrue,
      yPred: task === 'regression' ? yTrue.map((truth) => String(Number(truth) + (uniform() - 0.5) * noise)) : score.map((p) => (p >= 0.5 ? '1' : '0')),
      ...(task === 'binary' ? { yScore: score.map((p) => Math.round(p * 50) / 50) } : {}), // ties across rows
    };
  };
  const candidate = side(0.6);
  const baseline = side(0.9);
  if (!shuffle) return { candidate, baseline };
  const order = Array.from({ length: n }, (_, i) => (i * 37) % n); // n coprime with 37
  const permute = <T>(column: T[] | undefined) => column && order.map((i) => column[i]);
  return { candidate, baseline: { ids: permute(baseline.ids), yTrue: permute(baseline.yTrue)!, yPred: permute(baseline.yPred)!, yScore: permute(baseline.yScore) } };
}

/** Every typed array of the prediction arrays, to see which were freed. */
function arraysOf(side: PredictionArrays): ArrayBufferView[] {
  return [side.yTrue.codes, side.yPred.codes, ...(side.yScore ? [side.yScore] : []), ...(side.ids ? [side.ids.bytes, side.ids.starts] : [])];
}

function evaluateBoth(task: Task, shuffle: boolean, options: Partial<EvaluateOptions> = {}) {
  const { candidate, baseline } = models(task, 401, 3, shuffle);
  const kept = evaluatePredictions(candidate, { task, baseline, resamples: 50, ...options });
  const handed = { candidate: predictionArraysFrom(candidate), baseline: predictionArraysFrom(baseline) };
  const released = evaluatePredictions(handed.candidate, { task, baseline: handed.baseline, resamples: 50, releaseInputs: true, ...options });
  return { kept, released, handed };
}

describe('evaluatePredictions with releaseInputs: the same evaluation, the arrays handed over freed', () => {
  for (const task of ['binary', 'regression'] as const) {
    for (const shuffle of [false, true]) {
      it(`${task}, baseline rows ${shuffle ? 'in another order' : 'in the same order'}`, () => {
        const { kept, released, handed } = evaluateBoth(task, shuffle);
        expect(JSON.stringify(released)).toBe(JSON.stringify(kept));
        if (task === 'binary') {
          // Binary frees all of them: labels once encoded, scores once put in score order, ids after pairing and the diff.
          expect([...arraysOf(handed.candidate), ...arraysOf(handed.baseline)].map((a) => a.byteLength)).toEqual(new Array(10).fill(0));
        } else {
          expect(handed.candidate.ids!.bytes.byteLength).toBe(0);
        }
      });
    }
  }

  it('keeps them when slices re-read them at the end', () => {
    const { candidate, baseline } = models('binary', 401, 4, false);
    const data = { size: Array.from({ length: 401 }, (_, i) => String(i % 3)) };
    const handed = { candidate: predictionArraysFrom(candidate), baseline: predictionArraysFrom(baseline) };
    const diff = { data, sliceColumns: ['size'], primaryMetric: 'roc_auc' };
    const released = evaluatePredictions(handed.candidate, { task: 'binary', baseline: handed.baseline, resamples: 30, diff, releaseInputs: true });
    expect(released.slices).toHaveLength(3); // one per value of `size`
    expect(JSON.stringify(released)).toBe(JSON.stringify(evaluatePredictions(candidate, { task: 'binary', baseline, resamples: 30, diff })));
    expect(handed.candidate.yScore!.byteLength).toBeGreaterThan(0);
  });

  it('one array given for both models is read for both before it is freed', () => {
    const { candidate } = models('binary', 401, 5, false);
    const same = predictionArraysFrom(candidate);
    const released = evaluatePredictions(same, { task: 'binary', baseline: same, resamples: 20, releaseInputs: true });
    const kept = evaluatePredictions(candidate, { task: 'binary', baseline: candidate, resamples: 20 });
    expect(JSON.stringify(released)).toBe(JSON.stringify(kept));
    expect(released.comparison?.roc_auc.delta).toBe(0);
  });
});
