/**
 * DeLong's test for two correlated ROC AUCs (two models scored on the same rows).
 *
 * Null hypothesis: both models have the same AUC.
 *
 * Statistic: z = (AUC_A − AUC_B) / √Var(AUC_A − AUC_B), where the variance comes from the
 * structural components of the Mann–Whitney statistic (DeLong, DeLong & Clarke-Pearson
 * 1988): for each positive i, V10ᵢ = the fraction of negatives it outranks (ties ½); for
 * each negative j, V01ⱼ = the fraction of positives that outrank it. With m positives and
 * n negatives, S10 and S01 are the 2×2 sample covariance matrices (divisor m − 1, n − 1)
 * of these components across the two models, S = S10/m + S01/n, and
 * Var(AUC_A − AUC_B) = S_AA + S_BB − 2·S_AB. Components are computed from midranks in
 * O((m + n) log(m + n)) (Sun & Xu 2014) rather than the O(m·n) pairwise definition.
 *
 * p-value: two-sided, asymptotic standard normal, 2·Φ̄(|z|).
 *
 * Edge cases:
 * - fewer than two positives or two negatives: the covariances are undefined; RangeError
 *   (the caller reports the comparison without a DeLong p-value);
 * - AUC_A = AUC_B exactly (e.g. identical scores): z = 0, p = 1;
 * - zero variance with different AUCs (degenerate, tiny samples): z = ±∞, p = 0.
 *
 * References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson (1988), "Comparing the
 * areas under two or more correlated receiver operating characteristic curves: a
 * nonparametric approach", Biometrics 44(3); X. Sun, W. Xu (2014), "Fast implementation
 * of DeLong's algorithm for comparing the areas under correlated receiver operating
 * characteristic curves", IEEE Signal Process. Lett. 21(11).
 */
import { descendingOrder } from './threshold-curve.js';
import { normalSf } from '../stats/distributions/normal.js';

export interface DeLongResult {
  aucA: number;
  aucB: number;
  /** Estimated variance of AUC_A − AUC_B. */
  variance: number;
  z: number;
  pValue: number;
}

/** 1-based ranks with ties sharing the mean rank of the positions they span. */
export function midranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  // Ascending order (the radix sort's descending order reversed; the order within ties does not
  // change their mean rank). A comparator sort copies a million rows onto the JS heap and is ~10× slower.
  const order = descendingOrder(values).reverse();
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const rank = (i + j - 1) / 2 + 1;
    for (let r = i; r < j; r++) ranks[order[r]] = rank;
    i = j;
  }
  return ranks;
}

interface Components {
  auc: number;
  v10: Float64Array;
  v01: Float64Array;
}

function structuralComponents(positives: Float64Array, negatives: Float64Array): Components {
  const m = positives.length;
  const n = negatives.length;
  const combined = new Float64Array(m + n);
  combined.set(positives, 0);
  combined.set(negatives, m);
  const all = midranks(combined);
  const withinPositives = midranks(positives);
  const withinNegatives = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let rankSum = 0;
  for (let i = 0; i < m; i++) {
    rankSum += all[i];
    v10[i] = (all[i] - withinPositives[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j] - withinNegatives[j]) / m;
  return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** Sample covariance (divisor length − 1) of two equally long series. */
function covariance(x: Float64Array, y: Float64Array): number {
  const k = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= k;
  my /= k;
  let s = 0;
  for (let i = 0; i < k; i++) s += (x[i] - mx) * (y[i] - my);
  return s / (k - 1);
}

/**
 * @param isPositive 1 for rows of the positive class, 0 otherwise
 * @param scoresA    scores of model A (higher = more positive)
 * @param scoresB    scores of model B on the same rows
 */
export function delongTest(
  isPositive: ArrayLike<number>,
  scoresA: ArrayLike<number>,
  scoresB: ArrayLike<number>,
): DeLongResult {
  const total = isPositive.length;
  if (scoresA.length !== total || scoresB.length !== total) {
    throw new RangeError(`score columns have ${scoresA.length} and ${scoresB.length} rows, labels ${total}`);
  }
  let m = 0;
  for (let i = 0; i < total; i++) if (isPositive[i]) m++;
  const n = total - m;
  if (m < 2 || n < 2) {
    throw new RangeError(`DeLong's test needs at least two positive and two negative rows, got ${m} and ${n}`);
  }
  const split = (scores: ArrayLike<number>): [Float64Array, Float64Array] => {
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let p = 0;
    let q = 0;
    for (let i = 0; i < total; i++) {
      if (isPositive[i]) pos[p++] = scores[i];
      else neg[q++] = scores[i];
    }
    return [pos, neg];
  };
  const a = structuralComponents(...split(scoresA));
  const b = structuralComponents(...split(scoresB));
  const variance =
    (covariance(a.v10, a.v10) + covariance(b.v10, b.v10) - 2 * covariance(a.v10, b.v10)) / m +
    (covariance(a.v01, a.v01) + covariance(b.v01, b.v01) - 2 * covariance(a.v01, b.v01)) / n;
  const difference = a.auc - b.auc;
  let z: number;
  let pValue: number;
  if (difference === 0) {
    z = 0;
    pValue = 1;
  } else if (!(variance > 0)) {
    z = difference > 0 ? Infinity : -Infinity;
    pValue = 0;
  } else {
    z = difference / Math.sqrt(variance);
    pValue = Math.min(1, 2 * normalSf(Math.abs(z)));
  }
  return { aucA: a.auc, aucB: b.auc, variance, z, pValue };
}
