/**
 * `sliceDiff`: the candidate and the baseline compared on slices of the evaluation data — the
 * rows of one value (or one bin) of a segment column — so that a model that wins on average but
 * breaks one customer segment shows it.
 *
 * Slices (`sliceRows`): a column whose every non-missing cell is a number (`parseDecimal`) with
 * more than `MAX_CATEGORIES_AS_VALUES` distinct values is cut into `NUMERIC_BINS` quantile bins of
 * the evaluation data. Bin edges are data values (the k/B quantile by the inverted empirical
 * distribution, Hyndman & Fan type 1), so labels are exact: `[min, e₁]`, `(e₁, e₂]`, …, `(e₄, max]`;
 * ties can merge bins. Other columns slice by value (numbers by value: `1` and `1.0` are one
 * slice), most frequent first; past `MAX_SLICE_VALUES` values the rarest are folded into one
 * slice `(other: k values)`. Missing cells (`isMissing`) are the slice `(missing)`.
 *
 * Per slice and metric: baseline, candidate, delta = candidate − baseline, and its paired
 * percentile bootstrap interval (`pairedBootstrapIntervals` on the slice's rows: both models
 * scored on the same resampled rows, the evaluation's seed and resample count). The p-value of
 * "no difference" comes from the same replicates: p = min(1, 2·(1 + min(#{δ* ≤ 0}, #{δ* ≥ 0})) / (B + 1)),
 * B the resamples on which the metric is defined on both sides — twice the share of replicates
 * on the far side of zero, the two-sided p-value by inverting the percentile interval (Efron &
 * Tibshirani 1993, §16.4), with the +1s that keep it above 0 (Davison & Hinkley 1997, §4.2).
 * With 1,000 resamples the smallest p-value is about 0.002.
 *
 * Multiple testing: p-values are adjusted with Benjamini–Hochberg across the gated slices of a
 * metric (every column's slices together). Slices with fewer than `minSliceRows` rows are
 * computed and shown but not gated (`gated: false`, `adjusted_p_value: null`): too few rows for
 * their interval to mean much, and left out of the family so they do not dilute the others.
 *
 * A metric undefined on a slice (ROC AUC with one class) is null, with a note; never an error.
 * Order: per metric, gated slices first; among them the ones significantly worse (adjusted
 * p < 0.05, delta in the worse direction) first, biggest drop first; then the rest, biggest drop
 * first; slices with no delta last.
 */
import { adjustPValues } from '../drift/correction.js';
import { isMissing } from '../table/missing.js';
import { parseDecimal } from '../table/decimal.js';
import { pairedBootstrapIntervals } from './bootstrap.js';
import { HIGHER_IS_BETTER, type MetricSet } from './metric-set.js';
import { cut } from './prediction-diff.js';
import type { SliceComparison } from './types.js';

export const DEFAULT_MIN_SLICE_ROWS = 30;
export const NUMERIC_BINS = 5;
/** A numeric column with at most this many distinct values slices by value, not by bins. */
export const MAX_CATEGORIES_AS_VALUES = 10;
/** Slices of a categorical column before the rarest values are folded into one. */
export const MAX_SLICE_VALUES = 20;
export const MISSING_SLICE = '(missing)';
const SIGNIFICANT = 0.05;

export interface Slice {
  value: string;
  /** Row indices (0-based, ascending). */
  rows: Int32Array;
}

export interface SliceDiffInput {
  /** Evaluation data aligned with the candidate's rows. */
  data: Record<string, string[]>;
  columns: string[];
  metrics: string[];
  /** Both models' metric sets on the given rows (in that order). */
  metricSetsOn: (rows: Int32Array) => { candidate: MetricSet; baseline: MetricSet };
  minSliceRows?: number;
  resamples?: number;
  level?: number;
  seed?: number;
}

