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
import { releaseMemory } from '../release-memory.js';
import { descendingOrder } from './threshold-curve.js';
import { normalSf } from '../stats/distributions/normal.js';

/**
 * A model's scores already sorted in descending order: `sorted[r]` is the score of row `order[r]`
 * (no `order`: row r itself). What the metric sets keep, so DeLong neither sorts again nor needs
 * the scores in row order beside them.
 */
export interface ScoresInOrder {
  sorted: Float64Array;
  order?: Uint32Array;
}

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
  releaseMemory(order);
  return ranks;
}

/**
 * The structural components of one model's scores, from one sort of all rows: walking the tie
 * groups in ascending score order with the positives and negatives counted below each group,
 * a positive outranks `below_neg + group_neg/2` negatives and a negative is outranked by
 * `total_pos − below_pos − group_pos/2` positives. These are the differences of midranks of the
 * formulation above (all rows minus own class), exact in floating point as those are (sums of
 * halves), so the values are identical, without the per-class copies and rank arrays.
 * `component[i]` is V10 for a positive row i and V01 for a negative one.
 */
function structuralComponents(
  isPositive: ArrayLike<number>, scores: ArrayLike<number> | ScoresInOrder, m: number, n: number,
): { auc: number; component: Float64Array } {
  const inOrder = isScoresInOrder(scores);
  const sorted = inOrder ? scores.sorted : undefined;
  const rowScores = inOrder ? undefined : (scores as ArrayLike<number>);
  const order = inOrder ? scores.order : descendingOrder(rowScores!);
  const total = isPositive.length;
  /** The score at rank r of the descending order. */
  const scoreAt = sorted ? (r: number) => sorted[r] : (r: number) => rowScores![order![r]];
  const rowAt = order ? (r: number) => order[r] : (r: number) => r;
  const component = new Float64Array(total);
  let belowPositives = 0;
  let belowNegatives = 0;
  let rankSum = 0;
  for (let end = total; end > 0;) {
    // Ranks start … end − 1 of the descending order hold one tie group.
    let start = end - 1;
    while (start > 0 && scoreAt(start - 1) === scoreAt(end - 1)) start--;
    let groupPositives = 0;
    for (let r = start; r < end; r++) if (isPositive[rowAt(r)]) groupPositives++;
    const groupNegatives = end - start - groupPositives;
    const below = belowPositives + belowNegatives;
    const outranked = (belowNegatives + groupNegatives / 2) / n;
    const outranking = 1 - (belowPositives + groupPositives / 2) / m;
    for (let r = start; r < end; r++) {
      const i = rowAt(r);
      if (isPositive[i]) {
        rankSum += below + (end - start + 1) / 2;
        component[i] = outranked;
      } else {
        component[i] = outranking;
      }
    }
    belowPositives += groupPositives;
    belowNegatives += groupNegatives;
    end = start;
  }
  if (!inOrder) releaseMemory(order);
  return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), component };
}

/**
 * Sample covariance (divisor count − 1) of two models' components over the rows of one class
 * (`positive` 1: the V10 of the positives; 0: the V01 of the negatives), in row order.
 */
function covariance(isPositive: ArrayLike<number>, positive: 0 | 1, x: Float64Array, y: Float64Array): number {
  const total = x.length;
  let k = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < total; i++) {
    if ((isPositive[i] ? 1 : 0) !== positive) continue;
    k++;
    mx += x[i];
    my += y[i];
  }
  mx /= k;
  my /= k;
  let s = 0;
  for (let i = 0; i < total; i++) if ((isPositive[i] ? 1 : 0) === positive) s += (x[i] - mx) * (y[i] - my);
  return s / (k - 1);
}

function isScoresInOrder(scores: ArrayLike<number> | ScoresInOrder): scores is ScoresInOrder {
  return (scores as ScoresInOrder).sorted instanceof Float64Array;
}

/**
 * @param isPositive 1 for rows of the positive class, 0 otherwise
 * @param scoresA    scores of model A (higher = more positive), in row order or already sorted
 * @param scoresB    scores of model B on the same rows, likewise
 */
export function delongTest(
  isPositive: ArrayLike<number>,
  scoresA: ArrayLike<number> | ScoresInOrder,
  scoresB: ArrayLike<number> | ScoresInOrder,
): DeLongResult {
  const total = isPositive.length;
  const lengthOf = (scores: ArrayLike<number> | ScoresInOrder) => (isScoresInOrder(scores) ? scores.sorted.length : scores.length);
  if (lengthOf(scoresA) !== total || lengthOf(scoresB) !== total) {
    throw new RangeError(`score columns have ${lengthOf(scoresA)} and ${lengthOf(scoresB)} rows, labels ${total}`);
  }
  for (const [name, scores] of [['A', scoresA], ['B', scoresB]] as const) {
    if (isScoresInOrder(scores) && scores.order && scores.order.length !== total) {
      throw new RangeError(`order of scores ${name} has ${scores.order.length} rows, labels ${total}`);
    }
  }
  let m = 0;
  for (let i = 0; i < total; i++) if (isPositive[i]) m++;
  const n = total - m;
  if (m < 2 || n < 2) {
    throw new RangeError(`DeLong's test needs at least two positive and two negative rows, got ${m} and ${n}`);
  }
  const a = structuralComponents(isPositive, scoresA, m, n);
  const b = structuralComponents(isPositive, scoresB, m, n);
  const cov = (positive: 0 | 1, x: Float64Array, y: Float64Array) => covariance(isPositive, positive, x, y);
  const variance =
    (cov(1, a.component, a.component) + cov(1, b.component, b.component) - 2 * cov(1, a.component, b.component)) / m +
    (cov(0, a.component, a.component) + cov(0, b.component, b.component) - 2 * cov(0, a.component, b.component)) / n;
  releaseMemory(a.component, b.component);
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
