// The model types and training tasks as constants of their own module, so the command catalog can
// declare its options without loading the training code (and its forest library) up front.

export const MODEL_TYPES = ['logistic_regression', 'random_forest', 'ridge_regression'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

/**
 * What the user says the target is: `auto` follows the model (a regressor learns a number, a
 * classifier classes, refusing a target that looks continuous), `classification` trains a
 * classifier on such a target anyway, `regression` learns a number.
 */
export const TRAIN_TASKS = ['auto', 'classification', 'regression'] as const;
export type TrainTask = (typeof TRAIN_TASKS)[number];
