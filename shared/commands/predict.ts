import { join } from 'node:path';
import { readColumns } from '../adapters/data/read-columns.js';
import type { Delimiter } from '../adapters/data/table.js';
import { writePredictions } from '../adapters/data/predictions.js';
import { writePredictionsSidecar } from '../adapters/data/predictions-sidecar.js';
import { readJsonFile } from '../adapters/files/files.js';
import { parseModelFile, predictWithModel, type ModelFile } from '../core/train/model.js';
import { typedColumnOf, type TypedTable } from '../core/table/typed-column.js';
import { cellStrings, columnTexts, textsKnown } from '../core/table/column-texts.js';

export interface PredictOptions {
  /** A model.json written by `mlgate train` (e.g. the production model fetched from the registry). */
  model: string;
  /** Rows to score (CSV with a header row; the label column is copied when present). */
  data: string;
  /** Column that identifies rows, copied into the predictions so they pair with another model's. */
  idColumn?: string;
  out: string;
  /** Field separator of the data file (default `auto`). */
  delimiter?: Delimiter;
}

export interface PredictResult {
  predictions_path: string;
  task: ModelFile['task'];
  classes: string[];
  rows: number;
  /** Whether the rows held the model's label column (then the file can be evaluated). */
  labelled: boolean;
}

/** Scores rows with a model mlgate trained and writes them as a predictions CSV `evaluate` reads. */
export async function predict(options: PredictOptions): Promise<PredictResult> {
  const model = parseModelFile(readJsonFile(options.model, 'model'), options.model);
  const idColumn = options.idColumn ?? 'id';
  const features = model.features.map((f) => f.name);
  // Only the model's inputs, the id and the label are read; categories, ids and labels as exact text.
  const table = await readColumns(options.data, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    required: features,
    only: [idColumn, model.target],
    text: [idColumn, model.target, ...model.features.filter((f) => f.kind === 'categorical').map((f) => f.name)],
  });
  const path = join(options.out, 'predictions.csv');
  writeModelPredictions(model, table, path, idColumn);
  return { predictions_path: path, task: model.task, classes: model.classes, rows: table.rowCount, labelled: table.columns.includes(model.target) };
}

/** The model's categorical features whose cell texts `table` lacks (read without keeping them): read them again with `keepTexts`. */
export function categoricalColumnsNeedingText(model: ModelFile, table: TypedTable): string[] {
  return model.features.filter((f) => f.kind === 'categorical' && table.typed.has(f.name) && !textsKnown(table.typed.get(f.name)!)).map((f) => f.name);
}

/** A column's cells as text (`''` when missing), or undefined when the table has no such column. */
function textCells(table: TypedTable, name: string): string[] | undefined {
  return table.typed.has(name) ? cellStrings(columnTexts(typedColumnOf(table, name), name)) : undefined;
}

/**
 * The one way a model's predictions are written (training's test set, `predict`): ids from the id
 * column or row numbers, the label when the rows have it, the positive class's score for binary
 * models, one score per class for multiclass ones, and the predicted number alone for regression.
 */
export function writeModelPredictions(model: ModelFile, table: TypedTable, path: string, idColumn: string): void {
  const predictions = predictWithModel(model, table);
  const ids = textCells(table, idColumn) ?? Array.from({ length: table.rowCount }, (_, i) => String(i + 1));
  const truth = textCells(table, model.target) ?? new Array<string>(table.rowCount).fill('');
  if (model.task === 'regression') {
    // A regression's prediction is its number (y_pred); there are no scores.
    writePredictions(path, { ids, yTrue: truth, yPred: predictions.predicted });
    writePredictionsSidecar(path, { task: 'regression', positive_label: null, classes: [], score_columns: {} });
    return;
  }
  const positive = positiveClassOf(model);
  const scores = model.task === 'binary'
    ? { yScore: predictions.probabilities.map((p) => p[positive]) }
    : { classScores: Object.fromEntries(model.classes.map((c, k) => [c, predictions.probabilities.map((p) => p[k])])) };
  writePredictions(path, { ids, yTrue: truth, yPred: predictions.predicted, ...scores });
  writePredictionsSidecar(path, {
    task: model.task,
    positive_label: model.task === 'binary' ? model.classes[positive] : null,
    classes: model.classes,
    score_columns: model.task === 'binary' ? { [model.classes[positive]]: 'y_score' } : Object.fromEntries(model.classes.map((c) => [c, `y_score_${c}`])),
  });
}

/** Index of the class a binary model's `y_score` is for: the positive label given to train, else the last class. */
export function positiveClassOf(model: ModelFile): number {
  const index = model.positive_label === undefined ? -1 : model.classes.indexOf(model.positive_label);
  return index >= 0 ? index : model.classes.length - 1;
}
