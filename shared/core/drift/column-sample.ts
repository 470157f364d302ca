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
}

export interface ColumnPair {
  kind: ColumnKind;
  reference: ColumnSample;
  current: ColumnSample;
}

/**
 * A column is numeric when every non-missing cell on both sides is a number (`inf` included) and
 * there is at least one; one stray word makes it categorical, because comparing it as numbers
 * would have to drop or invent values. Users who know better override the kind per column, and
 * then a stray word is an error naming the cell.
 */
export function inferColumnKind(reference: string[], current: string[]): ColumnKind {
  let sawValue = false;
  for (const cells of [reference, current]) {
    for (const cell of cells) {
      if (isMissing(cell)) continue;
      if (parseDecimal(cell) === undefined) return 'categorical';
      sawValue = true;
    }
  }
  return sawValue ? 'numeric' : 'categorical';
}

export function columnPair(
  name: string,
  reference: { cells: string[]; source: string },
  current: { cells: string[]; source: string },
  kind: ColumnKind = inferColumnKind(reference.cells, current.cells),
): ColumnPair {
  return {
    kind,
    reference: columnSample(name, reference.cells, reference.source, kind),
    current: columnSample(name, current.cells, current.source, kind),
  };
}

function columnSample(name: string, cells: string[], source: string, kind: ColumnKind): ColumnSample {
  const labels: string[] = [];
  const numbers: number[] = [];
  let missing = 0;
  cells.forEach((cell, row) => {
    if (isMissing(cell)) {
      missing++;
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
  return kind === 'numeric'
    ? numericSample(Float64Array.from(numbers), missing, cells.length)
    : { numbers: new Float64Array(0), labels, missing, total: cells.length };
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
