import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-action.js';
import { cli } from '../support/cli.js';

/*
 * The examples as a user runs them, one CLI command per workflow step, checked by exit code and
 * output files. The Node example (mlgate's own trainer, all paths absolute) runs the CLI
 * in-process and always; the scikit-learn one starts the bundled CLI (bin/mlgate.js →
 * dist/cli.js) as a child process in a copy of the repository, where a python3 with scikit-learn
 * exists (.ci/run installs Debian's python3-sklearn).
 */
const BIN = join(ROOT, 'bin', 'mlgate.js');
const DATA = join(ROOT, 'examples', 'breast-cancer');

interface Run { status: number; stdout: string; stderr: string }

function mlgate(args: string[], options: { cwd: string; path?: string }): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(options.path ? { PATH: `${options.path}${delimiter}${process.env.PATH ?? ''}` } : {}) };
  // Not in GitHub Actions: the run cache is the folder .mlgate/cache, reports go nowhere but stdout.
  for (const name of ['GITHUB_ACTIONS', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_EVENT_PATH', 'GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT']) delete env[name];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI in-process: for steps whose paths are all absolute (no working directory needed). */
async function run(args: string[]): Promise<Run> {
  const { exitCode, stdout, stderr } = await cli(...args);
  return { status: exitCode, stdout, stderr };
}

function ok(run: Run, what: string): Run {
  expect(run.status, `${what}\n${run.stderr}`).toBe(0);
  return run;
}

describe('the Node example (mlgate\'s own trainer), as example-pr.yml runs it', () => {
  it('trains, scores the production model fetched from the registry, evaluates, checks drift and gates: 0 for a good candidate, 1 for a bad one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlgate-node-example-'));
    const store = join(work, 'registry');
    // The model in production (what example-release.yml publishes and promotes after a merge).
    ok(await run(['train', '--data', join(DATA, 'train.csv'), '--target', 'malignant', '--params', '{"C": 0.01}', '--out', join(work, 'main')]), 'train main');
    ok(await run(['publish', '--model', 'breast-cancer', '--version', '1.0.0', '--files', join(work, 'main', 'model.json'), '--store', store]), 'publish');
    ok(await run(['promote', '--model', 'breast-cancer', '--version', '1.0.0', '--stage', 'production', '--store', store]), 'promote');

    ok(await run(['fetch', '--model', 'breast-cancer', '--stage', 'production', '--out', join(work, 'production-model'), '--store', store]), 'fetch');
    ok(await run(['predict', '--model-file', join(work, 'production-model', 'model.json'), '--data', join(DATA, 'holdout.csv'), '--out', join(work, 'production')]), 'predict');
    ok(await run(['drift', '--reference', join(DATA, 'train.csv'), '--current', join(DATA, 'production.csv'), '--exclude', 'id,malignant', '--output', join(work, 'drift.json')]), 'drift');

    const check = async (name: string, trainArgs: string[]) => {
      ok(await run(['train', '--data', join(DATA, 'train.csv'), '--target', 'malignant', '--test', join(DATA, 'holdout.csv'), '--out', join(work, name), ...trainArgs]), `train ${name}`);
      ok(await run(['evaluate', '--predictions', join(work, name, 'predictions.csv'), '--baseline', join(work, 'production', 'predictions.csv'), '--task', 'binary', '--resamples', '300', '--output', join(work, `${name}.json`)]), `evaluate ${name}`);
      return run(['gate', '--evaluation', join(work, `${name}.json`), '--drift', join(work, 'drift.json'), '--format', 'json']);
    };
    const good = await check('candidate', ['--params', '{"C": 1}']);
    expect(good.status, good.stderr).toBe(0);
    const report = JSON.parse(good.stdout) as { verdict: string };
    expect(report.verdict).toMatch(/^(pass|warn)$/);
    expect(JSON.parse(readFileSync(join(work, 'candidate.json'), 'utf8'))).toHaveProperty('baseline_metrics.roc_auc');

    // One weak feature instead of thirty: ROC AUC drops far beyond noise, and the gate says so.
    const features = readFileSync(join(DATA, 'train.csv'), 'utf8').split('\n')[0].split(',').filter((c) => !['id', 'malignant', 'mean_fractal_dimension'].includes(c));
    const bad = await check('weak', ['--exclude', features.join(',')]);
    expect(bad.status, bad.stderr).toBe(1);
    expect((JSON.parse(bad.stdout) as { verdict: string }).verdict).toBe('fail');
  });
});

