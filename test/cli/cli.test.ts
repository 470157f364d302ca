import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT } from '../support/run-action.js';


const data = join(ROOT, 'examples', 'breast-cancer');

describe('mlgate CLI', () => {
  it('lists every command in --help', async () => {
    const { exitCode, stdout } = await cli('--help');
    expect(exitCode).toBe(0);
    for (const command of ['train', 'evaluate', 'drift', 'gate', 'publish', 'promote', 'fetch', 'lineage', 'demo']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('has --help for every command', async () => {
    for (const command of ['train', 'evaluate', 'drift', 'gate', 'publish', 'promote', 'fetch', 'lineage', 'demo']) {
      const { exitCode, stdout } = await cli(command, '--help');
      expect(exitCode).toBe(0);
      expect(stdout).toContain(`Usage: mlgate ${command}`);
    }
  });

  it('exits 2 with one line naming a missing file', async () => {
    const { exitCode, stderr, stdout } = await cli('drift', '--reference', 'nowhere.csv', '--current', join(data, 'production.csv'));
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('mlgate drift: nowhere.csv: file not found\n');
  });

  it('exits 2 on usage errors, each with one line', async () => {
    for (const argv of [['drift', '--current', 'x.csv'], ['drift', '--bogus'], ['nope'], ['drift', '--reference', 'a', '--current', 'b', '--method', 'magic'], ['evaluate', '--predictions', 'p.csv', '--task', 'ranking']]) {
      const { exitCode, stderr } = await cli(...argv);
      expect(exitCode).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints the drift contract as JSON', async () => {
    const { exitCode, stdout } = await cli('drift', '--reference', join(data, 'train.csv'), '--current', join(data, 'production.csv'), '--exclude', 'id,malignant', '--format', 'json');
    expect(exitCode).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.columns).toHaveLength(30);
    for (const column of report.columns) expect(Object.keys(column)).toEqual(expect.arrayContaining(['name', 'kind', 'method', 'statistic', 'p_value', 'threshold', 'drifted']));
    const drifted = report.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { name: string }) => c.name);
    expect(drifted).toEqual(expect.arrayContaining(['mean_texture', 'worst_texture', 'mean_area', 'worst_area']));
    for (const name of drifted) expect(name).toMatch(/texture|area/);
    expect(typeof report.share_drifted).toBe('number');
    expect(typeof report.dataset_drifted).toBe('boolean');
  });

  it('drift: --id-column and unique columns are not compared, --method ks falls back per column, `?` is a missing cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    // As pandas writes `df.to_csv(index=False)`: NaN as an empty cell; the `?` a UCI-style unknown.
    const rows = (shift: number, extra: (i: number) => string) => Array.from({ length: 40 }, (_, i) => `${1000 + i + shift},${(i / 4 + shift / 3).toFixed(2)},${['a', 'b', 'c'][i % 3]},${extra(i)}`);
    writeFileSync(join(dir, 'ref.csv'), ['row,x,city,only_ref', ...rows(0, (i) => String(i))].join('\n') + '\n');
    writeFileSync(join(dir, 'cur.csv'), ['row,x,city,only_ref', ...rows(30, (i) => (i === 3 ? '?' : i === 4 ? '' : String(i + 20)))].join('\n') + '\n');
    const { exitCode, stdout } = await cli('drift', '--reference', join(dir, 'ref.csv'), '--current', join(dir, 'cur.csv'), '--id-column', 'row', '--method', 'ks', '--format', 'json');
    expect(exitCode).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.not_compared).toEqual([{ name: 'row', reason: 'the row-id column' }]);
    const byName = Object.fromEntries(report.columns.map((c: { name: string }) => [c.name, c]));
    expect(byName.x).toMatchObject({ method: 'ks', drifted: true });
    expect(byName.city).toMatchObject({ method: 'chisquare', note: '`ks` compares numeric columns only; this categorical column was compared with the auto method' });
    expect(byName.only_ref).toMatchObject({ kind: 'numeric', method: 'ks', stray_tokens: { tokens: ['?'], cells: { reference: 0, current: 1 } } });
    expect(report.schema).toMatchObject({ added: [], dropped: [], type_changed: [] });
  });

  it('writes --output atomically and prints html and markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const out = join(dir, 'drift.html');
    const { exitCode } = await cli('drift', '--reference', join(data, 'train.csv'), '--current', join(data, 'production.csv'), '--exclude', 'id,malignant', '--format', 'html', '--output', out);
    expect(exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    const markdown = await cli('drift', '--reference', join(data, 'train.csv'), '--current', join(data, 'production.csv'), '--exclude', 'id,malignant', '--format', 'markdown');
    expect(markdown.stdout).toMatch(/### Data drift/);
  });

  it('runs train → evaluate → gate, exiting 1 when the verdict is fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const trained = await cli('train', '--data', join(data, 'train.csv'), '--target', 'malignant', '--test', join(data, 'holdout.csv'), '--out', join(dir, 'model'));
    expect(trained.exitCode).toBe(0);
    const predictions = JSON.parse(trained.stdout).predictions_path;
    const evaluated = await cli('evaluate', '--predictions', predictions, '--task', 'binary', '--resamples', '200', '--output', join(dir, 'evaluation.json'));
    expect(evaluated.exitCode).toBe(0);
    const evaluation = JSON.parse(readFileSync(join(dir, 'evaluation.json'), 'utf8'));
    expect(evaluation).toMatchObject({ task: 'binary', n: 171 });
    expect(evaluation.metrics.roc_auc).toBeGreaterThan(0.95);
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, 'metrics:\n  roc_auc: { threshold: 0.999 }\n');
    const gated = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--policy', policy);
    expect(gated.exitCode).toBe(1);
    expect(gated.stdout).toMatch(/❌ mlgate: fail/);
    writeFileSync(policy, 'metrics:\n  roc_auc: { threshold: 0.5 }\n');
    expect((await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--policy', policy)).exitCode).toBe(0);
  });

  it('publishes, promotes, fetches and shows lineage through the local registry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const store = join(dir, 'registry');
    const model = join(dir, 'model.json');
    writeFileSync(model, '{"weights": [1, 2, 3]}');
    expect((await cli('publish', '--model', 'churn', '--version', '1.0.0', '--files', model, '--store', store)).exitCode).toBe(0);
    writeFileSync(model, '{"weights": [1, 2, 4]}');
    expect((await cli('publish', '--model', 'churn', '--version', '1.1.0', '--files', model, '--store', store, '--parent', '1.0.0')).exitCode).toBe(0);
    const promoted = await cli('promote', '--model', 'churn', '--version', '1.1.0', '--stage', 'production', '--store', store, '--note', 'better');
    expect(JSON.parse(promoted.stdout).tag).toBe('churn#production#1');
    const out = join(dir, 'fetched');
    const fetched = await cli('fetch', '--model', 'churn', '--stage', 'production', '--out', out, '--store', store);
    expect(fetched.exitCode).toBe(0);
    expect(readFileSync(join(out, 'model.json'), 'utf8')).toBe('{"weights": [1, 2, 4]}');
    for (const name of ['SHA256SUMS', 'lineage.json', 'MODEL_CARD.md']) expect(existsSync(join(out, name))).toBe(true);
    const lineage = await cli('lineage', '--model', 'churn', '--store', store, '--format', 'mermaid');
    expect(lineage.stdout).toContain('v_1_0_0 -->|not gated| v_1_1_0');
    expect(lineage.stdout).toContain('stage_production(["production"]) -.-> v_1_1_0');
    writeFileSync(join(store, 'churn', 'v1.1.0', 'model.json'), '{"weights": [9, 9, 9]}');
    const tampered = await cli('fetch', '--model', 'churn', '--stage', 'production', '--out', join(dir, 'tampered'), '--store', store);
    expect(tampered.exitCode).toBe(1);
    expect(tampered.stderr).toMatch(/^mlgate fetch: churn@v1\.1\.0: model\.json does not match its SHA-256 in SHA256SUMS .*nothing was written\n$/);
    expect(existsSync(join(dir, 'tampered'))).toBe(false);
    const bad = await cli('publish', '--model', 'bad name', '--version', '1.0.0', '--files', model, '--store', store);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/model name `bad name` is not valid/);
  });

  it('runs the demo and prints a comment with baseline, candidate and delta columns, drift and a verdict', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-demo-')), 'demo');
    const { exitCode, stdout } = await cli('demo', '--out', out);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/\| metric +\| production \(v1\.0\.0\) \| candidate \| +Δ \| +95% CI of Δ \|/);
    expect(stdout).toMatch(/### Data drift/);
    expect(stdout).toMatch(/### Gate: (pass|warn|fail)/);
    for (const file of ['evaluation.json', 'drift.json', 'gate.json', 'comment.md']) expect(existsSync(join(out, file))).toBe(true);
  });
});

