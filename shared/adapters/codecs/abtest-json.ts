import type { AbTestResult } from '../../core/abtest/abtest.js';
import schema from '../../../schemas/abtest.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { decodeNumber } from './json.js';

/**
 * `abtest.json`, what `mlgate abtest --format json` prints and `gate --abtest` reads. The schema
 * checks every field; decoding turns `toJson`'s non-finite strings back into numbers.
 */
const codec = jsonFileCodec<AbTestResult>({
  what: 'A/B test decision',
  schema: schemaChecker(schema, 'is not an A/B test decision (is this the output of `mlgate abtest --format json`?)'),
  decode: (value) => revive(value) as AbTestResult,
});

/** Numbers are where the schema puts `$defs/number`; text fields (columns, looks) never hold those strings as numbers, except a look named "NaN", kept as text. */
function revive(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  if (typeof value === 'string' && key !== 'stopped_at' && key !== 'column') return decodeNumber(value) ?? value;
  return value;
}

export function encodeAbTest(result: AbTestResult): string {
  return codec.encode(result);
}

export function readAbTest(path: string): AbTestResult {
  return codec.read(path);
}