/** A python3 that imports scikit-learn, or why there is none: the one on PATH first, then Debian's. */
function findPython(): { python: string } | { reason: string } {
  const tried: string[] = [];
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import sklearn, numpy; print(sklearn.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python };
    tried.push(`${python}: ${probe.error ? probe.error.message : (probe.stderr.trim().split('\n').pop() ?? `exit ${probe.status}`)}`);
  }
  return { reason: `no python3 with scikit-learn (${tried.join('; ')}); .ci/run installs Debian's python3-sklearn` };
}

const found = findPython();
const python = 'python' in found ? found.python : undefined;
if (!python) console.warn(`test/e2e/examples.test.ts: the scikit-learn example is skipped: ${'reason' in found ? found.reason : ''}`);

// Each training starts Python and imports scikit-learn (seconds on a busy 2-core runner): a wide timeout.
describe.skipIf(!python)(`the scikit-learn example (examples/sklearn)${python ? '' : ' — skipped: ' + ('reason' in found ? found.reason : '')}`, { timeout: 300_000 }, () => {
  /** A folder whose `python3` is the interpreter found, so the command is `python3 train.py` as in the workflow. */
  const bin = mkdtempSync(join(tmpdir(), 'mlgate-python-'));
  if (python && python !== 'python3') symlinkSync(python, join(bin, 'python3'));

  /** A clean checkout of the example: its code, params and the data it reads, no outputs, no cache. */
  function workspace(): { root: string; project: string } {
    const root = mkdtempSync(join(tmpdir(), 'mlgate-sklearn-workspace-'));
    const project = join(root, 'examples', 'sklearn');
    mkdirSync(project, { recursive: true });
    for (const file of ['train.py', 'predict.py', 'params.py', 'params.yaml']) cpSync(join(ROOT, 'examples', 'sklearn', file), join(project, file));
    cpSync(DATA, join(root, 'examples', 'breast-cancer'), { recursive: true });
    return { root, project };
  }

  const marker = join(mkdtempSync(join(tmpdir(), 'mlgate-sklearn-ran-')), 'ran.log');
  // The workflow's command, plus a line in a file outside the workspace each time it really runs.
  const command = `python3 examples/sklearn/train.py && echo ran >> '${marker}'`;
  const trainArgs = ['train', '--command', command, '--params', 'examples/sklearn/params.yaml', '--metrics', 'examples/sklearn/metrics.json', '--outputs', 'examples/sklearn/model',
    '--deps', 'examples/sklearn/train.py,examples/sklearn/predict.py,examples/sklearn/params.py,examples/breast-cancer/train.csv,examples/breast-cancer/holdout.csv'];
  const runs = () => (existsSync(marker) ? readFileSync(marker, 'utf8').split('\n').filter(Boolean).length : 0);

  it('trains with its own command, is compared with the production model scored by predict.py, and passes the gate', async () => {
    const { root, project } = workspace();
    const trained = ok(mlgate(trainArgs, { cwd: root, path: bin }), 'train');
    expect(runs()).toBe(1);
    const record = JSON.parse(trained.stdout) as { cache_hit: boolean };
    expect(record.cache_hit).toBe(false);
    const metrics = JSON.parse(readFileSync(join(project, 'metrics.json'), 'utf8')) as Record<string, number>;
    expect(metrics.roc_auc).toBeGreaterThan(0.95);
    expect(readFileSync(join(project, 'model', 'predictions.csv'), 'utf8').split('\n')[0]).toBe('id,y_true,y_pred,y_score');

    // Production: this model published and promoted, then fetched (verified) and scored with predict.py.
    const store = join(root, 'registry');
    ok(await run(['publish', '--model', 'breast-cancer-sklearn', '--version', '1.0.0', '--files', join(project, 'model', 'model.pkl'), '--store', store]), 'publish');
    ok(await run(['promote', '--model', 'breast-cancer-sklearn', '--version', '1.0.0', '--stage', 'production', '--store', store]), 'promote');
    ok(await run(['fetch', '--model', 'breast-cancer-sklearn', '--stage', 'production', '--out', join(root, 'production'), '--store', store]), 'fetch');
    expect(readFileSync(join(root, 'production', 'model.pkl'))).toEqual(readFileSync(join(project, 'model', 'model.pkl')));
    const scored = spawnSync('python3', ['examples/sklearn/predict.py', '--model', join(root, 'production', 'model.pkl'), '--data', 'examples/breast-cancer/holdout.csv', '--out', join(root, 'production.csv')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    });
    expect(scored.status, scored.stderr).toBe(0);

    ok(await run(['evaluate', '--predictions', join(project, 'model', 'predictions.csv'), '--baseline', join(root, 'production.csv'), '--task', 'binary', '--resamples', '300', '--output', join(root, 'evaluation.json')]), 'evaluate');
    const evaluation = JSON.parse(readFileSync(join(root, 'evaluation.json'), 'utf8')) as { metrics: Record<string, number>; baseline_metrics: Record<string, number> };
    // Same model on the same rows: mlgate's metrics are the ones scikit-learn wrote, and the baseline's equal them.
    expect(evaluation.metrics.roc_auc).toBeCloseTo(metrics.roc_auc, 12);
    expect(evaluation.metrics.accuracy).toBeCloseTo(metrics.accuracy, 12);
    expect(evaluation.metrics.log_loss).toBeCloseTo(metrics.log_loss, 10);
    expect(evaluation.baseline_metrics.roc_auc).toBe(evaluation.metrics.roc_auc);
    ok(await run(['drift', '--reference', join(root, 'examples', 'breast-cancer', 'train.csv'), '--current', join(root, 'examples', 'breast-cancer', 'production.csv'), '--exclude', 'id,malignant', '--output', join(root, 'drift.json')]), 'drift');
    const gate = await run(['gate', '--evaluation', join(root, 'evaluation.json'), '--drift', join(root, 'drift.json'), '--format', 'json']);
    expect(gate.status, gate.stderr).toBe(0);
  });

  it('reuses the run in a clean copy of the workspace (command not run, model restored byte for byte); one changed param runs it again', () => {
    const first = workspace();
    const before = runs();
    ok(mlgate(trainArgs, { cwd: first.root, path: bin }), 'first train');
    expect(runs()).toBe(before + 1);

    // A new workflow run: a fresh checkout, with only the run cache carried over (as the Actions cache does).
    const second = workspace();
    cpSync(join(first.root, '.mlgate'), join(second.root, '.mlgate'), { recursive: true });
    expect(existsSync(join(second.project, 'model'))).toBe(false);
    const hit = ok(mlgate(trainArgs, { cwd: second.root, path: bin }), 'second train');
    expect(runs()).toBe(before + 1);
    expect((JSON.parse(hit.stdout) as { cache_hit: boolean }).cache_hit).toBe(true);
    expect(hit.stderr).toMatch(/reused from (a )?run/);
    for (const file of ['model/model.pkl', 'model/predictions.csv', 'metrics.json']) {
      expect(readFileSync(join(second.project, file)), file).toEqual(readFileSync(join(first.project, file)));
    }

    const third = workspace();
    cpSync(join(first.root, '.mlgate'), join(third.root, '.mlgate'), { recursive: true });
    const params = join(third.project, 'params.yaml');
    writeFileSync(params, readFileSync(params, 'utf8').replace('C: 1.0', 'C: 0.5'));
    const miss = ok(mlgate(trainArgs, { cwd: third.root, path: bin }), 'third train');
    expect(runs()).toBe(before + 2);
    expect((JSON.parse(miss.stdout) as { cache_hit: boolean }).cache_hit).toBe(false);
    expect(readFileSync(join(third.project, 'model', 'model.pkl'))).not.toEqual(readFileSync(join(first.project, 'model', 'model.pkl')));
    for (const dir of [first.root, second.root, third.root]) rmSync(dir, { recursive: true, force: true });
  });
});
