import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { pointCliAt } from '../support/cli-env.js';

// The CLI door posts the same way the gate action does (one engine, two doors).
describe('mlgate gate --comment --check-run', () => {
  let emulator: Emulator;
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.state.addPullRequest({ number: 3, head: { sha: '4'.repeat(40), ref: 'f' }, base: { sha: '5'.repeat(40), ref: 'main' } });
    dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-post-'));
    writeFileSync(join(dir, 'evaluation.json'), JSON.stringify({ task: 'binary', n: 10, metrics: { roc_auc: 0.9 }, intervals: {} }));
  });
  afterAll(async () => {
    process.env = saved;
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });


  it('without a token, gives the verdict and warns that nothing was posted; exits 69 when the comment is required', async () => {
    delete process.env.GITHUB_TOKEN;
    const run = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment', '--pull-request', '3');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/### Gate: pass/);
    expect(run.stderr).toBe('warning: nothing posted: no GitHub token (the action\'s github-token input is empty, as for a fork\'s pull request that cannot read the secret; the CLI reads GITHUB_TOKEN); the report is in the job summary\n');
    const required = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment=required', '--pull-request', '3');
    expect(required.exitCode).toBe(69);
    expect(required.stderr).toMatch(/^mlgate gate: comment: required, but not posted: no GitHub token .*$/m);
    const off = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment=required', '--no-comment');
    expect([off.exitCode, off.stderr]).toEqual([0, '']);
    expect((await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment', 'maybe')).stderr).toMatch(/--comment must be one of true, false, required, got `maybe`|Unexpected argument/);
  });

  it('posts the sticky comment and the check run with GITHUB_TOKEN', async () => {
    Object.assign(process.env, { GITHUB_TOKEN: 'ghp_octocat', GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: '4'.repeat(40), GITHUB_EVENT_NAME: 'workflow_dispatch' });
    delete process.env.GITHUB_EVENT_PATH;
    const run = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment', '--pull-request', '3');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/comment created: .*#issuecomment-\d+/);
    const comments = emulator.state.comments.get(3)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].user.login).toBe('octocat'); // a user token is its own identity (GET /user)
  });

  it('posts one check run when GitHub made it but the answer was lost', async () => {
    pointCliAt(emulator, 'ghs_actions');
    Object.assign(process.env, { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' });
    const sha = process.env.GITHUB_SHA!;
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { lostResponse: true } });
    const run = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--no-comment', '--check-run', '--check-name', 'lost-answer');
    expect(run.exitCode, run.stderr).toBe(0);
    const runs = emulator.state.checkRuns.filter((r) => r.head_sha === sha && r.name === 'lost-answer');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ conclusion: 'success', external_id: expect.stringMatching(/^mlgate:77\.2:[0-9a-f-]{36}$/) });
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs')).map((r) => r.status)).toEqual([0]);
  });
});
