import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Octokit } from '@octokit/rest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
let octokit: Octokit;

beforeAll(async () => {
  emu = await startEmulator();
  octokit = client(emu);
  emu.state.addPullRequest({ number: 7, head: { sha: 'a'.repeat(40), ref: 'feature' }, base: { sha: 'b'.repeat(40), ref: 'main' } });
  emu.state.addPullRequest({ number: 8, head: { sha: 'c'.repeat(40), ref: 'paged' }, base: { sha: 'b'.repeat(40), ref: 'main' } });
  emu.state.addIssue({ number: 3, title: 'plain issue' });
  for (let i = 1; i <= 75; i++) emu.state.addComment(8, `comment ${i}`, { login: 'octocat', id: 583231, type: 'User' });
});
afterAll(async () => {
  await emu.close();
});

describe('issue comments', () => {
  it('creates, reads, updates and deletes a comment as the GITHUB_TOKEN bot', async () => {
    const create = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- mlgate -->\nhello' });
    expect(create.status).toBe(201);
    expect(create.headers.location).toBe(create.data.url);
    expect(create.data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(create.data.issue_url).toBe(`${emu.apiUrl}/repos/octo-org/models/issues/7`);
    expect(create.data.html_url).toBe(`https://github.com/octo-org/models/pull/7#issuecomment-${create.data.id}`);
    expect(emu.state.comments.get(7)?.map((c) => c.body)).toEqual(['<!-- mlgate -->\nhello']);

    const get = await octokit.rest.issues.getComment({ ...repo, comment_id: create.data.id });
    expect(get.data).toEqual(create.data);

    const update = await octokit.rest.issues.updateComment({ ...repo, comment_id: create.data.id, body: 'edited' });
    expect(update.data.body).toBe('edited');
    expect(update.data.id).toBe(create.data.id);
    expect(emu.state.findComment(create.data.id)?.comment.body).toBe('edited');

    const del = await octokit.rest.issues.deleteComment({ ...repo, comment_id: create.data.id });
    expect(del.status).toBe(204);
    expect(emu.state.comments.get(7)).toEqual([]);
    const gone = await failure(octokit.rest.issues.getComment({ ...repo, comment_id: create.data.id }));
    expect(gone.status).toBe(404);
    expect(gone.response?.data).toMatchObject({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com') });
  });

  it('gives increasing ids and comments on plain issues too', async () => {
    const a = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'one' });
    const b = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'two' });
    expect(b.data.id).toBeGreaterThan(a.data.id);
    expect(a.data.html_url).toContain('/issues/3#issuecomment-');
    expect(Date.parse(a.data.created_at)).not.toBeNaN();
  });

  it('answers 404 for an issue that does not exist', async () => {
    const error = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 999, body: 'x' }));
    expect(error.status).toBe(404);
  });

  it('lists 75 comments over 3 pages with GitHub-formatted Link headers', async () => {
    const base = `${emu.apiUrl}/repos/octo-org/models/issues/8/comments?per_page=30`;
    const p1 = await octokit.rest.issues.listComments({ ...repo, issue_number: 8, per_page: 30, page: 1 });
    expect(p1.data.map((c) => c.body)).toEqual(Array.from({ length: 30 }, (_, i) => `comment ${i + 1}`));
    expect(p1.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);

    const p2 = await octokit.rest.issues.listComments({ ...repo, issue_number: 8, per_page: 30, page: 2 });
    expect(p2.data[0].body).toBe('comment 31');
    expect(p2.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );

    const p3 = await octokit.rest.issues.listComments({ ...repo, issue_number: 8, per_page: 30, page: 3 });
    expect(p3.data.map((c) => c.body)).toEqual(Array.from({ length: 15 }, (_, i) => `comment ${i + 61}`));
    expect(p3.headers.link).toBe(`<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 8, per_page: 30 });
    expect(all).toHaveLength(75);
    expect(new Set(all.map((c) => c.id)).size).toBe(75);
    const pageRequests = emu.requests.filter((r) => r.path === '/repos/octo-org/models/issues/8/comments' && r.query.per_page === '30');
    expect(pageRequests.length).toBeGreaterThanOrEqual(6);
  });

  it('defaults to 30 per page, caps per_page at 100, and sends no Link for a single page', async () => {
    const dflt = await octokit.rest.issues.listComments({ ...repo, issue_number: 8 });
    expect(dflt.data).toHaveLength(30);
    const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 8, per_page: 500 });
    expect(capped.data).toHaveLength(75);
    expect(capped.headers.link).toBeUndefined();
  });

  it('filters by since', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const { data } = await octokit.rest.issues.listComments({ ...repo, issue_number: 8, since: future });
    expect(data).toEqual([]);
  });

  it('accepts a 65,536-character body and rejects 65,537 with a 422 validation error', async () => {
    const max = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65_536) });
    expect(max.data.body).toHaveLength(65_536);
    const error = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65_537) }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
    const update = await failure(octokit.rest.issues.updateComment({ ...repo, comment_id: max.data.id, body: 'y'.repeat(70_000) }));
    expect(update.status).toBe(422);
    expect(emu.state.findComment(max.data.id)?.comment.body).toHaveLength(65_536);
  });

  it('counts the limit in characters, not UTF-16 units', async () => {
    const emoji = '🙂'.repeat(40_000);
    const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: emoji });
    expect(data.body).toBe(emoji);
  });

  it('records who commented, so sticky-comment logic can check the author', async () => {
    const mallory = client(emu, 'ghp_mallory');
    const { data } = await mallory.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- mlgate -->\nplanted' });
    expect(data.user).toMatchObject({ login: 'mallory', type: 'User' });
    expect(data.author_association).toBe('CONTRIBUTOR');
    const last = emu.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', status: 201, token: 'ghp_mallory', origin: 'api', body: { body: '<!-- mlgate -->\nplanted' } });
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
