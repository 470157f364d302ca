import { binCountsWithOuterBins, referenceQuantileEdges } from '../stats/histogram.js';

/**
 * What a drift report shows of one column's distributions, for charts: small (at most 12 numeric
 * bins or 21 category bars), whatever the number of rows.
 *
 * Numeric: the bins the histogram methods compare (`stats/histogram.ts`): `edges` are the
 * reference's minimum, its 10-quantile cut points and its maximum, and the counts fall in
 *
 *     (−∞, edges[0]), [edges[0], edges[1]], (edges[1], edges[2]], …, (edges[k−2], edges[k−1]], (edges[k−1], +∞)
 *
 * so k edges give k + 1 counts; the two outer, open bins hold current values outside the
 * reference's range (always 0 on the reference side). Edges may repeat where the reference has
 * ties at its minimum or maximum (an empty bin between them).
 *
 * Categorical: the `MAX_CATEGORIES` categories with the most values over both sides, most first
 * (ties in label order), and the rest summed in `other`.
 */
export type ColumnHistogram = NumericHistogram | CategoryHistogram;

export interface NumericHistogram {
  kind: 'numeric';
  edges: number[];
  reference: number[];
  current: number[];
}

export interface CategoryHistogram {
  kind: 'categorical';
  categories: string[];
  reference: number[];
  current: number[];
  /** The categories past the first `MAX_CATEGORIES`: how many, and their values on each side. */
  other: { categories: number; reference: number; current: number };
}

/** Category labels one per value, or already counted (label → occurrences, as a column's tally). */
export type CategoryValues = readonly string[] | ReadonlyMap<string, number>;

export type HistogramInput =
  | { kind: 'numeric'; reference: ArrayLike<number>; current: ArrayLike<number> }
  | { kind: 'categorical'; reference: CategoryValues; current: CategoryValues };

/** Bins of a numeric histogram: the histogram methods' (`methods.ts` NUMERIC_BINS). */
export const HISTOGRAM_BINS = 10;
/** Category bars before the rest is summed as "other". */
export const MAX_CATEGORIES = 20;
/** A category label is cut to this many characters (with `…`), the drift schema's bound for names. */
export const MAX_LABEL_LENGTH = 256;

/**
 * The histogram of one column from its values: finite numbers (missing and infinite values
 * dropped by the caller) or category labels. Undefined when the reference has no value, since
 * numeric bins come from the reference alone and a chart of nothing says nothing.
 */
export function columnHistogram(input: HistogramInput): ColumnHistogram | undefined {
  if (input.kind === 'categorical' ? valuesIn(input.reference) === 0 : input.reference.length === 0) return undefined;
  return input.kind === 'numeric' ? numericHistogram(input.reference, input.current) : categoryHistogram(input.reference, input.current);
}

function numericHistogram(reference: ArrayLike<number>, current: ArrayLike<number>): NumericHistogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] < min) min = reference[i];
    if (reference[i] > max) max = reference[i];
  }
  const cuts = referenceQuantileEdges(reference, HISTOGRAM_BINS);
  return {
    kind: 'numeric',
    edges: [min, ...cuts, max],
    reference: binCountsWithOuterBins(reference, cuts, min, max),
    current: binCountsWithOuterBins(current, cuts, min, max),
  };
}

function valuesIn(values: CategoryValues): number {
  if (!(values instanceof Map)) return (values as readonly string[]).length;
  let total = 0;
  for (const count of values.values()) total += count;
  return total;
}

function labelCounts(values: CategoryValues): Iterable<[string, number]> {
  if (values instanceof Map) return values as ReadonlyMap<string, number>;
  const counts = new Map<string, number>();
  for (const label of values as readonly string[]) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

function categoryHistogram(reference: CategoryValues, current: CategoryValues): CategoryHistogram {
  const counts = new Map<string, [number, number]>();
  for (const [label, count] of labelCounts(reference)) counts.set(label, [count, 0]);
  for (const [label, count] of labelCounts(current)) {
    const entry = counts.get(label);
    if (entry) entry[1] += count;
    else counts.set(label, [0, count]);
  }
  // Code-unit order for ties, as `categoryCounts`, so the chart does not depend on the locale.
  const ranked = [...counts].sort(([a, x], [b, y]) => (y[0] + y[1]) - (x[0] + x[1]) || (a < b ? -1 : a > b ? 1 : 0));
  const shown = ranked.slice(0, MAX_CATEGORIES);
  const rest = ranked.slice(MAX_CATEGORIES);
  return {
    kind: 'categorical',
    categories: shown.map(([label]) => shortLabel(label)),
    reference: shown.map(([, [r]]) => r),
    current: shown.map(([, [, c]]) => c),
    other: { categories: rest.length, reference: rest.reduce((s, [, [r]]) => s + r, 0), current: rest.reduce((s, [, [, c]]) => s + c, 0) },
  };
}

/** Cut by code points (what the schema's maxLength counts), so no surrogate pair is split. */
function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const points = Array.from(label);
  return points.length <= MAX_LABEL_LENGTH ? label : `${points.slice(0, MAX_LABEL_LENGTH - 1).join('')}…`;
}
