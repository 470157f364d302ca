import schema from '../../../schemas/lineage.schema.json' with { type: 'json' };
import { decodeNumber } from './json.js';
import { schemaChecker } from './json-schema.js';
import type { LineageRecord } from '../../core/lineage/record.js';

/** The `$id` of `schemas/lineage.schema.json`. */
export const LINEAGE_SCHEMA_ID = schema.$id;

/**
 * Checks a parsed `lineage.json` against `schemas/lineage.schema.json` and returns it as a
 * `LineageRecord`, with the strings "Infinity", "-Infinity" and "NaN" that `toJson` writes for
 * non-finite metric values turned back into numbers. The input is not changed.
 *
 * Throws an `InputError` naming the source and the first failing field as a JSON Pointer:
 * `lineage.json: /subjects/0/sha256 must match pattern "^[0-9a-f]{64}$" (got "abc")`.
 */
export function validateLineage(value: unknown, source: string): LineageRecord {
  checkLineageSchema(value, source);
  return reviveLineage(value);
}

/** The schema half of `validateLineage`: throws its `InputError`, returns nothing. */
export function checkLineageSchema(value: unknown, source: string): void {
  checkSchema(value, source);
}

/**
 * The decoding half of `validateLineage`, for a value `checkLineageSchema` accepted: a copy with
 * the non-finite strings turned back into numbers. The schema allows them only in `metrics`
 * (its `number` definition); every other number in a record is a plain JSON number.
 */
export function reviveLineage(value: unknown): LineageRecord {
  const record = structuredClone(value) as LineageRecord;
  reviveMetrics(record);
  return record;
}

/**
 * RFC 3339 `date-time` (JSON Schema's `format: date-time`), checked without ajv-formats: the
 * shape by a pattern, the calendar by hand, because `Date.parse` accepts 2024-02-30 (as March 1).
 * A leap second (:60) is accepted as RFC 3339 allows it.
 */
export function isRfc3339DateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (match[9] !== undefined && (Number(match[10]) > 23 || Number(match[11]) > 59)) return false;
  return true;
}

const checkSchema = schemaChecker(schema, 'is not a valid lineage record', (ajv) => ajv.addFormat('date-time', { type: 'string', validate: isRfc3339DateTime }));

function reviveMetrics(record: LineageRecord): void {
  const metrics = record.metrics;
  for (const name of Object.keys(metrics.values)) metrics.values[name] = revive(metrics.values[name]);
  for (const interval of Object.values(metrics.intervals ?? {})) reviveInterval(interval);
  for (const c of Object.values(metrics.comparison ?? {})) {
    if (c.baseline !== null) c.baseline = revive(c.baseline);
    c.delta = revive(c.delta);
    if (c.p_value !== undefined) c.p_value = revive(c.p_value);
    reviveInterval(c.interval);
  }
}

function reviveInterval(interval: [number, number]): void {
  interval[0] = revive(interval[0]);
  interval[1] = revive(interval[1]);
}

function revive(value: number | string): number {
  return decodeNumber(value)!; // the schema allows only numbers and the three strings here
}
