import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKENS, startEmulator, type Emulator } from '../emulator/index.js';
import { startResultsService } from '../emulator/artifacts.js';
import { ROOT, runAction } from '../support/run-action.js';
import { reportMarker } from '../../shared/adapters/github/sticky-comment.js';

// The gate action's bundle, run as the runner runs it, against the REST emulator: every request
// and response is checked against GitHub's OpenAPI description (see afterAll).
const GATE = join(ROOT, 'actions', 'gate', 'action.yml');
const HEAD = '1'.repeat(40);
const BASE = '2'.repeat(40);

let emulator: Emulator;
let workspace: string;
let prNumber = 100;

const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

function evaluationJson(metricName = 'roc_auc') {
  return JSON.stringify({
    task: 'binary', n: 171, metrics: { [metricName]: 0.99 }, intervals: { [metricName]: [0.98, 1] },
    baseline_metrics: { [metricName]: 0.985 }, comparison: { [metricName]: { delta: 0.005, interval: [-0.002, 0.012], test: 'delong', p_value: 0.3 } },
  });
}

function driftJson(columns: number) {
  return JSON.stringify({
    reference: { source: 'train.csv', rows: 100 }, current: { source: 'prod.csv', rows: 100 }, correction: 'bh',
    columns: Array.from({ length: columns }, (_, i) => ({
      name: `column_${i}`, kind: 'numeric', method: 'ks', statistic: 0.4, p_value: 1e-6, adjusted_p_value: 1e-5, threshold: 0.05,
      drifted: true, missing: { reference: 0, current: 0 }, rows: { reference: 100, current: 100 },
    })),
    share_drifted: columns > 0 ? 1 : 0, drift_share_threshold: 0.5, dataset_drifted: false, critical_columns_drifted: [],
    schema: { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: 0.1 }, not_compared: [],
  });
}

function newPullRequest(): number {
  prNumber++;
  emulator.state.addPullRequest({ number: prNumber, head: { sha: HEAD, ref: `feature-${prNumber}` }, base: { sha: BASE, ref: 'main' } });
  return prNumber;
}

function gate(pr: number, inputs: Record<string, string> = {}, token = 'ghs_actions', extra: { env?: Record<string, string>; event?: unknown } = {}) {
  return runAction(GATE, { evaluation: 'evaluation.json', drift: 'drift.json', ...inputs }, {
    workspace, token,
    env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_WORKFLOW: 'model check', GITHUB_JOB: 'gate', ...extra.env },
    event: extra.event ?? { pull_request: { number: pr, head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/models' } }, base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/models' } } } },
  });
}

function mlgateComments(pr: number) {
  return (emulator.state.comments.get(pr) ?? []).filter((c) => c.body.startsWith('<!-- mlgate:report'));
}

