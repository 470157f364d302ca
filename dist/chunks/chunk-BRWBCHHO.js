import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  REGRESSION_MODEL_TYPES,
  categoricalColumnsNeedingText,
  checkTrainRequest,
  checkTrainingSize,
  featureColumnsNeedingText,
  trainModel,
  writeModelPredictions
} from "./chunk-742IGMZT.js";
import {
  keepTexts,
  readColumns
} from "./chunk-7UI27AWS.js";
import {
  digestFile
} from "./chunk-RY6TFG5S.js";
import {
  MODEL_TYPES
} from "./chunk-WH4LBFRB.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/train.ts
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
async function train(options) {
  const algorithm = options.algorithm || (options.task === "regression" ? "ridge_regression" : "logistic_regression");
  if (!MODEL_TYPES.includes(algorithm)) {
    throw new InputError(`unknown algorithm \`${algorithm}\` (known: ${MODEL_TYPES.join(", ")})`);
  }
  const type = algorithm;
  const request = { target: options.target, type, params: options.params, task: options.task, positiveLabel: options.positiveLabel };
  checkTrainRequest(request);
  const delimiter = options.delimiter ? { delimiter: options.delimiter } : {};
  if (statSync(options.data, { throwIfNoEntry: false })?.isDirectory() || /[*?[]/.test(options.data) && !existsSync(options.data)) {
    throw new InputError(`${options.data}: train's data is one file (its SHA-256 is recorded with the model), not a folder or glob of partitions; join them into one file`);
  }
  const idColumn = options.idColumn ?? "id";
  const labelText = REGRESSION_MODEL_TYPES.includes(type) ? [] : [options.target];
  const table = await readColumns(options.data, { ...delimiter, required: [options.target], text: labelText });
  const exclude = [...options.exclude ?? [], ...table.columns.includes(idColumn) ? [idColumn] : []];
  const excluded = /* @__PURE__ */ new Set([options.target, ...exclude]);
  await keepTexts(table, featureColumnsNeedingText(table, table.columns.filter((c) => !excluded.has(c))), options.delimiter);
  checkTrainingSize({ ...request, table, exclude });
  const test = options.test ? await readColumns(options.test, { ...delimiter, text: [idColumn, options.target] }) : null;
  const model = trainModel({ ...request, table, exclude, progress: options.log && ((done, total) => options.log(`random_forest: ${done}/${total} trees`)) });
  const predictionsPath = test ? join(options.out, "predictions.csv") : null;
  if (test && predictionsPath) {
    await keepTexts(test, categoricalColumnsNeedingText(model, test), options.delimiter);
    writeModelPredictions(model, test, predictionsPath, idColumn);
  }
  const modelPath = join(options.out, "model.json");
  writeFileAtomic(modelPath, toJson(model));
  const testRows = test ? test.rowCount : null;
  return {
    model_path: modelPath,
    predictions_path: predictionsPath,
    task: model.task,
    classes: model.classes,
    rows: { train: table.rowCount, test: testRows },
    params: { algorithm: model.type, ...model.params },
    data_sha256: (await digestFile(options.data)).sha256
  };
}

export {
  train
};
