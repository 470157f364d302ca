import { hasMoreDistinctValues, valueCount, type ColumnPair } from './column-sample.js';
import type { MethodName } from './methods.js';

/** Reference sizes above this use effect-size distances instead of p-value tests. */
export const LARGE_REFERENCE = 1000;
/** Numeric columns with at most this many distinct reference values are compared as categories. */
export const FEW_DISTINCT_VALUES = 5;

export interface AutoChoice {
  method: MethodName;
  /** A test that must also reject (after correction) for the distance to count as drift. */
  significance?: MethodName;
  /** Why this method, in one sentence, for the report. */
  reason: string;
  /** Whether to compare the column as categories even though it is numeric. */
  asCategories: boolean;
}

/**
 * The method mlgate picks when the user names none. It starts from Evidently's rule (by column
 * type, distinct values and reference size) and differs where that rule misleads:
 *
 * | column                                   | reference ≤ 1,000 rows | reference > 1,000 rows                                 |
 * |------------------------------------------|------------------------|--------------------------------------------------------|
 * | numeric, > 5 distinct reference values   | `ks` (p-value)         | `wasserstein` / ref. std ≥ 0.1 **and** `ks` rejects    |
 * | binary (≤ 2 categories over both sides)  | `z` (p-value)          | `jensenshannon` ≥ 0.1 **and** `z` rejects              |
 * | categorical, or numeric with ≤ 5 values  | `chisquare` (p-value)  | `jensenshannon` ≥ 0.1 **and** `chisquare` rejects      |
 *
 * Why switch on size: with thousands of rows a p-value test flags shifts too small to matter, so
 * large samples are judged by effect size (a tenth of a standard deviation, or a Jensen–Shannon
 * distance of 0.1). Why also require the test (Evidently uses the distance alone): a distance
 * threshold ignores noise, and noise across many columns adds up — between two samples of 2,000
 * rows from the same normal distribution, the normed Wasserstein distance exceeds 0.1 in about
 * 0.2% of columns, so 50 unchanged columns raise a false alarm in about one run in ten. Requiring
 * the test to reject too, with every p-value corrected across columns (Benjamini–Hochberg by
 * default), keeps that under 5% while a shift of 0.3 standard deviations is still found.
 * Why count categories over both sides (as Evidently does: it counts the distinct values of
 * reference and current together, `nunique` of both): a binary reference whose current sample
 * grows a third category is no longer a two-proportion question.
 */
export function chooseMethod(pair: ColumnPair): AutoChoice {
  const referenceSize = valueCount(pair.reference);
  const large = referenceSize > LARGE_REFERENCE;
  if (pair.kind === 'numeric' && hasMoreDistinctValues(pair.reference.numbers, FEW_DISTINCT_VALUES)) {
    return large
      ? { method: 'wasserstein', significance: 'ks', asCategories: false, reason: `numeric, reference has ${referenceSize} rows (> ${LARGE_REFERENCE}): effect size, confirmed by ks` }
      : { method: 'ks', asCategories: false, reason: `numeric, reference has ${referenceSize} rows (≤ ${LARGE_REFERENCE})` };
  }
  const categories = new Set([...pair.reference.tally.keys(), ...pair.current.tally.keys()]).size;
  const asCategories = pair.kind === 'numeric';
  // The decision to compare as categories is taken on the reference's distinct values (the table's
  // first column); the reason names that count, then the categories over both sides that the
  // binary/categorical choice below is taken on, so reason and method never disagree.
  const what = asCategories
    ? `numeric with ${pair.reference.tally.size} distinct reference values (≤ ${FEW_DISTINCT_VALUES}), compared as ${categories} categories over both sides`
    : `categorical with ${categories} categories over both sides`;
  if (large) {
    const significance = categories <= 2 ? 'z' : 'chisquare';
    return { method: 'jensenshannon', significance, asCategories, reason: `${what}, reference has ${referenceSize} rows: effect size, confirmed by ${significance}` };
  }
  if (categories <= 2) return { method: 'z', asCategories, reason: `${what} (binary)` };
  return { method: 'chisquare', asCategories, reason: what };
}
