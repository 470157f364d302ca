import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT } from '../support/run-action.js';
import { scratchFolder } from '../support/scratch.js';


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
    expect(lineage.stdout).toContain('v_1_2e_0_2e_0 -->|not gated| v_1_2e_1_2e_0');
    expect(lineage.stdout).toContain('stage_production(["production"]) -.-> v_1_2e_1_2e_0');
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

  it('refuses a folder it did not make, touching nothing, and replaces its own previous output', async () => {
    const mine = mkdtempSync(join(tmpdir(), 'mlgate-demo-users-'));
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const refused = await cli('demo', '--out', mine);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(`mlgate demo: ${mine} is not empty and is not a previous demo output (no .mlgate-demo file): give --out a new or empty folder; nothing was changed\n`);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
    expect(readdirSync(dirname(mine)).filter((name) => name.startsWith(`.${basename(mine)}.`))).toEqual([]);

    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-demo-again-')), 'demo');
    expect((await cli('demo', '--out', out)).exitCode).toBe(0);
    writeFileSync(join(out, 'stale.txt'), 'from the first run');
    const again = await cli('demo', '--out', out);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(existsSync(join(out, '.mlgate-demo'))).toBe(true);
    expect(readdirSync(dirname(out))).toEqual(['demo']);
    // Nothing written names the temporary folder the run was built in.
    expect(again.stderr).not.toContain('.mlgate-demo-');
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const file of written) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).not.toContain('.mlgate-demo-');
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

// Files as pandas writes them: float label columns (`0.0`, `1.0`, score columns `y_score_1.0`),
// `index=True` (an unnamed first column), European `sep=';'` with decimal commas, `sep='\t'`.
describe('mlgate on files written by pandas', () => {
  const { file } = scratchFolder('mlgate-pandas');

  it('evaluates binary predictions with float labels', async () => {
    const predictions = file('binary.csv', ',y_true,y_pred,y_score\n0,0.0,0.0,0.2\n1,1.0,1.0,0.9\n2,1.0,0.0,0.4\n3,0.0,0.0,0.1\n');
    const run = await cli('evaluate', '--task', 'binary', '--predictions', predictions, '--resamples', '10');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.metrics.recall).toBe(0.5);
    expect(result.metrics.roc_auc).toBe(1);
    const positive = await cli('evaluate', '--task', 'binary', '--predictions', predictions, '--resamples', '10', '--positive-label', '1');
    expect(JSON.parse(positive.stdout).metrics.recall).toBe(0.5);
  });

  it('evaluates multiclass predictions with float labels and y_score_<k>.0 columns, and 1 mixed with 1.0', async () => {
    const predictions = file('multi.csv', 'y_true,y_pred,y_score_0.0,y_score_1.0,y_score_2.0\n0.0,0,0.8,0.1,0.1\n1.0,1,0.1,0.8,0.1\n2.0,2,0.1,0.1,0.8\n1,1.0,0.2,0.7,0.1\n');
    const run = await cli('evaluate', '--task', 'multiclass', '--predictions', predictions, '--resamples', '10');
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.metrics.accuracy).toBe(1);
    expect(result.metrics.roc_auc_ovr).toBe(1);
    expect(result.confusion_matrix.labels).toEqual(['0', '1', '2']);
  });

  it('names the CSV columns in errors', async () => {
    const predictions = file('missing-class.csv', 'y_true,y_pred,y_score_0,y_score_1\n0,0,0.9,0.1\n2,1,0.2,0.8\n');
    const run = await cli('evaluate', '--task', 'multiclass', '--predictions', predictions);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('y_score_<class>: no probability column for class "2", which y_true holds at row 2');
    expect(run.stderr).not.toMatch(/yTrue|classScores/);
  });

  it('compares every column of a semicolon file with decimal commas, and of a tab file', async () => {
    const rows = (shift: number, sep: string, decimal: string) =>
      ['x', 'y'].join(sep) + '\n' + Array.from({ length: 40 }, (_, i) => [`${i + shift}${decimal}5`, `${i % 3}`].join(sep)).join('\n') + '\n';
    for (const [sep, decimal, ext] of [[';', ',', 'csv'], ['\t', '.', 'tsv']]) {
      const run = await cli('drift', '--reference', file(`ref.${ext}`, rows(0, sep, decimal)), '--current', file(`cur.${ext}`, rows(100, sep, decimal)));
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout);
      expect(report.columns.map((c: { name: string }) => c.name)).toEqual(['x', 'y']);
      const x = report.columns.find((c: { name: string }) => c.name === 'x');
      expect(x.kind).toBe('numeric');
      expect(x.drifted).toBe(true);
    }
  });
});

describe('mlgate train --algorithm random_forest', () => {
  /** Three well-separated classes in two features, the labels as pandas writes them. */
  function multiclass(dir: string, name: string, rows: number, seed: number): string {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const lines = ['id,a,b,species'];
    for (let i = 0; i < rows; i++) {
      const k = i % 3;
      lines.push(`${i + 1},${(k + next() * 1.2).toFixed(3)},${(k * 2 + next()).toFixed(3)},${['setosa', 'versicolor', 'virginica'][k]}`);
    }
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }

  it('writes predictions evaluate accepts, binary and multiclass, and logs its progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-forest-'));
    const binary = await cli('train', '--data', join(data, 'train.csv'), '--target', 'malignant', '--test', join(data, 'holdout.csv'), '--algorithm', 'random_forest', '--out', join(dir, 'binary'));
    expect(binary.exitCode, binary.stderr).toBe(0);
    expect(binary.stderr).toMatch(/random_forest: 50\/50 trees/);
    const binaryEvaluation = await cli('evaluate', '--predictions', join(dir, 'binary', 'predictions.csv'), '--task', 'binary', '--resamples', '50');
    expect(binaryEvaluation.exitCode, binaryEvaluation.stderr).toBe(0);
    expect(JSON.parse(binaryEvaluation.stdout).metrics.roc_auc).toBeGreaterThan(0.95);

    const trained = await cli('train', '--data', multiclass(dir, 'train.csv', 300, 1), '--target', 'species', '--test', multiclass(dir, 'test.csv', 90, 2), '--algorithm', 'random_forest', '--out', join(dir, 'multi'));
    expect(trained.exitCode, trained.stderr).toBe(0);
    const evaluated = await cli('evaluate', '--predictions', join(dir, 'multi', 'predictions.csv'), '--task', 'multiclass', '--resamples', '50');
    expect(evaluated.exitCode, evaluated.stderr).toBe(0);
    expect(JSON.parse(evaluated.stdout).metrics.accuracy).toBeGreaterThan(0.8);
  });
});

