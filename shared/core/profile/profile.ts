import { firstEdgeAtLeast } from '../stats/histogram.js';
import { createHash } from 'node:crypto';

/**
 * A data profile: the counts drift needs, small enough to pass between CI jobs and mergeable by
 * addition (issue 15). A reference profile fixes the *basis* — per numeric column 999 fine quantile
 * edges of the reference and its range, per categorical column its categories — and any data
 * counted on that basis (a shard, the current data) gives a profile that adds to others on the same
 * basis. `profile.schema.json` is the file format; `basis` is a digest of every column's basis, so
 * a merge can refuse profiles cut on different edges.
 */
export const PROFILE_FORMAT = 'mlgate-profile';
/** Readers refuse a higher version: a newer mlgate may count in a way this one would misread. */
export const PROFILE_VERSION = 1;
/** Fine bins per numeric column; a multiple of 10 so the drift methods' deciles are every 100th edge. */
export const FINE_BINS = 1000;
/** Categories kept per categorical column; the rest are folded into `other`. */
export const CATEGORY_CAP = 10_000;

export interface DataProfile {
  format: typeof PROFILE_FORMAT;
  version: number;
  /** Rows counted. */
  rows: number;
  /** Files (or SQL results) counted, in merge order. */
  sources: string[];
  /** SHA-256 of every column's basis (see `basisDigest`): equal digests, mergeable profiles. */
  basis: string;
  columns: ColumnProfile[];
  /** Columns of the counted data that the reference does not have (a schema change). */
  extra_columns: string[];
}

export type ColumnProfile = NumericProfile | CategoricalProfile;

export interface NumericProfile {
  name: string;
  kind: 'numeric';
  /**
   * Basis: the reference's finite values' quantiles at i/bins for i = 1 … bins − 1 (numpy's
   * `inverted_cdf`, as `referenceQuantileEdges` computes them), ties kept, so the drift methods'
   * deciles are `edges[bins/10·k − 1]`. Empty when the reference had no finite value.
   */
  edges: number[];
  /** Basis: the reference's smallest and largest value (±Infinity allowed); the outer bins lie beyond. */
  reference_range: { min: number; max: number } | null;
  /**
   * Counts of non-missing values: below the reference minimum, then the bins+… inner bins
   * [min, e₀], (e₀, e₁], …, (e_last, max], then above the reference maximum (`binIndex`).
   */
  counts: number[];
  /** Missing cells (NaN, empty, pandas' missing tokens, stray words). */
  missing: number;
  /** Of `missing`, cells holding a word in this numeric column (read as missing). */
  stray: number;
  /** ±Infinity values (counted in `counts` too). */
  infinite: { negative: number; positive: number };
  /** Finite values: count, sum, M2 (sum of squared deviations from their mean), min and max (null when none). */
  finite: { count: number; sum: number; m2: number; min: number | null; max: number | null };
}

export interface CategoricalProfile {
  name: string;
  kind: 'categorical';
  /** Basis: the reference's categories (trimmed cell text), sorted by UTF-16 code units. */
  categories: string[];
  /** Basis: whether the reference had more than `CATEGORY_CAP` categories (its rarest then in `other`). */
  reference_folded: boolean;
  /** Counts of `categories`. */
  counts: number[];
  /** Categories the reference does not have, with their counts, sorted by name. */
  new_categories: { name: string; count: number }[];
  /**
   * Values not counted by category: the reference's rarest categories past the cap, or new
   * categories past the cap. `categories` is how many distinct values were folded — exact for one
   * profile, a lower bound after merges (the largest of the parts').
   */
  other: { rows: number; categories: number };
  missing: number;
}

/** Bin of a non-missing value in a numeric profile's `counts` (lower-bound search: bins are closed on the right). */
export function binIndex(value: number, edges: readonly number[], range: { min: number; max: number }): number {
  if (value < range.min) return 0;
  if (value > range.max) return edges.length + 2;
  return firstEdgeAtLeast(value, edges) + 1;
}

/**
 * SHA-256 of the columns' bases (the part of each column the reference fixes), in order: name and
 * kind, then a numeric column's edges and range as IEEE-754 bytes (exact; −0 as 0, since JSON writes
 * it so), or a categorical column's categories and whether the reference folded some.
 */
export function basisDigest(columns: readonly ColumnProfile[]): string {
  const hash = createHash('sha256');
  for (const column of columns) {
    if (column.kind === 'numeric') {
      const range = column.reference_range ? [column.reference_range.min, column.reference_range.max] : [];
      hash.update(`${JSON.stringify([column.name, column.kind, column.edges.length, range.length])}\n`);
      const bytes = new Float64Array(column.edges.length + range.length);
      for (let i = 0; i < column.edges.length; i++) bytes[i] = column.edges[i] === 0 ? 0 : column.edges[i];
      for (let i = 0; i < range.length; i++) bytes[column.edges.length + i] = range[i] === 0 ? 0 : range[i];
      hash.update(new Uint8Array(bytes.buffer));
    } else {
      hash.update(`${JSON.stringify([column.name, column.kind, column.categories, column.reference_folded])}\n`);
    }
  }
  return hash.digest('hex');
}

/** Decile bins the drift methods use, summed from the fine bins: the same counts `binCountsWithOuterBins` gives on the raw values. */
export function decileCounts(column: NumericProfile, bins = 10): number[] {
  const fine = column.edges.length + 1;
  const step = fine / bins;
  // The decile edges are edges[step·k − 1]; equal ones are merged, as `referenceQuantileEdges` merges them.
  const closing: number[] = [];
  for (let k = 1; k < bins; k++) {
    const index = step * k - 1;
    if (closing.length === 0 || column.edges[index] !== column.edges[closing[closing.length - 1]]) closing.push(index);
  }
  closing.push(fine - 1);
  const inner = column.counts.slice(1, fine + 1);
  const result = [column.counts[0]];
  let start = 0;
  for (const end of closing) {
    let sum = 0;
    for (let j = start; j <= end; j++) sum += inner[j];
    result.push(sum);
    start = end + 1;
  }
  result.push(column.counts[fine + 1]);
  return result;
}

/** Non-missing values of a column. */
export function valuesOf(column: ColumnProfile): number {
  if (column.kind === 'numeric') return column.counts.reduce((a, b) => a + b, 0);
  return column.counts.reduce((a, b) => a + b, 0) + column.new_categories.reduce((a, c) => a + c.count, 0) + column.other.rows;
}