describe('bin/mlgate.js (the installed command, on the committed bundle)', () => {
  it('prints help and exits 0, and exits 2 naming a missing file', async () => {
    const { spawnSync } = await import('node:child_process');
    const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'mlgate.js'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^ {2}drift /m);
    const missing = spawnSync(process.execPath, [join(ROOT, 'bin', 'mlgate.js'), 'drift', '--reference', 'missing.csv', '--current', 'missing.csv'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('mlgate drift: missing.csv: file not found\n');
  });
});

describe('mlgate predict', () => {
  it('scores rows with a trained model exactly as training scored its test rows', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlgate-predict-'));
    const trained = await cli('train', '--data', join(data, 'train.csv'), '--target', 'malignant', '--test', join(data, 'holdout.csv'), '--out', join(out, 'trained'));
    expect(trained.exitCode, trained.stderr).toBe(0);
    const scored = await cli('predict', '--model-file', join(out, 'trained', 'model.json'), '--data', join(data, 'holdout.csv'), '--out', join(out, 'scored'));
    expect(scored.exitCode, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ task: 'binary', rows: 171, labelled: true });
    expect(readFileSync(join(out, 'scored', 'predictions.csv'), 'utf8')).toBe(readFileSync(join(out, 'trained', 'predictions.csv'), 'utf8'));
    const unlabelled = await cli('predict', '--model-file', join(out, 'trained', 'model.json'), '--data', join(data, 'production.csv'), '--out', join(out, 'production'));
    expect(unlabelled.exitCode, unlabelled.stderr).toBe(0);
    expect(JSON.parse(unlabelled.stdout).labelled).toBe(readFileSync(join(data, 'production.csv'), 'utf8').split('\n')[0].split(',').includes('malignant'));
    const wrongRows = join(out, 'wrong.csv');
    writeFileSync(wrongRows, 'id,height\n1,2\n');
    const refused = await cli('predict', '--model-file', join(out, 'trained', 'model.json'), '--data', wrongRows, '--out', join(out, 'wrong'));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/wrong\.csv: no column `mean_radius`/);
    expect(existsSync(join(out, 'wrong'))).toBe(false);
  });
});
