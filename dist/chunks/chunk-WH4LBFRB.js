import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/train/model-types.ts
var MODEL_TYPES = ["logistic_regression", "random_forest", "ridge_regression"];
var TRAIN_TASKS = ["auto", "classification", "regression"];

export {
  MODEL_TYPES,
  TRAIN_TASKS
};
