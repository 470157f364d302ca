import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLineage, encodeLineage } from '../../../../shared/adapters/codecs/lineage-json.js';
import type { LineageRecord } from '../../../../shared/core/lineage/record.js';
import { anyNumber, byName, interval } from './arbitraries.js';

/** A record as a first `mlgate publish` outside Actions writes it; the metrics are varied below. */
const base: LineageRecord = {
  schema: 'mlgate-lineage/1', model: 'team/churn', version: '1.2.0',
  subjects: [{ name: 'model.json', sha256: 'a'.repeat(64), size: 10 }],
  code: { repository: null, commit: null, ref: null, workflow: null, run_id: null, run_attempt: null, run_url: null, merge_base: null },
  data: [{ name: 'train.csv', uri: 'data/train.csv', sha256: 'b'.repeat(64), rows: 100, schema_fingerprint: null }],
  parameters: { model: 'logistic_regression', C: 1 },
  metrics: { values: {}, evaluation_set_sha256: null },
  parent: { version: '1.1.0', verdict: 'warn' },
  drift: { dataset_drifted: false, share_drifted: 0.25, drifted_columns: ['a'] },
  environment: { runner_os: null, node: 'v24.0.0', command: null, tool: 'mlgate 0.1.0' },
  created_at: '2025-01-31T12:00:00Z',
};

// The schema allows non-finite numbers in `metrics` only (its `number` definition).
const metrics: fc.Arbitrary<LineageRecord['metrics']> = fc.record({
  values: byName(anyNumber),
  intervals: byName(interval),
  evaluation_set_sha256: fc.constant(null),
  task: fc.constantFrom('binary', 'multiclass', 'regression' as const),
  rows: fc.nat(),
  comparison: byName(fc.record({
    baseline: fc.option(anyNumber, { nil: null }), delta: anyNumber, interval, p_value: anyNumber,
    test: fc.constantFrom('paired_bootstrap', 'mcnemar_exact', 'delong' as const),
  }, { requiredKeys: ['baseline', 'delta', 'interval', 'test'] })),
}, { requiredKeys: ['values', 'evaluation_set_sha256'] });

describe('lineage.json', () => {
  it('reads back exactly what it wrote, non-finite metrics included', () => {
    fc.assert(fc.property(metrics, (m) => {
      const record = { ...base, metrics: m };
      expect(decodeLineage(encodeLineage(record), 'lineage.json')).toEqual(record);
    }), { numRuns: 300 });
  });

  it('refuses a record its schema refuses, and text that is not JSON, naming the source', () => {
    expect(() => decodeLineage(encodeLineage({ ...base, version: 'v1' }), 'churn@v1/lineage.json')).toThrow(/^churn@v1\/lineage\.json: \/version must match pattern/);
    expect(() => decodeLineage('{"schema": "mlgate-lin', 'churn@v1.2.0/lineage.json')).toThrow(/^churn@v1\.2\.0\/lineage\.json: lineage record is not valid JSON \(/);
  });
});
