import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT } from '../support/run-action.js';
import { scratchFolder } from '../support/scratch.js';

/** A drift report as `mlgate drift --format json` writes it, with one column changed. */
function driftJson(column: Record<string, unknown>): string {
  return JSON.stringify({
    reference: { source: 'r.csv', rows: 2 }, current: { source: 'c.csv', rows: 2 }, correction: 'bh',
    columns: [{ name: 'a', kind: 'numeric', method: 'ks', statistic: 0.5, p_value: 0.9, adjusted_p_value: 0.9, threshold: 0.05, drifted: false, missing: { reference: 0, current: 0 }, rows: { reference: 2, current: 2 }, ...column }],
    share_drifted: 0, drift_share_threshold: 0.5, dataset_drifted: false, critical_columns_drifted: [],
    schema: { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: 0.1 }, not_compared: [],
  });
}


// Every input a user hands mlgate: a one-line message naming the file and field, exit code 2,
// nothing written.
describe('bad input on the command line', () => {
  const { dir, file } = scratchFolder('mlgate-bad');

  it.each([
    ['a score that is not a number', ['evaluate', '--task', 'binary', '--predictions', file('p1.csv', 'id,y_true,y_pred,y_score\n1,1,1,0.9\n2,0,0,high\n')], /p1\.csv: column `y_score` line 3: `high` is not a finite number/],
    ['a missing label column', ['evaluate', '--task', 'binary', '--predictions', file('p2.csv', 'id,truth,y_pred\n1,1,1\n')], /p2\.csv: no column `y_true` \(columns: `id`, `truth`, `y_pred`\)/],
    ['a duplicate row id', ['evaluate', '--task', 'binary', '--predictions', file('p3.csv', 'id,y_true,y_pred\n1,1,1\n1,0,0\n')], /p3\.csv: id `1` in column `id` appears twice \(line 3\)/],
    ['an evaluation JSON of another shape', ['gate', '--evaluation', file('e.json', '{"accuracy": 0.9}')], /e\.json: `task` is missing, expected one of binary, multiclass, regression — is this the output of `mlgate evaluate --format json`\?$/m],
    ['an evaluation that is not JSON', ['gate', '--evaluation', file('e2.json', '{oops')], /e2\.json: evaluation is not valid JSON/],
    ['a metric that is a string', ['gate', '--evaluation', file('e3.json', '{"task":"binary","n":1,"metrics":{"accuracy":"0.9"}}')], /e3\.json: `metrics\.accuracy` is a string, expected a number$/m],
    ['a comparison without its interval', ['gate', '--evaluation', file('e5.json', '{"task":"binary","n":1,"metrics":{"roc_auc":0.9},"comparison":{"roc_auc":{"delta":-0.1,"test":"delong"}}}')], /e5\.json: `comparison\.roc_auc\.interval` is missing, expected a list of two$/m],
    ['a drift column whose statistic is text', ['gate', '--drift', file('d.json', driftJson({ statistic: 'large' }))], /d\.json: `columns\[0\]\.statistic` is a string, expected a number or null$/m],
    ['a drift report of another shape', ['gate', '--drift', file('d2.json', '{"columns": []}')], /d2\.json: `reference` is missing, expected an object — is this the output of `mlgate drift --format json`\?$/m],
    ['a gate report with an unknown verdict', ['publish', '--model', 'm', '--version', '1.0.0', '--files', file('w2.bin', 'x'), '--store', join(dir, 'store'), '--parent', '0.9.0', '--gate-report', file('g.json', '{"verdict":"ok"}')], /g\.json: `verdict` is "ok", expected one of pass, warn, fail — is this the output of `mlgate gate --format json`\?$/m],
    ['a policy with an unknown key', ['gate', '--evaluation', file('e4.json', '{"task":"binary","n":1,"metrics":{"roc_auc":0.9},"intervals":{}}'), '--policy', file('policy.yml', 'metric: {}\n')], /policy\.yml: line 1: unknown key `metric` — did you mean `metrics`\?/],
    ['a header-only reference', ['drift', '--reference', file('h1.csv', 'a,b\n'), '--current', file('h2.csv', 'a,b\n1,2\n')], /h1\.csv: no data rows, only a header; drift needs at least one row$/m],
    ['an empty current file', ['drift', '--reference', file('h3.csv', 'a,b\n1,2\n'), '--current', file('h4.csv', '')], /h4\.csv: empty file, expected a header row$/m],
    ['header-only predictions', ['evaluate', '--task', 'binary', '--predictions', file('h5.csv', 'y_true,y_pred,y_score\n')], /h5\.csv: no prediction rows$/m],
    ['CSV text named .parquet', ['drift', '--reference', file('ref.parquet', 'a,b\n1,2\n'), '--current', file('h6.csv', 'a,b\n1,2\n')], /ref\.parquet: named \.parquet but is not a Parquet file \(no PAR1 magic at its start\)/],
    ['Parquet bytes named .csv', ['drift', '--reference', file('h7.csv', 'a,b\n1,2\n'), '--current', file('pq.csv', 'PAR1\u0000\u0015')], /pq\.csv: named as delimited text but is a Parquet file/],
    ['JSON predictions', ['evaluate', '--task', 'binary', '--predictions', file('preds.json', '{}')], /preds\.json: \.json files are not read/],
    ['a semicolon file read with a forced comma', ['drift', '--reference', file('s1.csv', 'a;b\n1,5;2\n'), '--current', file('s2.csv', 'a;b\n1,5;2\n'), '--delimiter', 'comma'], /s1\.csv: the header reads as one column with delimiter comma, but the file holds semicolon separators/],
    ['an unknown delimiter', ['drift', '--reference', file('s3.csv', 'a\n1\n'), '--current', file('s4.csv', 'a\n1\n'), '--delimiter', 'colon'], /--delimiter must be one of auto, comma, semicolon, tab, pipe, got `colon`/],
    ['a threshold that is not a number', ['drift', '--reference', file('r.csv', 'a\n1\n'), '--current', file('c.csv', 'a\n2\n'), '--threshold', 'small'], /--threshold must be a number, got `small`/],
    ['a p-value threshold above 1', ['drift', '--reference', file('r2.csv', 'a\n1\n2\n'), '--current', file('c2.csv', 'a\n2\n3\n'), '--method', 'ks', '--threshold', '5'], /column `a`: threshold for `ks` is a p-value and must be in \(0, 1\), got 5/],
    ['an unknown algorithm', ['train', '--data', file('t.csv', 'x,y\n1,0\n2,1\n'), '--target', 'y', '--out', join(dir, 'model-out'), '--algorithm', 'xgboost'], /--algorithm must be one of logistic_regression, random_forest, ridge_regression, got `xgboost`/],
    ['model parameters that are not JSON', ['train', '--data', file('t2.csv', 'x,y\n1,0\n2,1\n'), '--target', 'y', '--out', join(dir, 'model-out'), '--params', 'C=1'], /--params must be a JSON object/],
    ['an unknown model parameter', ['train', '--data', file('t3.csv', 'x,y\n1,0\n2,1\n'), '--target', 'y', '--out', join(dir, 'model-out'), '--params', '{"lr": 1}'], /logistic_regression: unknown parameter `lr` \(known: C, maxIterations, tolerance\)/],
    ['a continuous target', ['train', '--data', file('t5.csv', `x,price\n${Array.from({ length: 200 }, (_, i) => `${i},${(i * 1.37).toFixed(2)}`).join('\n')}\n`), '--target', 'price', '--out', join(dir, 'model-out')], /t5\.csv: target `price` looks continuous \(numeric, 200 distinct values in 200 rows\): this is a regression task/],
    ['a target with one class', ['train', '--data', file('t4.csv', 'x,y\n1,0\n2,0\n'), '--target', 'y', '--out', join(dir, 'model-out')], /t4\.csv: target `y` has one class only \(0\)/],
    ['a version that is not SemVer', ['publish', '--model', 'm', '--version', '1.2', '--files', file('w.bin', 'x'), '--store', join(dir, 'store')], /version `1\.2` is not a semantic version/],
    ['a promotion outside a release event without model and version', ['promote', '--stage', 'production', '--store', join(dir, 'store')], /model and version are required unless the event is a release or push of a version tag/],
    ['a stage name with spaces', ['promote', '--model', 'm', '--version', '1.0.0', '--stage', 'prod uction', '--store', join(dir, 'store')], /stage name `prod uction` is not valid/],
    ['a forest seed that is not a non-negative integer', ['train', '--data', file('t-seed.csv', 'a,b,y\n1,5,0\n2,6,1\n3,7,0\n4,8,1\n'), '--target', 'y', '--out', join(dir, 'model-out'), '--algorithm', 'random_forest', '--params', '{"seed": -1}'], /random_forest: parameter `seed` must be an integer from 0 to 2147483648, got -1/],
    ['a model file that is not a model', ['predict', '--model-file', file('m.json', '{"format": "other"}'), '--data', file('rows.csv', 'x\n1\n'), '--out', join(dir, 'predict-out')], /m\.json: /],
    ['a proposal for a model name with spaces', ['propose', '--model', 'bad model', '--files', file('w3.bin', 'x')], /model name `bad model` is not valid/],
    ['a model file that does not exist', ['predict', '--model-file', join(ROOT, 'test', 'fixtures', 'nowhere.json'), '--data', file('rows2.csv', 'x\n1\n'), '--out', join(dir, 'predict-out')], /nowhere\.json: /],
  ])('%s', async (_what, argv, message) => {
    const run = await cli(...argv);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('writes nothing when training input is bad', async () => {
    expect(existsSync(join(dir, 'model-out'))).toBe(false);
    expect(existsSync(join(dir, 'store'))).toBe(false);
    expect(existsSync(join(dir, 'predict-out'))).toBe(false);
    expect(readdirSync(dir).every((name) => !name.startsWith('.'))).toBe(true);
  });
});
