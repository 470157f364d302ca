import { InputError } from '../../errors.js';
import { isMissing } from '../table/missing.js';
import { columnOf, type Table } from '../table/table.js';
import { canonicalNumericLabels, sortLabels } from '../metrics/labels.js';
import { parseDecimal } from '../table/decimal.js';
import { featureWidth, fitFeatures, transformFeatures, type FeatureSpec } from './features.js';
import { DEFAULT_LOGISTIC_PARAMS, fitLogistic, logisticScores, type LogisticParams, type LogisticState } from './logistic-regression.js';
import { DEFAULT_FOREST_PARAMS, MAX_TREES, fitForest, forestScores, isForestState, type ForestParams, type ForestProgress } from './random-forest.js';
import { legacyForestScores } from './random-forest-legacy.js';
import { DEFAULT_RIDGE_PARAMS, checkRidgeParams, checkRidgeSize, fitRidge, ridgePredict, type RidgeParams, type RidgeState } from './ridge-regression.js';

export const MODEL_TYPES = ['logistic_regression', 'random_forest', 'ridge_regression'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
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
 * What the user says the target is: `auto` follows the model (a regressor learns a number, a
 * classifier classes, refusing a target that looks continuous), `classification` trains a
 * classifier on such a target anyway, `regression` learns a number.
 */
export const TRAIN_TASKS = ['auto', 'classification', 'regression'] as const;
export type TrainTask = (typeof TRAIN_TASKS)[number];

/**
 * A target looks continuous (a regression target, which a classifier would learn as hundreds of
 * classes) when every value is a number and it has more than 20 distinct values that are also
 * more than 5% of the rows; both bounds, so 30 classes over 100,000 rows and 25 integers over 100
 * rows still train as classes.
 */
export function looksContinuous(labels: string[]): { distinct: number } | null {
  const distinct = new Set<number>();
  for (const label of labels) {
    const value = parseDecimal(label);
    if (value === undefined || !Number.isFinite(value)) return null;
    distinct.add(value);
  }
  return distinct.size > 20 && distinct.size > 0.05 * labels.length ? { distinct: distinct.size } : null;
}

export interface TrainRequest {
  table: Table;
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

export function trainModel(request: TrainRequest): ModelFile {
  const { table, target, type } = request;
  const regressor = REGRESSION_MODEL_TYPES.includes(type);
  if (regressor && request.task === 'classification') throw new InputError(`${type} learns a number, not classes: task classification needs logistic_regression or random_forest`);
  if (!regressor && request.task === 'regression') throw new InputError(`${type} is a classifier: task regression needs ${REGRESSION_MODEL_TYPES.join(' or ')}`);
  if (regressor) return trainRegression(request);
  const cells = columnOf(table, target).map((cell, row) => {
    if (isMissing(cell)) throw new InputError(`${table.source}: target \`${target}\` is missing on line ${row + 2}`);
    return cell.trim();
  });
  // A float column written by pandas holds `1.0` where another file holds `1`: one class, by value,
  // as evaluate reads them (strings stay strings).
  const canonical = canonicalNumericLabels(cells);
  const labels = canonical ? cells.map(canonical) : cells;
  const positiveLabel = request.positiveLabel === undefined ? undefined : (canonical ?? ((l: string) => l))(request.positiveLabel.trim());
  const continuous = request.task === 'classification' ? null : looksContinuous(labels);
  if (continuous) {
    throw new InputError(`${table.source}: target \`${target}\` looks continuous (numeric, ${continuous.distinct} distinct values in ${labels.length} rows): this is a regression task: pass task \`regression\` to fit ridge_regression, or task \`classification\` to train a classifier on it anyway`);
  }
  const classes = sortLabels(labels);
  if (classes.length < 2) throw new InputError(`${table.source}: target \`${target}\` has one class only (${classes[0] ?? 'none'}); a classifier needs two or more`);
  const excluded = new Set([target, ...(request.exclude ?? [])]);
  const names = request.features ?? table.columns.filter((c) => !excluded.has(c));
  if (names.length === 0) throw new InputError(`${table.source}: no feature columns left after excluding ${[...excluded].join(', ')}`);
  const features = fitFeatures(table, names);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const y = labels.map((l) => classIndex.get(l)!);
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
  if (!(Number.isInteger(params.nEstimators) && params.nEstimators >= 1 && params.nEstimators <= MAX_TREES)) {
    throw new InputError(`random_forest: nEstimators must be an integer from 1 to ${MAX_TREES}, got ${params.nEstimators}`);
  }
  if (!(params.maxFeatures > 0 && params.maxFeatures <= 1)) throw new InputError(`random_forest: maxFeatures must be in (0, 1], got ${params.maxFeatures}`);
  if (featureWidth(features) * params.maxFeatures < 1) throw new InputError('random_forest: maxFeatures selects no feature; raise it');
  checkForestWork(table.rowCount, featureWidth(features), params);
  const x = transformFeatures(table, features);
  return { format: MODEL_FORMAT, type, task, target, classes, ...positive, features, params, state: fitForest(x, y, params, request.progress) };
}

function trainRegression(request: TrainRequest): ModelFile {
  const { table, target, type } = request;
  if (request.positiveLabel !== undefined) throw new InputError(`${type}: positive label is for binary classifiers; a regression target has no classes`);
  const y = columnOf(table, target).map((cell, row) => {
    if (isMissing(cell)) throw new InputError(`${table.source}: target \`${target}\` is missing on line ${row + 2}`);
    const value = parseDecimal(cell);
    if (value === undefined || !Number.isFinite(value)) throw new InputError(`${table.source}: target \`${target}\` line ${row + 2}: \`${cell.trim()}\` is not a finite number, and regression learns a number`);
    return value;
  });
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

export function predictWithModel(model: ModelFile, table: Table): Predictions {
  const x = transformFeatures(table, model.features);
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
