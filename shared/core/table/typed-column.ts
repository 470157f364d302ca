import { InputError } from '../../errors.js';
import { isMissing } from './missing.js';
import type { Table } from './table.js';

/**
 * One column of a data file, typed once when it is read: what every drift method needs without
 * reading a cell's text again. A cell is one of
 * - missing (pandas' `na_values`, see `missing.ts`; a null in JSON Lines or Parquet): `numbers`
 *   holds NaN and `tokenCodes` 0;
 * - a number (see `decimal.ts`; ±Infinity included): in `numbers`;
 * - any other text (trimmed): `numbers` holds NaN and `tokenCodes` 1 + its index in `tokens`.
 *
 * Whether the column is compared as numbers or as categories is decided per pair of columns (see
 * `drift/column-sample.ts`) from these counts alone: no cell is parsed twice.
 */
export interface TypedColumn {
  rowCount: number;
  /** The number of each row; NaN when the cell is missing or not a number. Empty when the column holds no number. */
  numbers: Float64Array;
  /** Cells that are numbers. */
  numeric: number;
  /** Cells that are missing. */
  missing: number;
  /** Distinct non-numeric, non-missing cell texts (trimmed), in first-seen order. */
  tokens: string[];
  /** tokenCounts[i]: cells holding tokens[i]. */
  tokenCounts: number[];
  /** Per row: 1 + index into `tokens`, 0 for numbers and missing cells; absent when `tokens` is empty. */
  tokenCodes?: Uint32Array;
  /**
   * Whether every number's cell text is `String(number)`: then a numeric cell compared as a category
   * needs no text (JSON Lines and Parquet numbers; CSV integers written plainly). Otherwise `text`
   * holds the cells' texts when the reader was asked for them (see `columnsNeedingText`).
   */
  exactText: boolean;
  /** Every non-missing cell's trimmed text, dictionary-encoded (codes: 1 + index, 0 missing); only when asked for. */
  text?: { codes: Uint32Array; dictionary: string[] };
  /**
   * Whether drift may reorder `numbers` in place (sort it): a column read from a file for one
   * comparison is then its only copy. Tables built from cells in memory are copied instead.
   */
  consumable?: boolean;
}

/** A data file read into typed columns. */
export interface TypedTable {
  source: string;
  columns: string[];
  rowCount: number;
  typed: Map<string, TypedColumn>;
}

