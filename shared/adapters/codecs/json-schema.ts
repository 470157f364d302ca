import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../../errors.js';

/**
 * A `JsonFileFormat.schema` check from a JSON Schema (draft 2020-12, `schemas/*.schema.json`),
 * compiled once, on first use. A value that fails throws an `InputError` naming the source and
 * the first failing field as a JSON Pointer:
 * `drift.json: /columns/0/name must NOT have more than 256 characters (got "aaaa…")`.
 * `invalid` is the message when Ajv names no error.
 */
export function schemaChecker(schema: object, invalid: string, configure?: (ajv: Ajv2020) => void): (value: unknown, source: string) => void {
  let compiled: ValidateFunction | undefined;
  return (value, source) => {
    if (!compiled) {
      // verbose: errors carry the offending value and the failing subschema, for the message.
      const ajv = new Ajv2020({ allErrors: false, strict: true, verbose: true });
      configure?.(ajv);
      compiled = ajv.compile(schema);
    }
    if (!compiled(value)) throw new InputError(`${source}: ${oneLine(describeError(compiled.errors ?? [], invalid))}`);
  };
}

function describeError(errors: ErrorObject[], invalid: string): string {
  if (errors.length === 0) return invalid;
  const first = errors[0];
  const path = first.instancePath || '/';
  // `anyOf` reports each failed branch, then itself: name every alternative the value could take.
  const alternatives = errors.find((e) => e.keyword === 'anyOf' && e.instancePath === first.instancePath);
  if (alternatives) {
    const branches = errors.filter((e) => e.keyword !== 'anyOf' && e.instancePath === first.instancePath).map(message);
    return `${path} ${[...new Set(branches)].join(', or ')}${got(first.data)}`;
  }
  // A failing key of a map (`propertyNames`): say it is the key, not the map, that is wrong.
  if (first.propertyName !== undefined) return `${join(first.instancePath, first.propertyName.length > 40 ? `${first.propertyName.slice(0, 37)}…` : first.propertyName)}: the name ${message(first)}`;
  switch (first.keyword) {
    case 'required':
      return `${join(first.instancePath, (first.params as { missingProperty: string }).missingProperty)} is required`;
    case 'additionalProperties':
      return `${join(first.instancePath, (first.params as { additionalProperty: string }).additionalProperty)} is not a known field`;
    default:
      return `${path} ${message(first)}${got(first.data)}`;
  }
}

function message(error: ErrorObject): string {
  switch (error.keyword) {
    case 'const':
      return `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'format':
      return `must be an RFC 3339 ${(error.params as { format: string }).format} (e.g. 2025-01-31T12:00:00Z)`;
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return `${error.message ?? 'is not valid'}${description ? ` — ${description.replace(/\.$/, '')}` : ''}`;
    }
    default:
      return error.message ?? 'is not valid';
  }
}

function join(pointer: string, property: string): string {
  // JSON Pointer escaping (RFC 6901), so a field named `a/b` is not read as two levels.
  return `${pointer}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function got(data: unknown): string {
  if (data === undefined || (typeof data === 'object' && data !== null)) return '';
  const text = JSON.stringify(data);
  return ` (got ${text.length > 80 ? `${text.slice(0, 77)}…` : text})`;
}


/** Field names in the message come from the file: control characters (a newline) as JSON escapes, so the message stays one line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
