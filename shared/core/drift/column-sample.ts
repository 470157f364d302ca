import { InputError } from '../../errors.js';
import { parseDecimal } from '../table/decimal.js';
import { isMissing } from '../table/missing.js';

export type ColumnKind = 'numeric' | 'categorical';

/** One side (reference or current) of one column, with missing values dropped. */
export interface ColumnSample {
  /** Finite and infinite values of a numeric column, in file order; empty for categorical columns. */
  numbers: Float64Array;
  /**
   * Category labels: the trimmed cell text for categorical columns, the canonical number text for
   * numeric ones (so `1`, `1.0` and `1e0` are one category when a numeric column is compared as
   * categories). A numeric sample makes them on first read (see `numericSample`); count values
   * with `valueCount`, which does not.
   */
  labels: string[];
  /** Cells that were missing (see `data/missing.ts`). */
  missing: number;
  /** All cells, missing included. */
  total: number;
  /** Of `missing`, the cells holding a stray non-numeric token (see `inferColumn`); absent when none. */
  strayCells?: number;
}

export interface ColumnPair {
  kind: ColumnKind;
  reference: ColumnSample;
  current: ColumnSample;
  /** Non-numeric tokens read as missing in this numeric column; absent when none. */
  strayTokens?: string[];
}

/**
 * Tokens that stand for "no value" in hand-made or exported files but are not in pandas' default
 * `na_values` (see `table/missing.ts`), so a numeric column holding them is not taken for words:
 * UCI files use `?`, spreadsheets `-` or `--`, SAS and Stata `.`.
 */
const MISSING_MARKERS = new Set(['?', '-', '--', '.']);
/** Stray non-numeric cells, under this share of all cells, are read as missing in a numeric column. */
export const STRAY_SHARE = 0.01;

export interface InferredColumn {
  kind: ColumnKind;
  /** Distinct non-numeric cell texts (trimmed, sorted) read as missing in a numeric column. */
  strayTokens: string[];
}

/**
 * A column is numeric when its non-missing cells on both sides are numbers (`inf` included), there
 * is at least one, and any other cells are few: either missing markers (`?`, `-`, `--`, `.`) or,
 * together, under 1% of all cells. Those stray cells are read as missing and reported (see
 * `strayTokens`): one `?` in a numeric column must not turn a KS test into a χ² test on thousands
 * of categories. More words than that make the column categorical, because comparing it as numbers
 * would have to drop too many values. Users who know better override the kind per column, and then
 * a word that inference would not have dropped is an error naming the cell.
 */
export function inferColumn(reference: string[], current: string[]): InferredColumn {
  let sawValue = false;
  let strayCells = 0;
  let unmarked = 0;
  const tokens = new Set<string>();
  for (const cells of [reference, current]) {
    for (const cell of cells) {
      if (isMissing(cell)) continue;
      if (parseDecimal(cell) === undefined) {
        const token = cell.trim();
        strayCells++;
        if (!MISSING_MARKERS.has(token)) unmarked++;
        tokens.add(token);
        continue;
      }
      sawValue = true;
    }
  }
  const categorical = { kind: 'categorical' as const, strayTokens: [] };
  if (!sawValue) return categorical;
  if (strayCells === 0) return { kind: 'numeric', strayTokens: [] };
  if (unmarked >= STRAY_SHARE * (reference.length + current.length)) return categorical;
  return { kind: 'numeric', strayTokens: [...tokens].sort() };
}

export function inferColumnKind(reference: string[], current: string[]): ColumnKind {
  return inferColumn(reference, current).kind;
}

export function columnPair(
  name: string,
  reference: { cells: string[]; source: string },
  current: { cells: string[]; source: string },
  override?: ColumnKind,
): ColumnPair {
  const inferred = inferColumn(reference.cells, current.cells);
  const kind = override ?? inferred.kind;
  // A numeric override keeps the stray tokens inference would have dropped, and no others.
  const stray = new Set(kind === 'numeric' ? inferred.strayTokens : []);
  const pair: ColumnPair = {
    kind,
    reference: columnSample(name, reference.cells, reference.source, kind, stray),
    current: columnSample(name, current.cells, current.source, kind, stray),
  };
  return stray.size > 0 ? { ...pair, strayTokens: [...stray] } : pair;
}

function columnSample(name: string, cells: string[], source: string, kind: ColumnKind, stray: ReadonlySet<string>): ColumnSample {
  const labels: string[] = [];
  const numbers: number[] = [];
  let missing = 0;
  let strayCells = 0;
  cells.forEach((cell, row) => {
    if (isMissing(cell)) {
      missing++;
      return;
    }
    if (stray.size > 0 && stray.has(cell.trim())) {
      missing++;
      strayCells++;
      return;
    }
    if (kind === 'categorical') {
      labels.push(cell.trim());
      return;
    }
    const value = parseDecimal(cell);
    if (value === undefined) {
      // Data row numbers are 1-based and count the header as line 1, as editors show them.
      throw new InputError(`${source}: column \`${name}\` is numeric but line ${row + 2} holds \`${cell}\``);
    }
    numbers.push(value);
  });
  const sample = kind === 'numeric'
    ? numericSample(Float64Array.from(numbers), missing, cells.length)
    : { numbers: new Float64Array(0), labels, missing, total: cells.length };
  if (strayCells > 0) sample.strayCells = strayCells;
  return sample;
}

/**
 * A numeric sample whose labels are made when first read. Most numeric columns are never compared
 * as categories, and `String()` on every value was the slowest step of a drift report: about 30%
 * of it on 50,000 rows × 20 numeric columns, more than reading the CSV's cells.
 */
function numericSample(numbers: Float64Array, missing: number, total: number): ColumnSample {
  let labels: string[] | undefined;
  return {
    numbers, missing, total,
    get labels() {
      return (labels ??= Array.from(numbers, String));
    },
  };
}

/** Non-missing cells: the length of `labels` (and of `numbers` for a numeric column), without making labels. */
export function valueCount(sample: ColumnSample): number {
  return sample.total - sample.missing;
}

/** Finite values only: moment- and distance-based methods cannot place ±Infinity. */
export function finiteNumbers(sample: ColumnSample): Float64Array {
  return sample.numbers.filter(Number.isFinite);
}

export function distinctCount(labels: string[]): number {
  return new Set(labels).size;
}

/**
 * Whether a numeric sample holds more than `limit` distinct values, stopping at the first value past
 * the limit. Agrees with `distinctCount(labels) > limit`: `String` gives distinct numbers distinct
 * texts except 0 and −0, which a Set counts once as well.
 */
export function hasMoreDistinctValues(numbers: Float64Array, limit: number): boolean {
  const seen = new Set<number>();
  for (const value of numbers) {
    seen.add(value);
    if (seen.size > limit) return true;
  }
  return false;
}

/** A numeric column pair from numbers already in memory (simulations, merged profiles). */
export function numericColumnPair(reference: ArrayLike<number>, current: ArrayLike<number>): ColumnPair {
  const side = (values: ArrayLike<number>): ColumnSample => numericSample(Float64Array.from(values), 0, values.length);
  return { kind: 'numeric', reference: side(reference), current: side(current) };
}