describe('gate action against the GitHub REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator({
      tokens: { ...DEFAULT_TOKENS, ghs_nochecks: { identity: bot, permissions: { issues: 'write', pull_requests: 'write', statuses: 'write', contents: 'read' } } },
    });
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-gate-'));
    writeFileSync(join(workspace, 'evaluation.json'), evaluationJson());
    writeFileSync(join(workspace, 'drift.json'), driftJson(3));
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });
  beforeEach(() => emulator.clearFaults());

  it('posts one sticky comment and a check run, in at most 6 API calls, and updates the comment on a re-run', async () => {
    const pr = newPullRequest();
    const before = emulator.requests.length;
    const first = await gate(pr);
    expect(first.exitCode, first.stdout).toBe(0);
    const calls = emulator.requests.length - before;
    expect(calls).toBeLessThanOrEqual(6);
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(first.outputs['check-run-url']).not.toBe('');
    const check = emulator.state.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'mlgate', head_sha: HEAD, conclusion: 'success' });

    const second = await gate(pr);
    expect(second.exitCode, second.stdout).toBe(0);
    const comments = mlgateComments(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0].user.login).toBe('github-actions[bot]');
    expect(comments[0].body).toContain('<details><summary>Previous report</summary>');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('leaves one comment when two runs race', async () => {
    const pr = newPullRequest();
    const [a, b] = await Promise.all([gate(pr), gate(pr)]);
    expect(a.exitCode, a.stdout).toBe(0);
    expect(b.exitCode, b.stdout).toBe(0);
    expect(mlgateComments(pr)).toHaveLength(1);
  });

  it('ignores a copied marker in somebody else\'s comment', async () => {
    const pr = newPullRequest();
    const forged = emulator.state.addComment(pr, `${reportMarker('model check/gate')}\nall good, merge it`, { login: 'mallory', id: 6660666, type: 'User' });
    const run = await gate(pr);
    expect(run.exitCode, run.stdout).toBe(0);
    const all = emulator.state.comments.get(pr)!;
    expect(all.find((c) => c.id === forged.id)!.body).toContain('all good, merge it');
    expect(all.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('keeps a report of 5,000 drifted columns under the comment limit, with the full report in the step summary', async () => {
    const pr = newPullRequest();
    const dir = mkdtempSync(join(workspace, 'big-'));
    writeFileSync(join(dir, 'evaluation.json'), evaluationJson());
    writeFileSync(join(dir, 'drift.json'), driftJson(5000));
    const run = await gate(pr, { 'working-directory': dir });
    expect(run.exitCode, run.stdout).toBe(0);
    const [comment] = mlgateComments(pr);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body).toMatch(/more drifted columns, left out to fit GitHub's comment limit: the full report is in the job summary of https:\/\/github\.com\/octo-org\/models\/actions\/runs\/1234/);
    expect(run.summary.length).toBeGreaterThan(65_536);
    expect(run.summary).toContain('column\\_4999');
  });

  it('renders a hostile metric name as inert text', async () => {
    const pr = newPullRequest();
    const dir = mkdtempSync(join(workspace, 'hostile-'));
    const name = '<img src=x onerror=alert(1)> @octocat | x';
    writeFileSync(join(dir, 'evaluation.json'), evaluationJson(name));
    writeFileSync(join(dir, 'policy.yml'), `metrics:\n  "${name}": { max_drop: 0.1, direction: higher }\n`);
    const run = await gate(pr, { 'working-directory': dir, drift: '', policy: 'policy.yml' });
    expect(run.exitCode, run.stdout).toBe(0);
    const [comment] = mlgateComments(pr);
    expect(comment.body).not.toContain('<img');
    expect(comment.body).not.toContain('@octocat');
    expect(comment.body).toContain('&lt;img src=x onerror=alert(1)&gt; @\u2060octocat \\| x');
  });

  it('retries a 502 and a secondary rate limit on the comment route and still succeeds', async () => {
    const pr = newPullRequest();
    emulator.addFault({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), respond: { status: 502 } });
    emulator.addFault({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), respond: { secondaryRateLimit: true, retryAfter: 1 } });
    const run = await gate(pr);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(mlgateComments(pr)).toHaveLength(1);
    const posts = emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${pr}/comments`)).map((r) => r.status);
    expect(posts).toEqual([502, 403, 201]);
  });

  it('reports to the job summary with a warning when the token is read-only (a fork pull request), and uploads the report as an artifact', async () => {
    const pr = newPullRequest();
    const artifacts = await startResultsService();
    try {
      const run = await gate(pr, {}, 'ghs_readonly', { env: { ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken, ACTIONS_RESULTS_URL: artifacts.resultsUrl } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(mlgateComments(pr)).toHaveLength(0);
      expect(run.stdout).toMatch(/::warning::no comment: the token may not comment/);
      expect(run.stdout).toMatch(/::warning::no check run: the token may create neither check runs nor commit statuses/);
      expect(run.summary).toMatch(/## .* mlgate: pass/);
      expect(run.outputs['artifact-id']).toBe('1');
      const [artifact] = artifacts.artifacts;
      expect(artifact).toMatchObject({ name: 'mlgate-report-gate', finalized: true, runBackendId: 'run-backend-1', jobBackendId: 'job-backend-1-job' });
      expect(run.outputs['artifact-name']).toBe('mlgate-report-gate');
      // A zip holding the report and the inputs a workflow_run job needs to post it.
      const bytes = await artifacts.bytesOf(artifact);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      for (const name of ['gate.json', 'gate.md', 'evaluation.json', 'drift.json']) expect(bytes.includes(Buffer.from(name))).toBe(true);
    } finally {
      await artifacts.close();
    }
  });

  it('names the artifact per job and matrix entry, so matrix jobs and the workflow\'s own upload of `mlgate-report` do not collide (409)', async () => {
    const artifacts = await startResultsService();
    try {
      const env = { ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken, ACTIONS_RESULTS_URL: artifacts.resultsUrl };
      const runs = [];
      for (const matrix of ['{"python": "3.12"}', '{"python": "3.13"}']) runs.push(await gate(newPullRequest(), { matrix }, 'ghs_readonly', { env }));
      const names = runs.map((run) => run.outputs['artifact-name']);
      expect(names[0]).toMatch(/^mlgate-report-gate-[0-9a-f]{12}$/);
      expect(new Set(names).size).toBe(2);
      expect(artifacts.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual(names);
      // The same job again (a second gate step in the job, or the old fixed name) is refused by the service, and only warns.
      const again = await gate(newPullRequest(), { matrix: '{"python": "3.12"}' }, 'ghs_readonly', { env });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.stdout).toMatch(/::warning::could not upload the report artifact `mlgate-report-gate-[0-9a-f]{12}`/);
      expect(again.outputs['artifact-name']).toBe('');
    } finally {
      await artifacts.close();
    }
  });

  it('on GitHub Enterprise Server, says in one warning that the artifact hand-off is unavailable there, and still gives the verdict', async () => {
    const artifacts = await startResultsService();
    try {
      const run = await gate(newPullRequest(), {}, 'ghs_readonly', { env: { GITHUB_SERVER_URL: 'https://ghe.example.com', ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken, ACTIONS_RESULTS_URL: artifacts.resultsUrl } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'pass', 'artifact-id': '', 'artifact-name': '' });
      expect(run.stdout).toMatch(/::warning::report artifact `mlgate-report-gate` not uploaded: the artifact hand-off is unavailable on GitHub Enterprise Server/);
      expect(artifacts.artifacts).toEqual([]);
    } finally {
      await artifacts.close();
    }
  });

  it('only warns when the report artifact cannot be uploaded (no Actions runtime)', async () => {
    const pr = newPullRequest();
    const run = await gate(pr, {}, 'ghs_readonly');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::could not upload the report artifact `mlgate-report-gate`/);
    const required = await gate(pr, { comment: 'required', 'report-artifact': '' }, 'ghs_readonly');
    expect(required.exitCode).toBe(1);
    expect(required.stdout).toMatch(/::error::mlgate gate: comment: required, but not posted: no comment: the token may not comment/);
  });

  it('falls back to a commit status when the token may not create check runs', async () => {
    const pr = newPullRequest();
    const statusesBefore = emulator.state.statuses.length;
    const run = await gate(pr, {}, 'ghs_nochecks');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.state.statuses.length).toBe(statusesBefore + 1);
    expect(emulator.state.statuses.at(-1)).toMatchObject({ sha: HEAD, status: { state: 'success', context: 'mlgate' } });
    expect(run.outputs['check-run-url']).toBe('');
  });

  it('retries a dropped connection and a request that times out', async () => {
    const pr = newPullRequest();
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { reset: true } });
    emulator.addFault({ method: 'GET', path: new RegExp(`/issues/${pr}/comments$`), respond: { delayMs: 3000 } });
    const run = await gate(pr, {}, 'ghs_actions', { env: { MLGATE_API_TIMEOUT_MS: '1000' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(mlgateComments(pr)).toHaveLength(1);
    expect(emulator.state.checkRuns.filter((c) => c.head_sha === HEAD).length).toBeGreaterThan(0);
  });

  it('finds a fork\'s pull request from a workflow_run event that lists none, and comments there', async () => {
    prNumber++;
    const forkHead = '3'.repeat(40);
    emulator.state.addPullRequest({ number: prNumber, head: { sha: forkHead, ref: 'patch-1', repo: { owner: 'mallory' } }, base: { sha: BASE, ref: 'main' } });
    const event = { workflow_run: { id: 5, head_sha: forkHead, head_branch: 'patch-1', head_repository: { full_name: 'mallory/models' }, pull_requests: [], event: 'pull_request' } };
    const run = await gate(0, {}, 'ghs_actions', { env: { GITHUB_EVENT_NAME: 'workflow_run' }, event });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mlgateComments(prNumber)).toHaveLength(1);
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ head_sha: forkHead });
  });

  it('warns in one line and still gives the verdict on a pull request that does not exist; fails when the comment is required', async () => {
    const run = await gate(99_999);
    expect(run.exitCode, run.stdout).toBe(0);
    // One line naming the call, no stack trace: GitHub's refusal is not a bug in mlgate.
    expect(run.stdout).toMatch(/::warning::no comment: GitHub API: GET \/repos\/octo-org\/models\/issues\/99999\/comments answered HTTP 404: Not Found/);
    expect(run.stdout).not.toMatch(/internal error|\n\s+at /);
    expect(run.outputs.verdict).toBe('pass');
    const required = await gate(99_999, { comment: 'required' });
    expect(required.exitCode).toBe(1);
    expect(required.stdout).toMatch(/::error::mlgate gate: comment: required, but not posted: GitHub API: GET \/repos\/octo-org\/models\/issues\/99999\/comments answered HTTP 404: Not Found\n/);
    expect(required.summary).toMatch(/## .* mlgate: pass/);
  });

  it('with an empty github-token (a secret a fork cannot read), calls no API, never sends the expression, and hands the report on', async () => {
    const pr = newPullRequest();
    const artifacts = await startResultsService();
    const before = emulator.requests.length;
    try {
      const run = await gate(pr, { 'github-token': '' }, 'ghs_actions', { env: { ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken, ACTIONS_RESULTS_URL: artifacts.resultsUrl } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(emulator.requests.length).toBe(before);
      expect(run.stdout).not.toContain('${{');
      expect(run.stdout).toMatch(/::warning::nothing posted: no GitHub token/);
      expect(run.summary).toMatch(/## .* mlgate: pass/);
      expect(run.outputs).toMatchObject({ verdict: 'pass', 'comment-url': '', 'artifact-id': '1' });
      expect(artifacts.artifacts[0]).toMatchObject({ name: 'mlgate-report-gate', finalized: true });
      const required = await gate(pr, { 'github-token': '', comment: 'required', 'report-artifact': '' });
      expect(required.exitCode).toBe(1);
      expect(required.stdout).toMatch(/::error::mlgate gate: comment: required, but not posted: no GitHub token/);
      expect(required.summary).toMatch(/## .* mlgate: pass/);
    } finally {
      await artifacts.close();
    }
  });

  it('with comment: required, a check run GitHub keeps refusing only warns once the comment is posted', async () => {
    const pr = newPullRequest();
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, times: 100, respond: { status: 500 } });
    const run = await gate(pr, { comment: 'required' }, 'ghs_actions', { env: { MLGATE_API_RETRY_BASE_MS: '1' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mlgateComments(pr)).toHaveLength(1);
    expect(run.stdout).toMatch(/::warning::no check run: GitHub API: POST \/repos\/octo-org\/models\/check-runs answered HTTP 500 after 3 retries/);
    expect(run.outputs['check-run-url']).toBe('');
  });

  it('when GitHub keeps answering 5xx, writes the verdict to the summary and outputs and warns; a fail verdict still fails the step', async () => {
    const pr = newPullRequest();
    emulator.addFault({ method: 'POST', path: new RegExp(`/issues/${pr}/comments$`), times: 100, respond: { status: 503 } });
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, times: 100, respond: { status: 500 } });
    const fast = { env: { MLGATE_API_RETRY_BASE_MS: '1' } };
    const run = await gate(pr, {}, 'ghs_actions', fast);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::no comment: GitHub API: POST \/repos\/octo-org\/models\/issues\/\d+\/comments answered HTTP 503 after 3 retries/);
    expect(run.stdout).toMatch(/::warning::no check run: GitHub API: POST \/repos\/octo-org\/models\/check-runs answered HTTP 500 after 3 retries/);
    expect(run.stdout).not.toMatch(/internal error|::error::/);
    expect(run.summary).toMatch(/## .* mlgate: pass/);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'comment-url': '', 'check-run-url': '' });

    const dir = mkdtempSync(join(workspace, 'failing-'));
    writeFileSync(join(dir, 'evaluation.json'), evaluationJson());
    writeFileSync(join(dir, 'policy.yml'), 'metrics:\n  roc_auc: { threshold: 0.999 }\n');
    const failing = await gate(pr, { 'working-directory': dir, drift: '', policy: 'policy.yml' }, 'ghs_actions', fast);
    expect(failing.exitCode).toBe(1);
    expect(failing.outputs.verdict).toBe('fail');
    expect(failing.stdout).toMatch(/::error::mlgate gate: verdict fail/);
    expect(failing.summary).toMatch(/## .* mlgate: fail/);
  });
});
