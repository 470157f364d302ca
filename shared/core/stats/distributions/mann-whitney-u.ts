/**
 * Exact null distribution of the Mann–Whitney U statistic for samples of sizes m and n
 * without ties: under H₀ all C(m + n, m) orderings are equally likely and U (the number
 * of pairs (xᵢ, yⱼ) with xᵢ > yⱼ) takes the value k in as many orderings as there are
 * partitions of k into at most min(m, n) parts each ≤ max(m, n). Their generating
 * function is the Gaussian binomial coefficient
 *
 *   Σ_k c_k q^k = Π_{i=1}^{s} (1 − q^{l+i}) / (1 − q^i),   s = min(m, n), l = max(m, n)
 *
 * (Andrews 1976, Thm. 3.1; the same counts as scipy's recursion
 * f(m, n, k) = f(m − 1, n, k − n) + f(m, n − 1, k) of Löffler 1983).
 *
 * The coefficients up to the requested k are built factor by factor — dividing by
 * (1 − q^i) is a running sum, multiplying by (1 − q^{l+i}) a shifted difference — and
 * after each pair of steps they are again the (non-negative) coefficients of a Gaussian
 * binomial, so there is no growth of cancellation: O(s·k) time, O(k) memory. Counts
 * above 2^53 are held as doubles with relative error ≈ 1e-16 per step.
 *
 * References:
 * - G. E. Andrews, The Theory of Partitions (1976), ch. 3.
 * - A. Löffler, "Über eine Partition der nat. Zahlen und ihre Anwendung beim U-Test",
 *   Wiss. Z. Univ. Halle 32(5), 1983.
 * - H. B. Mann, D. R. Whitney, "On a Test of Whether one of Two Random Variables is
 *   Stochastically Larger than the Other", Ann. Math. Statist. 18(1), 1947.
 */

/** C(m + n, m) as a double. */
function binomialCoefficient(m: number, n: number): number {
  const s = Math.min(m, n);
  const l = Math.max(m, n);
  let value = 1;
  for (let i = 1; i <= s; i++) value = (value * (l + i)) / i;
  return value;
}

/**
 * P(U ≤ k) under H₀ for samples of sizes m, n ≥ 1 without ties (k an integer;
 * 0 for k < 0, 1 for k ≥ mn). By symmetry P(U ≥ k) = P(U ≤ mn − k).
 */
export function mannWhitneyUCdf(k: number, m: number, n: number): number {
  if (k < 0) return 0;
  if (k >= m * n) return 1;
  const s = Math.min(m, n);
  const l = Math.max(m, n);
  const counts = new Float64Array(k + 1);
  counts[0] = 1;
  for (let i = 1; i <= s; i++) {
    for (let t = i; t <= k; t++) counts[t] += counts[t - i];
    for (let t = k; t >= l + i; t--) counts[t] -= counts[t - l - i];
  }
  const total = binomialCoefficient(m, n);
  let cumulative = 0;
  for (let t = 0; t <= k; t++) cumulative += counts[t] / total;
  return Math.min(cumulative, 1);
}
