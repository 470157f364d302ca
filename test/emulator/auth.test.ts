import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
const head = '3'.repeat(40);

beforeAll(async () => {
  emu = await startEmulator();
  emu.state.addPullRequest({ number: 5, head: { sha: head, ref: 'fork-branch' }, base: { sha: '0'.repeat(40), ref: 'main' } });
});
afterAll(async () => {
  await emu.close();
});

describe('authentication', () => {
  it('answers 401 Bad credentials for an unknown token', async () => {
    const error = await failure(client(emu, 'ghp_nope').rest.pulls.get({ ...repo, pull_number: 5 }));
    expect(error.status).toBe(401);
    expect(error.response?.data).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
  });

  it('answers 401 without a token', async () => {
    const error = await failure(client(emu, null).rest.issues.listComments({ ...repo, issue_number: 5 }));
    expect(error.status).toBe(401);
    expect(emu.requests.at(-1)).toMatchObject({ status: 401 });
    expect(emu.requests.at(-1)?.token).toBeUndefined();
  });

  it('accepts "Bearer" as well as "token"', async () => {
    const res = await fetch(`${emu.apiUrl}/repos/octo-org/models/pulls/5`, { headers: { authorization: 'Bearer ghs_actions' } });
    expect(res.status).toBe(200);
    const res2 = await fetch(`${emu.apiUrl}/repos/octo-org/models/pulls/5`, { headers: { authorization: 'token ghs_actions' } });
    expect(res2.status).toBe(200);
    expect(emu.requests.at(-1)?.token).toBe('ghs_actions');
  });
});

describe('a fork pull request’s read-only GITHUB_TOKEN', () => {
  const readonly = () => client(emu, 'ghs_readonly');
  const forbidden = { message: 'Resource not accessible by integration', status: '403', documentation_url: expect.stringContaining('https://docs.github.com/') };

  it('can read', async () => {
    const pr = await readonly().rest.pulls.get({ ...repo, pull_number: 5 });
    expect(pr.data.head.sha).toBe(head);
    const comments = await readonly().rest.issues.listComments({ ...repo, issue_number: 5 });
    expect(comments.data).toEqual([]);
  });

  it('gets 403 on comments, check runs and statuses', async () => {
    const comment = await failure(readonly().rest.issues.createComment({ ...repo, issue_number: 5, body: 'x' }));
    expect(comment.status).toBe(403);
    expect(comment.response?.data).toEqual(forbidden);
    expect(comment.response?.headers['x-accepted-github-permissions']).toBe('issues=write; pull_requests=write');
    const check = await failure(readonly().rest.checks.create({ ...repo, name: 'gate', head_sha: head }));
    expect(check.status).toBe(403);
    expect(check.response?.data).toEqual(forbidden);
    const status = await failure(readonly().rest.repos.createCommitStatus({ ...repo, sha: head, state: 'success' }));
    expect(status.status).toBe(403);
    expect(emu.state.comments.get(5) ?? []).toEqual([]);
    expect(emu.state.checkRuns).toEqual([]);
    expect(emu.state.statuses).toEqual([]);
  });
});

describe('personal access tokens', () => {
  it('cannot write check runs (GitHub Apps only)', async () => {
    const error = await failure(client(emu, 'ghp_octocat').rest.checks.create({ ...repo, name: 'gate', head_sha: head }));
    expect(error.status).toBe(403);
    expect(error.message).toContain('You must authenticate via a GitHub App.');
  });

  it('limits mallory to issues', async () => {
    const mallory = client(emu, 'ghp_mallory');
    const status = await failure(mallory.rest.repos.createCommitStatus({ ...repo, sha: head, state: 'success' }));
    expect(status.status).toBe(403);
    expect(status.response?.data).toMatchObject({ message: 'Resource not accessible by personal access token' });
    const comment = await mallory.rest.issues.createComment({ ...repo, issue_number: 5, body: 'hi' });
    expect(comment.status).toBe(201);
  });

  it('accepts custom tokens', async () => {
    const custom = await startEmulator({
      owner: 'acme',
      repo: 'zoo',
      tokens: { t1: { identity: { login: 'robot', id: 1, type: 'User' }, permissions: { pull_requests: 'read' } } },
    });
    try {
      custom.state.addPullRequest({ number: 1, head: { sha: head, ref: 'x' }, base: { sha: '0'.repeat(40), ref: 'main' } });
      const pr = await client(custom, 't1').rest.pulls.get({ owner: 'acme', repo: 'zoo', pull_number: 1 });
      expect(pr.data.base.repo.full_name).toBe('acme/zoo');
      const denied = await failure(client(custom, 'ghs_actions').rest.pulls.get({ owner: 'acme', repo: 'zoo', pull_number: 1 }));
      expect(denied.status).toBe(401);
      expect(custom.validationErrors).toEqual([]);
    } finally {
      await custom.close();
    }
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
