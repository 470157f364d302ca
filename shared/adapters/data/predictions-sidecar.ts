import { existsSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { readJsonFile, toJson, writeFileAtomic } from '../files/files.js';

/**
 * What a predictions CSV written by mlgate holds, in a JSON file beside it (`predictions.csv` →
 * `predictions.json`), so `evaluate` cannot pair a binary `y_score` with the wrong class. A sidecar
 * rather than a header comment: pandas' `read_csv` does not skip comments by default.
 *
 * Schema: `task` ("binary" | "multiclass" | "regression"); `positive_label` (the class `y_score`
 * is the probability of; null for multiclass and regression); `classes` (every class, in
 * `sortLabels` order; empty for regression); `score_columns` (class → its score column in the CSV).
 */
export interface PredictionsSidecar {
  task: 'binary' | 'multiclass' | 'regression';
  positive_label: string | null;
  classes: string[];
  score_columns: Record<string, string>;
}

/** `predictions.csv` → `predictions.json` (any other name: its extension replaced, or `.json` added). */
export function sidecarPath(predictionsPath: string): string {
  return /\.[^./\\]+$/.test(predictionsPath) ? predictionsPath.replace(/\.[^./\\]+$/, '.json') : `${predictionsPath}.json`;
}

export function writePredictionsSidecar(predictionsPath: string, sidecar: PredictionsSidecar): void {
  writeFileAtomic(sidecarPath(predictionsPath), toJson(sidecar));
}

/** The sidecar of a predictions file, or undefined when there is none (files not written by mlgate). */
export function readPredictionsSidecar(predictionsPath: string): PredictionsSidecar | undefined {
  const path = sidecarPath(predictionsPath);
  if (path === predictionsPath || !existsSync(path)) return undefined;
  const sidecar = readJsonFile<Partial<PredictionsSidecar>>(path, 'predictions sidecar');
  const valid = sidecar !== null && typeof sidecar === 'object'
    && (sidecar.task === 'binary' || sidecar.task === 'multiclass' || sidecar.task === 'regression')
    && (sidecar.positive_label === null || typeof sidecar.positive_label === 'string')
    && Array.isArray(sidecar.classes) && sidecar.classes.every((c) => typeof c === 'string');
  if (!valid) throw new InputError(`${path}: not a predictions sidecar (expected task, positive_label, classes, score_columns)`);
  return sidecar as PredictionsSidecar;
}
