import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ROOT, runAction } from '../support/run-action.js';
import { encodeGateReport } from '../../shared/adapters/codecs/gate-json.js';
import type { GateReport, Verdict } from '../../shared/core/gate/gate.js';
import { defaultPolicy } from '../../shared/core/gate/policy.js';

// The many-models flow's last job: the gate action with `aggregate` reads the per-model jobs'
// gate.json artifacts and posts one sticky comment and one check run, against the REST emulator.
const GATE = join(ROOT, 'actions', 'gate', 'action.yml');
const HEAD = '1'.repeat(40);
const MODELS = 1000;

let emulator: Emulator;
let workspace: string;

const event = (pr: number) => ({ pull_request: { number: pr, head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/models' } }, base: { sha: '2'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/models' } } } });

function modelReport(i: number, verdict: Verdict): string {
  const report: GateReport = {
    verdict, model: `team-${i % 10}/model-${i}`, policy: defaultPolicy('binary'), markdown: '', comment_markdown: '',
    checks: [{ subject: 'roc_auc', kind: 'metric', status: verdict, message: verdict === 'pass' ? 'Δ +0.001 is within the tolerated drop of 0' : 'worse by 0.04 (Δ -0.04, 95% CI [-0.06, -0.02]), tolerated 0' }],
    headline: { metric: 'roc_auc', baseline: 0.95, candidate: 0.91, delta: -0.04, interval: [-0.06, -0.02], drift_share: 0.1, dataset_drifted: false },
  };
  return encodeGateReport(report);
}

function aggregate(pr: number, folder: string, inputs: Record<string, string> = {}) {
  return runAction(GATE, { aggregate: folder, title: 'models', ...inputs }, {
    workspace, env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_WORKFLOW: 'models', GITHUB_JOB: 'aggregate' }, event: event(pr),
  });
}

const ours = (pr: number) => (emulator.state.comments.get(pr) ?? []).filter((c) => c.body.startsWith('<!-- mlgate:report'));

describe('gate --aggregate against the GitHub REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator();
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-aggregate-e2e-'));
    // As actions/download-artifact lays them out: one folder per artifact.
    for (let i = 0; i < MODELS; i++) {
      const dir = join(workspace, 'reports', `gate-${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'gate.json'), modelReport(i, i === 10 || i === 500 ? 'fail' : i === 77 ? 'warn' : 'pass'));
    }
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('posts one comment for 1,000 models under the limit, failing ones first, fails the job; a re-run updates the comment', async () => {
    emulator.state.addPullRequest({ number: 300, head: { sha: HEAD, ref: 'feature' }, base: { sha: '2'.repeat(40), ref: 'main' } });
    const first = await aggregate(300, 'reports');
    expect(first.exitCode, first.stdout).toBe(1);
    expect(first.stdout).toContain('2 blocking models fail: team-0/model-10, team-0/model-500');
    expect(first.outputs.verdict).toBe('fail');
    const [comment] = ours(300);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body).toContain('## ❌ models: fail');
    const rows = comment.body.split('\n').filter((line) => /^\| (❌|⚠️|✅) \|/.test(line));
    expect(rows.slice(0, 3).map((row) => row.split(' | ')[1])).toEqual(['team-0/model-10', 'team-0/model-500', 'team-7/model-77']);
    expect(comment.body).toMatch(/more passing models, left out to fit GitHub's comment limit: the full report is in the job summary of https:\/\/github\.com\/octo-org\/models\/actions\/runs\/1234/);
    expect(first.summary).toContain('team-9/model-999');
    expect(JSON.parse(readFileSync(first.outputs['report-json'], 'utf8'))).toMatchObject({ verdict: 'fail', counts: { fail: 2, warn: 1, pass: 997 } });
    expect(emulator.state.checkRuns.at(-1)).toMatchObject({ name: 'mlgate', head_sha: HEAD, conclusion: 'failure' });

    const second = await aggregate(300, 'reports');
    expect(second.exitCode).toBe(1);
    expect(ours(300)).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('keeps its own comment apart from a per-model gate\'s, whose gate.json names its model from comment-key', async () => {
    emulator.state.addPullRequest({ number: 301, head: { sha: HEAD, ref: 'feature' }, base: { sha: '2'.repeat(40), ref: 'main' } });
    writeFileSync(join(workspace, 'evaluation.json'), JSON.stringify({
      task: 'binary', n: 171, metrics: { roc_auc: 0.99 }, intervals: { roc_auc: [0.98, 1] },
      baseline_metrics: { roc_auc: 0.985 }, comparison: { roc_auc: { delta: 0.005, interval: [-0.002, 0.012], test: 'delong', p_value: 0.3 } },
    }));
    const single = await runAction(GATE, { evaluation: 'evaluation.json', 'comment-key': 'churn', 'check-run': 'false', output: 'one/gate.json' }, {
      workspace, env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_WORKFLOW: 'models', GITHUB_JOB: 'model' }, event: event(301), matrix: { model: 'churn' },
    });
    expect(single.exitCode, single.stdout).toBe(0);
    const written = JSON.parse(readFileSync(single.outputs['report-json'], 'utf8'));
    expect(written).toMatchObject({ model: 'churn', verdict: 'pass', headline: { metric: 'roc_auc', delta: 0.005, interval: [-0.002, 0.012] } });
    const run = await aggregate(301, 'one', { 'check-run': 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(ours(301)).toHaveLength(2);
    expect(ours(301).map((c) => c.body.split('\n')[0]).sort()).toEqual(['<!-- mlgate:report key=churn -->', '<!-- mlgate:report key=models%2Fmodels -->']);
  });

  it('refuses evaluation and aggregate together, and an empty folder, naming it', async () => {
    mkdirSync(join(workspace, 'empty'), { recursive: true });
    const both = await aggregate(300, 'reports', { evaluation: 'evaluation.json' });
    expect(both.exitCode).toBe(1);
    expect(both.stdout).toContain('input `aggregate` reads the models\' own gate reports: input `evaluation` cannot be given with it');
    const empty = await aggregate(300, 'empty');
    expect(empty.stdout).toContain('empty: no gate reports (*.json) in this folder');
  });
});
