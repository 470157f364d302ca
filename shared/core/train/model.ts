import { InputError } from '../../errors.js';
import type { Table } from '../table/table.js';
import { typedColumnOf, typedTableOfCells, type TypedTable } from '../table/typed-column.js';
import { columnTexts } from '../table/column-texts.js';
import { canonicalNumericLabels, sortLabels } from '../metrics/labels.js';
import { parseDecimal } from '../table/decimal.js';
import { featureWidth, fitFeatures, transformFeatures, type FeatureSpec } from './features.js';
import { DEFAULT_LOGISTIC_PARAMS, fitLogistic, logisticScores, type LogisticParams, type LogisticState } from './logistic-regression.js';
import { DEFAULT_FOREST_PARAMS, MAX_TREES, fitForest, forestScores, isForestState, type ForestParams, type ForestProgress } from './random-forest.js';
import { legacyForestScores } from './random-forest-legacy.js';
import { DEFAULT_RIDGE_PARAMS, checkRidgeParams, checkRidgeSize, fitRidge, ridgePredict, type RidgeParams, type RidgeState } from './ridge-regression.js';

import { MODEL_TYPES, TRAIN_TASKS, type ModelType, type TrainTask } from './model-types.js';

export { MODEL_TYPES, TRAIN_TASKS, type ModelType, type TrainTask };
/** The models that learn a continuous target; the others are classifiers. */
export const REGRESSION_MODEL_TYPES: readonly ModelType[] = ['ridge_regression'];

/** What a model predicts: a class (binary, multiclass) or a number (regression). */
export type ModelTask = 'binary' | 'multiclass' | 'regression';

export const MODEL_FORMAT = 'mlgate-model/1';

/** A trained model as stored in `model.json`: everything prediction needs, nothing else. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  type: ModelType;
  task: ModelTask;
  target: string;
  /** Class labels in the order evaluation uses too (`sortLabels`); for binary tasks the second is the positive class; empty for regression. */
  classes: string[];
  /** Binary models: the class whose probability predictions write as `y_score` (absent: `classes[1]`). */
  positive_label?: string;
  features: FeatureSpec[];
  params: LogisticParams | ForestParams | RidgeParams;
  state: unknown;
}


/**
 * A target looks continuous (a regression target, which a classifier would learn as hundreds of
 * classes) when every value is a number and it has more than 20 distinct values that are also
 * more than 5% of the rows; both bounds, so 30 classes over 100,000 rows and 25 integers over 100
 * rows still train as classes.
 */
export function looksContinuous(labels: readonly string[], rows: number): { distinct: number } | null {
  const distinct = new Set<number>();
  for (const label of labels) {
    const value = parseDecimal(label);
    if (value === undefined || !Number.isFinite(value)) return null;
    distinct.add(value);
  }
  return distinct.size > 20 && distinct.size > 0.05 * rows ? { distinct: distinct.size } : null;
}

/**
 * A table as the trainers read it: typed columns (see `core/table/typed-column.ts`); a table of
 * text cells (built in memory, tests) is typed first, keeping every cell's text.
 */
function typedOf(table: Table | TypedTable): TypedTable {
  return 'typed' in table ? table : typedTableOfCells(table);
}

/** The first row (0-based) of a code array that is 0 (a missing cell), or -1. */
function firstMissing(codes: Uint32Array): number {
  return codes.indexOf(0);
}

export interface TrainRequest {
  /** Typed columns; the target's cell texts kept (`keepText`) for a classifier, and those of categorical features whose texts are not known (`featureColumnsNeedingText`). */
  table: TypedTable | Table;
  target: string;
  type: ModelType;
  /** Feature columns; default: every column but the target and `exclude`. */
  features?: string[];
  exclude?: string[];
  params?: Record<string, unknown>;
  /** Binary tasks: the class `y_score` is the probability of; default the last class in `sortLabels` order. */
  positiveLabel?: string;
  /** `classification` trains a classifier on a target that looks continuous; `regression` needs a regressor; default `auto`. */
  task?: TrainTask;
  /** Called every few trees while a forest grows (the command logs it). */
  progress?: ForestProgress;
}

/**
 * The checks of a training request that need no data (model and task agree, known parameters of
 * the right ranges, a positive label only for classifiers): the train command runs them before it
 * reads the data, `trainModel` again.
 */
