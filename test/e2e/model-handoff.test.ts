import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startResultsService, type JobIdentity, type ResultsService } from '../emulator/artifacts.js';
import { ROOT, runAction } from '../support/run-action.js';

// The bundled actions run as the runner runs them (child processes, inputs from action.yml), and
// @actions/cache and @actions/artifact inside them move the bytes through the results service
// stand-in and Azurite; another run's artifacts are read through the REST emulator.
const action = (name: string) => join(ROOT, 'actions', name, 'action.yml');

// Writes a model of random bytes (so a retrained model differs) and its metrics; counts its runs
// in a file outside the workspace, so a cache hit is seen not to run it.
const TRAIN_SH = `set -e
echo "training with $(cat params.yaml)"
mkdir -p out
head -c 250000 /dev/urandom > out/model.bin
echo '{"accuracy": 0.93, "loss": {"final": 0.12}}' > metrics.json
echo run >> "$MLGATE_TEST_RUNS"
`;

let emulator: Emulator;
let service: ResultsService;
let runsFile: string;

beforeAll(async () => {
  emulator = await startEmulator();
  service = await startResultsService({ emulator });
});
afterAll(async () => {
  await service?.close();
  await emulator?.close();
});
beforeEach(() => {
  runsFile = join(mkdtempSync(join(tmpdir(), 'mlgate-runs-')), 'runs');
  writeFileSync(runsFile, '');
});

/** A clean checkout of the project for a new job. */
function checkout(params = 'alpha: 0.5\n'): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlgate-job-'));
  writeFileSync(join(workspace, 'train.sh'), TRAIN_SH);
  writeFileSync(join(workspace, 'params.yaml'), params);
  mkdirSync(join(workspace, 'data'));
  writeFileSync(join(workspace, 'data', 'train.csv'), 'x,y\n1,0\n2,1\n');
  return workspace;
}

function jobEnv(job: JobIdentity, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...service.envFor(job), GITHUB_API_URL: emulator.apiUrl, GITHUB_REF: job.ref ?? 'refs/heads/main', GITHUB_EVENT_NAME: 'push',
    GITHUB_JOB: job.job ?? 'job', MLGATE_TEST_RUNS: runsFile, ...extra,
  };
}

const TRAIN = { command: 'bash train.sh', params: 'params.yaml', deps: 'train.sh, data', outputs: 'out', metrics: 'metrics.json' };
const trainRuns = () => readFileSync(runsFile, 'utf8').split('\n').filter(Boolean).length;

describe('train in two workflow runs on clean workspaces (the Actions run cache)', () => {
  it('runs the command in the first run and restores its outputs byte for byte in the second, without running it', async () => {
    const first = checkout();
    const trained = await runAction(action('train'), TRAIN, { workspace: first, env: jobEnv({ runId: 3001, job: 'train' }) });
    expect(trained.exitCode, trained.stdout + trained.stderr).toBe(0);
    expect(trained.outputs['cache-hit']).toBe('false');
    expect(trainRuns()).toBe(1);

    const second = checkout();
    const again = await runAction(action('train'), TRAIN, { workspace: second, env: jobEnv({ runId: 3002, job: 'train' }) });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.outputs['cache-hit']).toBe('true');
    expect(trainRuns()).toBe(1);
    expect(again.stdout).toMatch(/reused from run 3001 \(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/3001\)/);
    expect(readFileSync(join(second, 'out/model.bin')).equals(readFileSync(join(first, 'out/model.bin')))).toBe(true);
    expect(readFileSync(join(second, 'metrics.json'), 'utf8')).toBe(readFileSync(join(first, 'metrics.json'), 'utf8'));
    expect(again.stdout).not.toMatch(/::warning::/);

    // One parameter value changed: a miss, the command runs.
    const third = checkout('alpha: 0.25\n');
    const changed = await runAction(action('train'), TRAIN, { workspace: third, env: jobEnv({ runId: 3003, job: 'train' }) });
    expect(changed.exitCode, changed.stdout).toBe(0);
    expect(changed.outputs['cache-hit']).toBe('false');
    expect(trainRuns()).toBe(2);
  });

  it('a pull request\'s run hits the default branch\'s entry', async () => {
    const main = checkout('alpha: 0.75\n');
    expect((await runAction(action('train'), TRAIN, { workspace: main, env: jobEnv({ runId: 3101, job: 'train' }) })).exitCode).toBe(0);
    const pr = checkout('alpha: 0.75\n');
    const run = await runAction(action('train'), TRAIN, { workspace: pr, env: jobEnv({ runId: 3102, job: 'train', ref: 'refs/pull/9/merge', readRefs: ['refs/heads/main'] }) });
    expect(run.outputs['cache-hit'], run.stdout).toBe('true');
    expect(readFileSync(join(pr, 'out/model.bin')).equals(readFileSync(join(main, 'out/model.bin')))).toBe(true);
  });

  it('trains when the cache service fails, with the toolkit\'s warning and one line of its own', async () => {
    service.addFault({ method: /CacheService\/GetCacheEntryDownloadURL/, status: 403 });
    service.addFault({ method: /CacheService\/CreateCacheEntry/, status: 403 });
    const workspace = checkout('alpha: 0.125\n');
    const run = await runAction(action('train'), TRAIN, { workspace, env: jobEnv({ runId: 3201, job: 'train' }) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['cache-hit']).toBe('false');
    expect(existsSync(join(workspace, 'out/model.bin'))).toBe(true);
    expect(run.stdout).toMatch(/::warning::run cache: entry `mlgate-run-[0-9a-f]{64}` was not saved in the GitHub Actions cache/);
  });
});

