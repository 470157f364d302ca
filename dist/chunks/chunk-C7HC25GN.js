import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  TASKS,
  evaluatePredictions
} from "./chunk-KOCVPDUK.js";
import {
  readPredictions
} from "./chunk-WYZFRZMY.js";
import {
  InputError
} from "./chunk-KFCK2SSB.js";

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