describe('mlgate train --positive-label', () => {
  /** The breast-cancer rows with labels `bad` (malignant) and `good`, so the positive class sorts first. */
  function relabel(dir: string, name: string): string {
    const [header, ...rows] = readFileSync(join(data, name), 'utf8').trimEnd().split('\n');
    const path = join(dir, name);
    writeFileSync(path, `${header}\n${rows.map((row) => row.replace(/,([01])$/, (_m, v: string) => (v === '1' ? ',bad' : ',good'))).join('\n')}\n`);
    return path;
  }

  it('scores the positive class, records it beside predictions.csv, and evaluate refuses a contradicting label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-positive-'));
    const trained = await cli('train', '--data', relabel(dir, 'train.csv'), '--target', 'malignant', '--test', relabel(dir, 'holdout.csv'), '--positive-label', 'bad', '--out', join(dir, 'model'));
    expect(trained.exitCode, trained.stderr).toBe(0);
    const predictions = join(dir, 'model', 'predictions.csv');
    expect(JSON.parse(readFileSync(join(dir, 'model', 'predictions.json'), 'utf8')))
      .toEqual({ task: 'binary', positive_label: 'bad', classes: ['bad', 'good'], score_columns: { bad: 'y_score' } });
    for (const given of [['--positive-label', 'bad'], []]) {
      const evaluated = await cli('evaluate', '--predictions', predictions, '--task', 'binary', '--resamples', '50', ...given);
      expect(evaluated.exitCode, evaluated.stderr).toBe(0);
      expect(JSON.parse(evaluated.stdout).metrics.roc_auc).toBeGreaterThan(0.95);
    }
    const contradicted = await cli('evaluate', '--predictions', predictions, '--task', 'binary', '--positive-label', 'good');
    expect(contradicted.exitCode).toBe(2);
    expect(contradicted.stderr).toContain(`${predictions}: y_score is the probability of \`bad\` (${join(dir, 'model', 'predictions.json')}), but positive-label says the positive label is \`good\``);

    const scored = await cli('predict', '--model-file', join(dir, 'model', 'model.json'), '--data', join(dir, 'holdout.csv'), '--out', join(dir, 'scored'));
    expect(scored.exitCode, scored.stderr).toBe(0);
    expect(readFileSync(join(dir, 'scored', 'predictions.json'), 'utf8')).toBe(readFileSync(join(dir, 'model', 'predictions.json'), 'utf8'));

    const unknown = await cli('train', '--data', join(dir, 'train.csv'), '--target', 'malignant', '--positive-label', 'ugly', '--out', join(dir, 'unknown'));
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/positive label `ugly` is not a class of target `malignant` \(classes: bad, good\)/);
  });
});

describe('list flags (`--files <path>…`)', () => {
  it('take the values after the flag up to the next flag, as the usage shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-lists-'));
    const store = join(dir, 'registry');
    for (const name of ['a.bin', 'b.json', 'c.txt']) writeFileSync(join(dir, name), name);
    const published = await cli('publish', '--files', join(dir, 'a.bin'), join(dir, 'b.json'), '--model', 'm', '--version', '1.0.0', '--store', store, '--files=' + join(dir, 'c.txt'));
    expect(published.exitCode, published.stderr).toBe(0);
    for (const name of ['a.bin', 'b.json', 'c.txt']) expect(existsSync(join(store, 'm', 'v1.0.0', name)), name).toBe(true);
    const help = await cli('publish', '--help');
    expect(help.stdout).toContain('--files <path>…');
    expect(help.stdout).toContain('--files a.bin b.json');
  });

  it('work for every list flag, and a stray argument after another flag is still refused in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-lists-'));
    const csv = 'id,a,b,c,y\n' + Array.from({ length: 30 }, (_, i) => `${i},${i},${(i * 7) % 5},${i % 3},${i % 2}`).join('\n') + '\n';
    writeFileSync(join(dir, 'r.csv'), csv);
    const drift = await cli('drift', '--reference', join(dir, 'r.csv'), '--current', join(dir, 'r.csv'), '--exclude', 'id', 'y', '--column-methods', 'a=psi', 'b=psi');
    expect(drift.exitCode, drift.stderr).toBe(0);
    const columns = JSON.parse(drift.stdout).columns as { name: string; method: string }[];
    expect(columns.map((c) => c.name).sort()).toEqual(['a', 'b', 'c']);
    expect(columns.filter((c) => c.method === 'psi').map((c) => c.name).sort()).toEqual(['a', 'b']);
    const stray = await cli('drift', '--reference', join(dir, 'r.csv'), 'extra', '--current', join(dir, 'r.csv'));
    expect(stray.exitCode).toBe(2);
    expect(stray.stderr).toMatch(/^mlgate drift: Unexpected argument 'extra'.*\(see `mlgate drift --help`\)\n$/);
  });
});
