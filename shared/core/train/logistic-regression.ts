import { Matrix, solve } from 'ml-matrix';

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares), one-vs-rest for more than two classes.
 *
 * Written here rather than taken from `ml-logistic-regression` because that package fits by a
 * fixed number of plain gradient steps with no intercept and no regularisation, and its scores are
 * not probabilities; Newton's method converges in a handful of iterations on standardised inputs.
 * The objective is scikit-learn's: ½‖w‖² + C·Σ log-loss, with the intercept not penalised.
 */
export interface LogisticParams {
  /** Inverse regularisation strength, as scikit-learn's `C`. */
  C: number;
  maxIterations: number;
  /** Stop when the largest Newton step is below this. */
  tolerance: number;
}

export const DEFAULT_LOGISTIC_PARAMS: LogisticParams = { C: 1, maxIterations: 100, tolerance: 1e-8 };

export interface LogisticState {
  /** One weight vector per one-vs-rest problem (a single one for two classes); last entry is the intercept. */
  weights: number[][];
  iterations: number[];
}

export function fitLogistic(x: number[][], positives: boolean[][], params: LogisticParams): LogisticState {
  const weights: number[][] = [];
  const iterations: number[] = [];
  for (const target of positives) {
    const fit = fitBinary(x, target, params);
    weights.push(fit.weights);
    iterations.push(fit.iterations);
  }
  return { weights, iterations };
}

function fitBinary(x: number[][], target: boolean[], params: LogisticParams) {
  const n = x.length;
  const d = (x[0]?.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  let iteration = 0;
  for (; iteration < params.maxIterations; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Matrix.zeros(d, d);
    for (let i = 0; i < n; i++) {
      const row = [...x[i], 1];
      const p = sigmoid(dot(w, row));
      const weight = params.C * Math.max(p * (1 - p), 1e-12);
      const error = params.C * (p - (target[i] ? 1 : 0));
      for (let a = 0; a < d; a++) {
        gradient[a] += error * row[a];
        for (let b = 0; b <= a; b++) hessian.set(a, b, hessian.get(a, b) + weight * row[a] * row[b]);
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) hessian.set(b, a, hessian.get(a, b));
      if (a < d - 1) {
        gradient[a] += w[a];
        hessian.set(a, a, hessian.get(a, a) + 1);
      }
    }
    const step = solve(hessian, Matrix.columnVector(gradient)).to1DArray();
    w = w.map((value, i) => value - step[i]);
    if (Math.max(...step.map(Math.abs)) < params.tolerance) {
      iteration++;
      break;
    }
  }
  return { weights: w, iterations: iteration };
}

/** Probability of the positive class of each one-vs-rest problem, per row. */
export function logisticScores(state: LogisticState, x: number[][]): number[][] {
  return x.map((row) => state.weights.map((w) => sigmoid(dot(w, [...row, 1]))));
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
