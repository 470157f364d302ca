import type { TypedColumn } from './typed-column.js';

/**
 * A column's cell texts, dictionary-encoded: `codes[row]` is 1 + an index into `dictionary` (the
 * trimmed text of the cell), 0 for a missing cell. What code that works on exact text (class
 * labels, ids, categories, a variant's name) reads instead of one string per cell.
 */
export interface ColumnTexts {
  codes: Uint32Array;
  dictionary: string[];
}

/**
 * Whether a column's cell texts are known without reading it again: kept by the reader
 * (`keepText`), or derivable (only tokens, or numbers whose text is `String(number)`). A column
 * holding numbers written otherwise (`1.0`, `007`, `1e3`) needs its texts kept to be read as text.
 */
export function textsKnown(column: TypedColumn): boolean {
  return column.text !== undefined || column.numeric === 0 || column.exactText;
}

/**
 * The texts of a column whose texts are known (see `textsKnown`); an Error (a bug: the caller
 * should have asked the reader to keep them) otherwise. `name` is for the message.
 */
export function columnTexts(column: TypedColumn, name: string): ColumnTexts {
  if (column.text) return column.text;
  if (column.numeric === 0) return { codes: column.tokenCodes ?? new Uint32Array(column.rowCount), dictionary: column.tokens };
  if (!column.exactText) throw new Error(`column \`${name}\` is read as text but its cell texts were not kept (read it with keepText)`);
  // Integers written plainly: the tokens first, then each distinct number's `String`.
  const dictionary = [...column.tokens];
  const index = new Map<number, number>();
  const codes = new Uint32Array(column.rowCount);
  for (let row = 0; row < column.rowCount; row++) {
    const token = column.tokenCodes?.[row] ?? 0;
    if (token > 0) {
      codes[row] = token;
      continue;
    }
    const value = column.numbers[row];
    if (value !== value) continue;
    let code = index.get(value);
    if (code === undefined) {
      dictionary.push(String(value));
      code = dictionary.length;
      index.set(value, code);
    }
    codes[row] = code;
  }
  return { codes, dictionary };
}

/** One string per row: the trimmed text, `''` for a missing cell (what code holding cells as strings reads). */
export function cellStrings(texts: ColumnTexts): string[] {
  const cells = new Array<string>(texts.codes.length);
  for (let row = 0; row < cells.length; row++) {
    const code = texts.codes[row];
    cells[row] = code === 0 ? '' : texts.dictionary[code - 1];
  }
  return cells;
}
