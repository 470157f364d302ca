import { describe, expect, it } from 'vitest';
import { predictionDiff } from '../../../../shared/core/metrics/prediction-diff.js';
import { predictionArraysFrom } from '../../../../shared/core/metrics/prediction-arrays.js';
import type { PredictionColumns, Task } from '../../../../shared/core/metrics/types.js';
import { predictionDiffFromStrings, type PredictionDiffInput } from '../../../support/prediction-diff-strings.js';
import { seededUniform } from '../../../support/random.js';

/** The diff from typed arrays equals the diff row by row over strings, key order included (JSON). */
function expectSameDiff(input: PredictionDiffInput): void {
  const expected = predictionDiffFromStrings(input);
  const typed = predictionDiff({ ...input, candidate: predictionArraysFrom(input.candidate), baseline: predictionArraysFrom(input.baseline) });
  expect(JSON.stringify(typed)).toBe(JSON.stringify(expected));
  // String columns given directly are converted the same way.
  expect(JSON.stringify(predictionDiff(input))).toBe(JSON.stringify(expected));
}

/** Two models' predictions on n rows; scores on a coarse grid so |Δ p| ties across rows. */
function simulated(task: Task, n: number, classes: number, seed: number): PredictionDiffInput {
  const uniform = seededUniform(seed);
  const label = (k: number) => (task === 'binary' ? String(k % 2) : `class ${k}`);
  const pick = () => Math.floor(uniform() ** 2 * classes);
  const yTrue = Array.from({ length: n }, () => label(pick()));
  const side = (agreement: number): PredictionColumns => {
    const columns: PredictionColumns = {
      yTrue,
      yPred: yTrue.map((truth) => (uniform() < agreement ? truth : label(pick()))),
      ids: yTrue.map((_, i) => `row-${(i * 7919) % n}`),
    };
    if (task === 'binary') columns.yScore = yTrue.map(() => Math.round(uniform() * 20) / 20);
    if (task === 'multiclass') {
      columns.classScores = Object.fromEntries(Array.from({ length: classes }, (_, k) => [label(k), yTrue.map(() => Math.round(uniform() * 10) / 10)]));
    }
    return columns;
  };
  return {
    task, candidate: side(0.8), baseline: side(0.7), ...(task === 'binary' ? { positiveLabel: '1' } : {}),
    data: { city: yTrue.map((_, i) => `city ${i % 13}`), long: yTrue.map(() => 'x'.repeat(300)) }, diffColumns: ['city', 'long'],
  };
}

describe('predictionDiff on typed arrays equals the diff over string columns', () => {
  it('binary, scored: ranking by |Δ p(true class)| with many ties, ids and feature values', () => {
    for (const seed of [1, 2, 3]) expectSameDiff(simulated('binary', 2000, 2, seed));
  });

  it('binary without scores: broken, fixed, other in row order', () => {
    const input = simulated('binary', 500, 2, 4);
    delete input.candidate.yScore;
    expectSameDiff(input);
  });

  it('multiclass with scores, with labels folded past 30 (table key order kept)', () => {
    expectSameDiff(simulated('multiclass', 3000, 5, 5));
    expectSameDiff(simulated('multiclass', 3000, 45, 6));
  });

  it('multiclass without a score column for some true class: no ranking by probability', () => {
    const input = simulated('multiclass', 300, 4, 7);
    delete input.baseline.classScores!['class 0'];
    expectSameDiff(input);
  });

  it('labels cut to 256 characters that become equal share one table row', () => {
    const long = 'y'.repeat(300);
    const yTrue = [`${long}a`, `${long}b`, 'c', 'c'];
    expectSameDiff({
      task: 'multiclass',
      candidate: { yTrue, yPred: [`${long}b`, `${long}a`, `${long}a`, 'c'] },
      baseline: { yTrue, yPred: [`${long}a`, 'c', `${long}b`, `${long}a`] },
    });
  });

  it('regression: moves past the tolerance, ranked by |candidate − baseline|, ties in row order', () => {
    const uniform = seededUniform(8);
    const yTrue = Array.from({ length: 1000 }, () => String(Math.round(uniform() * 100)));
    const moved = (spread: number) => yTrue.map((v) => String(Number(v) + Math.round((uniform() - 0.5) * spread)));
    const input: PredictionDiffInput = { task: 'regression', candidate: { yTrue, yPred: moved(10) }, baseline: { yTrue, yPred: moved(6) } };
    expectSameDiff(input);
    expectSameDiff({ ...input, tolerance: 0 });
  });
});
