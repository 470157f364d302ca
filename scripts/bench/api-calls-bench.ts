// How many GitHub API calls one pull-request run makes: evaluate + drift + gate (comment and
// check run), first run and re-run, against the REST emulator. Target: at most 6.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../test/emulator/index.js';
import { ROOT, runAction } from '../../test/support/run-action.js';

const emulator = await startEmulator();
const workspace = mkdtempSync(join(tmpdir(), 'mlgate-bench-'));
mkdirSync(join(workspace, 'data'));
for (const file of ['train.csv', 'holdout.csv', 'production.csv']) copyFileSync(join(ROOT, 'examples/breast-cancer', file), join(workspace, 'data', file));
const head = '1'.repeat(40);
emulator.state.addPullRequest({ number: 7, head: { sha: head, ref: 'feature' }, base: { sha: '2'.repeat(40), ref: 'main' } });
const options = {
  workspace,
  env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_WORKFLOW: 'model check', GITHUB_JOB: 'model' },
  event: { pull_request: { number: 7, head: { sha: head, ref: 'feature', repo: { full_name: 'octo-org/models' } }, base: { sha: '2'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/models' } } } },
};
const action = (name: string) => join(ROOT, 'actions', name, 'action.yml');

async function pullRequestRun() {
  const before = emulator.requests.length;
  const trained = await runAction(action('train'), { data: 'data/train.csv', target: 'malignant', test: 'data/holdout.csv' }, options);
  const evaluation = await runAction(action('evaluate'), { predictions: trained.outputs['predictions-path'], task: 'binary' }, options);
  const drift = await runAction(action('drift'), { reference: 'data/train.csv', current: 'data/production.csv', exclude: 'id,malignant' }, options);
  const gate = await runAction(action('gate'), { evaluation: evaluation.outputs['evaluation-json'], drift: drift.outputs['drift-json'] }, options);
  if (gate.exitCode !== 0) throw new Error(gate.stdout + gate.stderr);
  return emulator.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/\/repos\/octo-org\/models/, '')} ${r.status}`);
}

console.log('\n## GitHub API calls per pull-request run (train + evaluate + drift + gate with comment and check run)');
for (const label of ['first run', 're-run (comment updated)']) {
  const calls = await pullRequestRun();
  console.log(`${label}: ${calls.length} calls (target ≤ 6): ${calls.join(', ')}`);
}
console.log(`OpenAPI mismatches in this traffic: ${emulator.validationErrors.length}`);
await emulator.close();

// Resolving `production` for one model among 1,000 (registry on GitHub tags and releases).
{
  const { GitHubRegistry } = await import('../../shared/adapters/registry/github-registry.js');
  const { openGateway } = await import('../../shared/adapters/github/gateway/index.js');
  const { readEnvironment } = await import('../../shared/adapters/environment.js');
  const { writeFileSync } = await import('node:fs');
  const registryEmulator = await startEmulator();
  const commit = registryEmulator.state.refs.get('refs/heads/main')!;
  for (let i = 0; i < 1000; i++) {
    registryEmulator.state.addAnnotatedTag(`model-${i}@v1.0.0`, commit);
    registryEmulator.state.addAnnotatedTag(`model-${i}#production#1`, commit);
  }
  const environment = readEnvironment({ GITHUB_API_URL: registryEmulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  const registry = new GitHubRegistry({
    gateway: openGateway(environment, { token: 'ghs_actions' }), owner: 'octo-org', repo: 'models', commit, actor: 'bench', tempDir: workspace,
  });
  const file = join(workspace, 'model.bin');
  writeFileSync(file, 'weights');
  await registry.publish({ model: 'model-500-target', version: '2.0.0', files: [{ path: file }] });
  await registry.promote({ model: 'model-500-target', version: '2.0.0', stage: 'production' });
  const before = registryEmulator.requests.length;
  await registry.resolve('model-500-target', { stage: 'production' });
  const calls = registryEmulator.requests.slice(before).map((r) => `${r.method} ${decodeURIComponent(r.path.replace(/\/repos\/octo-org\/models/, ''))}`);
  console.log(`\n## registry: resolve production for one of 1,001 models (2,002 tags)\n${calls.length} API calls: ${calls.join(', ')}`);
  await registryEmulator.close();
}
