import { InputError } from '../errors.js';
import { parseDecimal } from './decimal.js';
import { columnOf, readCsvTable, type Table } from './table.js';
import type { PredictionColumns, Task } from '../metrics/index.js';

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

export function readPredictions(path: string, task: Task, names: Partial<PredictionColumnNames> = {}): PredictionColumns {
  return predictionsFromTable(readCsvTable(path), task, { ...DEFAULT_PREDICTION_COLUMNS, ...names });
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
