/**
 * `PredictionArrays`: prediction columns as typed arrays (labels dictionary-encoded, ids as bytes),
 * the form evaluation works on. Columns given as string arrays are encoded once; the predictions
 * reader builds this form directly from a file's bytes.
 */
import { rowIdCount, rowIdsFromStrings } from './row-ids.js';
import type { EncodedLabels, LabelCodes, PredictionArrays, PredictionColumns } from './types.js';

/** Codes for `length` rows of a dictionary of up to `labels` labels, of the smallest width that holds them. */
export function labelCodes(length: number, labels: number): LabelCodes {
  return labels <= 0x100 ? new Uint8Array(length) : labels <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

/** Codes of the same width as `codes`, for `length` rows. */
function codesLike(codes: LabelCodes, length: number): LabelCodes {
  return codes instanceof Uint8Array ? new Uint8Array(length) : codes instanceof Uint16Array ? new Uint16Array(length) : new Uint32Array(length);
}

export function encodeLabels(values: readonly string[]): EncodedLabels {
  const index = new Map<string, number>();
  const labels: string[] = [];
  for (const value of values) {
    if (!index.has(value)) {
      index.set(value, labels.length);
      labels.push(value);
    }
  }
  const codes = labelCodes(values.length, labels.length);
  for (let i = 0; i < values.length; i++) codes[i] = index.get(values[i])!;
  return { codes, labels };
}

/** The labels of each row as strings (small inputs and tests only). */
export function decodeLabels(column: EncodedLabels): string[] {
  return Array.from(column.codes, (code) => column.labels[code]);
}

/** Columns already validated by shape (`checkShape`) as typed arrays. */
export function predictionArraysFrom(columns: PredictionColumns): PredictionArrays {
  const arrays: PredictionArrays = { kind: 'arrays', yTrue: encodeLabels(columns.yTrue), yPred: encodeLabels(columns.yPred) };
  // Score values are checked later (`checkScoreColumn`) with their row; a copy keeps non-numbers as NaN there.
  if (columns.yScore) arrays.yScore = Float64Array.from(columns.yScore, (v) => (typeof v === 'number' ? v : Number.NaN));
  if (columns.classScores) {
    arrays.classScores = {};
    for (const [label, values] of Object.entries(columns.classScores)) {
      arrays.classScores[label] = Float64Array.from(values, (v) => (typeof v === 'number' ? v : Number.NaN));
    }
  }
  if (columns.ids) arrays.ids = rowIdsFromStrings(columns.ids);
  return arrays;
}

export function rowCount(arrays: PredictionArrays): number {
  return arrays.yTrue.codes.length;
}

/**
 * Labels rewritten by `rename` (e.g. numeric labels spelled by value); labels that become equal
 * merge into one code. The column is returned unchanged when no label changes.
 */
export function renameLabels(column: EncodedLabels, rename: (label: string) => string): EncodedLabels {
  const renamed = column.labels.map(rename);
  if (renamed.every((label, k) => label === column.labels[k])) return column;
  const merged = encodeLabels(renamed);
  const codes = codesLike(column.codes, column.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = merged.codes[column.codes[i]];
  return { codes, labels: merged.labels };
}

/** Rows reordered: row k of the result is row `order[k]`. */
export function reorderLabels(column: EncodedLabels, order: ArrayLike<number>): EncodedLabels {
  const codes = codesLike(column.codes, order.length);
  for (let k = 0; k < order.length; k++) codes[k] = column.codes[order[k]];
  return { codes, labels: column.labels };
}

export function reorderValues(values: Float64Array, order: ArrayLike<number>): Float64Array {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
  return out;
}

/** Checks that every column has one entry per row (`checkLength`'s message for string columns). */
export function arrayLengths(arrays: PredictionArrays): { name: string; length: number }[] {
  const lengths = [{ name: 'yPred', length: arrays.yPred.codes.length }];
  if (arrays.yScore) lengths.push({ name: 'yScore', length: arrays.yScore.length });
  for (const [label, values] of Object.entries(arrays.classScores ?? {})) lengths.push({ name: `classScores[${JSON.stringify(label)}]`, length: values.length });
  if (arrays.ids) lengths.push({ name: 'ids', length: rowIdCount(arrays.ids) });
  return lengths;
}