/** The slices of one column of the evaluation data. */
export function sliceRows(cells: readonly string[]): Slice[] {
  const missing: number[] = [];
  const present: number[] = [];
  let numeric = true;
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    if (isMissing(cells[i])) {
      missing.push(i);
      continue;
    }
    present.push(i);
    if (numeric) {
      const value = parseDecimal(cells[i]);
      if (value === undefined) numeric = false;
      else values[i] = value;
    }
  }
  const slices = present.length === 0 ? [] : numeric ? numericSlices(present, values) : categoricalSlices(present, cells);
  if (missing.length > 0) slices.push({ value: MISSING_SLICE, rows: Int32Array.from(missing) });
  return slices;
}

function numericSlices(present: number[], values: Float64Array): Slice[] {
  const distinct = new Map<number, number[]>();
  for (const i of present) {
    const v = values[i] === 0 ? 0 : values[i]; // -0 and 0 are one value
    if (!distinct.has(v)) distinct.set(v, []);
    distinct.get(v)!.push(i);
  }
  if (distinct.size <= MAX_CATEGORIES_AS_VALUES) {
    return [...distinct].sort((a, b) => a[0] - b[0]).map(([v, rows]) => ({ value: String(v), rows: Int32Array.from(rows) }));
  }
  const sorted = Float64Array.from(present, (i) => values[i]).sort();
  const m = sorted.length;
  const max = sorted[m - 1];
  const edges: number[] = [];
  for (let k = 1; k < NUMERIC_BINS; k++) {
    const edge = sorted[Math.ceil((k * m) / NUMERIC_BINS) - 1];
    if (edge < max && (edges.length === 0 || edge > edges[edges.length - 1])) edges.push(edge);
  }
  const bounds = [sorted[0], ...edges, max];
  const bins: number[][] = edges.map(() => []).concat([[]]);
  for (const i of present) {
    let b = 0;
    while (b < edges.length && values[i] > edges[b]) b++;
    bins[b].push(i);
  }
  return bins.map((rows, b) => ({
    value: `${b === 0 ? '[' : '('}${String(bounds[b])}, ${String(bounds[b + 1])}]`,
    rows: Int32Array.from(rows),
  }));
}

function categoricalSlices(present: number[], cells: readonly string[]): Slice[] {
  const groups = new Map<string, number[]>();
  for (const i of present) {
    const value = cells[i].trim();
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(i);
  }
  // Most frequent first; ties in order of first appearance (Map order, sort is stable).
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  if (ordered.length <= MAX_SLICE_VALUES) return ordered.map(([value, rows]) => ({ value, rows: Int32Array.from(rows) }));
  const kept = ordered.slice(0, MAX_SLICE_VALUES - 1);
  const folded = ordered.slice(MAX_SLICE_VALUES - 1);
  const rest = Int32Array.from(folded.flatMap(([, rows]) => rows)).sort();
  return [
    ...kept.map(([value, rows]) => ({ value, rows: Int32Array.from(rows) })),
    { value: `(other: ${folded.length} values)`, rows: rest },
  ];
}

/**
 * Two-sided p-value of "no difference" from paired bootstrap replicates of the difference
 * (NaN replicates skipped); null when none is defined.
 */
export function bootstrapPValue(deltas: ArrayLike<number>): number | null {
  let atMost = 0;
  let atLeast = 0;
  let defined = 0;
  for (let r = 0; r < deltas.length; r++) {
    const d = deltas[r];
    if (Number.isNaN(d)) continue;
    defined++;
    if (d <= 0) atMost++;
    if (d >= 0) atLeast++;
  }
  if (defined === 0) return null;
  return Math.min(1, (2 * (1 + Math.min(atMost, atLeast))) / (defined + 1));
}

export function sliceDiff(input: SliceDiffInput): { slices: SliceComparison[]; notes: string[] } {
  const minRows = input.minSliceRows ?? DEFAULT_MIN_SLICE_ROWS;
  const notes: string[] = [];
  const byMetric = new Map<string, SliceComparison[]>(input.metrics.map((m) => [m, []]));
  for (const column of input.columns) {
    for (const slice of sliceRows(input.data[column])) {
      for (const entry of compareSlice(input, column, slice, minRows)) byMetric.get(entry.metric)!.push(entry);
    }
  }
  const slices: SliceComparison[] = [];
  for (const [metric, entries] of byMetric) {
    const family = entries.filter((e) => e.gated && e.p_value !== null);
    const adjusted = adjustPValues(family.map((e) => e.p_value!), 'bh');
    family.forEach((e, k) => {
      e.adjusted_p_value = adjusted[k];
    });
    slices.push(...worstFirst(metric, entries));
  }
  const small = slices.filter((s) => !s.gated).length;
  if (small > 0) notes.push(`slices: ${small} slice results with fewer than ${minRows} rows are shown but not gated`);
  return { slices, notes };
}

