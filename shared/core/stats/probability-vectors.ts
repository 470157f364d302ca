/**
 * Input check shared by the metrics on binned distributions (PSI, KL, Jensen–Shannon,
 * Hellinger, total variation, L∞): two probability vectors over the same bins,
 * reference first. Throws RangeError when the lengths differ or are 0, an entry is
 * negative or not finite, or a vector's sum is off 1 by more than 1e−6 (counts passed
 * where proportions were meant, say). The tolerance absorbs rounding, not misuse.
 *
 * Private helper of `shared/stats`; not part of the public API.
 */
export function checkProbabilityVectors(p: ArrayLike<number>, q: ArrayLike<number>, what: string): void {
  if (p.length === 0 || p.length !== q.length) {
    throw new RangeError(
      `${what}: p and q must be non-empty and of the same length (got ${p.length} and ${q.length})`,
    );
  }
  for (const [name, vector] of [
    ['p', p],
    ['q', q],
  ] as const) {
    let sum = 0;
    for (let i = 0; i < vector.length; i++) {
      const value = vector[i];
      if (!(value >= 0) || !Number.isFinite(value)) {
        throw new RangeError(`${what}: ${name}[${i}] = ${value}; probabilities must be finite and ≥ 0`);
      }
      sum += value;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new RangeError(`${what}: ${name} sums to ${sum}, expected 1 (pass proportions, not counts)`);
    }
  }
}
