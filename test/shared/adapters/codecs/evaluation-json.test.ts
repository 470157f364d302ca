import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEvaluation, encodeEvaluation, readEvaluation, writeEvaluation } from '../../../../shared/adapters/codecs/evaluation-json.js';
import { TASKS, type EvaluationResult } from '../../../../shared/core/metrics/index.js';
import { anyNumber, byName, interval, text } from './arbitraries.js';

const evaluationResult: fc.Arbitrary<EvaluationResult> = fc.record({
  task: fc.constantFrom(...TASKS),
  n: fc.nat(),
  metrics: byName(anyNumber),
  intervals: byName(interval),
  comparison: byName(fc.record(
    { delta: anyNumber, interval, p_value: anyNumber, test: fc.constantFrom('paired_bootstrap', 'mcnemar_exact', 'delong') },
    { requiredKeys: ['delta', 'interval', 'test'] },
  )),
  confusion_matrix: fc.record({ labels: fc.array(text, { maxLength: 4 }), matrix: fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 4 }) }),
  baseline_metrics: byName(anyNumber),
  notes: fc.array(text, { maxLength: 3 }),
}, { requiredKeys: ['task', 'n', 'metrics', 'intervals'] });

const e = (value: unknown) => decodeEvaluation(JSON.stringify(value), 'evaluation.json');
const valid = { task: 'binary', n: 10, metrics: { roc_auc: 0.9 }, intervals: { roc_auc: [0.8, 0.95] } };

describe('evaluation.json', () => {
  it('reads back exactly what it wrote, non-finite numbers included', () => {
    fc.assert(fc.property(evaluationResult, (result) => {
      expect(decodeEvaluation(encodeEvaluation(result), 'evaluation.json')).toEqual(result);
    }), { numRuns: 500 });
  });

  it('writes non-finite numbers as strings and keeps text that spells them as text', () => {
    const result: EvaluationResult = { task: 'multiclass', n: 3, metrics: { log_loss: Infinity }, intervals: { log_loss: [0.1, Infinity] }, confusion_matrix: { labels: ['NaN', 'Infinity'], matrix: [[1, 0], [0, 2]] }, notes: ['NaN'] };
    const json = JSON.parse(encodeEvaluation(result));
    expect(json.metrics.log_loss).toBe('Infinity');
    expect(json.intervals.log_loss).toEqual([0.1, 'Infinity']);
    expect(decodeEvaluation(encodeEvaluation(result), 'evaluation.json')).toEqual(result);
  });

  it('writes and reads a file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-evaluation-')), 'evaluation.json');
    const result: EvaluationResult = { task: 'regression', n: 2, metrics: { mape: Infinity, r2: NaN }, intervals: {} };
    writeEvaluation(path, result);
    expect(readFileSync(path, 'utf8')).toBe(encodeEvaluation(result));
    expect(readEvaluation(path)).toEqual(result);
  });

  it('reads files without intervals (as {}) and keeps fields it does not know', () => {
    expect(e({ task: 'binary', n: 1, metrics: {} }).intervals).toEqual({});
    expect(e({ ...valid, future_field: { a: 'NaN' } })).toMatchObject({ future_field: { a: 'NaN' } });
  });

  it.each<[string, unknown, string]>([
    ['not an object', [1, 2], 'evaluation.json: the top level is a list of 2, expected an object'],
    ['no task', { n: 1, metrics: {} }, 'evaluation.json: `task` is missing, expected one of binary, multiclass, regression — is this the output of `mlgate evaluate --format json`?'],
    ['an unknown task', { ...valid, task: 'ranking' }, 'evaluation.json: `task` is "ranking", expected one of binary, multiclass, regression — is this the output of `mlgate evaluate --format json`?'],
    ['a fractional n', { ...valid, n: 1.5 }, 'evaluation.json: `n` is 1.5, expected a whole number ≥ 0 — is this the output of `mlgate evaluate --format json`?'],
    ['a metric that is text', { ...valid, metrics: { roc_auc: '0.9' } }, 'evaluation.json: `metrics.roc_auc` is a string, expected a number'],
    ['a metric that is null', { ...valid, metrics: { roc_auc: null } }, 'evaluation.json: `metrics.roc_auc` is null, expected a number'],
    ['an odd metric name', { ...valid, metrics: { 'f1 score': true } }, 'evaluation.json: `metrics["f1 score"]` is true, expected a number'],
    ['an interval with one bound', { ...valid, intervals: { roc_auc: [0.8] } }, 'evaluation.json: `intervals.roc_auc` is a list of 1, expected a list of two'],
    ['a bound that is text', { ...valid, intervals: { roc_auc: [0.8, 'high'] } }, 'evaluation.json: `intervals.roc_auc[1]` is a string, expected a number'],
    ['a p-value that is text', { ...valid, comparison: { roc_auc: { delta: 0, interval: [0, 0], test: 'delong', p_value: 'small' } } }, 'evaluation.json: `comparison.roc_auc.p_value` is a string, expected a number'],
    ['an unknown test', { ...valid, comparison: { roc_auc: { delta: 0, interval: [0, 0], test: 't' } } }, 'evaluation.json: `comparison.roc_auc.test` is "t", expected one of paired_bootstrap, mcnemar_exact, delong'],
    ['a label that is a number', { ...valid, confusion_matrix: { labels: [0, 1], matrix: [] } }, 'evaluation.json: `confusion_matrix.labels[0]` is 0, expected a string'],
    ['a negative count', { ...valid, confusion_matrix: { labels: [], matrix: [[1, -1]] } }, 'evaluation.json: `confusion_matrix.matrix[0][1]` is -1, expected a whole number ≥ 0'],
    ['notes that are text', { ...valid, notes: 'one note' }, 'evaluation.json: `notes` is a string, expected a list — is this the output of `mlgate evaluate --format json`?'],
  ])('refuses %s, naming the field', (_what, value, message) => {
    expect(() => e(value)).toThrow(message);
  });

  it('names the file when it is not JSON or not there', () => {
    expect(() => decodeEvaluation('{oops', 'e.json')).toThrow(/^e\.json: evaluation is not valid JSON \(/);
    expect(() => readEvaluation('/nowhere/e.json')).toThrow('/nowhere/e.json: evaluation not found');
  });
});
