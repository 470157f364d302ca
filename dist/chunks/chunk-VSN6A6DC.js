import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  isMissing
} from "./chunk-LIJ2O53S.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/table/typed-column.ts
var INFINITIES = /* @__PURE__ */ new Map([
  ["inf", Infinity],
  ["+inf", Infinity],
  ["-inf", -Infinity],
  ["infinity", Infinity],
  ["+infinity", Infinity],
  ["-infinity", -Infinity]
]);
function numberOfTrimmed(text) {
  const value = +text;
  if (value === value) {
    if (text.length > 2 && text.charCodeAt(0) === 48) {
      const c2 = text.charCodeAt(1) | 32;
      if (c2 === 120 || c2 === 98 || c2 === 111) return NaN;
    }
    return value;
  }
  const c = text.charCodeAt(0) | 32;
  if (text.length > 9 || c !== 105 && c !== 43 && c !== 45) return NaN;
  return INFINITIES.get(text.toLowerCase()) ?? NaN;
}
function trimmed(cell) {
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}
function plainInteger(text) {
  const n = text.length;
  if (n > 15) return false;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  if (text.charCodeAt(i) === 48) return n === 1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
var GROW = 1.5;
var POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
var TypedColumnBuilder = class {
  rowCount = 0;
  /** Allocated at the first number: a column of words holds none. */
  numbers;
  capacity;
  numeric = 0;
  missing = 0;
  tokens = [];
  tokenIndex = /* @__PURE__ */ new Map();
  tokenCounts = [];
  tokenCodes;
  exactText = true;
  textCodes;
  textIndex;
  textDictionary;
  constructor(capacity = 1024, keepText = false) {
    this.capacity = Math.max(16, capacity);
    if (keepText) {
      this.textCodes = new Uint32Array(this.capacity);
      this.textIndex = /* @__PURE__ */ new Map();
      this.textDictionary = [];
    }
  }
  /** The row the next cell goes to. */
  get nextRow() {
    return this.target ?? this.rowCount;
  }
  /** The row the next cell replaces (sampling, see `replaceRow`); undefined: the next cell is appended. */
  target;
  /**
   * The next cell replaces row `row` instead of being appended (a reservoir sample keeping a
   * bounded number of rows): the row's old cell leaves the counts.
   */
  replaceRow(row) {
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
  room() {
    if (this.target !== void 0) {
      const row2 = this.target;
      this.target = void 0;
      return row2;
    }
    const row = this.rowCount;
    if (row === this.capacity) {
      const size = Math.ceil(row * GROW) + 16;
      this.capacity = size;
      if (this.numbers) this.numbers = grown(this.numbers, size);
      if (this.tokenCodes) this.tokenCodes = grown(this.tokenCodes, size);
      if (this.textCodes) this.textCodes = grown(this.textCodes, size);
    }
    this.rowCount = row + 1;
    return row;
  }
  /** The numbers array, made at the first number with NaN for the rows before it. */
  numbersArray(row) {
    if (!this.numbers) {
      this.numbers = new Float64Array(this.capacity);
      this.numbers.fill(NaN, 0, row);
    }
    return this.numbers;
  }
  /** A missing cell (null, undefined, NaN from a binary format). */
  addMissing() {
    const row = this.room();
    if (this.numbers) this.numbers[row] = NaN;
    this.missing++;
  }
  /** A number from a binary format or JSON: its text is `String(value)`. */
  addNumber(value) {
    if (value !== value) return this.addMissing();
    const row = this.room();
    this.numbersArray(row)[row] = value;
    this.numeric++;
    if (this.textCodes) this.textCodes[row] = this.textCode(String(value));
  }
  /** A text cell (CSV field, JSON string): missing, a number, or a token. */
  addText(cell) {
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
  addPlainDecimal(buffer, start, end) {
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
    if (this.exactText && (point >= 0 || buffer.charCodeAt(start + (negative ? 1 : 0)) === 48 && (digits > 1 || negative))) this.exactText = false;
    return true;
  }
  /** A non-numeric, non-missing trimmed text. */
  addToken(text) {
    const row = this.room();
    if (this.numbers) this.numbers[row] = NaN;
    this.setToken(row, text);
  }
  /**
   * Turns a row read as a number into a token (decimal commas, see the CSV reader: `1,5` is read
   * as 1.5 until a cell shows the column is not written with decimal commas).
   */
  demoteToToken(row, text) {
    if (!this.numbers || !(this.numbers[row] === this.numbers[row])) return;
    this.numeric--;
    this.numbers[row] = NaN;
    this.setToken(row, text);
  }
  /** Row `row` holds the token `text`: counted in the dictionary, coded in `tokenCodes`. */
  setToken(row, text) {
    let index = this.tokenIndex.get(text);
    if (index === void 0) {
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
  textCode(text) {
    let index = this.textIndex.get(text);
    if (index === void 0) {
      index = this.textDictionary.length;
      this.textDictionary.push(text);
      this.textIndex.set(text, index);
    }
    return index + 1;
  }
  finish(consumable) {
    const n = this.rowCount;
    const column = {
      rowCount: n,
      numbers: this.numbers ? this.numbers.subarray(0, n) : new Float64Array(0),
      numeric: this.numeric,
      missing: this.missing,
      tokens: this.tokens,
      tokenCounts: this.tokenCounts,
      exactText: this.exactText,
      consumable
    };
    if (this.tokenCodes) column.tokenCodes = this.tokenCodes.subarray(0, n);
    if (this.textCodes) column.text = { codes: this.textCodes.subarray(0, n), dictionary: this.textDictionary };
    return column;
  }
};
function grown(array, size) {
  const next = array instanceof Float64Array ? new Float64Array(size) : new Uint32Array(size);
  next.set(array);
  return next;
}
function isMissingTrimmed(text) {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return isMissing(text);
}
function typedTableOfCells(table) {
  const typed = /* @__PURE__ */ new Map();
  for (const name of table.columns) {
    const cells = table.cells.get(name);
    const builder = new TypedColumnBuilder(cells.length, true);
    for (const cell of cells) builder.addText(cell);
    typed.set(name, builder.finish(false));
  }
  return { source: table.source, columns: [...table.columns], rowCount: table.rowCount, typed };
}
function typedColumnOf(table, name) {
  const column = table.typed.get(name);
  if (!column) {
    const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(", ");
    throw new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ", \u2026" : ""})`);
  }
  return column;
}
function cellTextOf(column, row) {
  if (column.text) {
    const code = column.text.codes[row];
    return code === 0 ? void 0 : column.text.dictionary[code - 1];
  }
  const token = column.tokenCodes?.[row] ?? 0;
  if (token > 0) return column.tokens[token - 1];
  if (column.numeric === 0) return void 0;
  const value = column.numbers[row];
  return value === value ? String(value) : void 0;
}

export {
  numberOfTrimmed,
  TypedColumnBuilder,
  typedTableOfCells,
  typedColumnOf,
  cellTextOf
};
