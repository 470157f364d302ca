import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { readRunContext } from '../../../../shared/adapters/github/context.js';
import { defaultKey } from '../../../../shared/adapters/github/post-report.js';

function contextFor(eventName: string, payload: unknown, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-event-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return readRunContext(readEnvironment({
    GITHUB_REPOSITORY: 'octo-org/models', GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_SHA: 'm'.repeat(40), GITHUB_RUN_ID: '99', GITHUB_WORKFLOW: 'model check', GITHUB_JOB: 'gate', ...extra,
  }));
}

const pr = (headRepo: string) => ({
  number: 7, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/models' } },
  head: { sha: 'h'.repeat(40), ref: 'feature', repo: { full_name: headRepo } },
});

describe('readRunContext', () => {
  it('reads a pull request, its head commit and whether it comes from a fork', () => {
    const same = contextFor('pull_request', { pull_request: pr('octo-org/models') });
    expect(same.pullRequest).toMatchObject({ number: 7, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40), isFork: false });
    expect(same.sha).toBe('h'.repeat(40)); // not the merge commit GITHUB_SHA names
    expect(same.environment.runUrl).toBe('https://github.com/octo-org/models/actions/runs/99');
    expect(contextFor('pull_request_target', { pull_request: pr('mallory/models') }).pullRequest?.isFork).toBe(true);
  });

  it('reads workflow_run, push, release and workflow_dispatch', () => {
    const run = contextFor('workflow_run', { workflow_run: { head_sha: 'h'.repeat(40), head_branch: 'feature', head_repository: { full_name: 'mallory/models' }, pull_requests: [] } });
    expect(run).toMatchObject({ sha: 'h'.repeat(40), pullRequest: null, workflowRun: { headBranch: 'feature', headRepository: 'mallory/models' } });
    const listed = contextFor('workflow_run', { workflow_run: { head_sha: 'h'.repeat(40), head_branch: 'feature', head_repository: { full_name: 'octo-org/models' }, pull_requests: [{ number: 7, head: { sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } }] } });
    expect(listed.pullRequest?.number).toBe(7);
    expect(contextFor('push', { after: 'a'.repeat(40) })).toMatchObject({ sha: 'a'.repeat(40), pullRequest: null, tag: null });
    expect(contextFor('push', { after: 'a'.repeat(40) }, { GITHUB_REF: 'refs/tags/churn@v1.2.0' }).tag).toBe('churn@v1.2.0');
    expect(contextFor('release', { release: { tag_name: 'm@v1.0.0' } }).pullRequest).toBeNull();
    expect(contextFor('workflow_dispatch', { inputs: { 'pull-request': '12' } }).pullRequest?.number).toBe(12);
  });

  it('names what is missing outside Actions', () => {
    expect(() => readRunContext(readEnvironment({}))).toThrow('GITHUB_REPOSITORY is not set');
  });

  it('keys sticky comments by workflow, job and matrix entry', () => {
    const context = contextFor('pull_request', { pull_request: pr('octo-org/models') });
    expect(defaultKey(context)).toBe('model check/gate');
    expect(defaultKey(context, '{"python":"3.12"}')).toBe('model check/gate/{"python":"3.12"}');
  });
});

describe('mergeBase (against the REST emulator)', () => {
  it('asks GitHub for the merge base of a pull request', async () => {
    const { startEmulator } = await import('../../../emulator/index.js');
    const { openGateway } = await import('../../../../shared/adapters/github/gateway/index.js');
    const { mergeBase } = await import('../../../../shared/adapters/github/context.js');
    const emulator = await startEmulator();
    try {
      const root = emulator.state.refs.get('refs/heads/main')!;
      const base = emulator.state.addCommit({ parents: [root], message: 'main moves on' });
      const head = emulator.state.addCommit({ parents: [root], message: 'feature' });
      const { client } = openGateway(readEnvironment({ GITHUB_API_URL: emulator.apiUrl }), { token: 'ghs_actions' });
      const context = { owner: 'octo-org', repo: 'models' } as Parameters<typeof mergeBase>[1];
      const pr = { number: 1, baseSha: base.sha, headSha: head.sha, baseRef: 'main', headRef: 'f', headRepository: null, isFork: false };
      expect(await mergeBase(client, context, pr)).toBe(root);
      expect(emulator.validationErrors).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
