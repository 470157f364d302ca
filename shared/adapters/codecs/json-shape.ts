import { InputError } from '../../errors.js';
import { decodeNumber } from './json.js';

/**
 * Typed readers for parsed JSON. A codec describes its format once, as a shape built from the
 * functions below; the shape both checks a value and decodes it (non-finite numbers are turned
 * back where the shape has a number, see `json.ts`). A value that does not fit fails with the
 * field's path: `evaluation.json: \`metrics.roc_auc\` is a string, expected a number`.
 *
 * Objects are open: fields the shape does not name are kept as parsed, so a file written by a
 * newer mlgate loses nothing when it is read and written again. Objects are rebuilt, never
 * changed in place.
 */
export type Shape<T> = (value: unknown, at: string) => T;

/** A field that may be absent; `fallback` fills it in when it is (for fields older files lack). */
export interface Optional<T> {
  optional: Shape<T>;
  fallback?: () => T;
}

/** A value that does not fit its shape: where (a path such as `columns[2].statistic`) and why. */
export class ShapeMismatch extends Error {
  constructor(readonly path: string, readonly problem: string) {
    super(`${path ? `\`${path}\`` : 'the top level'} ${problem}`);
    this.name = 'ShapeMismatch';
  }
}

/**
 * Decodes `value` with `shape`, or throws an `InputError` naming the source and the field. The
 * `hint` is added when a top-level field does not fit (the file is probably another kind of file).
 */
export function decodeShape<T>(shape: Shape<T>, value: unknown, source: string, hint?: string): T {
  try {
    return shape(value, '');
  } catch (error) {
    if (!(error instanceof ShapeMismatch)) throw error;
    const topLevel = !/[.[]/.test(error.path);
    throw new InputError(`${source}: ${error.message}${hint && topLevel ? ` — ${hint}` : ''}`);
  }
}

export const number: Shape<number> = (value, at) => {
  const decoded = decodeNumber(value);
  if (decoded === undefined) throw new ShapeMismatch(at, `is ${describe(value)}, expected a number`);
  return decoded;
};

/** A whole number ≥ 0: a count of rows, cells or cases. */
export const count: Shape<number> = (value, at) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new ShapeMismatch(at, `is ${describe(value)}, expected a whole number ≥ 0`);
  return value;
};

export const string: Shape<string> = (value, at) => {
  if (typeof value !== 'string') throw new ShapeMismatch(at, `is ${describe(value)}, expected a string`);
  return value;
};

export const boolean: Shape<boolean> = (value, at) => {
  if (typeof value !== 'boolean') throw new ShapeMismatch(at, `is ${describe(value)}, expected true or false`);
  return value;
};

export function oneOf<T extends string>(values: readonly T[]): Shape<T> {
  return (value, at) => {
    if (!values.includes(value as T)) {
      const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) : describe(value);
      throw new ShapeMismatch(at, `is ${shown}, expected one of ${values.join(', ')}`);
    }
    return value as T;
  };
}

/**
 * Every member of a union of strings, for `oneOf` where the code has the type but no list:
 * `allMembers<Verdict>({ pass: true, warn: true, fail: true })`. A member left out, or one the
 * type does not have, fails to compile.
 */
export function allMembers<T extends string>(members: Record<T, true>): T[] {
  return Object.keys(members) as T[];
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (value, at) => {
    if (value === null) return null;
    try {
      return shape(value, at);
    } catch (error) {
      if (error instanceof ShapeMismatch && error.path === at) throw new ShapeMismatch(at, `${error.problem} or null`);
      throw error;
    }
  };
}

export function list<T>(item: Shape<T>): Shape<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) throw new ShapeMismatch(at, `is ${describe(value)}, expected a list`);
    return value.map((element, index) => item(element, `${at}[${index}]`));
  };
}

/** Two values, e.g. an interval's bounds. */
export function pair<T>(item: Shape<T>): Shape<[T, T]> {
  return (value, at) => {
    if (!Array.isArray(value) || value.length !== 2) throw new ShapeMismatch(at, `is ${describe(value)}, expected a list of two`);
    return [item(value[0], `${at}[0]`), item(value[1], `${at}[1]`)];
  };
}

/** An object whose every field has the same shape (metrics by name, columns by name). */
export function record<T>(item: Shape<T>): Shape<Record<string, T>> {
  return (value, at) => {
    // fromEntries, not assignment: a key "__proto__" stays a field instead of setting the prototype.
    return Object.fromEntries(Object.entries(objectOf(value, at)).map(([key, field]) => [key, item(field, child(at, key))]));
  };
}

export function optional<T>(shape: Shape<T>): Optional<T>;
export function optional<T>(shape: Shape<T>, fallback: () => NoInfer<T>): Required<Optional<T>>;
export function optional<T>(shape: Shape<T>, fallback?: () => T): Optional<T> {
  return fallback ? { optional: shape, fallback } : { optional: shape };
}

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** For each field of `T`: its shape; optional fields (and required ones older files may lack) as `optional(…)`. */
export type Fields<T> = {
  [K in keyof T]-?: K extends OptionalKeys<T> ? Optional<Exclude<T[K], undefined>> : Shape<T[K]> | Required<Optional<T[K]>>;
};

export function object<T>(fields: Fields<T>): Shape<T> {
  return (value, at) => {
    const input = objectOf(value, at);
    const output: Record<string, unknown> = { ...input };
    for (const [key, field] of Object.entries(fields) as [string, Shape<unknown> | Optional<unknown>][]) {
      const raw = Object.hasOwn(input, key) ? input[key] : undefined;
      if (typeof field === 'function') output[key] = field(raw, child(at, key));
      else if (raw !== undefined) output[key] = field.optional(raw, child(at, key));
      else if (field.fallback) output[key] = field.fallback();
    }
    return output as T;
  };
}

function objectOf(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeMismatch(at, `is ${describe(value)}, expected an object`);
  return value as Record<string, unknown>;
}

function child(at: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return at ? `${at}.${key}` : key;
  return `${at}[${JSON.stringify(key)}]`;
}

/** What a value is, for messages: `missing`, `a string`, `a list of 3`, `1.5`, `true`. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return String(value);
}
