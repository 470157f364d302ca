import { bareRemoteWithClone, testGit } from '../support/git-remote.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Octokit } from '@octokit/rest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

/*
 * Creating and updating pull requests against a linked git remote: a bare repository the test
 * pushes to with git, seen by the API as the repository's branches.
 */
let emu: Emulator;
let octokit: Octokit;
let dir: string;
let remote: string;
let clone: string;

const git = testGit;

function commitAndPush(branch: string, file: string, text: string): string {
  git(clone, 'checkout', '-q', '-B', branch, 'origin/main');
  writeFileSync(join(clone, file), text);
  git(clone, 'add', file);
  git(clone, 'commit', '-q', '-m', `${branch}: ${file}`);
  git(clone, 'push', '-q', '-f', 'origin', `HEAD:refs/heads/${branch}`);
  return git(clone, 'rev-parse', 'HEAD');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlgate-emu-pulls-'));
  clone = join(dir, 'clone');
  ({ remote } = bareRemoteWithClone(dir, clone, { 'README.md': 'models\n' }));
  git(clone, 'fetch', '-q', 'origin');
  emu = await startEmulator({ gitRemote: remote });
  octokit = client(emu);
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('creating and updating pull requests', () => {
  it('sees the remote\'s branches, creates a pull request from one, and lists it by head', async () => {
    const tip = commitAndPush('feature', 'a.txt', 'one\n');
    const main = git(remote, 'rev-parse', 'main');
    const { status, data } = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'Retrain a', body: 'why' });
    expect(status).toBe(201);
    expect(data).toMatchObject({ state: 'open', title: 'Retrain a', body: 'why', head: { ref: 'feature', sha: tip, label: 'octo-org:feature' }, base: { ref: 'main', sha: main } });
    expect(data.user?.login).toBe('github-actions[bot]');
    const listed = await octokit.rest.pulls.list({ ...repo, head: 'octo-org:feature', base: 'main', state: 'open' });
    expect(listed.data.map((p) => p.number)).toEqual([data.number]);
  });

  it('moves the head SHA when the branch is pushed again', async () => {
    const tip = commitAndPush('feature', 'a.txt', 'two\n');
    const listed = await octokit.rest.pulls.list({ ...repo, head: 'octo-org:feature' });
    expect(listed.data[0].head.sha).toBe(tip);
  });

  it('refuses a second open pull request for the same head and base, a missing branch, no commits and a blank title', async () => {
    const duplicate = await failure(octokit.rest.pulls.create({ ...repo, head: 'octo-org:feature', base: 'main', title: 'again' }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.response?.data).toMatchObject({ message: 'Validation Failed', errors: [{ code: 'custom', message: 'A pull request already exists for octo-org:feature.' }] });
    const head = await failure(octokit.rest.pulls.create({ ...repo, head: 'nope', base: 'main', title: 'x' }));
    expect(head.response?.data).toMatchObject({ errors: [{ field: 'head', code: 'invalid' }] });
    const base = await failure(octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'nope', title: 'x' }));
    expect(base.response?.data).toMatchObject({ errors: [{ field: 'base', code: 'invalid' }] });
    git(clone, 'push', '-q', 'origin', 'origin/main:refs/heads/same');
    const none = await failure(octokit.rest.pulls.create({ ...repo, head: 'same', base: 'main', title: 'x' }));
    expect(none.response?.data).toMatchObject({ errors: [{ message: 'No commits between main and same' }] });
    const blank = await failure(octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: ' ' }));
    expect(blank.status).toBe(422);
  });

  it('updates title and body, closes and reopens', async () => {
    const [pr] = (await octokit.rest.pulls.list({ ...repo, head: 'octo-org:feature' })).data;
    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, title: 'Retrain a (2)', body: 'new body' });
    expect(updated.data).toMatchObject({ title: 'Retrain a (2)', body: 'new body', state: 'open' });
    const closed = await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: 'closed' });
    expect(closed.data.state).toBe('closed');
    expect(closed.data.closed_at).not.toBeNull();
    expect((await octokit.rest.pulls.list({ ...repo, head: 'octo-org:feature' })).data).toEqual([]);
    const reopened = await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', closed_at: null });
    const missing = await failure(octokit.rest.pulls.update({ ...repo, pull_number: 999, title: 'x' }));
    expect(missing.status).toBe(404);
  });

  it('needs pull_requests: write', async () => {
    const error = await failure(client(emu, 'ghs_readonly').rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'x' }));
    expect(error.status).toBe(403);
    expect(error.response?.headers['x-accepted-github-permissions']).toBe('pull_requests=write');
  });

  it('forgets a branch deleted on the remote', async () => {
    git(clone, 'push', '-q', 'origin', ':refs/heads/same');
    const error = await failure(octokit.rest.git.getRef({ ...repo, ref: 'heads/same' }));
    expect(error.status).toBe(404);
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
