import { pairwiseSum } from './pairwise-sum.js';
import { sortedSample } from './sorted-sample.js';

/**
 * Binning shared by mlgate's binned drift metrics (PSI, KL, Jensen–Shannon,
 * Hellinger, total variation, L∞): numeric features are cut into bins at quantiles
 * of the reference sample, categorical features are counted per category, and
 * counts become proportions with an explicit rule for empty bins.
 *
 * Not Evidently's binning, so numeric values differ from Evidently's: Evidently cuts a
 * numeric column with more than 20 distinct reference values into Sturges bins
 * (`np.histogram_bin_edges(..., bins="sturges")`) over reference and current combined, and
 * counts per distinct value otherwise; its numeric Hellinger uses Sturges bins over the
 * distinct values with densities. Reference quantiles keep the bins fixed by the reference,
 * so a current sample cannot move the edges it is judged by.
 *
 * The pipeline for a numeric feature is
 *
 *     const edges = referenceQuantileEdges(reference);            // from the reference only
 *     const [min, max] = [Math.min(...reference), Math.max(...reference)];
 *     const p = proportions(binCountsWithOuterBins(reference, edges, min, max), DEFAULT_EMPTY_BIN_FLOOR);
 *     const q = proportions(binCountsWithOuterBins(current, edges, min, max), DEFAULT_EMPTY_BIN_FLOOR);
 *     populationStabilityIndex(p, q);
 *
 * with the floor used for PSI and KL (which are infinite on an empty bin) and raw
 * proportions (floor 0) for the bounded metrics. The two outer bins (below the
 * reference minimum, above its maximum) are empty on the reference side, so current
 * values outside the reference range always count as moved mass.
 */

/**
 * The empty-bin floor mlgate uses for PSI and KL divergence: 1e−4, Evidently's value. Evidently
 * puts it in place of each empty bin without renormalising (and uses a millionth of the smallest
 * non-empty proportion instead when that is ≤ 1e−4); mlgate renormalises (see `proportions`).
 */
export const DEFAULT_EMPTY_BIN_FLOOR = 1e-4;

/**
 * Interior cut points splitting the reference sample into `bins` groups of about
 * equal size: the reference's quantiles at 1/bins, 2/bins, …, (bins − 1)/bins.
 *
 * Quantiles are numpy's `np.quantile(reference, i / bins, method='inverted_cdf')`
 * (Hyndman & Fan definition 1): the smallest observation x with at least a fraction
 * i/bins of the reference ≤ x, with numpy's floating-point evaluation of n·(i/bins).
 * We use it rather than numpy's default 'linear' because every cut point is then an
 * observed value: with right-closed bins (see `binCounts`), every bin but the last
 * holds at least one reference observation, so the reference side of PSI and KL only
 * needs the empty-bin floor when a cut lands on the reference maximum.
 *
 * Ties produce equal cut points; duplicates are merged, so the result may have fewer
 * than bins − 1 cut points (a constant reference gives one cut point: its value, so
 * everything above it lands in a second bin — a drift to values below a constant
 * reference is invisible to binned metrics; use a two-sample test for it). The
 * result is strictly increasing; cut points may be −Infinity (if over 1/bins of the
 * reference is −∞) or +Infinity (only when +∞ is the reference's maximum). A cut point
 * at zero may be −0 when the reference holds −0 (the sort puts −0 before +0, and merged
 * ties keep the first), even if +0 is the maximum: −0 and +0 compare equal, so
 * `binCounts` counts the same either way; compare cut points with ===, not Object.is.
 *
 * Throws RangeError for an empty reference, NaN in it, or `bins` not an integer ≥ 1.
 *
 * Reference: R. J. Hyndman, Y. Fan (1996), "Sample quantiles in statistical
 * packages", The American Statistician 50(4), 361–365.
 */
