import { InputError } from '../../errors.js';
import { pairwiseSum } from '../stats/pairwise-sum.js';
import {
  basisDigest, binIndex, CATEGORY_CAP, FINE_BINS, PROFILE_FORMAT, PROFILE_VERSION,
  type CategoricalProfile, type ColumnProfile, type DataProfile, type NumericProfile,
} from './profile.js';

/**
 * What a data reader hands the profile: columns, in chunks, already typed. Today's adapter
 * (`adapters/data/profile-table.ts`) feeds it from a whole `Table`; a streaming reader feeds it
 * chunk by chunk, nothing else changes.
 */
export interface ProfileBuilder {
  /** Whether the builder counts on a reference's basis (else the data is the reference). */
  readonly onBasis: boolean;
  /** Kind of a column in the basis (undefined: the builder fixes the basis, or the column is not in it). */
  kindOf(column: string): 'numeric' | 'categorical' | undefined;
  /** Rows in the next chunk (every column's chunk has this many cells). */
  addRows(count: number): void;
  /**
   * A numeric column's values; NaN is missing. `stray`: of those, cells that held a word. The
   * builder owns the array from then on (a reference builder sorts it in place): pass a fresh one.
   */
  addNumbers(column: string, values: Float64Array, stray?: number): void;
  /** A categorical column's trimmed cell texts; null is missing. */
  addLabels(column: string, labels: readonly (string | null)[]): void;
  /** Columns of the data the basis does not have. */
  addExtraColumns(names: readonly string[]): void;
  finish(): DataProfile;
}

/** Finite values' moments of one chunk, merged by Chan et al.'s pairwise update (exact counts, stable M2). */
type Moments = NumericProfile['finite'];

export function emptyMoments(): Moments {
  return { count: 0, sum: 0, m2: 0, min: null, max: null };
}

export function momentsOf(values: Float64Array): Moments {
  const finite = keep(values, Number.isFinite);
  if (finite.length === 0) return emptyMoments();
  const sum = pairwiseSum(finite);
  const mean = sum / finite.length;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < finite.length; i++) {
    const v = finite[i];
    m2 += (v - mean) * (v - mean);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count: finite.length, sum, m2, min, max };
}

/** The values passing `test`, as a view: a loop, because `Float64Array.prototype.filter` is about ten times slower. */
function keep(values: Float64Array, test: (v: number) => boolean): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i])) n++;
  if (n === values.length) return values;
  const kept = new Float64Array(n);
  let at = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i])) kept[at++] = values[i];
  return kept;
}

const notMissing = (v: number) => !Number.isNaN(v);

/**
 * Chan, Golub & LeVeque (1979): M2 of the union = M2a + M2b + δ²·na·nb/n with δ the difference
 * of the means. Counts add exactly; sums and M2 are floating point, so merge order changes them in
 * the last bits (drift from profiles reads them only for the Wasserstein distance's scale).
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.count === 0) return { ...b };
  if (b.count === 0) return { ...a };
  const count = a.count + b.count;
  const delta = b.sum / b.count - a.sum / a.count;
  return {
    count, sum: a.sum + b.sum, m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
    min: Math.min(a.min!, b.min!), max: Math.max(a.max!, b.max!),
  };
}

/** A builder that makes a reference profile: the data fixes the edges and categories. */
export function referenceProfileBuilder(source: string): ProfileBuilder {
  const numbers = new Map<string, { chunks: Float64Array[]; stray: number }>();
  const labels = new Map<string, Map<string, number>>();
  const missingLabels = new Map<string, number>();
  const order: string[] = [];
  const extra = new Set<string>();
  let rows = 0;
  const declare = (column: string, kind: 'numeric' | 'categorical') => {
    const other = kind === 'numeric' ? labels : numbers;
    if (other.has(column)) throw new Error(`profile: column \`${column}\` given as both numeric and categorical`);
    if (!order.includes(column)) order.push(column);
  };
  return {
    onBasis: false,
    kindOf: () => undefined,
    addRows: (count) => { rows += count; },
    addNumbers(column, values, stray = 0) {
      declare(column, 'numeric');
      const entry = numbers.get(column) ?? { chunks: [], stray: 0 };
      entry.chunks.push(values);
      entry.stray += stray;
      numbers.set(column, entry);
    },
    addLabels(column, chunk) {
      declare(column, 'categorical');
      const tally = labels.get(column) ?? new Map<string, number>();
      labels.set(column, tally);
      let missing = 0;
      for (const label of chunk) {
        if (label === null) missing++;
        else tally.set(label, (tally.get(label) ?? 0) + 1);
      }
      missingLabels.set(column, (missingLabels.get(column) ?? 0) + missing);
    },
    addExtraColumns: (names) => names.forEach((n) => extra.add(n)),
    finish() {
      const columns: ColumnProfile[] = order.map((name) => {
        const numeric = numbers.get(name);
        if (numeric) {
          const values = concat(numeric.chunks);
          numeric.chunks = []; // the concatenated copy is the only one kept
          return numericReference(name, values, numeric.stray);
        }
        return categoricalReference(name, labels.get(name)!, missingLabels.get(name) ?? 0);
      });
      return profileOf(columns, rows, [source], [...extra].sort());
    },
  };
}

