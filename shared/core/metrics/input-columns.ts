/**
 * Validation of the prediction columns handed over by the CLI / GitHub Action. Errors
 * name the column and the first bad row as a 1-based data row number (the header is not
 * counted), so a user can find it in the CSV.
 */
import { parseDecimal } from '../table/decimal.js';

/** Column name as shown in messages, e.g. "yScore" or "baseline.yScore". */
export function columnName(prefix: string, column: string): string {
  return prefix ? `${prefix}.${column}` : column;
}

export function checkLength(column: string, length: number, expected: number, reference = 'yTrue'): void {
  if (length !== expected) {
    const row = Math.min(length, expected) + 1;
    throw new Error(
      `${column} has ${length} rows but ${reference} has ${expected}: the columns disagree from row ${row} on`,
    );
  }
}

/**
 * Parses a column of numbers as read from CSV with `parseDecimal` ("3", "-0.25", "1e-3";
 * surrounding spaces allowed), keeping finite values only: empty and missing cells, infinities,
 * values beyond the float64 range and anything `parseDecimal` does not read are rejected.
 */
export function parseNumberColumn(values: readonly string[], column: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    const value = typeof raw === 'string' ? parseDecimal(raw) : undefined;
    if (value === undefined || !Number.isFinite(value)) {
      throw new Error(`${column}: row ${i + 1} is ${JSON.stringify(raw)}, expected a finite number`);
    }
    out[i] = value;
  }
  return out;
}

/**
 * Checks a score column: finite numbers, and within [0, 1] when they are probabilities
 * (log loss, Brier score). Returns the values as a Float64Array (the same one when given one).
 */
export function checkScoreColumn(values: ArrayLike<number>, column: string, probability: boolean): Float64Array {
  // A Float64Array is already a copy the caller owns (see prediction-arrays.ts): checked in place.
  const out = values instanceof Float64Array ? values : new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${column}: row ${i + 1} is ${String(v)}, expected a finite number`);
    }
    if (probability && (v < 0 || v > 1)) {
      throw new Error(`${column}: row ${i + 1} is ${v}, expected a probability in [0, 1] (log loss needs probabilities)`);
    }
    out[i] = v;
  }
  return out;
}

export function checkLabelColumn(values: readonly unknown[], column: string): void {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== 'string') {
      throw new Error(`${column}: row ${i + 1} is ${String(values[i])}, expected a label (string)`);
    }
  }
}
