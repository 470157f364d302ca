import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { categoricalColumnsNeedingText, writeModelPredictions } from './predict.js';
import { keepTexts, readColumns } from '../adapters/data/read-columns.js';
import type { Delimiter } from '../adapters/data/table.js';
import { checkTrainingSize, checkTrainRequest, trainModel, MODEL_TYPES, REGRESSION_MODEL_TYPES, type ModelTask, type ModelType, type TrainTask } from '../core/train/model.js';
import { featureColumnsNeedingText } from '../core/train/features.js';
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
  const type = algorithm as ModelType;
  const request = { target: options.target, type, params: options.params, task: options.task, positiveLabel: options.positiveLabel };
  // Parameters are checked before the data is read: a typo should not wait for a large file.
  checkTrainRequest(request);
  const delimiter = options.delimiter ? { delimiter: options.delimiter } : {};
  // The data reader takes folders and globs of partitions; the run records one file's SHA-256.
  if (statSync(options.data, { throwIfNoEntry: false })?.isDirectory() || (/[*?[]/.test(options.data) && !existsSync(options.data))) {
    throw new InputError(`${options.data}: train's data is one file (its SHA-256 is recorded with the model), not a folder or glob of partitions; join them into one file`);
  }
  const idColumn = options.idColumn ?? 'id';
  // A classifier's labels are exact text (`1` and `1.0` are then one class by value, see trainModel).
  const labelText = REGRESSION_MODEL_TYPES.includes(type) ? [] : [options.target];
  const table = await readColumns(options.data, { ...delimiter, required: [options.target], text: labelText });
  const exclude = [...(options.exclude ?? []), ...(table.columns.includes(idColumn) ? [idColumn] : [])];
  const excluded = new Set([options.target, ...exclude]);
  await keepTexts(table, featureColumnsNeedingText(table, table.columns.filter((c) => !excluded.has(c))), options.delimiter);
  // Too much work for a forest is refused as soon as the size is known, before the test file is read.
  checkTrainingSize({ ...request, table, exclude });
  // Every input is read and checked before the first write: a bad --test must not leave a model.json behind.
  const test = options.test ? await readColumns(options.test, { ...delimiter, text: [idColumn, options.target] }) : null;
  const model = trainModel({ ...request, table, exclude, progress: options.log && ((done, total) => options.log!(`random_forest: ${done}/${total} trees`)) });
  // Scoring checks the test file's features before it writes predictions.csv; model.json comes after.
  const predictionsPath = test ? join(options.out, 'predictions.csv') : null;
  if (test && predictionsPath) {
    await keepTexts(test, categoricalColumnsNeedingText(model, test), options.delimiter);
    writeModelPredictions(model, test, predictionsPath, idColumn);
  }
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
