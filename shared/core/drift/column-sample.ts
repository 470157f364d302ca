import { InputError } from '../../errors.js';
import { markSorted, isMarkedSorted } from '../stats/sorted-sample.js';
import { sortFloat64 } from '../stats/sort-float64.js';
import { cellTextOf, TypedColumnBuilder, type TypedColumn } from '../table/typed-column.js';

export type ColumnKind = 'numeric' | 'categorical';

/** One side (reference or current) of one column, with missing values dropped. */
export interface ColumnSample {
  /**
   * Finite and infinite values of a numeric column; empty for categorical columns. In file order
   * for tables built in memory; sorted for columns read from files (sorted once, in place, and
   * shared by every method: the order of values means nothing to a distribution).
   */
  numbers: Float64Array;
  /**
   * Category labels: the trimmed cell text for categorical columns, the canonical number text for
   * numeric ones (so `1`, `1.0` and `1e0` are one category when a numeric column is compared as
   * categories). Made on first read; methods count categories with `tally`, which does not.
   */
  labels: string[];
  /** Occurrences of each label, counted from the column's dictionary (no label per row). */
  readonly tally: ReadonlyMap<string, number>;
  /** The finite numbers, sorted and marked so (see `stats/sorted-sample.ts`): made once per sample. */
  readonly sortedFinite: Float64Array;
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

/** Cells as a typed column (tests and callers holding text cells): the typing a reader does. */
function typed(cells: readonly string[] | TypedColumn): TypedColumn {
  if (!Array.isArray(cells)) return cells as TypedColumn;
  const builder = new TypedColumnBuilder(cells.length, true);
  for (const cell of cells as readonly string[]) builder.addText(cell);
  return builder.finish(false);
}

/**
 * A column is numeric when its non-missing cells on both sides are numbers (`inf` included), there
 * is at least one, and any other cells are few: either missing markers (`?`, `-`, `--`, `.`) or,
 * together, under 1% of all cells. Those stray cells are read as missing and reported (see
 * `strayTokens`): one `?` in a numeric column must not turn a KS test into a χ² test on thousands
 * of categories. More words than that make the column categorical, because comparing it as numbers
 * would have to drop too many values. Users who know better override the kind per column, and then
 * a word that inference would not have dropped is an error naming the cell.
 *
 * Decided from the typed columns' counts alone (numbers, and the dictionary of other tokens).
 */
export function inferColumn(referenceCells: readonly string[] | TypedColumn, currentCells: readonly string[] | TypedColumn): InferredColumn {
  const reference = typed(referenceCells);
  const current = typed(currentCells);
  const sawValue = reference.numeric + current.numeric > 0;
  let strayCells = 0;
  let unmarked = 0;
  const tokens = new Set<string>();
  for (const column of [reference, current]) {
    column.tokens.forEach((token, i) => {
      if (column.tokenCounts[i] === 0) return; // a token no sampled row holds
      strayCells += column.tokenCounts[i];
      if (!MISSING_MARKERS.has(token)) unmarked += column.tokenCounts[i];
      tokens.add(token);
    });
  }
  const categorical = { kind: 'categorical' as const, strayTokens: [] };
  if (!sawValue) return categorical;
  if (strayCells === 0) return { kind: 'numeric', strayTokens: [] };
  if (unmarked >= STRAY_SHARE * (reference.rowCount + current.rowCount)) return categorical;
  return { kind: 'numeric', strayTokens: [...tokens].sort() };
}

export function inferColumnKind(reference: readonly string[] | TypedColumn, current: readonly string[] | TypedColumn): ColumnKind {
  return inferColumn(reference, current).kind;
}

/**
 * Whether comparing this column as categories needs its cells' texts, which the reader kept only
 * when asked: numbers written otherwise than `String(number)` writes them (`1.0`, `007`) are
 * categories of their own in a categorical column.
 */
export function needsText(column: TypedColumn): boolean {
  return column.numeric > 0 && !column.exactText && !column.text;
}

export function columnPair(
  name: string,
  reference: { cells: readonly string[] | TypedColumn; source: string },
  current: { cells: readonly string[] | TypedColumn; source: string },
  override?: ColumnKind,
): ColumnPair {
  const columns = { reference: typed(reference.cells), current: typed(current.cells) };
  const inferred = inferColumn(columns.reference, columns.current);
  const kind = override ?? inferred.kind;
  // A numeric override keeps the stray tokens inference would have dropped, and no others.
  const stray = new Set(kind === 'numeric' ? inferred.strayTokens : []);
  const pair: ColumnPair = {
    kind,
    reference: columnSample(name, columns.reference, reference.source, kind, stray),
    current: columnSample(name, columns.current, current.source, kind, stray),
  };
  return stray.size > 0 ? { ...pair, strayTokens: [...stray] } : pair;
}

function columnSample(name: string, column: TypedColumn, source: string, kind: ColumnKind, stray: ReadonlySet<string>): ColumnSample {
  if (kind === 'categorical') return categoricalSample(name, column);
  let strayCells = 0;
  let firstWord = -1;
  column.tokens.forEach((token, i) => {
    if (stray.has(token)) strayCells += column.tokenCounts[i];
    else if (column.tokenCounts[i] > 0) firstWord = i;
  });
  if (firstWord >= 0) {
    // The first row (in file order) holding a word inference would not have dropped.
    const codes = column.tokenCodes!;
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row];
      if (code > 0 && !stray.has(column.tokens[code - 1])) {
        // Data row numbers are 1-based and count the header as line 1, as editors show them.
        throw new InputError(`${source}: column \`${name}\` is numeric but line ${row + 2} holds \`${column.tokens[code - 1]}\``);
      }
    }
  }
  const sample = numericSample(numbersOf(column), column.missing + strayCells, column.rowCount, column.consumable === true);
  if (strayCells > 0) sample.strayCells = strayCells;
  return sample;
}