export function referenceQuantileEdges(reference: ArrayLike<number>, bins = 10): number[] {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`referenceQuantileEdges: bins must be an integer ≥ 1, got ${bins}`);
  }
  const sorted = sortedSample(reference, 'referenceQuantileEdges: reference');
  const n = sorted.length;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    // numpy: virtual index n·q − 1; take it if it is a whole number, else the next one.
    const virtualIndex = n * (i / bins) - 1;
    const below = Math.floor(virtualIndex);
    const index = Math.min(n - 1, Math.max(0, virtualIndex === below ? below : below + 1));
    const cut = sorted[index];
    if (edges.length === 0 || cut !== edges[edges.length - 1]) edges.push(cut);
  }
  return edges;
}

/**
 * Counts of `values` in the bins that the strictly increasing cut points `edges` make:
 *
 *     (−∞, e₀], (e₀, e₁], …, (e_{k−2}, e_{k−1}], (e_{k−1}, +∞)
 *
 * so k edges give k + 1 counts. Bins are closed on the right: a value equal to a cut
 * point falls in the bin below it, as the quantile definition used by
 * `referenceQuantileEdges` puts that value at or below the quantile. −Infinity falls in
 * the first bin and +Infinity in the last (unless +Infinity is itself a cut point, when
 * it is counted in the bin that cut point closes). No edges: one bin holding everything.
 *
 * Throws RangeError when edges are not strictly increasing (or contain NaN), or a value
 * is NaN. O(n log k).
 */
export function binCounts(values: ArrayLike<number>, edges: readonly number[]): number[] {
  checkEdges(edges);
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(values[i], edges, i)]++;
  return counts;
}

function checkEdges(edges: readonly number[]): void {
  for (let e = 0; e < edges.length; e++) {
    if (Number.isNaN(edges[e]) || (e > 0 && !(edges[e] > edges[e - 1]))) {
      throw new RangeError(`binCounts: edges must be strictly increasing numbers (index ${e}: ${edges[e]})`);
    }
  }
}

/** The bin of one value: the index of the first edge ≥ value (edges.length when above every edge). */
function binOf(value: number, edges: readonly number[], index: number): number {
  if (Number.isNaN(value)) throw new RangeError(`binCounts: value at index ${index} is NaN: drop missing values first`);
  return firstEdgeAtLeast(value, edges);
}

/** Index of the first of the sorted `edges` that is ≥ `value` (edges.length when none): bins closed on the right. */
export function firstEdgeAtLeast(value: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Counts of `values` in the bins of `edges` (as `binCounts`) with two open outer bins
 * added for values outside the reference range:
 *
 *     (−∞, min), [min, e₀], (e₀, e₁], …, (e_{k−1}, max], (max, +∞)
 *
 * so k edges give k + 3 counts, the first and last 0 for the reference itself. Why:
 * with quantile bins alone, values beyond the reference's extremes land in the outer
 * quantile bins and weigh as much as values just inside them, so 10% of current values
 * moved to +6 SD read as PSI ≈ 0.08 (no drift); in their own bin that mass meets the
 * reference's empty-bin floor and PSI reads ≈ 0.70. `referenceMin`/`referenceMax` are
 * the reference's extremes (±Infinity allowed: nothing lies beyond them).
 *
 * Throws RangeError as `binCounts`, and when referenceMin > referenceMax or either is NaN.
 */
export function binCountsWithOuterBins(
  values: ArrayLike<number>,
  edges: readonly number[],
  referenceMin: number,
  referenceMax: number,
): number[] {
  if (!(referenceMin <= referenceMax)) {
    throw new RangeError(`binCountsWithOuterBins: reference range [${referenceMin}, ${referenceMax}] is not a range`);
  }
  checkEdges(edges);
  const counts = new Array<number>(edges.length + 3).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < referenceMin) counts[0]++;
    else if (value > referenceMax) counts[edges.length + 2]++;
    else counts[1 + binOf(value, edges, i)]++; // NaN lands here and binOf refuses it
  }
  return counts;
}

