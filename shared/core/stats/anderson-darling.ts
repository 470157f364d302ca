import { pairwiseSum } from './pairwise-sum.js';
import { sortedSample } from './sorted-sample.js';

export interface AndersonDarlingKSampleResult {
  /** Standardised k-sample statistic (A²_akN − (k − 1)) / σ_N; compare with `criticalValues`. */
  statistic: number;
  /** Interpolated p-value; 0.25 and 0.001 are caps, not estimates (see the function doc). */
  pValue: number;
  /** Critical values of `statistic` at significance 25%, 10%, 5%, 2.5%, 1%, 0.5%, 0.1%. */
  criticalValues: number[];
}

/** The significance levels that `criticalValues` belong to, in the same order. */
export const ANDERSON_DARLING_SIGNIFICANCE_LEVELS: readonly number[] = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

// Scholz & Stephens (1987), Table 2: the critical value at each level is b0 + b1/√m + b2/m
// for m = k − 1 degrees of freedom.
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];

/**
 * k-sample Anderson–Darling test; the same numbers as
 * `scipy.stats.anderson_ksamp(samples)` (scipy 1.10.1, midrank=True).
 *
 * Null hypothesis: all k samples come from the same distribution (unspecified,
 * continuous or discrete). Compared with Kolmogorov–Smirnov or Cramér–von Mises the
 * statistic weights the tails more heavily.
 *
 * Statistic: A²_akN of Scholz & Stephens (1987, eq. 7), the version built on the
 * midrank empirical distribution functions, which is valid with ties. For each distinct
 * pooled value z_j with l_j copies, B_j = #{pooled < z_j} + l_j/2 and, for sample i
 * (n_i observations), M_ij = #{sample i < z_j} + #{sample i = z_j}/2:
 *
 *     A²_akN = (N − 1)/N · Σ_i 1/n_i · Σ_j l_j/N · (N·M_ij − n_i·B_j)² / (B_j(N − B_j) − N·l_j/4)
 *
 * It is standardised with its null mean k − 1 and variance σ²_N (Scholz & Stephens,
 * eq. 4, which depends only on N and the n_i): statistic = (A²_akN − (k − 1))/σ_N.
 *
 * p-value: NOT a distribution function. Scholz & Stephens tabulate critical values at
 * seven levels (25% … 0.1%); like scipy, we fit a quadratic in the statistic to
 * ln(level) by least squares through those seven points and evaluate it:
 * - statistic below the 25% critical value: p-value 0.25 exactly (a cap: the true
 *   p-value is larger, possibly much larger — read 0.25 as "≥ 0.25");
 * - statistic above the 0.1% critical value: p-value 0.001 exactly (a floor: the true
 *   p-value is smaller — read as "≤ 0.001");
 * - in between, the fitted value. The fit does not pass exactly through its points,
 *   so just inside the range it can slightly exceed 0.25 (up to ≈ 0.254) or fall
 *   below 0.001 (to ≈ 0.00099), and it jumps at the ends of the range. Compare
 *   `pValue >= 0.25` rather than `=== 0.25`.
 * Thresholds outside [0.001, 0.25] therefore cannot be tested with this p-value.
 *
 * Edge cases:
 * - Fewer than two samples, an empty sample, or NaN: RangeError.
 * - N ≤ 3 observations in total: σ²_N divides by (N − 1)(N − 2)(N − 3), so the
 *   standardised statistic does not exist (scipy returns NaN for N = 3 and raises
 *   IndexError for N = 2). statistic and pValue are NaN; criticalValues are returned.
 * - All observations identical (N ≥ 4): scipy raises ("needs more than one distinct
 *   observation") because every term is 0/0. We return the limit that data with
 *   identical midrank EDFs gives (scipy returns it for e.g. [[1, 2], [1, 2]]): each
 *   sample's EDF equals the pooled one, every discrepancy term is 0, A²_akN = 0, so
 *   statistic = −(k − 1)/σ_N, below every critical value, and pValue = 0.25 (the cap).
 *   Samples that cannot be told apart report "no evidence of a difference", as
 *   identical non-constant samples do.
 * - ±Infinity: ordinary extreme values (scipy agrees).
 *
 * Reference: F. W. Scholz, M. A. Stephens (1987), "K-sample Anderson–Darling tests",
 * J. Amer. Statist. Assoc. 82(399), 918–924.
 */
