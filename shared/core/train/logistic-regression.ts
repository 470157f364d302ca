import { Matrix, solve } from 'ml-matrix';

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares), one-vs-rest for more than two classes; wide inputs (more than `NEWTON_MAX_INPUTS`
 * model inputs) by L-BFGS on the same objective.
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

/**
 * Newton's method builds and solves a d × d Hessian every iteration: O(n·d² + d³), minutes at a
 * thousand inputs and hours at ten thousand. Past this width L-BFGS (O(n·d) per iteration) fits
 * the same objective; at or below it, results stay exactly what they were.
 */
export const NEWTON_MAX_INPUTS = 256;

export type LogisticSolver = 'newton' | 'lbfgs';

export function fitLogistic(x: number[][], positives: boolean[][], params: LogisticParams, solver?: LogisticSolver): LogisticState {
  const weights: number[][] = [];
  const iterations: number[] = [];
  const chosen = solver ?? ((x[0]?.length ?? 0) > NEWTON_MAX_INPUTS ? 'lbfgs' : 'newton');
  for (const target of positives) {
    const fit = chosen === 'newton' ? fitBinary(x, target, params) : fitBinaryLbfgs(x, target, params);
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

/** Past-gradients kept by L-BFGS. */
const LBFGS_MEMORY = 10;

/**
 * The same objective by L-BFGS with a backtracking (Armijo) line search. It stops when no gradient
 * component exceeds `tolerance` times the largest one at the start (a relative test: the loss sums
 * over rows, so its gradient scales with them), or when a step no longer lowers the objective, or
 * after 10 × `maxIterations` iterations (each is far cheaper than a Newton iteration).
 */
function fitBinaryLbfgs(x: number[][], target: boolean[], params: LogisticParams) {
  const n = x.length;
  const p = x[0]?.length ?? 0;
  const d = p + 1;
  const C = params.C;
  const objective = (w: Float64Array, gradient: Float64Array): number => {
    let value = 0;
    for (let a = 0; a < p; a++) {
      value += 0.5 * w[a] * w[a];
      gradient[a] = w[a];
    }
    gradient[p] = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i];
      let z = w[p];
      for (let a = 0; a < p; a++) z += w[a] * row[a];
      const y = target[i] ? 1 : 0;
      value += C * softplus(y === 1 ? -z : z);
      const error = C * (sigmoid(z) - y);
      for (let a = 0; a < p; a++) gradient[a] += error * row[a];
      gradient[p] += error;
    }
    return value;
  };
  let w = new Float64Array(d);
  let g = new Float64Array(d);
  let f = objective(w, g);
  const stop = params.tolerance * Math.max(1, maxAbs(g));
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  let iteration = 0;
  for (; iteration < 10 * params.maxIterations && maxAbs(g) > stop; iteration++) {
    // Two-loop recursion: direction = −H·g with H the L-BFGS inverse-Hessian estimate.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const alpha = rhos[k] * dotTyped(steps[k], q);
      alphas[k] = alpha;
      axpy(-alpha, changes[k], q);
    }
    const last = steps.length - 1;
    const gamma = last >= 0 ? dotTyped(steps[last], changes[last]) / dotTyped(changes[last], changes[last]) : 1 / Math.max(1, Math.sqrt(dotTyped(g, g)));
    for (let a = 0; a < d; a++) q[a] *= gamma;
    for (let k = 0; k < steps.length; k++) axpy(alphas[k] - rhos[k] * dotTyped(changes[k], q), steps[k], q);
    const slope = -dotTyped(g, q);
    if (!(slope < 0)) break;
    let t = 1;
    const next = new Float64Array(d);
    const nextGradient = new Float64Array(d);
    let nextValue = Infinity;
    for (let tries = 0; tries < 60; tries++, t /= 2) {
      for (let a = 0; a < d; a++) next[a] = w[a] - t * q[a];
      nextValue = objective(next, nextGradient);
      if (nextValue <= f + 1e-4 * t * slope) break;
    }
    if (!(nextValue < f)) break;
    const s = new Float64Array(d);
    const y = new Float64Array(d);
    for (let a = 0; a < d; a++) {
      s[a] = next[a] - w[a];
      y[a] = nextGradient[a] - g[a];
    }
    const sy = dotTyped(s, y);
    if (sy > 1e-12 * Math.sqrt(dotTyped(s, s) * dotTyped(y, y))) {
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
      if (steps.length > LBFGS_MEMORY) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    w = next;
    g = nextGradient;
    f = nextValue;
  }
  return { weights: Array.from(w), iterations: iteration };
}

function maxAbs(v: Float64Array): number {
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  return max;
}

function dotTyped(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** `target += alpha · v`. */
function axpy(alpha: number, v: Float64Array, target: Float64Array): void {
  for (let i = 0; i < v.length; i++) target[i] += alpha * v[i];
}

/** log(1 + eᵗ) without overflow. */
function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
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