export function checkTrainRequest(request: Omit<TrainRequest, 'table'>): void {
  const { type } = request;
  const regressor = REGRESSION_MODEL_TYPES.includes(type);
  if (regressor && request.task === 'classification') throw new InputError(`${type} learns a number, not classes: task classification needs logistic_regression or random_forest`);
  if (!regressor && request.task === 'regression') throw new InputError(`${type} is a classifier: task regression needs ${REGRESSION_MODEL_TYPES.join(' or ')}`);
  if (regressor) {
    if (request.positiveLabel !== undefined) throw new InputError(`${type}: positive label is for binary classifiers; a regression target has no classes`);
    checkRidgeParams(mergeParams(DEFAULT_RIDGE_PARAMS, request.params, type));
  } else if (type === 'logistic_regression') {
    mergeParams(DEFAULT_LOGISTIC_PARAMS, request.params, 'logistic_regression');
  } else {
    checkForestParams(mergeParams(DEFAULT_FOREST_PARAMS, request.params, 'random_forest'));
  }
}

function checkForestParams(params: ForestParams): void {
  if (!(Number.isInteger(params.nEstimators) && params.nEstimators >= 1 && params.nEstimators <= MAX_TREES)) {
    throw new InputError(`random_forest: nEstimators must be an integer from 1 to ${MAX_TREES}, got ${params.nEstimators}`);
  }
  if (!(params.maxFeatures > 0 && params.maxFeatures <= 1)) throw new InputError(`random_forest: maxFeatures must be in (0, 1], got ${params.maxFeatures}`);
}

/**
 * The size checks of a training request on its data (a forest's split evaluations, ridge's
 * system), which `trainModel` makes too: the train command makes them as soon as the training
 * data is read, before it reads the test file. They need the row count and the model input width
 * (one per numeric feature, one per category), so they come after the read, never before.
 */
export function checkTrainingSize(request: TrainRequest): void {
  const table = typedOf(request.table);
  if (request.type === 'logistic_regression') return;
  const excluded = new Set([request.target, ...(request.exclude ?? [])]);
  const names = request.features ?? table.columns.filter((c) => !excluded.has(c));
  const width = featureWidth(fitFeatures(table, names));
  if (request.type === 'ridge_regression') return checkRidgeSize(table.rowCount, width);
  const params = mergeParams(DEFAULT_FOREST_PARAMS, request.params, 'random_forest');
  checkForestParams(params);
  if (width * params.maxFeatures >= 1) checkForestWork(table.rowCount, width, params);
}

