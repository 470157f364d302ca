import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { InputError } from '../../errors.js';

/**
 * Ridge regression in closed form, scikit-learn's `Ridge(alpha, fit_intercept=True)`: minimises
 * ‖y − Xw − b‖² + α‖w‖² with the intercept b not penalised. X and y are centred on their means,
 * which takes the intercept out of the penalty, and the weights solve one symmetric positive
 * definite system by Cholesky:
 *
 * - primal, p ≤ n: (XᵀX + αI) w = Xᵀy, a p × p system (n·p² to build);
 * - dual, p > n: w = Xᵀ(XXᵀ + αI)⁻¹y, an n × n system (n²·p), so a table with 20,000 features and
 *   200 rows solves a 200 × 200 system instead of a 20,000 × 20,000 one.
 *
 * Both are the same minimiser; α > 0 keeps the system positive definite even when columns are
 * collinear (duplicated or one-hot with every category), where least squares has no unique answer.
 */
export interface RidgeParams {
  /** Regularisation strength, as scikit-learn's `alpha` (default 1). */
  alpha: number;
}

export const DEFAULT_RIDGE_PARAMS: RidgeParams = { alpha: 1 };

export interface RidgeState {
  weights: number[];
  intercept: number;
  /** Which system was solved (`primal`: p × p, `dual`: n × n). */
  solver: RidgeSolver;
}

export type RidgeSolver = 'primal' | 'dual';

/**
 * Limits on the closed form: the system is min(n, p) square (8 bytes an entry, held twice while it
 * is built) and building it takes n·p·min(n, p)/2 multiply-adds. Past either the fit would take
 * gigabytes or many minutes (10¹⁰ multiply-adds take about a minute on a busy 2-core machine);
 * it is refused before any work with the numbers and what to change.
 */
export const MAX_RIDGE_SYSTEM = 5000;
export const MAX_RIDGE_WORK = 1e10;

export function checkRidgeSize(rows: number, inputs: number): void {
  const side = Math.min(rows, inputs);
  const work = (rows * inputs * side) / 2;
  if (side <= MAX_RIDGE_SYSTEM && work <= MAX_RIDGE_WORK) return;
  const count = (n: number) => n.toLocaleString('en-US');
  throw new InputError(`ridge_regression: ${count(rows)} rows × ${count(inputs)} model inputs needs a ${count(side)} × ${count(side)} system and ${count(work)} multiply-adds to build it, `
    + `over the limits of ${count(MAX_RIDGE_SYSTEM)} × ${count(MAX_RIDGE_SYSTEM)} and ${count(MAX_RIDGE_WORK)}: leave columns out (exclude), train on a sample of the rows, or train with your own code (command)`);
}

export function checkRidgeParams(params: RidgeParams): void {
  if (!(params.alpha > 0)) {
    throw new InputError(`ridge_regression: alpha must be greater than 0, got ${params.alpha} (for near-ordinary least squares give a small alpha such as 1e-6)`);
  }
}

export function fitRidge(x: number[][], y: number[], params: RidgeParams, solver?: RidgeSolver): RidgeState {
  checkRidgeParams(params);
  const n = x.length;
  if (n === 0 || y.length !== n) throw new Error(`ridge: ${n} rows of features, ${y.length} targets`);
  const p = x[0].length;
  const xMean = new Array<number>(p).fill(0);
  for (const row of x) for (let j = 0; j < p; j++) xMean[j] += row[j] / n;
  const yMean = y.reduce((a, b) => a + b / n, 0);
  const xc = x.map((row) => row.map((v, j) => v - xMean[j]));
  const yc = y.map((v) => v - yMean);
  const chosen = solver ?? (p > n ? 'dual' : 'primal');
  let weights: number[];
  if (p === 0) {
    weights = [];
  } else if (chosen === 'primal') {
    // Flat typed arrays in the loops: n·p²/2 multiply-adds, about 10× faster than Matrix.get/set.
    const gram = new Float64Array(p * p);
    const rhs = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      const row = xc[i];
      for (let a = 0; a < p; a++) {
        const value = row[a];
        if (value === 0) continue;
        rhs[a] += value * yc[i];
        const offset = a * p;
        for (let b = 0; b <= a; b++) gram[offset + b] += value * row[b];
      }
    }
    const system = new Matrix(p, p);
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < a; b++) {
        system.set(a, b, gram[a * p + b]);
        system.set(b, a, gram[a * p + b]);
      }
      system.set(a, a, gram[a * p + a] + params.alpha);
    }
    weights = solveSpd(system, rhs);
  } else {
    const rows = xc.map((row) => Float64Array.from(row));
    const kernel = new Matrix(n, n);
    for (let i = 0; i < n; i++) {
      const left = rows[i];
      for (let k = 0; k <= i; k++) {
        const right = rows[k];
        let sum = 0;
        for (let j = 0; j < p; j++) sum += left[j] * right[j];
        kernel.set(i, k, sum);
        kernel.set(k, i, sum);
      }
      kernel.set(i, i, kernel.get(i, i) + params.alpha);
    }
    const dual = solveSpd(kernel, yc);
    weights = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) weights[j] += xc[i][j] * dual[i];
  }
  const intercept = yMean - weights.reduce((sum, w, j) => sum + w * xMean[j], 0);
  return { weights, intercept, solver: chosen };
}

function solveSpd(matrix: Matrix, rhs: number[]): number[] {
  const cholesky = new CholeskyDecomposition(matrix);
  // α > 0 makes the matrix positive definite; only a huge scale difference (α lost in rounding
  // next to entries 1e16 larger) can break that.
  if (!cholesky.isPositiveDefinite()) throw new InputError('ridge_regression: the system is not positive definite in floating point; raise alpha or rescale the features');
  return cholesky.solve(Matrix.columnVector(rhs)).to1DArray();
}

export function ridgePredict(state: RidgeState, x: number[][]): number[] {
  return x.map((row) => row.reduce((sum, v, j) => sum + v * state.weights[j], state.intercept));
}
