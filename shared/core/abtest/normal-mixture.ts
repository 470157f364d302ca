/** One look of {@link normalMixture}. */
export interface MixtureLook {
  /** log Λ, the log of the mixture likelihood ratio. */
  logRatio: number;
  /** 1/Λ capped at 1: the always-valid p-value of this look alone (take the running minimum over looks). */
  pValue: number;
  /** The (1 − α) confidence-sequence interval of this look alone (intersect over looks). */
  interval: [number, number];
}

/**
 * The normal-mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and Walsh for a
 * difference of means θ = μ_T − μ_C, evaluated at one look.
 *
 * Null hypothesis: θ = 0. The estimate θ̂ = x̄_T − x̄_C is treated as normal with variance
 * V = s²_T/n_T + s²_C/n_C (the plug-in variance, valid as the samples grow: the central limit
 * theorem, as for the fixed-horizon z-test). Mixing θ over the prior N(0, τ²) gives the ratio
 *   Λ = √(V/(V + τ²)) · exp(τ² θ̂² / (2V(V + τ²))),
 * a nonnegative martingale under H₀, so by Ville's inequality P(sup Λ ≥ 1/α) ≤ α: stopping at the
 * first look where Λ ≥ 1/α (the always-valid p-value min_k 1/Λ_k ≤ α) keeps the type-I error
 * at α however often one looks. Inverting the same test around each θ₀ gives the confidence
 * sequence θ̂ ± √(V(V + τ²)/τ² · (2 log(1/α) + log((V + τ²)/V))), which covers θ at every look
 * at once with probability ≥ 1 − α.
 *
 * τ² (the mixing variance) sets which effects the test is quickest on (about |θ| ≈ τ); any τ > 0
 * keeps the guarantee. Edge cases: V = 0 (both arms constant) is decided as Welch's t decides it:
 * no difference gives p = 1, a difference p = 0.
 *
 * References:
 * - R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Always Valid Inference: Continuous Monitoring of
 *   A/B Tests", Operations Research 70(3), 2022 (arXiv:1512.04922), §4 and eq. (11).
 * - S. R. Howard, A. Ramdas, J. McAuliffe, J. Sekhon, "Time-uniform, nonparametric, nonasymptotic
 *   confidence sequences", Annals of Statistics 49(2), 2021 (the normal-mixture boundary).
 */
export function normalMixture(estimate: number, variance: number, mixingVariance: number, alpha: number): MixtureLook {
  if (!(mixingVariance > 0) || !Number.isFinite(mixingVariance)) throw new RangeError(`normalMixture: mixing variance must be > 0, got ${mixingVariance}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`normalMixture: alpha must be in (0, 1), got ${alpha}`);
  if (variance === 0) {
    return estimate === 0
      ? { logRatio: 0, pValue: 1, interval: [0, 0] }
      : { logRatio: Infinity, pValue: 0, interval: [estimate, estimate] };
  }
  const total = variance + mixingVariance;
  const logRatio = 0.5 * Math.log(variance / total) + (mixingVariance * estimate * estimate) / (2 * variance * total);
  const halfWidth = Math.sqrt(((variance * total) / mixingVariance) * (2 * Math.log(1 / alpha) + Math.log(total / variance)));
  return { logRatio, pValue: Math.min(1, Math.exp(-logRatio)), interval: [estimate - halfWidth, estimate + halfWidth] };
}
