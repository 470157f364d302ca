import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGISTIC_PARAMS, fitLogistic, logisticScores, NEWTON_MAX_INPUTS } from '../../../../shared/core/train/logistic-regression.js';
import { seededNormal } from '../../../support/random.js';

function problem(rows: number, columns: number, seed: number) {
  const next = seededNormal(seed);
  const x = Array.from({ length: rows }, () => Array.from({ length: columns }, () => next()));
  return { x, y: x.map((row) => row[0] + 0.5 * row[1] + next() > 0) };
}

describe('fitLogistic solvers', () => {
  // Wide inputs go to L-BFGS; it minimises the same objective, so it must land where Newton does.
  it.each([[300, 40], [120, 300]])('L-BFGS agrees with Newton on %i rows × %i columns', (rows, columns) => {
    const { x, y } = problem(rows, columns, 5);
    const newton = fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS, 'newton');
    const lbfgs = fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS, 'lbfgs');
    const gap = Math.max(...newton.weights[0].map((w, i) => Math.abs(w - lbfgs.weights[0][i])));
    expect(gap).toBeLessThan(1e-4);
    const scores = [logisticScores(newton, x), logisticScores(lbfgs, x)];
    expect(Math.max(...scores[0].map((row, i) => Math.abs(row[0] - scores[1][i][0])))).toBeLessThan(1e-5);
  });

  it('keeps Newton (and so its results) up to NEWTON_MAX_INPUTS inputs', () => {
    const { x, y } = problem(40, 5, 9);
    expect(fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS)).toEqual(fitLogistic(x, [y], DEFAULT_LOGISTIC_PARAMS, 'newton'));
    const wide = problem(20, NEWTON_MAX_INPUTS + 1, 9);
    expect(fitLogistic(wide.x, [wide.y], DEFAULT_LOGISTIC_PARAMS)).toEqual(fitLogistic(wide.x, [wide.y], DEFAULT_LOGISTIC_PARAMS, 'lbfgs'));
  });
});
