import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';

const FIXTURES = new URL('../fixtures/metrics-files/', import.meta.url).pathname;
const fixture = (path: string) => join(FIXTURES, path);

describe('mlgate evaluate --metrics → gate', () => {
  it('compares DVCLive runs without intervals, shows new and missing metrics, and gates by threshold', async () => {
    const scratch = scratchFolder('mlgate-metrics-cli');
    const evaluation = join(scratch.dir, 'evaluation.json');
    const evaluated = await cli('evaluate', '--task', 'binary', '--metrics', fixture('dvclive'), '--baseline-metrics', fixture('dvclive-baseline'), '--output', evaluation);
    expect(evaluated.exitCode, evaluated.stderr).toBe(0);
    const written = JSON.parse(readFileSync(evaluation, 'utf8'));
    expect(written).toMatchObject({
      task: 'binary', n: null, intervals: null,
      source: { kind: 'metrics_files', candidate: { path: fixture('dvclive/metrics.json'), format: 'dvclive' }, baseline: { path: fixture('dvclive-baseline/metrics.json'), format: 'dvclive' } },
      metrics: { 'eval.acc': 0.9210000038146973, 'train.acc': 0.9437500238418579 },
      baseline_metrics: { 'eval.f1': 0.9125 },
    });
    expect(written.notes).toEqual([
      `missing (only in the baseline's ${fixture('dvclive-baseline/metrics.json')}): \`eval.f1\``,
      `new (only in the candidate's ${fixture('dvclive/metrics.json')}): \`train.acc\``,
    ]);

    const policy = scratch.file('policy.yml', [
      'metrics:',
      '  eval.acc: { max_drop: 0.02, threshold: 0.9 }',
      '  eval.loss: { max_drop: 0.005 }',
      '  eval.f1: { threshold: 0.9 }',
      '  train.acc: { threshold: 0.9 }',
    ].join('\n'));
    const gated = await cli('gate', '--evaluation', evaluation, '--policy', policy);
    expect(gated.exitCode, gated.stderr).toBe(1);
    const report = gated.stdout;
    expect(report).toContain('### Metrics (binary, from metrics files)');
    expect(report).toContain(`_No intervals: read from ${fixture('dvclive/metrics.json').replace(/_/g, '\\_')} (DVCLive) and the baseline's`);
    expect(report).toMatch(/\| train\.acc +\| +— \| +0\.9438 \| +— \| +\*\*new\*\* +\|/);
    expect(report).toMatch(/\| eval\.f1 +\| +0\.9125 \| +— \| +— \| \*\*missing\*\* \|/);
    expect(report).toMatch(/\| eval\.acc +\| +0\.93 \| +0\.921 \| +-0\.009 \| +\|/);
    expect(report).not.toMatch(/95% CI/);
    expect(report).toContain('✅ **eval.acc** (metric): 0.921 meets 0.9; Δ -0.009 (0.93 → 0.921) is within the tolerated drop of 0.02');
    expect(report).toMatch(/❌ \*\*eval\.loss\*\* \(metric\): worse by 0\.01\d* \(0\.229 → 0\.2409\), tolerated 0\.005 \(no intervals/);
    expect(report).toContain("❌ **eval.f1** (metric): missing: the candidate has no value (the baseline's is 0.9125)");
    expect(report).toContain('✅ **train.acc** (metric): 0.9438 meets 0.9 (new: the baseline has no value to compare)');
    expect(report).not.toMatch(/\|\s*0\s*\|/);
  });

  it('reads each format the same way from the command line', async () => {
    for (const [path, metric] of [
      ['huggingface/all_results.json', 'eval_accuracy'], ['lightning_logs/version_0', 'val_acc'], ['keras/history.csv', 'val_accuracy'],
      ['mlruns/0/4f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b', 'accuracy'], ['key-value/metrics.toml', 'test.accuracy'], ['key-value/metrics.yaml', 'test.accuracy'],
    ]) {
      const run = await cli('evaluate', '--task', 'multiclass', '--metrics', fixture(path));
      expect(run.exitCode, `${path}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).metrics[metric], path).toBeGreaterThan(0.8);
    }
    const markdown = await cli('evaluate', '--task', 'binary', '--metrics', fixture('keras/history.csv'), '--format', 'markdown');
    expect(markdown.stdout).toContain('_No intervals: read from');
    expect(markdown.stdout).toMatch(/\| val\\_loss +\| +0\.3066 \|/);
  });

  it('refuses without a policy when the default metric is not among the files\' metrics', async () => {
    const scratch = scratchFolder('mlgate-metrics-cli');
    const evaluation = join(scratch.dir, 'evaluation.json');
    expect((await cli('evaluate', '--task', 'binary', '--metrics', fixture('huggingface/all_results.json'), '--output', evaluation)).exitCode).toBe(0);
    const gated = await cli('gate', '--evaluation', evaluation);
    expect(gated.exitCode).toBe(2);
    expect(gated.stderr).toMatch(/without --policy the gate checks `roc_auc` \(the binary default\), which the metrics files do not have; give a policy naming the metrics to gate \(the candidate has: epoch, eval_accuracy/);
    // The MLflow run has roc_auc: the default policy applies, by threshold only.
    const mlflow = join(scratch.dir, 'mlflow.json');
    expect((await cli('evaluate', '--task', 'binary', '--metrics', fixture('mlruns/0/4f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b'), '--output', mlflow)).exitCode).toBe(0);
    const passed = await cli('gate', '--evaluation', mlflow);
    expect(passed.exitCode, passed.stderr).toBe(0);
    expect(passed.stdout).toContain('✅ **roc\\_auc** (metric): 0.9561 (no baseline to compare)');
  });

  it('exits 2 naming the file and the line or key of a malformed metrics file, and on contradicting inputs', async () => {
    const scratch = scratchFolder('mlgate-metrics-cli');
    const quoted = scratch.file('metrics.json', '{\n  "accuracy": "0.93"\n}\n');
    const run = await cli('evaluate', '--task', 'binary', '--metrics', quoted);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${quoted}: key \`accuracy\` is the string "0.93", expected a number`);
    const broken = scratch.file('metrics.csv', 'epoch,step,val_acc\n0,10,0.8\n1,20,0.9x\n');
    const csv = await cli('evaluate', '--task', 'binary', '--metrics', fixture('dvclive'), '--baseline-metrics', broken);
    expect(csv.exitCode).toBe(2);
    expect(csv.stderr).toContain(`${broken}: line 3, column \`val_acc\`: "0.9x" is not a number`);
    const toml = scratch.file('metrics.toml', 'accuracy = 0.9\nf1 = [0.8\n');
    const tomlRun = await cli('evaluate', '--task', 'binary', '--metrics', toml);
    expect(tomlRun.exitCode).toBe(2);
    expect(tomlRun.stderr).toMatch(/metrics\.toml: not valid TOML: line 3/);
    for (const argv of [
      ['--metrics', quoted, '--predictions', 'p.csv'],
      ['--baseline-metrics', quoted],
      [],
    ]) {
      const refused = await cli('evaluate', '--task', 'binary', ...argv);
      expect(refused.exitCode, argv.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/--predictions|--metrics/);
    }
  });

  it('publishes such an evaluation: the lineage records the values, with no row count and no intervals', async () => {
    const scratch = scratchFolder('mlgate-metrics-cli');
    const evaluation = join(scratch.dir, 'evaluation.json');
    expect((await cli('evaluate', '--task', 'binary', '--metrics', fixture('keras/history.csv'), '--output', evaluation)).exitCode).toBe(0);
    const store = join(scratch.dir, 'registry');
    const published = await cli('publish', '--model', 'm', '--version', '1.0.0', '--files', scratch.file('model.bin', 'weights'), '--store', store, '--evaluation', evaluation);
    expect(published.exitCode, published.stderr).toBe(0);
    const lineagePath = readdirSync(store, { recursive: true, encoding: 'utf8' }).find((p) => p.endsWith('lineage.json'));
    const lineage = JSON.parse(readFileSync(join(store, lineagePath!), 'utf8'));
    expect(lineage.metrics).toMatchObject({ values: { val_accuracy: 0.8906000256538391 }, intervals: {}, task: 'binary' });
    expect(lineage.metrics).not.toHaveProperty('rows');
  });
});
