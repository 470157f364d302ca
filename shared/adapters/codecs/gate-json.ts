import type { GateReport } from '../../core/gate/gate.js';
import type { GateCheck, Verdict } from '../../core/gate/gate.js';
import type { GatePolicy, MetricRule, Severity, SlicePolicy, TrendPolicy } from '../../core/gate/policy.js';
import type { SliceStatus, SliceVerdict } from '../../core/gate/slices.js';
import type { Trend } from '../../core/gate/trend.js';
import schema from '../../../schemas/gate.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import type { GateHeadline } from '../../core/gate/headline.js';
import { allMembers, boolean, count, decodeShape, list, nullable, number, object, oneOf, optional, pair, record, string } from './json-shape.js';

/**
 * `gate.json`, what `mlgate gate --format json` and the gate action's `output` write and
 * `publish --gate-report` reads: a `GateReport` (the verdict, its checks, the policy applied and
 * the rendered reports, and in a many-models repository the model and its headline figures) in
 * `toJson`'s convention. Every field is required but a metric rule's `threshold`, `model` and `headline`; fields the format does not name are kept as read.
 */
const VERDICTS = allMembers<Verdict>({ pass: true, warn: true, fail: true });
const SEVERITIES = allMembers<Severity>({ fail: true, warn: true, ignore: true });
const CHECK_KINDS = allMembers<GateCheck['kind']>({ metric: true, drift: true, slice: true, trend: true, abtest: true });
const SLICE_STATUSES = allMembers<SliceStatus>({ regressed: true, noise: true, small: true, ok: true });
const DIRECTIONS = ['higher', 'lower'] as const;

const GATE_REPORT = object<GateReport>({
  verdict: oneOf(VERDICTS),
  checks: list(object<GateCheck>({ subject: string, kind: oneOf(CHECK_KINDS), status: oneOf(VERDICTS), message: string, rule: optional(string) })),
  policy: object<GatePolicy>({
    metrics: record(object<MetricRule>({
      max_drop: optional(number), max_drop_pct: optional(number), threshold: optional(number), require_significance: boolean, direction: optional(oneOf(DIRECTIONS)),
      required: optional(boolean), max_cumulative_drop: optional(number),
    })),
    drift: object<GatePolicy['drift']>({ dataset: oneOf(SEVERITIES), columns: record(oneOf(SEVERITIES)), schema: oneOf(SEVERITIES) }),
    warn_only: optional(list(string)),
    slices: optional(object<SlicePolicy>({ columns: list(string), max_drop: number, severity: oneOf(SEVERITIES), min_slice_rows: count, metrics: list(string) })),
    trend: optional(object<TrendPolicy>({ versions: count, metric: string })),
  }),
  slices: optional(list(object<SliceVerdict>({
    metric: string, column: string, value: string, n: count, baseline: nullable(number), candidate: nullable(number), delta: nullable(number),
    interval: nullable(pair(number)), p_value: nullable(number), adjusted_p_value: nullable(number), gated: optional(boolean), note: optional(string),
    status: oneOf(SLICE_STATUSES), worsening: nullable(number),
  }))),
  trend: optional(object<Trend>({
    metric: string, direction: oneOf(DIRECTIONS), points: list(object<Trend['points'][number]>({ version: string, value: number })), candidate: nullable(number),
  })),
  markdown: string,
  comment_markdown: string,
  model: optional(string),
  headline: optional(object<GateHeadline>({
    metric: nullable(string), baseline: nullable(number), candidate: nullable(number), delta: nullable(number),
    interval: nullable(pair(number)), drift_share: nullable(number), dataset_drifted: nullable(boolean),
  })),
});

const codec = jsonFileCodec<GateReport>({
  what: 'gate report',
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(schema, 'is not a valid gate report'),
  decode: (value, source) => decodeShape(GATE_REPORT, value, source, 'is this the output of `mlgate gate --format json`?'),
});

export function encodeGateReport(report: GateReport): string {
  return codec.encode(report);
}

export function decodeGateReport(text: string, source: string): GateReport {
  return codec.decode(text, source);
}

export function readGateReport(path: string): GateReport {
  return codec.read(path);
}

export function writeGateReport(path: string, report: GateReport): void {
  codec.write(path, report);
}