function compareSlice(input: SliceDiffInput, column: string, slice: Slice, minRows: number): SliceComparison[] {
  const sets = input.metricSetsOn(slice.rows);
  const pick = (values: Record<string, number>) => Object.fromEntries(input.metrics.map((m) => [m, Object.hasOwn(values, m) ? values[m] : NaN]));
  const candidate = pick(sets.candidate.compute());
  const baseline = pick(sets.baseline.compute());
  // Replicates are paired by call order: both statistics are evaluated once per resample.
  const candidateReplicates: Record<string, number>[] = [];
  const deltas = new Map<string, number[]>(input.metrics.map((m) => [m, []]));
  let baselineCalls = 0;
  const bootstrap = pairedBootstrapIntervals(
    slice.rows.length,
    (counts) => {
      const values = pick(sets.candidate.compute(counts));
      candidateReplicates.push(values);
      return values;
    },
    (counts) => {
      const values = pick(sets.baseline.compute(counts));
      const paired = candidateReplicates[baselineCalls++];
      for (const m of input.metrics) deltas.get(m)!.push(paired[m] - values[m]);
      return values;
    },
    { resamples: input.resamples, level: input.level, seed: input.seed },
  );
  const gated = slice.rows.length >= minRows;
  return input.metrics.map((metric): SliceComparison => {
    const base = baseline[metric];
    const cand = candidate[metric];
    const entry: SliceComparison = {
      metric, column: cut(column), value: cut(slice.value), n: slice.rows.length,
      baseline: Number.isNaN(base) ? null : base, candidate: Number.isNaN(cand) ? null : cand, delta: null,
      interval: null, p_value: null, adjusted_p_value: null, gated,
    };
    if (Number.isNaN(base) || Number.isNaN(cand)) {
      const side = Number.isNaN(base) && Number.isNaN(cand) ? 'both models' : Number.isNaN(base) ? 'the baseline' : 'the candidate';
      const reason = [...sets.candidate.notes, ...sets.baseline.notes].find((note) => note.includes(metric));
      entry.note = `${metric} is undefined on this slice for ${side}${reason ? ` (${reason})` : ' (e.g. a single class)'}`;
      return entry;
    }
    entry.delta = cand - base;
    const interval = bootstrap.delta?.intervals[metric];
    if (interval) {
      entry.interval = interval;
      entry.p_value = bootstrapPValue(deltas.get(metric)!);
    } else {
      entry.note = `${metric}: no interval, the difference was undefined on every resample of this slice`;
    }
    return entry;
  });
}

/** How much worse the candidate is on a slice (positive = worse); null without a delta. */
function worsening(metric: string, delta: number | null): number | null {
  if (delta === null) return null;
  const higher = Object.hasOwn(HIGHER_IS_BETTER, metric) ? HIGHER_IS_BETTER[metric] : true;
  return higher ? -delta : delta;
}

function worstFirst(metric: string, entries: SliceComparison[]): SliceComparison[] {
  const keyed = entries.map((e, i) => {
    const worse = worsening(metric, e.delta);
    const significant = e.gated && worse !== null && worse > 0 && e.adjusted_p_value !== null && e.adjusted_p_value < SIGNIFICANT;
    return { e, i, worse, significant };
  });
  keyed.sort((a, b) =>
    Number(b.e.gated) - Number(a.e.gated)
    || Number(b.significant) - Number(a.significant)
    || Number(b.worse !== null) - Number(a.worse !== null)
    || (b.worse ?? 0) - (a.worse ?? 0)
    || a.i - b.i);
  return keyed.map(({ e }) => e);
}
