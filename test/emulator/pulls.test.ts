import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Octokit } from '@octokit/rest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
let octokit: Octokit;
let root: string;
let mainTip: string;
let featureTip: string;
let featureFirst: string;

beforeAll(async () => {
  emu = await startEmulator();
  octokit = client(emu);
  const s = emu.state;
  // main: root ─ m1            feature: root ─ f1 ─ f2
  root = s.refs.get('refs/heads/main')!;
  mainTip = s.addCommit({ parents: [root], message: 'm1' }).sha;
  s.refs.set('refs/heads/main', mainTip);
  featureFirst = s.addCommit({ parents: [root], message: 'f1' }).sha;
  featureTip = s.addCommit({ parents: [featureFirst], message: 'f2' }).sha;
  s.addPullRequest({ number: 1, head: { sha: featureTip, ref: 'feature' }, base: { sha: mainTip, ref: 'main' }, title: 'Train v2', labels: ['model'] });
  s.addPullRequest({ number: 2, head: { sha: 'd'.repeat(40), ref: 'old' }, base: { sha: root, ref: 'main' }, merged: true });
  s.addPullRequest({ number: 3, head: { sha: 'e'.repeat(40), ref: 'main', repo: { owner: 'forker' } }, base: { sha: root, ref: 'main' } });
});
afterAll(async () => {
  await emu.close();
});

describe('pull requests', () => {
  it('gets one pull request with head, base and the full-only fields', async () => {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(data).toMatchObject({ number: 1, state: 'open', title: 'Train v2', merged: false, head: { sha: featureTip, ref: 'feature', label: 'octo-org:feature' } });
    expect(data.base.repo.full_name).toBe('octo-org/models');
    expect(data.labels.map((l) => l.name)).toEqual(['model']);
    const missing = await failure(octokit.rest.pulls.get({ ...repo, pull_number: 99 }));
    expect(missing.status).toBe(404);
  });

  it('lists by state and head, newest first, without the full-only fields', async () => {
    const open = await octokit.rest.pulls.list({ ...repo });
    expect(open.data.map((p) => p.number)).toEqual([3, 1]);
    expect('merged' in open.data[0]).toBe(false);
    const all = await octokit.rest.pulls.list({ ...repo, state: 'all', direction: 'asc' });
    expect(all.data.map((p) => p.number)).toEqual([1, 2, 3]);
    const closed = await octokit.rest.pulls.list({ ...repo, state: 'closed' });
    expect(closed.data.map((p) => p.number)).toEqual([2]);
    const fork = await octokit.rest.pulls.list({ ...repo, head: 'forker:main' });
    expect(fork.data.map((p) => p.number)).toEqual([3]);
    expect(fork.data[0].head.repo?.fork).toBe(true);
    const byBase = await octokit.rest.pulls.list({ ...repo, state: 'all', base: 'develop' });
    expect(byBase.data).toEqual([]);
  });

  it('finds the pull requests a commit belongs to', async () => {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: featureFirst });
    expect(data.map((p) => p.number)).toEqual([1]);
    const onMain = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: mainTip });
    expect(onMain.data).toEqual([]);
    const forkHead = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: 'e'.repeat(40) });
    expect(forkHead.data.map((p) => p.number)).toEqual([3]);
  });
});

describe('compare, commits, repository, user, rate limit', () => {
  it('compares diverged branches and reports the merge base', async () => {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...feature' });
    expect(data.status).toBe('diverged');
    expect(data.merge_base_commit.sha).toBe(root);
    expect(data.base_commit.sha).toBe(mainTip);
    expect(data.ahead_by).toBe(2);
    expect(data.behind_by).toBe(1);
    expect(data.commits.map((c) => c.commit.message)).toEqual(['f1', 'f2']);
  });

  it('reports ahead, behind and identical', async () => {
    const ahead = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${root}...${featureTip}` });
    expect([ahead.data.status, ahead.data.ahead_by, ahead.data.behind_by]).toEqual(['ahead', 2, 0]);
    const behind = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `feature...${root.slice(0, 7)}` });
    expect([behind.data.status, behind.data.ahead_by, behind.data.behind_by]).toEqual(['behind', 0, 2]);
    const same = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...main' });
    expect(same.data.status).toBe('identical');
    const unknown = await failure(octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...nope' }));
    expect(unknown.status).toBe(404);
  });

  it('says there is no merge base between unrelated histories', async () => {
    const orphan = emu.state.addCommit({ parents: [], message: 'orphan' }).sha;
    const error = await failure(octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `main...${orphan}` }));
    expect(error.status).toBe(404);
    expect(error.message).toContain('No common ancestor');
  });

  it('gets a commit by branch name', async () => {
    const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: 'feature' });
    expect(data.sha).toBe(featureTip);
    expect(data.parents.map((p) => p.sha)).toEqual([featureFirst]);
  });

  it('returns the repository with its default branch and the caller’s permissions', async () => {
    const { data } = await octokit.rest.repos.get({ ...repo });
    expect(data).toMatchObject({ full_name: 'octo-org/models', default_branch: 'main', permissions: { push: true, pull: true } });
    const readonly = await client(emu, 'ghs_readonly').rest.repos.get({ ...repo });
    expect(readonly.data.permissions?.push).toBe(false);
    const other = await failure(octokit.rest.repos.get({ owner: 'octo-org', repo: 'other' }));
    expect(other.status).toBe(404);
  });

  it('answers GET /user for a user token and 403 for a GITHUB_TOKEN', async () => {
    const user = await client(emu, 'ghp_octocat').rest.users.getAuthenticated();
    expect(user.data).toMatchObject({ login: 'octocat', id: 583231, type: 'User' });
    const bot = await failure(octokit.rest.users.getAuthenticated());
    expect(bot.status).toBe(403);
    expect(bot.response?.data).toMatchObject({ message: 'Resource not accessible by integration' });
  });

  it('reports rate limits in headers and at /rate_limit, without charging for it', async () => {
    const fresh = await startEmulator();
    try {
      const c = client(fresh);
      const first = await c.rest.repos.get({ ...repo });
      expect(first.headers['x-ratelimit-limit']).toBe('1000');
      expect(first.headers['x-ratelimit-remaining']).toBe('999');
      expect(first.headers['x-ratelimit-used']).toBe('1');
      const { data } = await c.rest.rateLimit.get();
      expect(data.resources.core).toMatchObject({ limit: 1000, used: 1, remaining: 999 });
      const again = await c.rest.rateLimit.get();
      expect(again.data.rate.used).toBe(1);
      const pat = await client(fresh, 'ghp_octocat').rest.rateLimit.get();
      expect(pat.data.rate.limit).toBe(5000);
      expect(fresh.validationErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('answers 403 with x-ratelimit-remaining: 0 once the hourly budget is spent', async () => {
    const fresh = await startEmulator();
    try {
      fresh.state.rateLimits.set('ghs_actions', { used: 1000, reset: Math.floor(Date.now() / 1000) + 120 });
      const error = await failure(client(fresh).rest.repos.get({ ...repo }));
      expect(error.status).toBe(403);
      expect(error.response?.headers['x-ratelimit-remaining']).toBe('0');
      expect(error.message).toContain('API rate limit exceeded');
    } finally {
      await fresh.close();
    }
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
