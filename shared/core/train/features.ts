import { InputError } from '../../errors.js';
import { parseDecimal } from '../table/decimal.js';
import { isMissing } from '../table/missing.js';
import { columnOf, type Table } from '../table/table.js';

/**
 * How raw columns become model inputs, fitted on the training table and stored in the model file
 * so prediction applies exactly the same transform:
 * numeric columns are standardised (mean 0, std 1; missing → the training mean, i.e. 0 after
 * scaling); categorical columns are one-hot encoded over the training categories (an unseen or
 * missing category → all zeros, so a new category cannot crash a prediction).
 */
export type FeatureSpec =
  | { name: string; kind: 'numeric'; mean: number; std: number }
  | { name: string; kind: 'categorical'; categories: string[] };

export function fitFeatures(table: Table, names: string[]): FeatureSpec[] {
  return names.map((name) => {
    const cells = columnOf(table, name);
    const values = cells.filter((c) => !isMissing(c));
    const numbers = values.map(parseDecimal);
    if (values.length > 0 && numbers.every((n) => n !== undefined && Number.isFinite(n))) {
      const xs = numbers as number[];
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      return { name, kind: 'numeric', mean, std: std > 0 ? std : 1 };
    }
    if (numbers.some((n) => n !== undefined && !Number.isFinite(n))) {
      throw new InputError(`${table.source}: feature \`${name}\` holds an infinite value; models need finite inputs`);
    }
    return { name, kind: 'categorical', categories: [...new Set(values.map((v) => v.trim()))].sort() };
  });
}

export function featureWidth(specs: FeatureSpec[]): number {
  return specs.reduce((width, s) => width + (s.kind === 'numeric' ? 1 : s.categories.length), 0);
}

/** Rows × transformed features, as plain arrays (what the model libraries take). */
export function transformFeatures(table: Table, specs: FeatureSpec[]): number[][] {
  const rows: number[][] = Array.from({ length: table.rowCount }, () => []);
  for (const spec of specs) {
    const cells = columnOf(table, spec.name);
    if (spec.kind === 'numeric') {
      cells.forEach((cell, row) => {
        if (isMissing(cell)) {
          rows[row].push(0);
          return;
        }
        const value = parseDecimal(cell);
        if (value === undefined || !Number.isFinite(value)) {
          throw new InputError(`${table.source}: feature \`${spec.name}\` is numeric but line ${row + 2} holds \`${cell}\``);
        }
        rows[row].push((value - spec.mean) / spec.std);
      });
    } else {
      const index = new Map(spec.categories.map((c, i) => [c, i]));
      cells.forEach((cell, row) => {
        const hot = new Array<number>(spec.categories.length).fill(0);
        const at = index.get(cell.trim());
        if (at !== undefined && !isMissing(cell)) hot[at] = 1;
        rows[row].push(...hot);
      });
    }
  }
  return rows;
}
