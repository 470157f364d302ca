import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRidgeSize, fitRidge, MAX_RIDGE_SYSTEM, ridgePredict } from '../../../../shared/core/train/ridge-regression.js';
import { predictWithModel, trainModel } from '../../../../shared/core/train/model.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';

// Reference fits by scikit-learn's Ridge: scripts/fixtures/ridge.py (`npm run fixtures`).
interface FitCase { name: string; alpha: number; x: number[][]; y: number[]; coef: number[]; intercept: number; predictions: number[] }
interface PipelineCase { name: string; alpha: number; columns: string[]; train: (number | string)[][]; test: (number | string)[][]; predictions: number[] }
const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/ridge.json', import.meta.url)), 'utf8')) as { fits: FitCase[]; pipelines: PipelineCase[] };

/** Largest |a − b| relative to the larger of |b| and `floor` (so near-zero values compare absolutely). */
function relativeGap(actual: number[], expected: number[], floor: number): number {
  expect(actual).toHaveLength(expected.length);
  return Math.max(0, ...actual.map((a, i) => Math.abs(a - expected[i]) / Math.max(Math.abs(expected[i]), floor)));
}

/*
 * Tolerances. Both sides solve the same positive definite system in float64 by Cholesky, in a
 * different order of operations, so the answers differ by rounding amplified by the system's
 * condition number. Measured with scikit-learn 1.2.1: predictions within 2e-14 relative,
 * coefficients within 7e-14, except where collinear columns with alpha 1e-4 make the system nearly
 * singular (2e-9). The bounds leave two orders of magnitude.
 */
const PREDICTION_TOLERANCE = 1e-12;
const coefTolerance = (c: FitCase) => (c.name.includes('collinear') && c.alpha < 0.01 ? 1e-7 : 1e-11);

describe('fitRidge agrees with scikit-learn Ridge(alpha, fit_intercept=True)', () => {
  it('has tall, wide and collinear cases', () => {
    const names = fixture.fits.map((c) => c.name).join('\n');
    for (const kind of ['tall', 'wide', 'collinear']) expect(names).toContain(kind);
    expect(fixture.fits.some((c) => c.x[0].length > c.x.length)).toBe(true);
  });

  it.each(fixture.fits.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const state = fitRidge(c.x, c.y, { alpha: c.alpha });
    expect(state.solver).toBe(c.x[0].length > c.x.length ? 'dual' : 'primal');
    expect(relativeGap(state.weights, c.coef, 1e-3)).toBeLessThan(coefTolerance(c));
    expect(relativeGap([state.intercept], [c.intercept], 1)).toBeLessThan(coefTolerance(c));
    expect(relativeGap(ridgePredict(state, c.x), c.predictions, 1)).toBeLessThan(PREDICTION_TOLERANCE);
  });

  it('solves the primal and the dual system to the same weights', () => {
    for (const c of fixture.fits.filter((f) => !f.name.includes('collinear'))) {
      const primal = fitRidge(c.x, c.y, { alpha: c.alpha }, 'primal');
      const dual = fitRidge(c.x, c.y, { alpha: c.alpha }, 'dual');
      expect(relativeGap(dual.weights, primal.weights, 1e-3), c.name).toBeLessThan(1e-8);
    }
  });

  it('says so when rounding leaves a tiny alpha no weight next to duplicated columns', () => {
    const x = Array.from({ length: 30 }, (_, i) => [i * 1e8, i * 1e8, (i % 7) * 1e8]);
    expect(() => fitRidge(x, x.map((row) => row[0] / 1e8 + 1), { alpha: 1e-300 })).toThrow('ridge_regression: the system is not positive definite in floating point; raise alpha or rescale the features');
  });

  it('refuses alpha 0 or less (the system would not be positive definite for collinear columns)', () => {
    const c = fixture.fits[0];
    expect(() => fitRidge(c.x, c.y, { alpha: 0 })).toThrow('ridge_regression: alpha must be greater than 0, got 0');
    expect(() => fitRidge(c.x, c.y, { alpha: -1 })).toThrow('alpha must be greater than 0');
  });
});

describe('ridge_regression (standardised numeric columns, one-hot text columns) agrees with scikit-learn', () => {
  const csv = (columns: string[], rows: (number | string)[][]) => `${columns.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
  it.each(fixture.pipelines.map((c) => [c.name, c] as const))('%s: StandardScaler + OneHotEncoder(handle_unknown="ignore") + Ridge', (_, c) => {
    const model = trainModel({ table: parseCsvTable(csv(c.columns, c.train), 'train.csv'), target: 'y', type: 'ridge_regression', params: { alpha: c.alpha } });
    expect(model.task).toBe('regression');
    expect(model.classes).toEqual([]);
    const predicted = predictWithModel(model, parseCsvTable(csv(c.columns, c.test), 'test.csv')).predicted.map(Number);
    expect(relativeGap(predicted, c.predictions, 1)).toBeLessThan(PREDICTION_TOLERANCE);
  });
});

describe('ridge_regression in trainModel', () => {
  const table = parseCsvTable('x,z,y\n1,a,2.5\n2,b,4.1\n3,a,6.2\n4,b,7.9\n', 'prices.csv');

  it('refuses a target that is not a number, naming the line', () => {
    const text = parseCsvTable('x,y\n1,2\n2,cheap\n', 'prices.csv');
    expect(() => trainModel({ table: text, target: 'y', type: 'ridge_regression' })).toThrow('prices.csv: target `y` line 3: `cheap` is not a finite number, and regression learns a number');
  });

  it('refuses a mismatched task, an unknown parameter and a positive label', () => {
    expect(() => trainModel({ table, target: 'y', type: 'ridge_regression', task: 'classification' })).toThrow('ridge_regression learns a number, not classes');
    expect(() => trainModel({ table, target: 'y', type: 'logistic_regression', task: 'regression' })).toThrow('logistic_regression is a classifier: task regression needs ridge_regression');
    expect(() => trainModel({ table, target: 'y', type: 'ridge_regression', params: { C: 1 } })).toThrow('ridge_regression: unknown parameter `C` (known: alpha)');
    expect(() => trainModel({ table, target: 'y', type: 'ridge_regression', positiveLabel: '1' })).toThrow('positive label is for binary classifiers');
  });

  it('trains on a target a classifier refuses as continuous', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i},${(3 * i + 1.25).toFixed(2)}`).join('\n');
    const prices = parseCsvTable(`x,y\n${rows}\n`, 'prices.csv');
    expect(() => trainModel({ table: prices, target: 'y', type: 'logistic_regression' })).toThrow('pass task `regression` to fit ridge_regression');
    const model = trainModel({ table: prices, target: 'y', type: 'ridge_regression', params: { alpha: 1e-9 } });
    expect(Number(predictWithModel(model, parseCsvTable('x\n200\n', 'new.csv')).predicted[0])).toBeCloseTo(601.25, 4);
  });

  it('refuses a system past its size or work limit before fitting, naming the numbers', () => {
    expect(() => checkRidgeSize(300, 20_000)).not.toThrow();
    expect(() => checkRidgeSize(1_000_000, 50)).not.toThrow();
    expect(() => checkRidgeSize(MAX_RIDGE_SYSTEM + 1, MAX_RIDGE_SYSTEM + 1)).toThrow('5,001 × 5,001 system');
    expect(() => checkRidgeSize(10_000_000, 2_000)).toThrow('ridge_regression: 10,000,000 rows × 2,000 model inputs needs a 2,000 × 2,000 system and 20,000,000,000,000 multiply-adds');
  });
});
