import { InputError } from '../../errors.js';
import { typedColumnOf, type TypedColumn, type TypedTable } from '../table/typed-column.js';
import { columnTexts, textsKnown } from '../table/column-texts.js';

/**
 * How raw columns become model inputs, fitted on the training table and stored in the model file
 * so prediction applies exactly the same transform:
 * numeric columns are standardised (mean 0, std 1; missing → the training mean, i.e. 0 after
 * scaling); categorical columns are one-hot encoded over the training categories (an unseen or
 * missing category → all zeros, so a new category cannot crash a prediction).
 *
 * A column is numeric when it holds at least one value and every non-missing cell is a finite
 * number (`parseDecimal`'s reading, done once by the reader); any infinite value is refused; any
 * other column is categorical over its cells' trimmed texts.
 */
export type FeatureSpec =
  | { name: string; kind: 'numeric'; mean: number; std: number }
  | { name: string; kind: 'categorical'; categories: string[] };

/** Whether a column fits as numeric (see `FeatureSpec`); refuses an infinite value. */
function isNumericFeature(column: TypedColumn, name: string, source: string): boolean {
  for (let row = 0; column.numeric > 0 && row < column.rowCount; row++) {
    const value = column.numbers[row];
    if (value === Infinity || value === -Infinity) throw new InputError(`${source}: feature \`${name}\` holds an infinite value; models need finite inputs`);
  }
  return column.numeric > 0 && column.numeric + column.missing === column.rowCount;
}

/**
 * The feature columns of `names` that fit as categories but whose cell texts the reader did not
 * keep (numbers written as `1.0` beside words): read them again keeping their texts before fitting.
 */
export function featureColumnsNeedingText(table: TypedTable, names: readonly string[]): string[] {
  return names.filter((name) => {
    const column = typedColumnOf(table, name);
    // Numbers beside other cells (an all-number column fits as numeric and needs no text).
    return !textsKnown(column) && column.numeric + column.missing < column.rowCount;
  });
}

export function fitFeatures(table: TypedTable, names: string[]): FeatureSpec[] {
  return names.map((name): FeatureSpec => {
    const column = typedColumnOf(table, name);
    if (isNumericFeature(column, name, table.source)) {
      // Sums in row order, as before the columns were typed: the same mean and std to the last bit.
      const { numbers, rowCount, numeric } = column;
      let sum = 0;
      for (let row = 0; row < rowCount; row++) if (numbers[row] === numbers[row]) sum += numbers[row];
      const mean = sum / numeric;
      let squares = 0;
      for (let row = 0; row < rowCount; row++) if (numbers[row] === numbers[row]) squares += (numbers[row] - mean) ** 2;
      const std = Math.sqrt(squares / numeric);
      return { name, kind: 'numeric', mean, std: std > 0 ? std : 1 };
    }
    const { codes, dictionary } = columnTexts(column, name);
    const used = new Uint8Array(dictionary.length);
    for (let row = 0; row < codes.length; row++) if (codes[row] > 0) used[codes[row] - 1] = 1;
    return { name, kind: 'categorical', categories: dictionary.filter((_, i) => used[i] === 1).sort() };
  });
}

export function featureWidth(specs: FeatureSpec[]): number {
  return specs.reduce((width, s) => width + (s.kind === 'numeric' ? 1 : s.categories.length), 0);
}

/** Rows × transformed features, as plain arrays (what the model libraries take). */
export function transformFeatures(table: TypedTable, specs: FeatureSpec[]): number[][] {
  const width = featureWidth(specs);
  const rows: number[][] = Array.from({ length: table.rowCount }, () => new Array<number>(width).fill(0));
  let at = 0;
  for (const spec of specs) {
    const column = typedColumnOf(table, spec.name);
    if (spec.kind === 'numeric') {
      const { numbers } = column;
      for (let row = 0; row < table.rowCount; row++) {
        const value = column.numeric > 0 ? numbers[row] : NaN;
        if (value === value && value !== Infinity && value !== -Infinity) {
          rows[row][at] = (value - spec.mean) / spec.std;
          continue;
        }
        const token = column.tokenCodes?.[row] ?? 0;
        // Missing: the training mean, 0 after scaling (already there).
        if (token === 0 && value !== value) continue;
        const cell = token > 0 ? column.tokens[token - 1] : String(value);
        throw new InputError(`${table.source}: feature \`${spec.name}\` is numeric but line ${row + 2} holds \`${cell}\``);
      }
      at++;
    } else {
      const { codes, dictionary } = columnTexts(column, spec.name);
      const index = new Map(spec.categories.map((c, i) => [c, i]));
      // Each code's one-hot position, -1 for a category the training data did not have.
      const position = Int32Array.from(dictionary, (text) => index.get(text) ?? -1);
      for (let row = 0; row < table.rowCount; row++) {
        const code = codes[row];
        if (code > 0 && position[code - 1] >= 0) rows[row][at + position[code - 1]] = 1;
      }
      at += spec.categories.length;
    }
  }
  return rows;
}