/** Category counts of two samples over the union of their categories. */
export interface CategoryCounts {
  /** Every category seen in either sample, sorted by UTF-16 code units (plain `sort()`). */
  categories: string[];
  /** reference[i]: occurrences of categories[i] in the reference sample (0 if absent). */
  reference: number[];
  /** current[i]: occurrences of categories[i] in the current sample (0 if absent). */
  current: number[];
}

/**
 * Counts the categories of a categorical feature in the reference and current samples
 * on a common axis: the union of the categories of both, so a category that only one
 * sample has gets a 0 in the other (new categories and vanished ones both count as
 * drift). Categories are sorted by UTF-16 code units, which does not depend on the
 * locale, so reports are reproducible across machines. Strings are compared exactly
 * (no trimming or case folding: normalise before calling if "A" and "a" are one
 * category). Either sample may be empty (its counts are all 0).
 */
export function categoryCounts(reference: readonly string[], current: readonly string[]): CategoryCounts {
  const referenceTally = tally(reference);
  const currentTally = tally(current);
  const categories = [...new Set([...referenceTally.keys(), ...currentTally.keys()])].sort();
  return {
    categories,
    reference: categories.map((c) => referenceTally.get(c) ?? 0),
    current: categories.map((c) => currentTally.get(c) ?? 0),
  };
}

/** `categoryCounts` from counts already tallied per category (a typed column's dictionary). */
export function categoryCountsOfTallies(reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>): CategoryCounts {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort();
  return {
    categories,
    reference: categories.map((c) => reference.get(c) ?? 0),
    current: categories.map((c) => current.get(c) ?? 0),
  };
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Counts → proportions, with mlgate's empty-bin rule.
 *
 * With `emptyBinFloor` = 0 (the default) this is counts / total. With a floor f > 0,
 * every bin whose proportion is 0 gets f instead, and then the vector is renormalised
 * to sum to 1 (the floor's mass comes proportionally out of the non-empty bins, so the
 * result stays a probability vector and the metrics' inputs are comparable). After
 * renormalisation a floored bin holds f/(1 + z·f) for z empty bins, slightly below f.
 * Bins with counts are never changed relative to each other.
 *
 * Why a floor: PSI and KL divergence contain ln(q/p) and are infinite as soon as one
 * bin is empty on one side, which with 10 bins and a few hundred rows is common and
 * says more about sample size than drift. mlgate passes `DEFAULT_EMPTY_BIN_FLOOR`
 * (1e−4, Evidently's value, which Evidently does not renormalise) for PSI and KL, and 0 for the bounded metrics
 * (Jensen–Shannon, Hellinger, total variation, L∞), which handle empty bins exactly.
 * The floor caps one empty bin's PSI contribution at about (q − f)·ln(q/f): for
 * q = 0.1 that is ≈ 0.69, so a bin that empties or fills still reads as major drift.
 *
 * Throws RangeError for no bins, a negative/non-finite/non-integer count, all counts 0
 * (an empty sample: callers filter those), or a floor outside [0, 1).
 */
export function proportions(counts: readonly number[], emptyBinFloor = 0): number[] {
  if (counts.length === 0) throw new RangeError('proportions: counts is empty');
  if (!(emptyBinFloor >= 0 && emptyBinFloor < 1)) {
    throw new RangeError(`proportions: emptyBinFloor must be in [0, 1), got ${emptyBinFloor}`);
  }
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!Number.isInteger(c) || c < 0) {
      throw new RangeError(`proportions: counts[${i}] = ${c}; counts must be non-negative integers`);
    }
    total += c;
  }
  if (total === 0) throw new RangeError('proportions: all counts are 0 (empty sample)');
  const raw = counts.map((c) => c / total);
  if (emptyBinFloor === 0 || raw.every((p) => p > 0)) return raw;
  const floored = raw.map((p) => (p === 0 ? emptyBinFloor : p));
  const sum = pairwiseSum(floored);
  return floored.map((p) => p / sum);
}
