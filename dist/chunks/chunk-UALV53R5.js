import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  TASKS,
  evaluatePredictions
} from "./chunk-C2KN6SKI.js";
import {
  parseNumber
} from "./chunk-GSDHXXZL.js";
import {
  columnOf,
  readCsvTable
} from "./chunk-7P42ETQJ.js";
import {
  InputError
} from "./chunk-5IU5AZD2.js";

// shared/data/predictions.ts
var DEFAULT_PREDICTION_COLUMNS = { yTrue: "y_true", yPred: "y_pred", yScore: "y_score", id: "id" };
function readPredictions(path, task, names = {}) {
  return predictionsFromTable(readCsvTable(path), task, { ...DEFAULT_PREDICTION_COLUMNS, ...names });
}
function predictionsFromTable(table, task, names) {
  if (table.rowCount === 0) throw new InputError(`${table.source}: no prediction rows`);
  const result = { yTrue: columnOf(table, names.yTrue).map((c) => c.trim()), yPred: columnOf(table, names.yPred).map((c) => c.trim()) };
  if (table.cells.has(names.id)) {
    const ids = columnOf(table, names.id).map((c) => c.trim());
    const seen = /* @__PURE__ */ new Set();
    ids.forEach((id, row) => {
      if (seen.has(id)) throw new InputError(`${table.source}: id \`${id}\` in column \`${names.id}\` appears twice (line ${row + 2})`);
      seen.add(id);
    });
    result.ids = ids;
  }
  if (task === "binary" && table.cells.has(names.yScore)) {
    result.yScore = numbers(table, names.yScore);
  }
  if (task === "multiclass") {
    const prefix = `${names.yScore}_`;
    const scoreColumns = table.columns.filter((c) => c.startsWith(prefix));
    if (scoreColumns.length > 0) {
      result.classScores = Object.fromEntries(scoreColumns.map((c) => [c.slice(prefix.length), numbers(table, c)]));
    }
  }
  return result;
}
function numbers(table, column) {
  return columnOf(table, column).map((cell, row) => {
    const value = parseNumber(cell);
    if (value === void 0 || !Number.isFinite(value)) {
      throw new InputError(`${table.source}: column \`${column}\` line ${row + 2}: \`${cell}\` is not a finite number`);
    }
    return value;
  });
}

// shared/commands/evaluate.ts
function evaluate(options) {
  if (!TASKS.includes(options.task)) throw new InputError(`--task must be one of ${TASKS.join(", ")}, got \`${options.task}\``);
  const task = options.task;
  const candidate = readPredictions(options.predictions, task, options.columns);
  const baseline = options.baseline ? readPredictions(options.baseline, task, options.columns) : void 0;
  try {
    return evaluatePredictions(candidate, {
      task,
      ...options.positiveLabel !== void 0 ? { positiveLabel: options.positiveLabel } : {},
      ...options.resamples !== void 0 ? { resamples: options.resamples } : {},
      ...options.seed !== void 0 ? { seed: options.seed } : {},
      ...baseline ? { baseline } : {}
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${options.predictions}${options.baseline ? ` / ${options.baseline}` : ""}: ${error.message}`);
  }
}

export {
  evaluate
};
