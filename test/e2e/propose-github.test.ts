import { bareRemoteWithClone, testGit } from '../support/git-remote.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ROOT, runAction } from '../support/run-action.js';

// The propose action's bundle, run as the retrain workflow's last step runs it: in a checkout of a
// local bare remote, against the REST emulator linked to that remote (requests and responses
// checked against GitHub's OpenAPI description, see afterAll). The cases (updates, refusals,
// faults) are covered in test/shared/commands/propose.test.ts.
const PROPOSE = join(ROOT, 'actions', 'propose', 'action.yml');

let emulator: Emulator;
let dir: string;
let remote: string;
let workspace: string;

const git = testGit;

function propose(inputs: Record<string, string>) {
  return runAction(PROPOSE, { model: 'churn', files: 'models/churn', report: 'report.md', ...inputs }, {
    workspace, env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main' }, event: { schedule: '0 5 * * 1' },
  });
}

describe('propose action against a local git remote and the GitHub REST emulator', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-propose-action-'));
    workspace = join(dir, 'work');
    ({ remote } = bareRemoteWithClone(dir, workspace, { 'README.md': 'models\n' }));
    mkdirSync(join(workspace, 'models', 'churn'), { recursive: true });
    writeFileSync(join(workspace, 'models', 'churn', 'model.json'), '{"weights": [1, 2]}\n');
    writeFileSync(join(workspace, 'report.md'), '## ✅ mlgate: churn: pass\n');
    emulator = await startEmulator({ gitRemote: remote });
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the pull request and sets its outputs; run again, it says unchanged', async () => {
    const first = await propose({});
    expect(first.exitCode, first.stdout).toBe(0);
    const tip = git(remote, 'rev-parse', 'refs/heads/mlgate/retrain/churn');
    expect(first.outputs).toMatchObject({ 'pull-request-action': 'opened', branch: 'mlgate/retrain/churn', commit: tip });
    const pr = emulator.state.pullRequests.get(Number(first.outputs['pull-request-number']))!;
    expect(first.outputs['pull-request-url']).toBe(pr.html_url);
    expect(first.outputs['comment-url']).toBe(emulator.state.comments.get(pr.number)![0].html_url);
    expect(pr.body).toContain('https://github.com/octo-org/models/actions/runs/1234');
    expect(first.summary).toContain(`Opened pull request [#${pr.number}]`);

    const again = await propose({});
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ 'pull-request-action': 'unchanged', commit: tip, 'pull-request-number': '' });
    expect(emulator.state.pullRequests.size).toBe(1);
  });

  it('masks the encoded token it sends to an https remote, and fails naming git when the remote cannot be reached', async () => {
    git(workspace, 'remote', 'add', 'github', 'http://127.0.0.1:9/octo-org/models.git');
    const run = await propose({ remote: 'github' });
    const header = Buffer.from('x-access-token:ghs_actions').toString('base64');
    expect(run.stdout).toContain(`::add-mask::${header}`);
    expect(run.stdout.split('\n').filter((line) => line.includes(header) && !line.startsWith('::add-mask::'))).toEqual([]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/::error::git: git ls-remote github failed/);
  });
});
