import { chiSquareSf } from './distributions/chi-square.js';

/** Result of {@link chiSquareHomogeneity}. */
export interface ChiSquareHomogeneityResult {
  /** Pearson's X² = Σ (observed − expected)²/expected over the 2 × k table. */
  statistic: number;
  /** P(χ²_dof ≥ X²), in [0, 1]. */
  pValue: number;
  /** k − 1, with k the number of categories left after dropping empty ones. */
  dof: number;
}

/**
 * Pearson's χ² test of homogeneity of two categorical samples given as counts per
 * category; the same statistic, p-value and degrees of freedom as
 * `scipy.stats.chi2_contingency([countsA, countsB], correction=False)` in scipy 1.10.1
 * after dropping empty categories (see below).
 *
 * Null hypothesis: both samples come from the same categorical distribution (the two
 * rows of the 2 × k contingency table have the same category proportions).
 *
 * Statistic: X² = Σᵢⱼ (Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ with expected counts Eᵢⱼ = (row total i)·(column
 * total j)/N. No Yates continuity correction (also not for k = 2).
 *
 * p-value: the asymptotic χ² distribution with k − 1 degrees of freedom,
 * P(χ²_{k−1} ≥ X²) (`distributions/chi-square.ts`).
 *
 * Edge cases:
 * - categories whose count is 0 in both samples carry no information and would make scipy
 *   raise (an expected count of 0); they are dropped first, so k counts only the
 *   categories observed at least once;
 * - one category left (or none distinguishes the samples, e.g. both samples contain only
 *   category "a"): dof = 0, statistic 0 and p-value 1, as scipy's degenerate case;
 * - a sample with total count 0 is an empty sample: RangeError (scipy raises too), as are
 *   arrays of different lengths, no categories, and negative or non-finite counts.
 *   Counts need not be integers (weighted counts work).
 *
 * References:
 * - K. Pearson, "On the criterion that a given system of deviations from the probable …",
 *   Philosophical Magazine 50(302), 1900.
 * - A. Agresti, Categorical Data Analysis, 3rd ed. (2013), §3.2.
 */
export function chiSquareHomogeneity(countsA: ArrayLike<number>, countsB: ArrayLike<number>): ChiSquareHomogeneityResult {
  if (countsA.length !== countsB.length) {
    throw new RangeError(
      `chiSquareHomogeneity: countsA has ${countsA.length} categories but countsB has ${countsB.length}`,
    );
  }
  if (countsA.length === 0) throw new RangeError('chiSquareHomogeneity: no categories');
  const rowA: number[] = [];
  const rowB: number[] = [];
  for (let j = 0; j < countsA.length; j++) {
    const a = countsA[j];
    const b = countsB[j];
    if (!(Number.isFinite(a) && a >= 0 && Number.isFinite(b) && b >= 0)) {
      throw new RangeError(
        `chiSquareHomogeneity: counts must be finite and non-negative, got ${a} and ${b} for category ${j}`,
      );
    }
    if (a + b > 0) {
      rowA.push(a);
      rowB.push(b);
    }
  }
  const totalA = sum(rowA);
  const totalB = sum(rowB);
  if (totalA === 0) throw new RangeError('chiSquareHomogeneity: sample A is empty (all counts are 0)');
  if (totalB === 0) throw new RangeError('chiSquareHomogeneity: sample B is empty (all counts are 0)');

  const categories = rowA.length;
  const dof = categories - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0 };

  const total = totalA + totalB;
  let statistic = 0;
  for (const [row, rowTotal] of [
    [rowA, totalA],
    [rowB, totalB],
  ] as const) {
    for (let j = 0; j < categories; j++) {
      const expected = (rowTotal * (rowA[j] + rowB[j])) / total;
      const deviation = row[j] - expected;
      statistic += (deviation * deviation) / expected;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
