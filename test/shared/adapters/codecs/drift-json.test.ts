import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDrift, encodeDrift } from '../../../../shared/adapters/codecs/drift-json.js';
import type { ColumnHistogram } from '../../../../shared/core/drift/column-histogram.js';
import { CORRECTIONS } from '../../../../shared/core/drift/correction.js';
import { noSchemaChange, type ColumnDrift, type DriftReport } from '../../../../shared/core/drift/drift-report.js';
import { METHOD_NAMES } from '../../../../shared/core/drift/methods.js';
import { anyNumber, text } from './arbitraries.js';

const method = fc.constantFrom(...METHOD_NAMES);
const sides = <T>(value: fc.Arbitrary<T>) => fc.record({ reference: value, current: value });

const counts = (length: number) => fc.array(fc.nat(), { minLength: length, maxLength: length });
const histogram: fc.Arbitrary<ColumnHistogram> = fc.oneof(
  fc.array(fc.double({ noNaN: true }).map((x) => (x === 0 ? 0 : x)), { minLength: 1, maxLength: 11 })
    .chain((edges) => fc.record({ kind: fc.constant('numeric' as const), edges: fc.constant(edges.sort((a, b) => a - b)), reference: counts(edges.length + 1), current: counts(edges.length + 1) })),
  fc.array(text, { maxLength: 20 }).chain((categories) => fc.record({
    kind: fc.constant('categorical' as const), categories: fc.constant(categories), reference: counts(categories.length), current: counts(categories.length),
    other: fc.record({ categories: fc.nat(), reference: fc.nat(), current: fc.nat() }),
  })),
);

const column: fc.Arbitrary<ColumnDrift> = fc.record({
  name: text,
  kind: fc.constantFrom('numeric', 'categorical'),
  method,
  reason: text,
  statistic: fc.option(anyNumber, { nil: null }),
  p_value: fc.option(anyNumber, { nil: null }),
  adjusted_p_value: fc.option(anyNumber, { nil: null }),
  significance: fc.record({ test: method, p_value: anyNumber, adjusted_p_value: fc.option(anyNumber, { nil: null }), threshold: anyNumber }),
  threshold: anyNumber,
  drifted: fc.boolean(),
  missing: sides(anyNumber),
  rows: sides(fc.nat()),
  stray_tokens: fc.record({ tokens: fc.array(text, { maxLength: 3 }), cells: sides(fc.nat()) }),
  note: text,
  histogram,
}, { requiredKeys: ['name', 'kind', 'method', 'statistic', 'p_value', 'adjusted_p_value', 'threshold', 'drifted', 'missing', 'rows'] });

const driftReport: fc.Arbitrary<DriftReport> = fc.record({
  reference: fc.record({ source: text, rows: fc.nat() }),
  current: fc.record({ source: text, rows: fc.nat() }),
  correction: fc.constantFrom(...CORRECTIONS),
  columns: fc.array(column, { maxLength: 4 }),
  share_drifted: anyNumber,
  drift_share_threshold: anyNumber,
  dataset_drifted: fc.boolean(),
  critical_columns_drifted: fc.array(text, { maxLength: 3 }),
  schema: fc.record({
    added: fc.array(text, { maxLength: 2 }),
    dropped: fc.array(text, { maxLength: 2 }),
    type_changed: fc.array(fc.record({ name: text, reference: fc.constantFrom('numeric', 'categorical'), current: fc.constantFrom('numeric', 'categorical') }), { maxLength: 2 }),
    missing_rate_changed: fc.array(fc.record({ name: text, reference: anyNumber, current: anyNumber }), { maxLength: 2 }),
    missing_rate_threshold: anyNumber,
  }),
  not_compared: fc.array(fc.record({ name: text, reason: text }), { maxLength: 2 }),
});

const valid: DriftReport = {
  reference: { source: 'r.csv', rows: 2 }, current: { source: 'c.csv', rows: 2 }, correction: 'bh',
  columns: [{ name: 'a', kind: 'numeric', method: 'ks', statistic: 0.5, p_value: 0.9, adjusted_p_value: 0.9, threshold: 0.05, drifted: false, missing: { reference: 0, current: 0 }, rows: { reference: 2, current: 2 } }],
  share_drifted: 0, drift_share_threshold: 0.5, dataset_drifted: false, critical_columns_drifted: [],
  schema: noSchemaChange(), not_compared: [],
};
const withColumn = (change: Record<string, unknown>) => JSON.stringify({ ...valid, columns: [valid.columns[0], { ...valid.columns[0], ...change }] });

