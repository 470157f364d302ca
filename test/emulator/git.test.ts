import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Octokit } from '@octokit/rest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
let octokit: Octokit;
let main: string;

beforeAll(async () => {
  emu = await startEmulator();
  octokit = client(emu);
  main = emu.state.refs.get('refs/heads/main')!;
});
afterAll(async () => {
  await emu.close();
});

describe('annotated tags (GTO-style registry events)', () => {
  it('creates a tag object and its ref, then reads both back', async () => {
    const tag = await octokit.rest.git.createTag({
      ...repo,
      tag: 'models/churn@v1.2.0',
      message: 'Registering churn v1.2.0',
      object: main,
      type: 'commit',
      tagger: { name: 'mlgate', email: 'mlgate@example.com', date: '2026-03-01T10:00:00Z' },
    });
    expect(tag.status).toBe(201);
    expect(tag.data).toMatchObject({ tag: 'models/churn@v1.2.0', object: { sha: main, type: 'commit' }, tagger: { date: '2026-03-01T10:00:00Z' } });

    const ref = await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/models/churn@v1.2.0', sha: tag.data.sha });
    expect(ref.status).toBe(201);
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha });

    const got = await octokit.rest.git.getRef({ ...repo, ref: 'tags/models/churn@v1.2.0' });
    expect(got.data.ref).toBe('refs/tags/models/churn@v1.2.0');
    expect(got.data.object.type).toBe('tag');
    const tagObject = await octokit.rest.git.getTag({ ...repo, tag_sha: got.data.object.sha });
    expect(tagObject.data.message).toBe('Registering churn v1.2.0');
    expect(tagObject.data.object.sha).toBe(main);

    // Raw slashes in the path work as well as Octokit's %2F.
    const raw = await fetch(`${emu.apiUrl}/repos/octo-org/models/git/ref/tags/models/churn@v1.2.0`, { headers: { authorization: 'token ghs_actions' } });
    expect(raw.status).toBe(200);

    // Compare peels the annotated tag to its commit.
    const cmp = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'main...models/churn@v1.2.0' });
    expect(cmp.data.status).toBe('identical');
  });

  it('fills in the tagger from the token when none is given', async () => {
    const { data } = await octokit.rest.git.createTag({ ...repo, tag: 'x@v0.0.1', message: 'm', object: main, type: 'commit' });
    expect(data.tagger.name).toBe('github-actions[bot]');
    expect(Date.parse(data.tagger.date)).not.toBeNaN();
  });

  it('lists matching refs by prefix, sorted, including stage tags with #', async () => {
    for (const name of ['churn#prod#2', 'churn#staging#1', 'churn@v1.0.0', 'other@v1.0.0']) {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha: main });
    }
    const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/churn' });
    expect(data.map((r) => r.ref)).toEqual(['refs/tags/churn#prod#2', 'refs/tags/churn#staging#1', 'refs/tags/churn@v1.0.0']);
    const one = await octokit.rest.git.getRef({ ...repo, ref: 'tags/churn#prod#2' });
    expect(one.data.object.sha).toBe(main);
    const none = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/nothing' });
    expect(none.data).toEqual([]);
  });

  it('paginates matching refs when asked to', async () => {
    for (let i = 0; i < 5; i++) await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/page/t${i}`, sha: main });
    const first = await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repo, ref: 'tags/page/', per_page: 2 });
    expect(first.data.map((r) => r.ref)).toEqual(['refs/tags/page/t0', 'refs/tags/page/t1']);
    expect(first.headers.link).toContain('rel="last"');
  });
});

describe('references', () => {
  it('refuses existing refs, invalid names and missing objects', async () => {
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/exp', sha: main });
    const exists = await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/exp', sha: main }));
    expect([exists.status, exists.message]).toEqual([422, expect.stringContaining('Reference already exists')]);
    for (const ref of ['heads/no-prefix', 'refs/tags/a..b', 'refs/tags/a b', 'refs/tags/x.lock', 'refs/heads/end/']) {
      const bad = await failure(octokit.rest.git.createRef({ ...repo, ref, sha: main }));
      expect(bad.status).toBe(422);
    }
    const missing = await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/ghost', sha: 'f'.repeat(40) }));
    expect([missing.status, missing.message]).toEqual([422, expect.stringContaining('Object does not exist')]);
    const notFound = await failure(octokit.rest.git.getRef({ ...repo, ref: 'heads/ghost' }));
    expect(notFound.status).toBe(404);
  });

  it('fast-forwards, needs force otherwise, and deletes', async () => {
    const child = emu.state.addCommit({ parents: [main], message: 'child' }).sha;
    const sibling = emu.state.addCommit({ parents: [main], message: 'sibling' }).sha;
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/ff', sha: main });
    const ff = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/ff', sha: child });
    expect(ff.data.object.sha).toBe(child);
    const nonFf = await failure(octokit.rest.git.updateRef({ ...repo, ref: 'heads/ff', sha: sibling }));
    expect([nonFf.status, nonFf.message]).toEqual([422, expect.stringContaining('Update is not a fast forward')]);
    const forced = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/ff', sha: sibling, force: true });
    expect(forced.data.object.sha).toBe(sibling);
    expect((await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/ff' })).status).toBe(204);
    expect(emu.state.refs.has('refs/heads/ff')).toBe(false);
    const again = await failure(octokit.rest.git.deleteRef({ ...repo, ref: 'heads/ff' }));
    expect([again.status, again.message]).toEqual([422, expect.stringContaining('Reference does not exist')]);
  });

  it('reads git commits', async () => {
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: main });
    expect(data).toMatchObject({ sha: main, message: 'Initial commit', parents: [] });
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