function profileOf(columns: ColumnProfile[], rows: number, sources: string[], extra: string[]): DataProfile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, rows, sources, basis: basisDigest(columns), columns, extra_columns: extra };
}

function concat(chunks: Float64Array[]): Float64Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/**
 * The fine edges: `referenceQuantileEdges`' formula at i/FINE_BINS without merging ties. Because
 * IEEE division is correctly rounded, (100k)/1000 and k/10 are the same double, so the edge at
 * 100k − 1 is exactly the decile `referenceQuantileEdges(finite, 10)` computes.
 */
export function fineEdges(sortedFinite: Float64Array, bins = FINE_BINS): number[] {
  const n = sortedFinite.length;
  if (n === 0) return [];
  const edges = new Array<number>(bins - 1);
  for (let i = 1; i < bins; i++) {
    const virtualIndex = n * (i / bins) - 1;
    const below = Math.floor(virtualIndex);
    edges[i - 1] = sortedFinite[Math.min(n - 1, Math.max(0, virtualIndex === below ? below : below + 1))];
  }
  return edges;
}

/**
 * The reference side of a numeric column, from its values in one array that the builder owns and
 * reorders (the finite values are moved to the front and sorted in place), so a column of 10 million
 * values needs its 80 MB once, not once per step.
 */
function numericReference(name: string, values: Float64Array, stray: number): NumericProfile {
  let missing = 0;
  let negative = 0;
  let positive = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) missing++;
    else if (v === Infinity) positive++;
    else if (v === -Infinity) negative++;
    else values[n++] = v;
  }
  const finite = values.subarray(0, n).sort();
  const present = values.length - missing;
  // Sorted, the extremes are at the ends; infinite values widen the range beyond them.
  const min = negative > 0 ? -Infinity : n > 0 ? finite[0] : Infinity;
  const max = positive > 0 ? Infinity : n > 0 ? finite[n - 1] : -Infinity;
  const edges = fineEdges(finite);
  const column: NumericProfile = {
    name, kind: 'numeric', edges, reference_range: present === 0 ? null : { min, max },
    counts: new Array<number>(edges.length + 3).fill(0), missing, stray, infinite: { negative: 0, positive: 0 }, finite: momentsOf(finite),
  };
  countSorted(column, finite);
  countNumbers(column, Float64Array.from([...new Array<number>(negative).fill(-Infinity), ...new Array<number>(positive).fill(Infinity)]));
  return column;
}

/** `countNumbers` for finite values sorted ascending within the reference range: one walk along the edges instead of a search per value. */
function countSorted(column: NumericProfile, sorted: Float64Array): void {
  const { edges, counts } = column;
  let e = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    while (e < edges.length && edges[e] < v) e++;
    counts[e + 1]++;
  }
}

/** Adds non-missing values to a column's bin counts and infinity counts. */
function countNumbers(column: NumericProfile, present: Float64Array): void {
  const range = column.reference_range;
  for (let i = 0; i < present.length; i++) {
    const v = present[i];
    if (v === Infinity) column.infinite.positive++;
    else if (v === -Infinity) column.infinite.negative++;
    // A reference without values has no bins: every current value lies outside its (empty) range.
    column.counts[range ? binIndex(v, column.edges, range) : column.counts.length - 1]++;
  }
}