/**
 * The numbers of a column without its missing and non-numeric cells: sorted in place when the
 * column may be consumed (NaN sorts last, so the numbers are the array's start), else copied in
 * file order.
 */
function numbersOf(column: TypedColumn): Float64Array {
  if (column.consumable) {
    // The numbers move to the array's start (the only copy of the column), then are sorted there.
    const numbers = column.numbers;
    let k = 0;
    for (let i = 0; i < numbers.length; i++) {
      const value = numbers[i];
      if (value === value) numbers[k++] = value;
    }
    return markSorted(sortFloat64(numbers.subarray(0, k)));
  }
  const numbers = new Float64Array(column.numeric);
  let k = 0;
  for (const value of column.numbers) if (value === value) numbers[k++] = value;
  return numbers;
}

/** A numeric sample; labels, tally and the sorted finite values are made when first read. */
function numericSample(numbers: Float64Array, missing: number, total: number, sorted: boolean): ColumnSample {
  let labels: string[] | undefined;
  let tally: Map<string, number> | undefined;
  let sortedFinite: Float64Array | undefined;
  return {
    numbers, missing, total,
    // Most numeric columns are never compared as categories, and `String()` on every value was
    // the slowest step of a drift report.
    get labels() {
      return (labels ??= Array.from(numbers, String));
    },
    get tally() {
      if (!tally) {
        const byValue = new Map<number, number>();
        for (const value of numbers) byValue.set(value, (byValue.get(value) ?? 0) + 1);
        tally = new Map([...byValue].map(([value, count]) => [String(value), count]));
      }
      return tally;
    },
    get sortedFinite() {
      if (!sortedFinite) {
        if (sorted) {
          // −Infinity first, +Infinity last: the finite values are the run between them.
          let from = 0;
          let to = numbers.length;
          while (from < to && numbers[from] === -Infinity) from++;
          while (to > from && numbers[to - 1] === Infinity) to--;
          sortedFinite = markSorted(numbers.subarray(from, to));
        } else {
          sortedFinite = markSorted(sortFloat64(numbers.filter(Number.isFinite)));
        }
      }
      return sortedFinite;
    },
  };
}

/** A categorical sample: labels are the trimmed texts of the non-missing cells, counted from the dictionaries. */
function categoricalSample(name: string, column: TypedColumn): ColumnSample {
  if (needsText(column)) throw new Error(`column \`${name}\` is compared as categories but its cell texts were not kept (see columnsNeedingText)`);
  let labels: string[] | undefined;
  let tally: Map<string, number> | undefined;
  return {
    numbers: new Float64Array(0),
    missing: column.missing,
    total: column.rowCount,
    get labels() {
      if (!labels) {
        labels = [];
        for (let row = 0; row < column.rowCount; row++) {
          const text = cellTextOf(column, row);
          if (text !== undefined) labels.push(text);
        }
      }
      return labels;
    },
    get tally() {
      return (tally ??= categoryTally(column));
    },
    get sortedFinite() {
      return markSorted(new Float64Array(0));
    },
  };
}

/** Occurrences of each trimmed cell text of a column's non-missing cells. */
export function categoryTally(column: TypedColumn): Map<string, number> {
  const tally = new Map<string, number>();
  if (column.text) {
    const counts = new Uint32Array(column.text.dictionary.length + 1);
    for (const code of column.text.codes) counts[code]++;
    column.text.dictionary.forEach((text, i) => {
      if (counts[i + 1] > 0) tally.set(text, counts[i + 1]);
    });
    return tally;
  }
  if (column.numeric > 0) {
    const byValue = new Map<number, number>();
    for (const value of column.numbers) if (value === value) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    for (const [value, count] of byValue) tally.set(String(value), count);
  }
  column.tokens.forEach((token, i) => {
    if (column.tokenCounts[i] > 0) tally.set(token, (tally.get(token) ?? 0) + column.tokenCounts[i]);
  });
  return tally;
}

/** Non-missing cells: the length of `labels` (and of `numbers` for a numeric column), without making labels. */
export function valueCount(sample: ColumnSample): number {
  return sample.total - sample.missing;
}

/** Finite values only (in the order of `numbers`): moment- and distance-based methods cannot place ±Infinity. */
export function finiteNumbers(sample: ColumnSample): Float64Array {
  const numbers: Float64Array = sample.numbers;
  return isMarkedSorted(numbers) ? sample.sortedFinite : sample.numbers.filter(Number.isFinite);
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
  const side = (values: ArrayLike<number>): ColumnSample => numericSample(Float64Array.from(values), 0, values.length, false);
  return { kind: 'numeric', reference: side(reference), current: side(current) };
}
