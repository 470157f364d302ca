/**
 * McNemar's exact test for paired accuracy: do two classifiers evaluated on the same
 * rows have the same error rate?
 *
 * Null hypothesis: among discordant rows (exactly one model correct), each model is the
 * correct one with probability ½.
 *
 * Statistic: b = rows the candidate gets right and the baseline wrong, c = the reverse.
 * Concordant rows carry no information about the difference and are ignored.
 *
 * p-value: exact two-sided binomial test of b successes in b + c trials with p = ½, equal
 * to `scipy.stats.binomtest(b, b + c, 0.5).pvalue`. By symmetry it is
 * min(1, 2·P(X ≤ min(b, c))) with X ~ Binomial(b + c, ½), and 1 when b = c. The tail sum
 * is evaluated in log space, so it stays accurate (relative) far into the tail and for
 * b + c in the millions.
 *
 * Edge case: b + c = 0 (no discordant row; scipy raises for n = 0): p = 1, as the models
 * are indistinguishable on these rows.
 *
 * References: Q. McNemar (1947), "Note on the sampling error of the difference between
 * correlated proportions or percentages", Psychometrika 12(2); T. G. Dietterich (1998),
 * "Approximate statistical tests for comparing supervised classification learning
 * algorithms", Neural Comput. 10(7).
 */

export interface McNemarResult {
  /** Rows the candidate classifies correctly and the baseline does not. */
  candidateOnlyCorrect: number;
  /** Rows the baseline classifies correctly and the candidate does not. */
  baselineOnlyCorrect: number;
  pValue: number;
}

/** log C(n, k) by summing log((n − k + i)/i); exact enough (≈1e-13 absolute) and lgamma-free. */
function logBinomialCoefficient(n: number, k: number): number {
  const m = Math.min(k, n - k);
  let sum = 0;
  for (let i = 1; i <= m; i++) sum += Math.log((n - m + i) / i);
  return sum;
}

/** P(X ≤ k) for X ~ Binomial(n, ½), k < n/2, summed downward from the largest term. */
function lowerTailHalf(k: number, n: number): number {
  const logTop = logBinomialCoefficient(n, k) - n * Math.LN2;
  // Terms P(X = i)/P(X = k) for i = k, k−1, …: each is the previous times i/(n − i + 1).
  let ratio = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    ratio *= i / (n - i + 1);
    sum += ratio;
    if (ratio < sum * 1e-17) break;
  }
  return Math.exp(logTop + Math.log(sum));
}

export function mcnemarExact(candidateOnlyCorrect: number, baselineOnlyCorrect: number): McNemarResult {
  const b = candidateOnlyCorrect;
  const c = baselineOnlyCorrect;
  for (const [name, value] of [
    ['candidateOnlyCorrect', b],
    ['baselineOnlyCorrect', c],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  const n = b + c;
  let pValue = 1;
  if (n > 0 && b !== c) pValue = Math.min(1, 2 * lowerTailHalf(Math.min(b, c), n));
  return { candidateOnlyCorrect: b, baselineOnlyCorrect: c, pValue };
}

/** Discordant-pair counts from per-row correctness of two models on the same rows. */
export function discordantPairs(
  candidateCorrect: ArrayLike<boolean | number>,
  baselineCorrect: ArrayLike<boolean | number>,
): { candidateOnlyCorrect: number; baselineOnlyCorrect: number } {
  const n = candidateCorrect.length;
  if (baselineCorrect.length !== n) {
    throw new RangeError(`baseline has ${baselineCorrect.length} rows, candidate has ${n}`);
  }
  let candidateOnlyCorrect = 0;
  let baselineOnlyCorrect = 0;
  for (let i = 0; i < n; i++) {
    const a = Boolean(candidateCorrect[i]);
    const z = Boolean(baselineCorrect[i]);
    if (a && !z) candidateOnlyCorrect++;
    else if (z && !a) baselineOnlyCorrect++;
  }
  return { candidateOnlyCorrect, baselineOnlyCorrect };
}