function categoricalReference(name: string, tally: Map<string, number>, missing: number): CategoricalProfile {
  let kept = [...tally.entries()];
  let other = { rows: 0, categories: 0 };
  if (kept.length > CATEGORY_CAP) {
    // The most frequent categories are kept (ties by name, so the choice is reproducible).
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const folded = kept.slice(CATEGORY_CAP);
    other = { rows: folded.reduce((n, [, c]) => n + c, 0), categories: folded.length };
    kept = kept.slice(0, CATEGORY_CAP);
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    name, kind: 'categorical', categories: kept.map(([c]) => c), reference_folded: other.categories > 0,
    counts: kept.map(([, c]) => c), new_categories: [], other, missing,
  };
}

/** An empty profile on a reference's basis: every count 0. */
export function emptyProfileOn(reference: DataProfile, source: string): DataProfile {
  const columns = reference.columns.map((c): ColumnProfile => (c.kind === 'numeric'
    ? { ...c, edges: c.edges, counts: c.counts.map(() => 0), missing: 0, stray: 0, infinite: { negative: 0, positive: 0 }, finite: emptyMoments() }
    : { ...c, counts: c.counts.map(() => 0), new_categories: [], other: { rows: 0, categories: 0 }, missing: 0 }));
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, rows: 0, sources: [source], basis: reference.basis, columns, extra_columns: [] };
}

/** A builder that counts data on a reference profile's basis, so its profile merges with others on it. */
export function profileBuilderOn(reference: DataProfile, source: string): ProfileBuilder {
  const profile = emptyProfileOn(reference, source);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const newTallies = new Map<string, Map<string, number>>();
  const extra = new Set<string>();
  const column = <K extends ColumnProfile['kind']>(name: string, kind: K) => {
    const found = byName.get(name);
    if (!found || found.kind !== kind) throw new Error(`profile: column \`${name}\` is not a ${kind} column of the reference`);
    return found as Extract<ColumnProfile, { kind: K }>;
  };
  return {
    onBasis: true,
    kindOf: (name) => byName.get(name)?.kind,
    addRows: (count) => { profile.rows += count; },
    addNumbers(name, values, stray = 0) {
      const target = column(name, 'numeric');
      const present = keep(values, notMissing);
      target.missing += values.length - present.length;
      target.stray += stray;
      countNumbers(target, present);
      target.finite = mergeMoments(target.finite, momentsOf(present));
    },
    addLabels(name, chunk) {
      const target = column(name, 'categorical');
      const index = new Map(target.categories.map((c, i) => [c, i]));
      const tally = newTallies.get(name) ?? new Map<string, number>();
      newTallies.set(name, tally);
      for (const label of chunk) {
        if (label === null) target.missing++;
        else {
          const at = index.get(label);
          if (at !== undefined) target.counts[at]++;
          else tally.set(label, (tally.get(label) ?? 0) + 1);
        }
      }
    },
    addExtraColumns: (names) => names.forEach((n) => extra.add(n)),
    finish() {
      for (const [name, tally] of newTallies) {
        const target = column(name, 'categorical');
        const found = [...tally.entries()].map(([c, count]) => ({ name: c, count }));
        Object.assign(target, withNewCategories(target, found));
      }
      return { ...profile, extra_columns: [...extra].sort() };
    },
  };
}

/**
 * Categories beyond the reference's: kept by name while there are at most `CATEGORY_CAP`, then all
 * folded into `other`. A folded reference cannot tell its own rare categories from new ones, so
 * against it every unlisted value is `other`.
 */
export function withNewCategories(column: CategoricalProfile, found: { name: string; count: number }[]): Pick<CategoricalProfile, 'new_categories' | 'other'> {
  const byName = new Map<string, number>();
  for (const { name, count } of [...column.new_categories, ...found]) byName.set(name, (byName.get(name) ?? 0) + count);
  if (column.reference_folded || byName.size > CATEGORY_CAP || column.other.rows > 0) {
    const rows = [...byName.values()].reduce((n, c) => n + c, 0);
    return { new_categories: [], other: { rows: column.other.rows + rows, categories: Math.max(column.other.categories, byName.size) } };
  }
  const sorted = [...byName.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, count]) => ({ name, count }));
  return { new_categories: sorted, other: column.other };
}

/** A profile whose counts were checked by a caller that is not a builder (the SQL reader). */
export function checkStrayShare(column: string, source: string, stray: number, cells: number): void {
  // The same 1% rule as `inferColumn`: more words than that in a numeric column is not noise.
  if (cells > 0 && stray >= 0.01 * cells) {
    throw new InputError(`${source}: column \`${column}\` is numeric in the reference profile but ${stray} of ${cells} cells are words (1% or more); check the data or make a new reference profile`);
  }
}
