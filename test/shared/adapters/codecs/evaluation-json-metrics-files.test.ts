import { describe, expect, it } from 'vitest';
import { decodeEvaluation, encodeEvaluation } from '../../../../shared/adapters/codecs/evaluation-json.js';
import type { MetricsFileEvaluation } from '../../../../shared/core/metrics/index.js';

const fromFiles: MetricsFileEvaluation = {
  task: 'regression', n: null,
  source: { kind: 'metrics_files', candidate: { path: 'dvclive/metrics.json', format: 'dvclive' }, baseline: { path: 'base/metrics.json', format: 'dvclive' } },
  metrics: { 'eval.rmse': 2.5 }, intervals: null, baseline_metrics: { 'eval.rmse': 2.4, 'eval.mae': 1.9 },
  notes: ['missing (only in the baseline\'s base/metrics.json): `eval.mae`'],
};
const e = (value: unknown) => decodeEvaluation(JSON.stringify(value), 'evaluation.json');

describe('evaluation.json of metrics read from files', () => {
  it('reads back exactly what it wrote, intervals and n null', () => {
    const text = encodeEvaluation(fromFiles);
    expect(JSON.parse(text)).toMatchObject({ n: null, intervals: null, source: { kind: 'metrics_files' } });
    expect(decodeEvaluation(text, 'evaluation.json')).toEqual(fromFiles);
  });

  it('refuses a file that claims a source and intervals or a row count, or a paired comparison', () => {
    expect(() => e({ ...fromFiles, intervals: { 'eval.rmse': [2, 3] } })).toThrow(/evaluation\.json: .*intervals/);
    expect(() => e({ ...fromFiles, n: 100 })).toThrow(/evaluation\.json: .*`?n`?/);
    const { intervals: _dropped, ...withoutIntervals } = fromFiles;
    expect(() => e(withoutIntervals)).toThrow(/evaluation\.json: .*intervals/);
    expect(() => e({ ...fromFiles, comparison: {} })).toThrow(/evaluation\.json/);
    expect(() => e({ ...fromFiles, source: { kind: 'metrics_files', candidate: { path: 'm.json', format: 'excel' } } })).toThrow(/evaluation\.json/);
  });

  it('still reads an evaluation of predictions with no source, and refuses one with null intervals but no source', () => {
    expect(e({ task: 'binary', n: 10, metrics: { roc_auc: 0.9 } }).intervals).toEqual({});
    expect(() => e({ task: 'binary', n: 10, metrics: { roc_auc: 0.9 }, intervals: null })).toThrow(/evaluation\.json/);
    expect(() => e({ task: 'binary', n: null, metrics: { roc_auc: 0.9 } })).toThrow(/evaluation\.json/);
  });
});
