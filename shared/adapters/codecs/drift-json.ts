import type { ColumnKind } from '../../core/drift/column-sample.js';
import { CORRECTIONS } from '../../core/drift/correction.js';
import type { ColumnDrift, DriftReport, SchemaChanges } from '../../core/drift/drift-report.js';
import { METHOD_NAMES } from '../../core/drift/methods.js';
import schema from '../../../schemas/drift.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { allMembers, boolean, count, decodeShape, list, nullable, number, object, oneOf, optional, string, type Shape } from './json-shape.js';

/**
 * `drift.json`, what `mlgate drift --format json` prints and the gate and `publish` read: a
 * `DriftReport` (`shared/drift/drift-report.ts`) in `toJson`'s convention (an infinite statistic
 * as "Infinity").
 *
 * Every field the writer always writes is required; `reason`, `significance` and `note` of a
 * column are optional, as in the type (and `stray_tokens`). Methods, kinds and the correction must be ones this
 * version knows. Fields the format does not name are kept as read.
 */
const KINDS = allMembers<ColumnKind>({ numeric: true, categorical: true });

const sides = <T>(shape: Shape<T>) => object<{ reference: T; current: T }>({ reference: shape, current: shape });

const COLUMN = object<ColumnDrift>({
  name: string,
  kind: oneOf(KINDS),
  method: oneOf(METHOD_NAMES),
  reason: optional(string),
  statistic: nullable(number),
  p_value: nullable(number),
  adjusted_p_value: nullable(number),
  significance: optional(object<NonNullable<ColumnDrift['significance']>>({
    test: oneOf(METHOD_NAMES), p_value: number, adjusted_p_value: nullable(number), threshold: number,
  })),
  threshold: number,
  drifted: boolean,
  missing: sides(number),
  rows: sides(count),
  stray_tokens: optional(object<NonNullable<ColumnDrift['stray_tokens']>>({ tokens: list(string), cells: sides(count) })),
  approximate: optional(boolean),
  error_bound: optional(number),
  note: optional(string),
});

const SCHEMA = object<SchemaChanges>({
  added: list(string),
  dropped: list(string),
  type_changed: list(object<SchemaChanges['type_changed'][number]>({ name: string, reference: oneOf(KINDS), current: oneOf(KINDS) })),
  missing_rate_changed: list(object<SchemaChanges['missing_rate_changed'][number]>({ name: string, reference: number, current: number })),
  missing_rate_threshold: number,
});

const DRIFT = object<DriftReport>({
  reference: object<DriftReport['reference']>({ source: string, rows: count }),
  current: object<DriftReport['current']>({ source: string, rows: count }),
  correction: oneOf(CORRECTIONS),
  columns: list(COLUMN),
  share_drifted: number,
  drift_share_threshold: number,
  dataset_drifted: boolean,
  critical_columns_drifted: list(string),
  schema: SCHEMA,
  not_compared: list(object<DriftReport['not_compared'][number]>({ name: string, reason: string })),
});

const codec = jsonFileCodec<DriftReport>({
  what: 'drift report',
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(schema, 'is not a valid drift report'),
  decode: (value, source) => decodeShape(DRIFT, value, source, 'is this the output of `mlgate drift --format json`?'),
});

export function encodeDrift(report: DriftReport): string {
  return codec.encode(report);
}

export function decodeDrift(text: string, source: string): DriftReport {
  return codec.decode(text, source);
}

export function readDrift(path: string): DriftReport {
  return codec.read(path);
}

export function writeDrift(path: string, report: DriftReport): void {
  codec.write(path, report);
}
