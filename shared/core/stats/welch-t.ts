import { studentTSf } from './distributions/student-t.js';
import { pairwiseSum } from './pairwise-sum.js';

/** Result of {@link welchT}. */
export interface WelchTResult {
  /** t = (x̄ − ȳ)/√(s²ₓ/m + s²ᵧ/n). */
  statistic: number;
  /** Two-sided p-value, in [0, 1] (NaN when the test is not defined, see edge cases). */
  pValue: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  dof: number;
}

/**
 * Welch's unequal-variances t-test, two-sided; the same statistic, degrees of freedom and
 * p-value as `scipy.stats.ttest_ind(x, y, equal_var=False)` in scipy 1.10.1.
 *
 * Null hypothesis: the two populations have equal means (variances may differ).
 *
 * Statistic: t = (x̄ − ȳ)/√(vₓ + vᵧ) with vₓ = s²ₓ/m, vᵧ = s²ᵧ/n and s² the unbiased
 * (ddof = 1) sample variances. Means and variances are summed in numpy's order (pairwise
 * summation in blocks of 8192) so that they agree with scipy to the last bits.
 *
 * p-value: 2·P(T_ν > |t|) from Student's t with the Welch–Satterthwaite
 *   ν = (vₓ + vᵧ)² / (vₓ²/(m − 1) + vᵧ²/(n − 1)),
 * which is not an integer in general (`distributions/student-t.ts`).
 *
 * Edge cases (mlgate's rules where scipy returns NaN):
 * - an empty sample (or one containing NaN) throws a RangeError;
 * - a sample of size 1 has no variance: statistic, p-value and dof are NaN ("not testable"),
 *   as in scipy;
 * - both samples constant (all values equal within each sample): scipy returns NaN when the
 *   rounded variances are exactly 0 and rounding noise otherwise (ttest_ind([0.1]*3, [0.1]*2)
 *   gives t = 1.41, p = 0.29 because the mean of [0.1, 0.1, 0.1] is not exactly 0.1). mlgate
 *   detects constant samples exactly and returns statistic 0 and p-value 1 when the two
 *   constants are equal, and statistic ±Infinity (sign of x̄ − ȳ) and p-value 0 when they
 *   differ — there is no sampling variability to explain a difference. dof is NaN (0/0) in
 *   both cases. The same rule applies when both variances underflow to 0 (spreads of
 *   subnormal size), comparing the means;
 * - only one sample constant: no special case (ν = n − 1 of the other sample), as scipy;
 * - any ±Infinity value: the mean or variance is not finite and the t-test is meaningless;
 *   statistic, p-value and dof are NaN (scipy also returns NaN) and the drift layer reports
 *   such a column as "not testable".
 *
 * References:
 * - B. L. Welch, "The generalization of 'Student's' problem when several different
 *   population variances are involved", Biometrika 34(1–2), 1947.
 * - F. E. Satterthwaite, "An Approximate Distribution of Estimates of Variance Components",
 *   Biometrics Bulletin 2(6), 1946.
 */
export function welchT(x: ArrayLike<number>, y: ArrayLike<number>): WelchTResult {
  const m = checkedLength(x, 'x');
  const n = checkedLength(y, 'y');
  const notTestable: WelchTResult = { statistic: NaN, pValue: NaN, dof: NaN };
  if (m < 2 || n < 2 || !allFinite(x) || !allFinite(y)) return notTestable;

  if (isConstant(x) && isConstant(y)) {
    if (x[0] === y[0]) return { statistic: 0, pValue: 1, dof: NaN };
    return { statistic: x[0] > y[0] ? Infinity : -Infinity, pValue: 0, dof: NaN };
  }

  const meanX = pairwiseSum(x) / m;
  const meanY = pairwiseSum(y) / n;
  const vx = unbiasedVariance(x, meanX) / m;
  const vy = unbiasedVariance(y, meanY) / n;
  const difference = meanX - meanY;
  if (vx + vy === 0) {
    // Not constant, but the spread underflows (subnormal differences): same rule.
    if (difference === 0) return { statistic: 0, pValue: 1, dof: NaN };
    return { statistic: difference > 0 ? Infinity : -Infinity, pValue: 0, dof: NaN };
  }

  // ν is invariant to scaling both variances; dividing by the larger one keeps the squares
  // from underflowing (or overflowing) for extreme scales.
  const scale = Math.max(vx, vy);
  const a = vx / scale;
  const b = vy / scale;
  const dof = ((a + b) * (a + b)) / ((a * a) / (m - 1) + (b * b) / (n - 1));
  const statistic = difference / Math.sqrt(vx + vy);
  const pValue = Math.min(2 * studentTSf(Math.abs(statistic), dof), 1);
  return { statistic, pValue, dof };
}

/** s² with ddof = 1, computed as scipy does: mean((a − ā)²)·(n/(n − 1)). */
function unbiasedVariance(sample: ArrayLike<number>, mean: number): number {
  const n = sample.length;
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const deviation = sample[i] - mean;
    squares[i] = deviation * deviation;
  }
  return (pairwiseSum(squares) / n) * (n / (n - 1));
}

function isConstant(sample: ArrayLike<number>): boolean {
  for (let i = 1; i < sample.length; i++) if (sample[i] !== sample[0]) return false;
  return true;
}

function allFinite(sample: ArrayLike<number>): boolean {
  for (let i = 0; i < sample.length; i++) if (!Number.isFinite(sample[i])) return false;
  return true;
}

function checkedLength(sample: ArrayLike<number>, name: string): number {
  if (sample.length === 0) throw new RangeError(`welchT: sample ${name} is empty`);
  for (let i = 0; i < sample.length; i++) {
    if (Number.isNaN(sample[i])) throw new RangeError(`welchT: sample ${name} contains NaN`);
  }
  return sample.length;
}
