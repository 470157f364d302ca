import type { LineageRecord } from '../../core/lineage/record.js';
import { checkLineageSchema, reviveLineage } from './validate-lineage.js';
import { jsonFileCodec } from './json-file.js';

/**
 * `lineage.json`, the record `mlgate publish` stores with every version: a `LineageRecord`
 * (`shared/lineage/record.ts`) in `toJson`'s convention. Read through its JSON Schema
 * (`schemas/lineage.schema.json`, closed: an unknown field is an error), then with the
 * non-finite metric strings turned back into numbers.
 */
const codec = jsonFileCodec<LineageRecord>({
  what: 'lineage record',
  schema: checkLineageSchema,
  decode: (value) => reviveLineage(value),
});

export function encodeLineage(record: LineageRecord): string {
  return codec.encode(record);
}

/** `source` names the record in errors, e.g. `churn@v1.2.0/lineage.json`. */
export function decodeLineage(text: string, source: string): LineageRecord {
  return codec.decode(text, source);
}

export function readLineage(path: string): LineageRecord {
  return codec.read(path);
}

export function writeLineage(path: string, record: LineageRecord): void {
  codec.write(path, record);
}
