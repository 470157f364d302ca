import { join } from 'node:path';
import { InputError } from '../errors.js';
import { writeModelPredictions } from './predict.js';
import { readTable } from '../adapters/data/read-table.js';
import type { Delimiter } from '../adapters/data/table.js';
import { trainModel, MODEL_TYPES, type ModelTask, type ModelType, type TrainTask } from '../core/train/model.js';
import { toJson, writeFileAtomic } from '../adapters/files/files.js';
import { digestFile } from '../adapters/files/digest.js';

export interface TrainOptions {
  data: string;
  target: string;
  /** Which of mlgate's trainers to fit (`MODEL_TYPES`); default logistic_regression, or ridge_regression for task regression. */
  algorithm?: string;
  params?: Record<string, unknown>;
  /** Rows to predict after training (the evaluation set); predictions are written when given. */
  test?: string;
  /** Column that identifies rows; copied into the predictions so baseline and candidate rows match. */
  idColumn?: string;
  exclude?: string[];
  /** Binary tasks: the class whose probability is written as `y_score` (default: the last class). */
  positiveLabel?: string;
  /** `classification` trains a classifier on a target that looks continuous (see `looksContinuous`), `regression` a regressor; default `auto`. */
  task?: TrainTask;
  out: string;
  /** Field separator of the data and test files (default `auto`). */
  delimiter?: Delimiter;
  /** Progress lines for the user (the command's log). */
  log?: (message: string) => void;
}

export interface TrainResult {
  model_path: string;
  predictions_path: string | null;
  task: ModelTask;
  /** Empty for regression. */
  classes: string[];
  rows: { train: number; test: number | null };
  params: Record<string, unknown>;
  data_sha256: string;
}

export async function train(options: TrainOptions): Promise<TrainResult> {
  const algorithm = options.algorithm || (options.task === 'regression' ? 'ridge_regression' : 'logistic_regression');
  if (!MODEL_TYPES.includes(algorithm as ModelType)) {
    throw new InputError(`unknown algorithm \`${algorithm}\` (known: ${MODEL_TYPES.join(', ')})`);
  }
  const csvOptions = options.delimiter ? { delimiter: options.delimiter } : {};
  const table = await readTable(options.data, csvOptions);
  // Every input is read and checked before the first write: a bad --test must not leave a model.json behind.
  const test = options.test ? await readTable(options.test, csvOptions) : null;
  const idColumn = options.idColumn ?? 'id';
  const exclude = [...(options.exclude ?? []), ...(table.cells.has(idColumn) ? [idColumn] : [])];
  const model = trainModel({ table, target: options.target, type: algorithm as ModelType, params: options.params, exclude, task: options.task, positiveLabel: options.positiveLabel,
    progress: options.log && ((done, total) => options.log!(`random_forest: ${done}/${total} trees`)),
  });
  // Scoring checks the test file's features before it writes predictions.csv; model.json comes after.
  const predictionsPath = test ? join(options.out, 'predictions.csv') : null;
  if (test && predictionsPath) writeModelPredictions(model, test, predictionsPath, idColumn);
  const modelPath = join(options.out, 'model.json');
  writeFileAtomic(modelPath, toJson(model));
  const testRows = test ? test.rowCount : null;
  return {
    model_path: modelPath,
    predictions_path: predictionsPath,
    task: model.task,
    classes: model.classes,
    rows: { train: table.rowCount, test: testRows },
    params: { algorithm: model.type, ...model.params },
    data_sha256: (await digestFile(options.data)).sha256,
  };
}
