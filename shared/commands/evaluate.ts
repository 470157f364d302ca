import { InputError } from '../errors.js';
import type { Delimiter } from '../adapters/data/table.js';
import { readPredictions, type PredictionColumnNames } from '../adapters/data/predictions.js';
import { evaluatePredictions, TASKS, type EvaluationResult, type Task } from '../core/metrics/index.js';


export interface EvaluateCommandOptions {
  predictions: string;
  task: string;
  baseline?: string;
  positiveLabel?: string;
  columns?: Partial<PredictionColumnNames>;
  resamples?: number;
  seed?: number;
  /** Field separator of the predictions files (default `auto`). */
  delimiter?: Delimiter;
}

export function evaluate(options: EvaluateCommandOptions): EvaluationResult {
  if (!TASKS.includes(options.task as Task)) throw new InputError(`--task must be one of ${TASKS.join(', ')}, got \`${options.task}\``);
  const task = options.task as Task;
  const candidate = readPredictions(options.predictions, task, options.columns, options.delimiter);
  const baseline = options.baseline ? readPredictions(options.baseline, task, options.columns, options.delimiter) : undefined;
  try {
    return evaluatePredictions(candidate, {
      task,
      ...(options.positiveLabel !== undefined ? { positiveLabel: options.positiveLabel } : {}),
      ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(baseline ? { baseline } : {}),
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The metrics engine names the column and row; the file name is only known here.
    throw new InputError(`${options.predictions}${options.baseline ? ` / ${options.baseline}` : ''}: ${(error as Error).message}`);
  }
}
