import { InputError } from '../../errors.js';
import { sortLabels } from '../../core/metrics/labels.js';
import { writeFileAtomic } from '../files/files.js';
import { parseDecimal } from '../../core/table/decimal.js';
import { readTable } from './read-table.js';
import type { Delimiter } from './table.js';
import { columnOf, type Table } from '../../core/table/table.js';
import type { PredictionColumns, Task } from '../../core/metrics/index.js';

/** Column names in a predictions file; every one can be renamed by a flag / action input. */
export interface PredictionColumnNames {
  yTrue: string;
  yPred: string;
  /** Binary score column; for multiclass, the prefix of the per-class columns (`y_score_<class>`). */
  yScore: string;
  /** Row id column; used when present, to match candidate and baseline rows. */
  id: string;
}

export const DEFAULT_PREDICTION_COLUMNS: PredictionColumnNames = { yTrue: 'y_true', yPred: 'y_pred', yScore: 'y_score', id: 'id' };

/**
 * A predictions file, as `readPredictions` reads it back: a header, then one row per prediction.
 * Columns: the row id (when `ids` are given), the true and the predicted label, then the binary
 * `yScore` column and the multiclass `<yScore>_<class>` columns (classes in `sortLabels` order).
 * Cells are quoted when they hold a quote, a comma or a line break; labels and ids are written
 * trimmed, because the reader trims them. Scores are written in the shortest form that reads back
 * as the same float64 (JavaScript's and Python's `repr` rule), so no precision is lost; -0 is
 * written as 0. A score that is not finite is a bug in the caller (the reader refuses it): Error.
 */
export function encodePredictions(columns: PredictionColumns, names: Partial<PredictionColumnNames> = {}): string {
  const { id, yTrue, yPred, yScore } = { ...DEFAULT_PREDICTION_COLUMNS, ...names };
  const labels: [string, string[]][] = [...(columns.ids ? [[id, columns.ids] as [string, string[]]] : []), [yTrue, columns.yTrue], [yPred, columns.yPred]];
  const scores: [string, number[]][] = [
    ...(columns.yScore ? [[yScore, columns.yScore] as [string, number[]]] : []),
    ...sortLabels(Object.keys(columns.classScores ?? {})).map((c): [string, number[]] => [`${yScore}_${c.trim()}`, columns.classScores![c]]),
  ];
  const n = columns.yTrue.length;
  for (const [name, values] of [...labels, ...scores]) {
    if (values.length !== n) throw new Error(`predictions: column \`${name}\` has ${values.length} rows, \`${yTrue}\` has ${n}`);
  }
  const lines = [[...labels, ...scores].map(([name]) => csvCell(name)).join(',')];
  for (let row = 0; row < n; row++) {
    const cells = labels.map(([, values]) => csvCell(values[row].trim()));
    for (const [name, values] of scores) {
      if (!Number.isFinite(values[row])) throw new Error(`predictions: column \`${name}\` row ${row + 1} is ${values[row]}, expected a finite number`);
      cells.push(String(values[row]));
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `encodePredictions(columns, names)` to `path`, atomically. */
export function writePredictions(path: string, columns: PredictionColumns, names: Partial<PredictionColumnNames> = {}): void {
  writeFileAtomic(path, encodePredictions(columns, names));
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export async function readPredictions(path: string, task: Task, names: Partial<PredictionColumnNames> = {}, delimiter?: Delimiter): Promise<PredictionColumns> {
  return predictionsFromTable(await readTable(path, delimiter ? { delimiter } : {}), task, { ...DEFAULT_PREDICTION_COLUMNS, ...names });
}

export function predictionsFromTable(table: Table, task: Task, names: PredictionColumnNames): PredictionColumns {
  if (table.rowCount === 0) throw new InputError(`${table.source}: no prediction rows`);
  const result: PredictionColumns = { yTrue: columnOf(table, names.yTrue).map((c) => c.trim()), yPred: columnOf(table, names.yPred).map((c) => c.trim()) };
  if (table.cells.has(names.id)) {
    const ids = columnOf(table, names.id).map((c) => c.trim());
    const seen = new Set<string>();
    ids.forEach((id, row) => {
      if (seen.has(id)) throw new InputError(`${table.source}: id \`${id}\` in column \`${names.id}\` appears twice (line ${row + 2})`);
      seen.add(id);
    });
    result.ids = ids;
  }
  if (task === 'binary' && table.cells.has(names.yScore)) {
    result.yScore = numbers(table, names.yScore);
  }
  if (task === 'multiclass') {
    const prefix = `${names.yScore}_`;
    const scoreColumns = table.columns.filter((c) => c.startsWith(prefix));
    if (scoreColumns.length > 0) {
      result.classScores = Object.fromEntries(scoreColumns.map((c) => [c.slice(prefix.length), numbers(table, c)]));
    }
  }
  return result;
}

function numbers(table: Table, column: string): number[] {
  return columnOf(table, column).map((cell, row) => {
    const value = parseDecimal(cell);
    if (value === undefined || !Number.isFinite(value)) {
      throw new InputError(`${table.source}: column \`${column}\` line ${row + 2}: \`${cell}\` is not a finite number`);
    }
    return value;
  });
}
