import { InputError } from '../../errors.js';

/**
 * The JSON convention of mlgate's files — evaluation, drift report, gate report, lineage record,
 * and every other JSON the CLI and the actions print:
 * - two-space indentation and a final newline;
 * - non-finite numbers as the strings "Infinity", "-Infinity" and "NaN": JSON has no such numbers,
 *   and `JSON.stringify` would write `null`, which reads back as something else. Python's `float()`
 *   reads these strings, and `schemas/lineage.schema.json` allows them where a number goes;
 * - negative zero is written as 0, as `JSON.stringify` writes it (no result tells them apart).
 *
 * Readers turn the three strings back into numbers where their format has a number
 * (`decodeNumber`, which every codec's reader uses), never in a text field: a drift column or a
 * class label named "NaN" stays text. That is why no reviver is passed to `JSON.parse`: a reviver
 * sees values, not what the format says belongs there.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}

/**
 * `toJson` with every list of numbers on one line: the same JSON value under the same convention,
 * for files that are mostly long lists of numbers (a profile holds two thousand per column, which
 * one per line makes half the text and half the parsing of a `profile merge`).
 */
export function toJsonInlineNumbers(value: unknown): string {
  return `${inlineNumbers(value, '')}\n`;
}

function inlineNumbers(value: unknown, indent: string): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number')) {
      return value.every((v: number) => Number.isFinite(v)) ? JSON.stringify(value) : `[${value.map((v: number) => inlineNumbers(v, indent)).join(',')}]`;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((v: unknown) => `${inner}${v === undefined || typeof v === 'function' ? 'null' : inlineNumbers(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${inlineNumbers(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The number a parsed JSON value holds under the convention above, or `undefined` when it holds none. */
export function decodeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return NaN;
  return undefined;
}

/** Parses JSON text; a syntax error is an `InputError` naming the source: `e.json: evaluation is not valid JSON (…)`. */
export function parseJson(text: string, source: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source}: ${what} is not valid JSON (${(error as Error).message})`);
  }
}
