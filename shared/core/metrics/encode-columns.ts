/**
 * Turns validated prediction columns into the encoded arrays the metric sets work on:
 * 0/1 for binary (1 = positive label), class indices for multiclass, numbers for
 * regression. Labels arrive dictionary-encoded, so each distinct label is looked at once.
 * Input errors are thrown as Error with the column and 1-based row.
 */
import type { BinaryData } from './binary-metrics.js';
import { checkScoreColumn, columnName } from './input-columns.js';
import type { MulticlassData, MulticlassScores } from './multiclass-metrics.js';
import type { RegressionData } from './regression-metrics.js';
import { parseDecimal } from '../table/decimal.js';
import { sortLabels } from './labels.js';
import type { EncodedLabels, PredictionArrays } from './types.js';

/** Per row, `valueOf(label)` of its label, computed once per distinct label. */
function mapLabels<T extends Uint8Array | Int32Array | Float64Array>(column: EncodedLabels, out: T, valueOf: (label: string) => number): T {
  const values = column.labels.map(valueOf);
  for (let i = 0; i < column.codes.length; i++) out[i] = values[column.codes[i]];
  return out;
}

export function encodeBinary(
  columns: PredictionArrays,
  positive: string,
  prefix: string,
  notes: string[],
): BinaryData {
  const n = columns.yTrue.codes.length;
  const isPositive = mapLabels(columns.yTrue, new Uint8Array(n), (label) => (label === positive ? 1 : 0));
  const predictedPositive = mapLabels(columns.yPred, new Uint8Array(n), (label) => (label === positive ? 1 : 0));
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

function encodeScores(columns: PredictionArrays, prefix: string): MulticlassScores | undefined {
  if (!columns.classScores) return undefined;
  const labels = sortLabels(Object.keys(columns.classScores));
  const scoreColumns = labels.map((label) =>
    checkScoreColumn(columns.classScores![label], columnName(prefix, `classScores[${JSON.stringify(label)}]`), true),
  );
  const columnIndex = new Map(labels.map((label, c) => [label, c]));
  const yTrueColumn = mapLabels(columns.yTrue, new Int32Array(columns.yTrue.codes.length), (label) => columnIndex.get(label) ?? -1);
  const missing = yTrueColumn.indexOf(-1);
  if (missing !== -1) {
    throw new Error(
      `${columnName(prefix, 'classScores')}: no probability column for class ${JSON.stringify(columns.yTrue.labels[columns.yTrue.codes[missing]])}, ` +
        `which ${columnName(prefix, 'yTrue')} holds at row ${missing + 1}`,
    );
  }
  return { labels, columns: scoreColumns, yTrueColumn };
}

export function encodeMulticlass(
  columns: PredictionArrays,
  classIndex: ReadonlyMap<string, number>,
  prefix: string,
): MulticlassData {
  const n = columns.yTrue.codes.length;
  const index = (label: string): number => classIndex.get(label)!;
  const data: MulticlassData = {
    yTrue: mapLabels(columns.yTrue, new Int32Array(n), index),
    yPred: mapLabels(columns.yPred, new Int32Array(n), index),
    nClasses: classIndex.size,
  };
  const scores = encodeScores(columns, prefix);
  if (scores) data.scores = scores;
  return data;
}

/**
 * A label column read as numbers (`parseDecimal`, finite values only); an Error names the first
 * row whose label is not one, as `parseNumberColumn` does.
 */
export function numberColumn(column: EncodedLabels, name: string): Float64Array {
  const values = mapLabels(column, new Float64Array(column.codes.length), (label) => {
    const value = parseDecimal(label);
    return value !== undefined && Number.isFinite(value) ? value : Number.NaN;
  });
  const bad = values.findIndex((v) => Number.isNaN(v));
  if (bad !== -1) throw new Error(`${name}: row ${bad + 1} is ${JSON.stringify(column.labels[column.codes[bad]])}, expected a finite number`);
  return values;
}

export function encodeRegression(columns: PredictionArrays, prefix: string): RegressionData {
  return {
    yTrue: numberColumn(columns.yTrue, columnName(prefix, 'yTrue')),
    yPred: numberColumn(columns.yPred, columnName(prefix, 'yPred')),
  };
}
