import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../shared/commands/catalog.js';
import { ROOT, runAction } from '../support/run-action.js';

// These run the committed bundles (the files each action.yml's runs.main names), as the runner would.
const action = (name: string) => join(ROOT, 'actions', name, 'action.yml');

describe('bundled actions', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-workspace-'));
    mkdirSync(join(workspace, 'data'));
    for (const file of ['train.csv', 'holdout.csv', 'production.csv']) copyFileSync(join(ROOT, 'examples', 'breast-cancer', file), join(workspace, 'data', file));
  });

  it('drift with no inputs fails with a message naming the missing input, not a stack trace', async () => {
    const run = await runAction(action('drift'), {}, { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::input `reference` is required/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs train → evaluate → drift → gate → publish and hands results on through outputs', async () => {
    const baseline = await runAction(action('train'), { data: 'data/train.csv', target: 'malignant', test: 'data/holdout.csv', params: '{"C": 0.01}', out: 'baseline' }, { workspace });
    expect(baseline.exitCode, baseline.stdout + baseline.stderr).toBe(0);
    const candidate = await runAction(action('train'), { data: 'data/train.csv', target: 'malignant', test: 'data/holdout.csv', out: 'candidate' }, { workspace });
    expect(candidate.outputs['predictions-path']).toBe(join(workspace, 'candidate/predictions.csv'));
    expect(candidate.outputs.task).toBe('binary');

    const evaluation = await runAction(action('evaluate'), { predictions: candidate.outputs['predictions-path'], baseline: baseline.outputs['predictions-path'], task: 'binary', resamples: '300' }, { workspace });
    expect(evaluation.exitCode, evaluation.stdout).toBe(0);
    expect(JSON.parse(evaluation.outputs.metrics).roc_auc).toBeGreaterThan(0.9);
    expect(evaluation.summary).toMatch(/### Metrics \(binary, 171 rows\)/);

    const drift = await runAction(action('drift'), { reference: 'data/train.csv', current: 'data/production.csv', exclude: 'id, malignant', 'column-methods': 'mean_radius=psi' }, { workspace });
    expect(drift.exitCode, drift.stdout).toBe(0);
    const driftJson = JSON.parse(readFileSync(drift.outputs['drift-json'], 'utf8'));
    expect(driftJson.columns.find((c: { name: string }) => c.name === 'mean_radius')).toMatchObject({ method: 'psi', p_value: null });
    expect(JSON.parse(drift.outputs['drifted-columns'])).toEqual(expect.arrayContaining(['mean_texture', 'worst_area']));
    expect(drift.outputs['dataset-drifted']).toBe('false');

    const gate = await runAction(action('gate'), { evaluation: evaluation.outputs['evaluation-json'], drift: drift.outputs['drift-json'], comment: 'false', 'check-run': 'false' }, { workspace });
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(['pass', 'warn']).toContain(gate.outputs.verdict);
    expect(gate.summary).toMatch(/## (✅|⚠️) mlgate: (pass|warn)/);
    expect(existsSync(gate.outputs['report-json'])).toBe(true);
    expect(gate.outputs['report-markdown']).toBe(join(workspace, 'mlgate-out/gate.md'));

    const publish = await runAction(action('publish'), { model: 'breast-cancer', version: '1.0.0', files: candidate.outputs['model-path'], stage: 'production', store: '.mlgate/registry', evaluation: evaluation.outputs['evaluation-json'], drift: drift.outputs['drift-json'] }, { workspace });
    expect(publish.exitCode, publish.stdout).toBe(0);
    expect(publish.outputs).toMatchObject({ tag: 'breast-cancer@v1.0.0', outcome: 'created', 'stage-tag': 'breast-cancer#production#1' });
    const lineage = JSON.parse(readFileSync(join(workspace, '.mlgate/registry/breast-cancer/v1.0.0/lineage.json'), 'utf8'));
    expect(lineage.code).toMatchObject({ repository: 'octo-org/models', commit: 'a'.repeat(40), run_url: 'https://github.com/octo-org/models/actions/runs/1234' });
    expect(JSON.parse(readFileSync(publish.outputs['lineage-path'], 'utf8'))).toEqual(lineage);

    // The commands that were CLI-only have their action door from the same catalog entry.
    const fetched = await runAction(action('fetch'), { model: 'breast-cancer', stage: 'production', out: 'production-model', store: '.mlgate/registry' }, { workspace });
    expect(fetched.exitCode, fetched.stdout).toBe(0);
    expect(fetched.outputs).toMatchObject({ version: '1.0.0', tag: 'breast-cancer@v1.0.0', directory: join(workspace, 'production-model') });
    expect(JSON.parse(fetched.outputs.files)).toContainEqual(expect.objectContaining({ name: 'model.json' }));
    expect(readFileSync(join(workspace, 'production-model', 'model.json'), 'utf8')).toBe(readFileSync(candidate.outputs['model-path'], 'utf8'));
    // A command added through the catalog alone (use case + entry) has its action too.
    const scored = await runAction(action('predict'), { 'model-file': 'production-model/model.json', data: 'data/holdout.csv', out: 'production-model' }, { workspace });
    expect(scored.exitCode, scored.stdout).toBe(0);
    expect(scored.outputs).toMatchObject({ 'predictions-path': join(workspace, 'production-model/predictions.csv'), task: 'binary' });
    expect(readFileSync(scored.outputs['predictions-path'], 'utf8')).toBe(readFileSync(candidate.outputs['predictions-path'], 'utf8'));
    const history = await runAction(action('lineage'), { model: 'breast-cancer', store: '.mlgate/registry' }, { workspace });
    expect(history.exitCode, history.stdout).toBe(0);
    expect(history.outputs['lineage-path']).toBe(join(workspace, 'mlgate-out/lineage.md'));
    expect(history.summary).toMatch(/\| 1 +\| production +\| v1\.0\.0 +\|/);
    const profiled = await runAction(action('profile'), { data: 'data/train.csv', exclude: 'malignant' }, { workspace });
    expect(profiled.exitCode, profiled.stdout + profiled.stderr).toBe(0);
    expect(profiled.outputs.rows).toBe(String(readFileSync(join(workspace, 'data/train.csv'), 'utf8').trim().split('\n').length - 1));
    // An A/B decision from logged units (alternating arms, treatment converting more, two days).
    const units = ['variant,converted,day', ...Array.from({ length: 400 }, (_, i) => `${i % 2 ? 'B' : 'A'},${(i % 2 ? i % 4 === 1 : i % 20 === 0) ? 1 : 0},${i < 200 ? 1 : 2}`)];
    writeFileSync(join(workspace, 'data', 'units.csv'), `${units.join('\n')}\n`);
    const abtest = await runAction(action('abtest'), { data: 'data/units.csv', 'variant-column': 'variant', 'outcome-column': 'converted', 'time-column': 'day', control: 'A', treatment: 'B', sequential: 'true' }, { workspace });
    expect(abtest.exitCode, abtest.stdout + abtest.stderr).toBe(0);
    expect(abtest.outputs).toMatchObject({ decision: 'treatment', 'stopped-at': '1' });
    expect(JSON.parse(readFileSync(abtest.outputs['abtest-json'], 'utf8')).test).toBe('msprt-normal-mixture');
    // runAction checked each path output (absolute, exists); this flow gives every one of them.
    const given = new Map([baseline, candidate, evaluation, drift, gate, publish, fetched, scored, history, profiled, abtest].flatMap((run, i) => Object.entries(run.outputs).map(([k, v]) => [`${['train', 'train', 'evaluate', 'drift', 'gate', 'publish', 'fetch', 'predict', 'lineage', 'profile', 'abtest'][i]}:${k}`, v])));
    // Train's command-mode outputs are checked by test/e2e/train-command-action.test.ts, monitor's by test/e2e/monitor-github.test.ts.
    const elsewhere = new Set(['train:run-record', 'train:metrics-json', 'monitor:drift-json']);
    for (const command of COMMANDS.filter((c) => c.pathOutputs)) {
      for (const name of (command.pathOutputs ?? []).filter((n) => !elsewhere.has(`${command.name}:${n}`))) expect(given.get(`${command.name}:${name}`), `${command.name}: ${name}`).toMatch(/^\//);
    }
  }, 300_000); // twelve bundled action runs, each a Node process: 20 s idle, minutes on a busy 2-core machine

  it('gives absolute path outputs when working-directory is a sub-folder, so a later step finds them from the workspace', async () => {
    const dir = mkdtempSync(join(workspace, 'sub-'));
    copyFileSync(join(workspace, 'data', 'train.csv'), join(dir, 'train.csv'));
    const trained = await runAction(action('train'), { data: 'train.csv', target: 'malignant', out: 'model', 'working-directory': dir }, { workspace });
    expect(trained.exitCode, trained.stdout).toBe(0);
    expect(trained.outputs['model-path']).toBe(join(dir, 'model', 'model.json'));
    const published = await runAction(action('publish'), { model: 'sub', version: '1.0.0', files: 'model/model.json', store: 'registry', 'working-directory': dir }, { workspace });
    expect(published.exitCode, published.stdout).toBe(0);
    expect(published.outputs['predicate-path']).toBe(join(dir, 'mlgate-out', 'publish', 'provenance.predicate.json'));
    expect(JSON.parse(readFileSync(published.outputs['predicate-path'], 'utf8')).buildDefinition.buildType).toBe('https://mlgate.dev/training/v1');
  });

  it('fails the gate step when the verdict is fail, with the reason', async () => {
    const dir = mkdtempSync(join(workspace, 'gate-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'evaluation.json'), JSON.stringify({ task: 'binary', n: 10, metrics: { roc_auc: 0.6 }, intervals: {} }));
    writeFileSync(join(dir, 'policy.yml'), 'metrics:\n  roc_auc: { threshold: 0.8 }\n');
    const run = await runAction(action('gate'), { evaluation: 'evaluation.json', policy: 'policy.yml', 'working-directory': dir, comment: 'false', 'check-run': 'false' }, { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::error::mlgate gate: verdict fail — roc_auc: 0\.6 is below the required 0\.8/);
  });

  it.each([
    ['train', { data: 'data/train.csv', target: 'malignant', params: 'C=1' }, /::error::input `params` must be a JSON object, e\.g\. '\{"C": 0\.5\}', got `C=1`/],
    ['gate', { evaluation: 'nowhere.json', comment: 'maybe' }, /::error::input `comment` must be one of true, false, required, got `maybe`/],
    ['drift', { reference: 'data/train.csv', current: 'data/production.csv', 'column-methods': 'mean_radius' }, /::error::input `column-methods` takes key=value pairs, got `mean_radius`/],
    ['evaluate', { predictions: 'nowhere.csv', task: 'binary' }, /::error::nowhere\.csv: file not found/],
  ])('%s fails on bad input with one line naming the input or file', async (name, inputs, message) => {
    const run = await runAction(action(name), inputs, { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('dispatches the root action on `command`', async () => {
    const run = await runAction(join(ROOT, 'action.yml'), { command: 'drift', reference: 'data/train.csv', current: 'data/production.csv', exclude: 'id,malignant', output: 'root-drift.json' }, { workspace });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['drift-json']).toBe(join(workspace, 'root-drift.json'));
    const wrong = await runAction(join(ROOT, 'action.yml'), { command: 'deploy' }, { workspace });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toMatch(/::error::input `command` must be one of train, predict, evaluate, drift, monitor, profile, abtest, gate, plan, publish, promote, propose, fetch, lineage, got `deploy`/);
  });
});