export function trainModel(request: TrainRequest): ModelFile {
  const { target, type } = request;
  const table = typedOf(request.table);
  const regressor = REGRESSION_MODEL_TYPES.includes(type);
  if (regressor && request.task === 'classification') throw new InputError(`${type} learns a number, not classes: task classification needs logistic_regression or random_forest`);
  if (!regressor && request.task === 'regression') throw new InputError(`${type} is a classifier: task regression needs ${REGRESSION_MODEL_TYPES.join(' or ')}`);
  if (regressor) return trainRegression({ ...request, table });
  const texts = columnTexts(typedColumnOf(table, target), target);
  const missingRow = firstMissing(texts.codes);
  if (missingRow >= 0) throw new InputError(`${table.source}: target \`${target}\` is missing on line ${missingRow + 2}`);
  // Each distinct label once (the dictionary), then every row by its code.
  const seen = new Uint8Array(texts.dictionary.length);
  for (const code of texts.codes) seen[code - 1] = 1;
  const cells = texts.dictionary.filter((_, i) => seen[i] === 1);
  // A float column written by pandas holds `1.0` where another file holds `1`: one class, by value,
  // as evaluate reads them (strings stay strings).
  const canonical = canonicalNumericLabels(cells);
  const labels = canonical ? cells.map(canonical) : cells;
  const positiveLabel = request.positiveLabel === undefined ? undefined : (canonical ?? ((l: string) => l))(request.positiveLabel.trim());
  const continuous = request.task === 'classification' ? null : looksContinuous(labels, table.rowCount);
  if (continuous) {
    throw new InputError(`${table.source}: target \`${target}\` looks continuous (numeric, ${continuous.distinct} distinct values in ${table.rowCount} rows): this is a regression task: pass task \`regression\` to fit ridge_regression, or task \`classification\` to train a classifier on it anyway`);
  }
  const classes = sortLabels(labels);
  if (classes.length < 2) throw new InputError(`${table.source}: target \`${target}\` has one class only (${classes[0] ?? 'none'}); a classifier needs two or more`);
  const excluded = new Set([target, ...(request.exclude ?? [])]);
  const names = request.features ?? table.columns.filter((c) => !excluded.has(c));
  if (names.length === 0) throw new InputError(`${table.source}: no feature columns left after excluding ${[...excluded].join(', ')}`);
  const features = fitFeatures(table, names);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  // The class of each dictionary entry, then of each row.
  const classOfCode = new Int32Array(texts.dictionary.length);
  texts.dictionary.forEach((text, i) => {
    if (seen[i] === 1) classOfCode[i] = classIndex.get(canonical ? canonical(text) : text)!;
  });
  const y = Array.from(texts.codes, (code) => classOfCode[code - 1]);
  const task = classes.length === 2 ? 'binary' : 'multiclass';
  if (positiveLabel !== undefined && !classes.includes(positiveLabel)) {
    throw new InputError(`${table.source}: positive label \`${request.positiveLabel}\` is not a class of target \`${target}\` (classes: ${classes.join(', ')})`);
  }
  const positive = task === 'binary' ? { positive_label: positiveLabel ?? classes[1] } : {};

  // Parameters are checked before the features are transformed: on a wide table that takes a while.
  if (type === 'logistic_regression') {
    const params = mergeParams(DEFAULT_LOGISTIC_PARAMS, request.params, 'logistic_regression');
    const x = transformFeatures(table, features);
    // Two classes need one problem (positive = classes[1]); more need one per class.
    const problems = task === 'binary' ? [y.map((v) => v === 1)] : classes.map((_, k) => y.map((v) => v === k));
    const state = fitLogistic(x, problems, params);
    return { format: MODEL_FORMAT, type, task, target, classes, ...positive, features, params, state };
  }
  const params = mergeParams(DEFAULT_FOREST_PARAMS, request.params, 'random_forest');
  checkForestParams(params);
  if (featureWidth(features) * params.maxFeatures < 1) throw new InputError('random_forest: maxFeatures selects no feature; raise it');
  checkForestWork(table.rowCount, featureWidth(features), params);
  const x = transformFeatures(table, features);
  return { format: MODEL_FORMAT, type, task, target, classes, ...positive, features, params, state: fitForest(x, y, params, request.progress) };
}

function trainRegression(request: TrainRequest & { table: TypedTable }): ModelFile {
  const { table, target, type } = request;
  if (request.positiveLabel !== undefined) throw new InputError(`${type}: positive label is for binary classifiers; a regression target has no classes`);
  const column = typedColumnOf(table, target);
  const y = new Array<number>(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    const value = column.numeric > 0 ? column.numbers[row] : NaN;
    if (value === value && value !== Infinity && value !== -Infinity) {
      y[row] = value;
      continue;
    }
    const token = column.tokenCodes?.[row] ?? 0;
    if (token === 0 && value !== value) throw new InputError(`${table.source}: target \`${target}\` is missing on line ${row + 2}`);
    const cell = token > 0 ? column.tokens[token - 1] : String(value);
    throw new InputError(`${table.source}: target \`${target}\` line ${row + 2}: \`${cell}\` is not a finite number, and regression learns a number`);
  }
  const excluded = new Set([target, ...(request.exclude ?? [])]);
  const names = request.features ?? table.columns.filter((c) => !excluded.has(c));
  if (names.length === 0) throw new InputError(`${table.source}: no feature columns left after excluding ${[...excluded].join(', ')}`);
  const params = mergeParams(DEFAULT_RIDGE_PARAMS, request.params, type);
  checkRidgeParams(params);
  const features = fitFeatures(table, names);
  checkRidgeSize(table.rowCount, featureWidth(features));
  const state = fitRidge(transformFeatures(table, features), y, params);
  return { format: MODEL_FORMAT, type, task: 'regression', target, classes: [], features, params, state };
}

/**
 * Most split evaluations a forest may make: rows × features tried per split × tree levels × trees,
 * where a level is at most ⌈log₂ rows⌉ + 1 deep below `maxDepth`. A forest that needs more would
 * run for many minutes (on a 2-core runner, 10⁹ take about a minute); it is refused before the first
 * tree with the numbers and what to change.
 */
