import type { ColumnKind } from '../../core/drift/column-sample.js';
import type { CategoryHistogram, ColumnHistogram, NumericHistogram } from '../../core/drift/column-histogram.js';
import { CORRECTIONS } from '../../core/drift/correction.js';
import type { ColumnDrift, DriftReport, SchemaChanges } from '../../core/drift/drift-report.js';
import { METHOD_NAMES } from '../../core/drift/methods.js';
import schema from '../../../schemas/drift.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { allMembers, boolean, count, decodeShape, list, nullable, number, object, oneOf, optional, ShapeMismatch, string, type Shape } from './json-shape.js';

/**
 * `drift.json`, what `mlgate drift --format json` prints and the gate and `publish` read: a
 * `DriftReport` (`shared/drift/drift-report.ts`) in `toJson`'s convention (an infinite statistic
 * as "Infinity").
 *
 * Every field the writer always writes is required; `reason`, `significance` and `note` of a
 * column are optional, as in the type (and `stray_tokens`, `histogram`). Methods, kinds and the correction must be ones this
 * version knows. Fields the format does not name are kept as read.
 */
const KINDS = allMembers<ColumnKind>({ numeric: true, categorical: true });

const sides = <T>(shape: Shape<T>) => object<{ reference: T; current: T }>({ reference: shape, current: shape });

const NUMERIC_HISTOGRAM = object<NumericHistogram>({ kind: oneOf(['numeric']), edges: list(number), reference: list(count), current: list(count) });
const CATEGORY_HISTOGRAM = object<CategoryHistogram>({
  kind: oneOf(['categorical']), categories: list(string), reference: list(count), current: list(count),
  other: object<CategoryHistogram['other']>({ categories: count, reference: count, current: count }),
});

/**
 * The schema bounds the lists; here they must also fit together (one count per bin on each side,
 * edges in order), so a chart never draws bars that belong to no bin.
 */
const HISTOGRAM: Shape<ColumnHistogram> = (value, at) => {
  const kind = oneOf(KINDS)((value as { kind?: unknown } | null)?.kind, `${at}.kind`);
  if (kind === 'numeric') {
    const histogram = NUMERIC_HISTOGRAM(value, at);
    const bins = histogram.edges.length + 1;
    if (histogram.reference.length !== bins || histogram.current.length !== bins) {
      throw new ShapeMismatch(at, `has ${histogram.edges.length} edges, so needs ${bins} counts on each side (found ${histogram.reference.length} and ${histogram.current.length})`);
    }
    if (histogram.edges.some((edge, i) => Number.isNaN(edge) || (i > 0 && edge < histogram.edges[i - 1]))) throw new ShapeMismatch(`${at}.edges`, 'are not in increasing order');
    return histogram;
  }
  const histogram = CATEGORY_HISTOGRAM(value, at);
  const bars = histogram.categories.length;
  if (histogram.reference.length !== bars || histogram.current.length !== bars) {
    throw new ShapeMismatch(at, `has ${bars} categories, so needs ${bars} counts on each side (found ${histogram.reference.length} and ${histogram.current.length})`);
  }
  return histogram;
};

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
  histogram: optional(HISTOGRAM),
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
