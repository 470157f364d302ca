export const CORRECTIONS = ['bh', 'bonferroni', 'none'] as const;
export type Correction = (typeof CORRECTIONS)[number];

/**
 * p-values adjusted for testing many columns at once, in the order given.
 *
 * - `bonferroni`: min(1, m·p). Controls the family-wise error rate (the chance of any false alarm).
 * - `bh`: Benjamini–Hochberg step-up, min over j ≥ i of (m / j)·p₍ⱼ₎, capped at 1 — the same values
 *   as `statsmodels.stats.multitest.multipletests(method='fdr_bh')` and, from scipy 1.11,
 *   `scipy.stats.false_discovery_control`. Controls the expected share of false alarms among the
 *   flagged columns (Benjamini & Hochberg, 1995, JRSS B 57:289–300); valid for independent or
 *   positively dependent tests, the usual case for features of one table.
 * - `none`: unchanged.
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  if (correction === 'none' || m === 0) return [...pValues];
  if (correction === 'bonferroni') return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1];
    running = Math.min(running, (p * m) / rank);
    // Exactly, (m / rank)·p ≥ p; in floating point p·m/m can round below p, so clamp.
    adjusted[index] = Math.min(1, Math.max(p, running));
  }
  return adjusted;
}