export const MAX_FOREST_WORK = 1e9;

function checkForestWork(rows: number, inputs: number, params: ForestParams): void {
  const tried = Math.max(1, Math.floor(params.maxFeatures * inputs));
  const levels = Math.min(params.maxDepth, Math.ceil(Math.log2(Math.max(rows, 2))) + 1);
  const work = rows * tried * levels * params.nEstimators;
  if (work <= MAX_FOREST_WORK) return;
  const count = (n: number) => n.toLocaleString('en-US');
  const fits = Math.max(1, Math.floor(MAX_FOREST_WORK / (rows * levels * params.nEstimators)));
  // Two significant digits, rounded so that the suggested share really fits.
  const rounded = Number((fits / inputs).toPrecision(2));
  const share = Math.floor(rounded * inputs) <= fits ? rounded : Number(((fits / inputs) * 0.95).toPrecision(2));
  throw new InputError(`random_forest: ${count(rows)} rows × ${count(tried)} features tried per split (maxFeatures ${params.maxFeatures} of ${count(inputs)} model inputs) × ${levels} levels × ${count(params.nEstimators)} trees is ${count(work)} split evaluations, over the limit of ${count(MAX_FOREST_WORK)} (about a minute): `
    + `lower maxFeatures (at most ${count(fits)} features per split here, e.g. {"maxFeatures": ${share}}), nEstimators or maxDepth, leave columns out (exclude), train logistic_regression, or train with your own code and give mlgate its predictions (evaluate)`);
}

export interface Predictions {
  classes: string[];
  /** Per row, a probability for every class (summing to 1); empty rows for regression. */
  probabilities: number[][];
  /** The predicted class, or for regression the predicted number (shortest round-trip form). */
  predicted: string[];
}

/** Scores rows: `table` typed, with the cell texts of the model's categorical features kept (`keepText`) where they are not known. */
export function predictWithModel(model: ModelFile, table: TypedTable | Table): Predictions {
  const x = transformFeatures(typedOf(table), model.features);
  if (model.type === 'ridge_regression') {
    const values = ridgePredict(model.state as RidgeState, x);
    return { classes: [], probabilities: values.map(() => []), predicted: values.map((v) => String(v === 0 ? 0 : v)) };
  }
  let probabilities: number[][];
  if (model.type === 'logistic_regression') {
    const raw = logisticScores(model.state as LogisticState, x);
    probabilities = model.task === 'binary'
      ? raw.map(([p]) => [1 - p, p])
      : raw.map((scores) => {
        // One-vs-rest scores are normalised to sum to one, as scikit-learn's `predict_proba` does for OvR.
        const total = scores.reduce((a, b) => a + b, 0);
        return scores.map((s) => (total > 0 ? s / total : 1 / scores.length));
      });
  } else {
    // Model files written before mlgate grew its own forest hold an `ml-random-forest` state.
    probabilities = isForestState(model.state)
      ? forestScores(model.state, x, model.classes.length)
      : legacyForestScores(model.state, x, model.classes.length);
  }
  const predicted = probabilities.map((row) => model.classes[argmax(row)]);
  return { classes: model.classes, probabilities, predicted };
}

function argmax(values: number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function mergeParams<T extends object>(defaults: T, given: Record<string, unknown> | undefined, model: string): T {
  // Parameters arrive as untyped JSON; each is checked against the defaults' keys and types.
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!(key in defaults)) {
      throw new InputError(`${model}: unknown parameter \`${key}\` (known: ${Object.keys(defaults).join(', ')})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InputError(`${model}: parameter \`${key}\` must be a number, got ${JSON.stringify(value)}`);
    }
    merged[key] = value;
  }
  return merged as T;
}

export function parseModelFile(json: unknown, source: string): ModelFile {
  const model = json as Partial<ModelFile>;
  if (!model || model.format !== MODEL_FORMAT) {
    throw new InputError(`${source}: not an mlgate model (expected "format": "${MODEL_FORMAT}")`);
  }
  if (!MODEL_TYPES.includes(model.type as ModelType)) throw new InputError(`${source}: unknown model type \`${String(model.type)}\``);
  return model as ModelFile;
}
