import type { SliceResult } from '../../core/gate/slices.js';
import { boolean, count, decodeShape, list, nullable, number, object, optional, pair, ShapeMismatch, string, type Shape } from './json-shape.js';

/** A slice's value as evaluate writes it (a category, or a number or boolean read from the data), as text. */
const sliceValue: Shape<string> = (value, at) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return '(missing)';
  throw new ShapeMismatch(at, 'is not a slice value (text, number, true/false or null)');
};

const SLICES = list(object<SliceResult>({
  metric: string, column: string, value: sliceValue, n: count, baseline: nullable(number), candidate: nullable(number), delta: nullable(number),
  interval: nullable(pair(number)), p_value: nullable(number), adjusted_p_value: nullable(number), gated: optional(boolean), note: optional(string),
}));
// Wrapped so a mismatch names its path from the top: `slices[3].delta`.
const WITH_SLICES = object<{ slices: SliceResult[] }>({ slices: SLICES });

/**
 * The evaluation's per-slice results (`slices`, written by `evaluate` when asked for slice
 * columns), checked field by field: the gate must not judge a slice it misread. `slices_error`
 * (text) says evaluate was asked for slices and could not compute them. Neither field: undefined.
 */
export function evaluationSlices(evaluation: object, source: string): { slices?: SliceResult[]; error?: string } {
  const raw = evaluation as { slices?: unknown; slices_error?: unknown };
  const error = typeof raw.slices_error === 'string' ? raw.slices_error : undefined;
  if (raw.slices === undefined || raw.slices === null) return error !== undefined ? { error } : {};
  return { slices: decodeShape(WITH_SLICES, { slices: raw.slices }, source).slices, ...(error !== undefined ? { error } : {}) };
}