const INFINITIES = new Map<string, number>([
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);

/**
 * The number a trimmed, non-missing cell holds, as `parseDecimal` reads it, or NaN. `Number()`
 * first (fast, correctly rounded), then the spellings it accepts that `parseDecimal` does not:
 * hexadecimal, binary and octal prefixes; and `Infinity` forms are looked up case-insensitively.
 */
export function numberOfTrimmed(text: string): number {
  const value = +text;
  if (value === value) {
    // +'0x10' is 16; parseDecimal refuses radix prefixes. `Infinity` spellings come out equal.
    if (text.length > 2 && text.charCodeAt(0) === 48) {
      const c = text.charCodeAt(1) | 0x20;
      if (c === 0x78 || c === 0x62 || c === 0x6f) return NaN;
    }
    // `1_000` and other forms are NaN already; a decimal's text never holds a letter other than e/E.
    return value;
  }
  // Every spelling of an infinity starts with `i`, `I`, `+` or `-` and has at most 9 characters:
  // words (categories) skip the lower-cased copy.
  const c = text.charCodeAt(0) | 0x20;
  if (text.length > 9 || (c !== 0x69 && c !== 0x2b && c !== 0x2d)) return NaN;
  return INFINITIES.get(text.toLowerCase()) ?? NaN;
}

function trimmed(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}

/** Whether a number's trimmed text is what `String(value)` writes: plain integers with up to 15 digits. */
function plainInteger(text: string): boolean {
  const n = text.length;
  if (n > 15) return false;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  if (text.charCodeAt(i) === 48) return n === 1; // `0` only: not `007`, `-0`, `0.5`
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const GROW = 1.5;
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Builds one `TypedColumn` cell by cell (file order). Arrays grow as rows come, from `capacity`
 * (a reader's estimate of the row count). `keepText` keeps every cell's text too (see `text`).
 */
export class TypedColumnBuilder {
  rowCount = 0;
  /** Allocated at the first number: a column of words holds none. */
  private numbers: Float64Array | undefined;
  private capacity: number;
  private numeric = 0;
  private missing = 0;
  private tokens: string[] = [];
  private tokenIndex = new Map<string, number>();
  private tokenCounts: number[] = [];
  private tokenCodes: Uint32Array | undefined;
  private exactText = true;
  private textCodes: Uint32Array | undefined;
  private textIndex: Map<string, number> | undefined;
  private textDictionary: string[] | undefined;

  constructor(capacity = 1024, keepText = false) {
    this.capacity = Math.max(16, capacity);
    if (keepText) {
      this.textCodes = new Uint32Array(this.capacity);
      this.textIndex = new Map();
      this.textDictionary = [];
    }
  }

  /** The row the next cell goes to. */
  get nextRow(): number {
    return this.target ?? this.rowCount;
  }

  /** The row the next cell replaces (sampling, see `replaceRow`); undefined: the next cell is appended. */
  private target: number | undefined;

  /**
   * The next cell replaces row `row` instead of being appended (a reservoir sample keeping a
   * bounded number of rows): the row's old cell leaves the counts.
   */
  replaceRow(row: number): void {
    if (row >= this.rowCount) return;
    const value = this.numbers?.[row] ?? NaN;
    const token = this.tokenCodes?.[row] ?? 0;
    if (value === value) this.numeric--;
    else if (token > 0) this.tokenCounts[token - 1]--;
    else this.missing--;
    if (this.tokenCodes) this.tokenCodes[row] = 0;
    if (this.textCodes) this.textCodes[row] = 0;
    this.target = row;
  }

  private room(): number {
    if (this.target !== undefined) {
      const row = this.target;
      this.target = undefined;
      return row;
    }
    const row = this.rowCount;
    if (row === this.capacity) {
      const size = Math.ceil(row * GROW) + 16;
      this.capacity = size;
      if (this.numbers) this.numbers = grown(this.numbers, size) as Float64Array;
      if (this.tokenCodes) this.tokenCodes = grown(this.tokenCodes, size) as Uint32Array;
      if (this.textCodes) this.textCodes = grown(this.textCodes, size) as Uint32Array;
    }
    this.rowCount = row + 1;
    return row;
  }

  /** The numbers array, made at the first number with NaN for the rows before it. */
  private numbersArray(row: number): Float64Array {
    if (!this.numbers) {
      this.numbers = new Float64Array(this.capacity);
      this.numbers.fill(NaN, 0, row);
    }
    return this.numbers;
  }

  /** A missing cell (null, undefined, NaN from a binary format). */
  addMissing(): void {
    const row = this.room();
    if (this.numbers) this.numbers[row] = NaN;
    this.missing++;
  }

  /** A number from a binary format or JSON: its text is `String(value)`. */
  addNumber(value: number): void {
    if (value !== value) return this.addMissing();
    const row = this.room();
    this.numbersArray(row)[row] = value;
    this.numeric++;
    if (this.textCodes) this.textCodes[row] = this.textCode(String(value));
  }

  /** A text cell (CSV field, JSON string): missing, a number, or a token. */
  addText(cell: string): void {
    const text = trimmed(cell);
    if (text.length === 0 || isMissingTrimmed(text)) return this.addMissing();
    const value = numberOfTrimmed(text);
    if (value === value) {
      const row = this.room();
      this.numbersArray(row)[row] = value;
      this.numeric++;
      if (this.exactText && !plainInteger(text)) this.exactText = false;
      if (this.textCodes) this.textCodes[row] = this.textCode(text);
      return;
    }
    this.addToken(text);
  }

  /**
   * Characters `start` to `end` of `buffer` when they are a plain decimal (`-12`, `3.25`, `.5`,
   * `7.`) of at most 15 digits: the number is m / 10^k with m < 2^53 and k ≤ 15, both exact, so
   * the one division rounds correctly and the value is the one `Number()` reads. False, adding
   * nothing, for anything else (exponents, more digits, spaces, words): callers read the text.
   */
  addPlainDecimal(buffer: string, start: number, end: number): boolean {
    if (this.textCodes) return false;
    let i = start;
    const negative = buffer.charCodeAt(i) === 45;
    if (negative) i++;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < end; i++) {
      const c = buffer.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
      } else if (c === 46 && point < 0) {
        point = i;
      } else {
        return false;
      }
    }
    if (digits === 0 || digits > 15) return false;
    const decimals = point < 0 ? 0 : end - point - 1;
    const magnitude = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    const row = this.room();
    this.numbersArray(row)[row] = negative ? -magnitude : magnitude;
    this.numeric++;
    // `String` writes an integer without a point, leading zeros or a minus zero.
    if (this.exactText && (point >= 0 || (buffer.charCodeAt(start + (negative ? 1 : 0)) === 48 && (digits > 1 || negative)))) this.exactText = false;
    return true;
  }

  /** A non-numeric, non-missing trimmed text. */
  addToken(text: string): void {
    const row = this.room();
    if (this.numbers) this.numbers[row] = NaN;
    this.setToken(row, text);
  }

  /**
   * Turns a row read as a number into a token (decimal commas, see the CSV reader: `1,5` is read
   * as 1.5 until a cell shows the column is not written with decimal commas).
   */
  demoteToToken(row: number, text: string): void {
    if (!this.numbers || !(this.numbers[row] === this.numbers[row])) return;
    this.numeric--;
    this.numbers[row] = NaN;
    this.setToken(row, text);
  }

  /** Row `row` holds the token `text`: counted in the dictionary, coded in `tokenCodes`. */
  private setToken(row: number, text: string): void {
    let index = this.tokenIndex.get(text);
    if (index === undefined) {
      index = this.tokens.length;
      this.tokens.push(text);
      this.tokenCounts.push(0);
      this.tokenIndex.set(text, index);
    }
    this.tokenCounts[index]++;
    this.tokenCodes ??= new Uint32Array(this.capacity);
    this.tokenCodes[row] = index + 1;
    if (this.textCodes) this.textCodes[row] = this.textCode(text);
  }

  private textCode(text: string): number {
    let index = this.textIndex!.get(text);
    if (index === undefined) {
      index = this.textDictionary!.length;
      this.textDictionary!.push(text);
      this.textIndex!.set(text, index);
    }
    return index + 1;
  }

  finish(consumable: boolean): TypedColumn {
    const n = this.rowCount;
    const column: TypedColumn = {
      rowCount: n,
      numbers: this.numbers ? this.numbers.subarray(0, n) : new Float64Array(0),
      numeric: this.numeric,
      missing: this.missing,
      tokens: this.tokens,
      tokenCounts: this.tokenCounts,
      exactText: this.exactText,
      consumable,
    };
    if (this.tokenCodes) column.tokenCodes = this.tokenCodes.subarray(0, n);
    if (this.textCodes) column.text = { codes: this.textCodes.subarray(0, n), dictionary: this.textDictionary! };
    return column;
  }
}

function grown(array: Float64Array | Uint32Array, size: number): Float64Array | Uint32Array {
  const next = array instanceof Float64Array ? new Float64Array(size) : new Uint32Array(size);
  next.set(array);
  return next;
}

function isMissingTrimmed(text: string): boolean {
  // Every missing token but the empty one starts with a letter, `#`, `<` or `-`: digits never are.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return isMissing(text);
}

/** The typed form of a table of text cells (tests, and tables built in memory): the same typing a reader does. */
export function typedTableOfCells(table: Table): TypedTable {
  const typed = new Map<string, TypedColumn>();
  for (const name of table.columns) {
    const cells = table.cells.get(name)!;
    const builder = new TypedColumnBuilder(cells.length, true);
    for (const cell of cells) builder.addText(cell);
    typed.set(name, builder.finish(false));
  }
  return { source: table.source, columns: [...table.columns], rowCount: table.rowCount, typed };
}

/** The typed column `name`, or an `InputError` naming the file, the column and what exists. */
export function typedColumnOf(table: TypedTable, name: string): TypedColumn {
  const column = table.typed.get(name);
  if (!column) {
    const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(', ');
    throw new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ', …' : ''})`);
  }
  return column;
}

/** The trimmed text of row `row` of a column whose texts are known (tokens, exact numbers or `text`). */
export function cellTextOf(column: TypedColumn, row: number): string | undefined {
  if (column.text) {
    const code = column.text.codes[row];
    return code === 0 ? undefined : column.text.dictionary[code - 1];
  }
  const token = column.tokenCodes?.[row] ?? 0;
  if (token > 0) return column.tokens[token - 1];
  if (column.numeric === 0) return undefined;
  const value = column.numbers[row];
  return value === value ? String(value) : undefined;
}