describe('drift.json', () => {
  it('reads back exactly what it wrote, non-finite numbers included', () => {
    fc.assert(fc.property(driftReport, (report) => {
      expect(decodeDrift(encodeDrift(report), 'drift.json')).toEqual(report);
    }), { numRuns: 500 });
  });

  it('reads an infinite statistic back as a number and a column named "Infinity" as text', () => {
    const report: DriftReport = { ...valid, columns: [{ ...valid.columns[0], name: 'Infinity', statistic: Infinity, note: 'NaN' }] };
    expect(JSON.parse(encodeDrift(report)).columns[0].statistic).toBe('Infinity');
    const read = decodeDrift(encodeDrift(report), 'drift.json');
    expect(read.columns[0]).toMatchObject({ name: 'Infinity', statistic: Infinity, note: 'NaN' });
  });

  it.each<[string, string, string]>([
    ['a statistic that is text', withColumn({ statistic: 'large' }), 'drift.json: `columns[1].statistic` is a string, expected a number or null'],
    ['a p-value that is missing', withColumn({ p_value: undefined }), 'drift.json: `columns[1].p_value` is missing, expected a number or null'],
    ['an unknown method', withColumn({ method: '<img src=x>' }), 'drift.json: `columns[1].method` is "<img src=x>", expected one of ks,'],
    ['an unknown kind', withColumn({ kind: 'text' }), 'drift.json: `columns[1].kind` is "text", expected one of numeric, categorical'],
    ['a drifted flag that is text', withColumn({ drifted: 'yes' }), 'drift.json: `columns[1].drifted` is a string, expected true or false'],
    ['rows that are not counts', withColumn({ rows: { reference: 2, current: -1 } }), 'drift.json: `columns[1].rows.current` is -1, expected a whole number ≥ 0'],
    ['critical columns that are not a list', JSON.stringify({ ...valid, critical_columns_drifted: 'a' }), 'drift.json: `critical_columns_drifted` is a string, expected a list — is this the output of `mlgate drift --format json`?'],
    ['a histogram with a count too few', withColumn({ histogram: { kind: 'numeric', edges: [1, 2], reference: [0, 1], current: [0, 1, 0] } }),
      'drift.json: `columns[1].histogram` has 2 edges, so needs 3 counts on each side (found 2 and 3)'],
    ['histogram edges out of order', withColumn({ histogram: { kind: 'numeric', edges: [2, 1], reference: [0, 1, 0], current: [0, 1, 0] } }), 'drift.json: `columns[1].histogram.edges` are not in increasing order'],
    ['a category histogram whose counts do not match its categories', withColumn({ histogram: { kind: 'categorical', categories: ['a'], reference: [1], current: [], other: { categories: 0, reference: 0, current: 0 } } }),
      'drift.json: `columns[1].histogram` has 1 categories, so needs 1 counts on each side (found 1 and 0)'],
    ['a histogram of an unknown kind', withColumn({ histogram: { kind: 'text' } }), 'drift.json: `columns[1].histogram.kind` is "text", expected one of numeric, categorical'],
    ['a histogram with 100,000 edges', withColumn({ histogram: { kind: 'numeric', edges: Array.from({ length: 100_000 }, (_, i) => i), reference: Array<number>(100_001).fill(0), current: Array<number>(100_001).fill(0) } }),
      'drift.json: /columns/1/histogram/edges must NOT have more than 32 items'],
    ['a histogram with 21 categories', withColumn({ histogram: { kind: 'categorical', categories: Array.from({ length: 21 }, String), reference: Array<number>(21).fill(1), current: Array<number>(21).fill(1), other: { categories: 0, reference: 0, current: 0 } } }),
      'drift.json: /columns/1/histogram/categories must NOT have more than 20 items'],
    ['an evaluation instead', JSON.stringify({ task: 'binary', n: 1, metrics: {} }), 'drift.json: `reference` is missing, expected an object — is this the output of `mlgate drift --format json`?'],
  ])('refuses %s, naming the field', (_what, text, message) => {
    expect(() => decodeDrift(text, 'drift.json')).toThrow(message);
  });
});