describe('the model handed on as a workflow artifact', () => {
  it('is downloaded byte-identical by another job of the run (evaluate) and by run id in a workflow_run job (publish)', async () => {
    const trainJob = checkout('alpha: 0.3\n');
    const trained = await runAction(action('train'), { ...TRAIN, artifact: 'model' }, { workspace: trainJob, env: jobEnv({ runId: 4001, job: 'train' }) });
    expect(trained.exitCode, trained.stdout + trained.stderr).toBe(0);
    const id = trained.outputs['artifact-id'];
    expect(id).toMatch(/^\d+$/);
    expect(service.artifacts.find((a) => String(a.id) === id)).toMatchObject({ name: 'model', runId: 4001, finalized: true });
    const model = readFileSync(join(trainJob, 'out/model.bin'));

    // Another job of the same run, on another runner: a clean workspace without the model.
    const evaluateJob = mkdtempSync(join(tmpdir(), 'mlgate-job-'));
    writeFileSync(join(evaluateJob, 'predictions.csv'), 'id,y_true,y_pred,y_score\n1,0,0,0.1\n2,1,1,0.8\n3,1,0,0.4\n4,0,0,0.3\n');
    const evaluated = await runAction(action('evaluate'), { predictions: 'predictions.csv', task: 'binary', resamples: '50', 'model-artifact': 'model' }, { workspace: evaluateJob, env: jobEnv({ runId: 4001, job: 'evaluate' }) });
    expect(evaluated.exitCode, evaluated.stdout + evaluated.stderr).toBe(0);
    expect(readFileSync(join(evaluateJob, 'out/model.bin')).equals(model)).toBe(true);
    expect(JSON.parse(readFileSync(join(evaluateJob, 'mlgate-out/run-record.json'), 'utf8')).run.id).toBe('4001');

    // After the merge, a workflow_run job (another run) publishes it, reading run 4001's artifact with the token.
    const publishJob = mkdtempSync(join(tmpdir(), 'mlgate-job-'));
    const published = await runAction(action('publish'), {
      model: 'churn', version: '1.0.0', files: 'out/model.bin', store: join(publishJob, 'registry'), 'run-record': 'mlgate-out/run-record.json',
      'model-artifact': 'model', 'model-run-id': '4001',
    }, { workspace: publishJob, env: jobEnv({ runId: 4100, job: 'publish' }, { GITHUB_EVENT_NAME: 'workflow_run' }) });
    expect(published.exitCode, published.stdout + published.stderr).toBe(0);
    expect(readFileSync(join(publishJob, 'out/model.bin')).equals(model)).toBe(true);
    expect(published.stdout).toMatch(/downloaded model artifact `model` \(id \d+\) from workflow run 4001/);
    expect(emulator.requests.filter((r) => r.path.includes('/actions/')).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /repos/octo-org/models/actions/runs/4001/artifacts 200',
      `GET /repos/octo-org/models/actions/artifacts/${id}/zip 302`,
    ]);
    expect(emulator.validationErrors).toEqual([]);
  });

  it('names the missing artifact when the run has none by that name', async () => {
    const job = mkdtempSync(join(tmpdir(), 'mlgate-job-'));
    writeFileSync(join(job, 'predictions.csv'), 'y_true,y_pred\n0,0\n1,1\n');
    const run = await runAction(action('evaluate'), { predictions: 'predictions.csv', task: 'binary', 'model-artifact': 'nothing-here', 'model-run-id': '4999' }, { workspace: job, env: jobEnv({ runId: 5000, job: 'evaluate' }) });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/::error::model artifact `nothing-here` not found in workflow run 4999/);
  });

  it('on GitHub Enterprise Server, train says in one line that it cannot hand the model on, and succeeds', async () => {
    const workspace = checkout('alpha: 0.6\n');
    const run = await runAction(action('train'), { ...TRAIN, artifact: 'model' }, { workspace, env: jobEnv({ runId: 6001, job: 'train' }, { GITHUB_SERVER_URL: 'https://ghe.example.com' }) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['artifact-id']).toBe('');
    expect(run.stdout.match(/::warning::/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/::warning::model artifact `model` not uploaded: the artifact hand-off is unavailable on GitHub Enterprise Server/);
    expect(service.artifacts.filter((a) => a.runId === 6001)).toEqual([]);
  });

  it('a failing artifact service is a warning in train, not a failed step', async () => {
    service.addFault({ method: /ArtifactService\/CreateArtifact/, status: 403 });
    const workspace = checkout('alpha: 0.7\n');
    const run = await runAction(action('train'), { ...TRAIN, artifact: 'model' }, { workspace, env: jobEnv({ runId: 7001, job: 'train' }) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['artifact-id']).toBe('');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings.join('\n')).toMatch(/::warning::model artifact `model` not uploaded: GitHub artifacts: upload of artifact `model` answered HTTP 403/);
  });
});
