/**
 * Turns validated prediction columns into the encoded arrays the metric sets work on:
 * 0/1 for binary (1 = positive label), class indices for multiclass, numbers for
 * regression. Input errors are thrown as Error with the column and 1-based row.
 */
import type { BinaryData } from './binary-metrics.js';
import { checkScoreColumn, columnName, parseNumberColumn } from './input-columns.js';
import type { MulticlassData, MulticlassScores } from './multiclass-metrics.js';
import type { RegressionData } from './regression-metrics.js';
import { sortLabels } from './labels.js';
import type { PredictionColumns } from './types.js';

export function encodeBinary(
  columns: PredictionColumns,
  positive: string,
  prefix: string,
  notes: string[],
): BinaryData {
  const isPositive = Uint8Array.from(columns.yTrue, (label) => (label === positive ? 1 : 0));
  const predictedPositive = Uint8Array.from(columns.yPred, (label) => (label === positive ? 1 : 0));
  const data: BinaryData = { isPositive, predictedPositive };
  if (columns.yScore) {
    data.score = checkScoreColumn(columns.yScore, columnName(prefix, 'yScore'), true);
  } else if (columns.classScores && Object.hasOwn(columns.classScores, positive)) {
    const name = columnName(prefix, `classScores[${JSON.stringify(positive)}]`);
    data.score = checkScoreColumn(columns.classScores[positive], name, true);
    notes.push(`${prefix ? `${prefix}: ` : ''}scores of the positive class taken from ${name}`);
  }
  return data;
}

function encodeScores(
  columns: PredictionColumns,
  prefix: string,
): MulticlassScores | undefined {
  if (!columns.classScores) return undefined;
  const labels = sortLabels(Object.keys(columns.classScores));
  const scoreColumns = labels.map((label) =>
    checkScoreColumn(columns.classScores![label], columnName(prefix, `classScores[${JSON.stringify(label)}]`), true),
  );
  const columnIndex = new Map(labels.map((label, c) => [label, c]));
  const yTrueColumn = new Int32Array(columns.yTrue.length);
  for (let i = 0; i < columns.yTrue.length; i++) {
    const c = columnIndex.get(columns.yTrue[i]);
    if (c === undefined) {
      throw new Error(
        `${columnName(prefix, 'classScores')}: no probability column for class ${JSON.stringify(columns.yTrue[i])}, ` +
          `which ${columnName(prefix, 'yTrue')} holds at row ${i + 1}`,
      );
    }
    yTrueColumn[i] = c;
  }
  return { labels, columns: scoreColumns, yTrueColumn };
}

export function encodeMulticlass(
  columns: PredictionColumns,
  classIndex: ReadonlyMap<string, number>,
  prefix: string,
): MulticlassData {
  const index = (label: string): number => classIndex.get(label)!;
  const data: MulticlassData = {
    yTrue: Int32Array.from(columns.yTrue, index),
    yPred: Int32Array.from(columns.yPred, index),
    nClasses: classIndex.size,
  };
  const scores = encodeScores(columns, prefix);
  if (scores) data.scores = scores;
  return data;
}

export function encodeRegression(columns: PredictionColumns, prefix: string): RegressionData {
  return {
    yTrue: parseNumberColumn(columns.yTrue, columnName(prefix, 'yTrue')),
    yPred: parseNumberColumn(columns.yPred, columnName(prefix, 'yPred')),
  };
}