export function andersonDarlingKSample(samples: ArrayLike<number>[]): AndersonDarlingKSampleResult {
  const k = samples.length;
  if (k < 2) throw new RangeError(`andersonDarlingKSample: needs at least two samples, got ${k}`);
  const sorted = samples.map((sample, index) => sortedSample(sample, `andersonDarlingKSample: sample ${index}`));
  const sizes = sorted.map((s) => s.length);
  const N = sizes.reduce((total, n) => total + n, 0);

  const m = k - 1;
  const criticalValues = B0.map((b0, level) => b0 + B1[level] / Math.sqrt(m) + B2[level] / m);
  if (N <= 3) return { statistic: Number.NaN, pValue: Number.NaN, criticalValues };

  const pooled = new Float64Array(N);
  let offset = 0;
  for (const s of sorted) {
    pooled.set(s, offset);
    offset += s.length;
  }
  pooled.sort();
  // Distinct pooled values with their multiplicities and the count of smaller values.
  const distinct: number[] = [];
  const below: number[] = [];
  const ties: number[] = [];
  for (let start = 0; start < N; ) {
    let end = start + 1;
    while (end < N && pooled[end] === pooled[start]) end++;
    distinct.push(pooled[start]);
    below.push(start);
    ties.push(end - start);
    start = end;
  }

  const sigma = Math.sqrt(nullVariance(sizes, N));
  let a2 = 0;
  if (distinct.length >= 2) {
    const J = distinct.length;
    const inner = new Float64Array(J);
    for (let i = 0; i < k; i++) {
      const s = sorted[i];
      const n = sizes[i];
      let pos = 0;
      for (let j = 0; j < J; j++) {
        const z = distinct[j];
        while (pos < n && s[pos] < z) pos++;
        let upTo = pos;
        while (upTo < n && s[upTo] === z) upTo++;
        const l = ties[j];
        const bj = below[j] + l / 2;
        const mij = upTo - (upTo - pos) / 2;
        inner[j] = ((l / N) * (N * mij - bj * n) ** 2) / (bj * (N - bj) - (N * l) / 4);
        pos = upTo;
      }
      a2 += pairwiseSum(inner) / n;
    }
    a2 *= (N - 1) / N;
  }
  const statistic = (a2 - m) / sigma;
  return { statistic, pValue: interpolatedPValue(statistic, criticalValues), criticalValues };
}

/**
 * σ²_N, the exact null variance of A²_kN (Scholz & Stephens 1987, eq. 4), evaluated in
 * scipy's order of operations so the standardised statistic agrees to the last digits.
 */
function nullVariance(sizes: number[], N: number): number {
  const k = sizes.length;
  const H = pairwiseSum(sizes.map((n) => 1 / n));
  // h = Σ_{i=1}^{N−1} 1/i and g = Σ_{i=1}^{N−2} Σ_{j=i+1}^{N−1} 1/((N − i)·j), built from
  // the running sums of 1/(N−1), 1/(N−2), …, 1/2.
  const ratios = new Float64Array(N - 2);
  let running = 0;
  for (let t = 0; t < N - 2; t++) {
    running += 1 / (N - 1 - t);
    ratios[t] = running / (t + 2);
  }
  const h = running + 1;
  const g = pairwiseSum(ratios);
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  return (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
}

/** scipy's p-value: exp of a least-squares quadratic through (critical value, ln level). */
function interpolatedPValue(statistic: number, criticalValues: number[]): number {
  const levels = ANDERSON_DARLING_SIGNIFICANCE_LEVELS;
  if (statistic < Math.min(...criticalValues)) return Math.max(...levels);
  if (statistic > Math.max(...criticalValues)) return Math.min(...levels);
  const [c2, c1, c0] = quadraticLeastSquares(
    criticalValues,
    levels.map((level) => Math.log(level)),
  );
  return Math.exp((c2 * statistic + c1) * statistic + c0);
}

/**
 * Coefficients [c2, c1, c0] of the least-squares quadratic c2·x² + c1·x + c0 through the
 * points, as `numpy.polyfit(x, y, 2)`: the Vandermonde columns are scaled to unit norm
 * (numpy does the same before its SVD solve) and the system is solved by Householder QR,
 * which is as accurate as the SVD for this full-rank, well-conditioned 7×3 problem.
 */
function quadraticLeastSquares(x: readonly number[], y: readonly number[]): [number, number, number] {
  const rows = x.length;
  const cols = 3;
  const A = x.map((xi) => [xi * xi, xi, 1]);
  const scale = [0, 1, 2].map((col) => Math.hypot(...A.map((row) => row[col])));
  for (const row of A) for (let col = 0; col < cols; col++) row[col] /= scale[col];
  const rhs = [...y];
  for (let col = 0; col < cols; col++) {
    const norm = Math.hypot(...A.slice(col).map((row) => row[col]));
    const alpha = A[col][col] > 0 ? -norm : norm;
    const v = A.map((row, r) => (r < col ? 0 : row[col]));
    v[col] -= alpha;
    const vv = v.reduce((s, vi) => s + vi * vi, 0);
    if (vv === 0) continue;
    for (let c = col; c < cols; c++) {
      const dot = v.reduce((s, vi, r) => s + vi * A[r][c], 0);
      for (let r = col; r < rows; r++) A[r][c] -= (2 * dot * v[r]) / vv;
    }
    const dot = v.reduce((s, vi, r) => s + vi * rhs[r], 0);
    for (let r = col; r < rows; r++) rhs[r] -= (2 * dot * v[r]) / vv;
  }
  const coef = [0, 0, 0];
  for (let r = cols - 1; r >= 0; r--) {
    let s = rhs[r];
    for (let c = r + 1; c < cols; c++) s -= A[r][c] * coef[c];
    coef[r] = s / A[r][r];
  }
  return [coef[0] / scale[0], coef[1] / scale[1], coef[2] / scale[2]];
}
