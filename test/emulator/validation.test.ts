import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { loadDescription } from './openapi.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
/** Octokit's typed request refuses these invalid calls at compile time: send them untyped. */
const untyped = (token = 'ghs_actions') => client(emu, token).request as unknown as (route: string, params: Record<string, unknown>) => Promise<unknown>;
const head = '4'.repeat(40);

beforeEach(async () => {
  emu = await startEmulator();
  emu.state.addPullRequest({ number: 1, head: { sha: head, ref: 'x' }, base: { sha: '0'.repeat(40), ref: 'main' } });
});
afterEach(async () => {
  await emu.close();
});

describe('request validation against the OpenAPI description', () => {
  it('records a body with the wrong property and answers 422 as GitHub does', async () => {
    const error = await failure(untyped()('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, text: 'x' }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({ message: 'Invalid request.\n\n"body" wasn\'t supplied.', status: '422' });
    expect(emu.validationErrors).toEqual(["POST /repos/{owner}/{repo}/issues/{issue_number}/comments request body: must have required property 'body'"]);
    expect(emu.state.comments.get(1)).toBeUndefined();
  });

  it('records a query parameter of the wrong type', async () => {
    const error = await failure(untyped()('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, per_page: 'many' }));
    expect(error.status).toBe(422);
    expect(emu.validationErrors).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments query parameter per_page: must be integer']);
  });

  it('records enum violations in query and body', async () => {
    await failure(untyped()('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'merged' }));
    await failure(untyped()('POST /repos/{owner}/{repo}/statuses/{sha}', { ...repo, sha: head, state: 'passed' }));
    expect(emu.validationErrors).toHaveLength(2);
    expect(emu.validationErrors[0]).toMatch(/^GET \/repos\/\{owner\}\/\{repo\}\/pulls query parameter state: must be equal to one of the allowed values/);
    expect(emu.validationErrors[1]).toMatch(/^POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\} request body: \/state must be equal to one of the allowed values/);
  });

  it('enforces the check-run output limits from the schema (65,535 characters, 50 annotations)', async () => {
    const octokit = client(emu);
    const long = await failure(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: head, output: { title: 't', summary: 's'.repeat(65_536) } }));
    expect(long.status).toBe(422);
    expect(long.message).toContain('Only 65535 characters are allowed; 65536 were supplied.');
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice' as const, message: 'm' };
    const many = await failure(
      octokit.rest.checks.create({ ...repo, name: 'x', head_sha: head, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) } }),
    );
    expect(many.status).toBe(422);
    expect(many.message).toContain('Only 50 elements are allowed; 51 were supplied.');
    expect(emu.validationErrors).toEqual([
      'POST /repos/{owner}/{repo}/check-runs request body: /output/summary must NOT have more than 65535 characters',
      'POST /repos/{owner}/{repo}/check-runs request body: /output/annotations must NOT have more than 50 items',
    ]);
    expect(emu.state.checkRuns).toEqual([]);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await fetch(`${emu.apiUrl}/repos/octo-org/models/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_actions', 'content-type': 'application/json' },
      body: '{"body": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(emu.validationErrors).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments request body: malformed JSON']);
  });

  it('answers 404 for a route that is not in the description', async () => {
    const error = await failure(untyped()('GET /repos/{owner}/{repo}/no-such-thing', { ...repo }));
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    expect(emu.validationErrors).toEqual(['GET /repos/octo-org/models/no-such-thing: no such operation in the OpenAPI description']);
  });

  it('answers 404 for a documented operation the emulator does not serve, and says so', async () => {
    const error = await failure(client(emu).rest.repos.listWebhooks({ ...repo }));
    expect(error.status).toBe(404);
    expect(emu.validationErrors).toEqual(['GET /repos/{owner}/{repo}/hooks: not implemented by the emulator']);
  });

  it('records an upload sent to the API origin instead of the uploads origin', async () => {
    const error = await failure(
      client(emu).request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}', { ...repo, release_id: 1, name: 'a.bin', data: 'x', headers: { 'content-type': 'application/octet-stream' } }),
    );
    expect(error.status).toBe(404);
    expect(emu.validationErrors[0]).toMatch(/^POST \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}\/assets: sent to the api origin/);
  });
});

describe('response validation against the OpenAPI description', () => {
  it('catches a response that breaks the schema (seeded state tampered by a test)', async () => {
    const pr = emu.state.pullRequests.get(1)!;
    (pr as Record<string, unknown>).state = 'merged';
    delete (pr as Record<string, unknown>).title;
    await client(emu).rest.pulls.get({ ...repo, pull_number: 1 });
    expect(emu.validationErrors).toEqual([
      "GET /repos/{owner}/{repo}/pulls/{pull_number} response 200 body: must have required property 'title'",
      'GET /repos/{owner}/{repo}/pulls/{pull_number} response 200 body: /state must be equal to one of the allowed values ["open","closed"]',
    ]);
  });

  it('requires success statuses to be declared and error bodies to have GitHub’s shape', () => {
    const description = loadDescription();
    const op = description.operation('post', '/repos/{owner}/{repo}/check-runs');
    expect(description.checkResponse(op, 200, {})).toEqual(['response 200: status not declared by the operation']);
    expect(description.checkResponse(op, 403, { message: 'x', documentation_url: 'https://docs.github.com/rest' })).toEqual([]);
    expect(description.checkResponse(op, 403, { message: 42 })).toEqual(['response 403 body: /message must be string']);
    const del = description.operation('delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}');
    expect(description.checkResponse(del, 204, undefined)).toEqual([]);
    expect(description.checkResponse(del, 204, { id: 1 })).toEqual(['response 204: the operation declares no body, one was sent']);
  });

  it('converts OpenAPI 3.0 nullable and discriminators for Ajv', () => {
    const description = loadDescription();
    const user = description.operation('get', '/user');
    // private-user also satisfies public-user: only the discriminator keeps oneOf from failing.
    const base = { login: 'a', id: 1, node_id: 'n', avatar_url: 'https://a.example', gravatar_id: null, url: 'https://a.example', html_url: 'https://a.example' };
    const urls = Object.fromEntries(
      ['followers_url', 'following_url', 'gists_url', 'starred_url', 'subscriptions_url', 'organizations_url', 'repos_url', 'events_url', 'received_events_url'].map((k) => [k, 'https://a.example']),
    );
    const publicUser = {
      ...base,
      ...urls,
      type: 'User',
      site_admin: false,
      name: null,
      company: null,
      blog: null,
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
    };
    expect(description.checkResponse(user, 200, { ...publicUser, user_view_type: 'public' })).toEqual([]);
    const privateExtras = { private_gists: 0, total_private_repos: 0, owned_private_repos: 0, disk_usage: 0, collaborators: 0, two_factor_authentication: true };
    expect(description.checkResponse(user, 200, { ...publicUser, ...privateExtras, user_view_type: 'private' })).toEqual([]);
    expect(description.checkResponse(user, 200, { ...publicUser, user_view_type: 'private' }).join('\n')).toContain("must have required property 'disk_usage'");
    expect(description.checkResponse(user, 200, { ...publicUser, created_at: 'yesterday' }).join('\n')).toContain('must match format "date-time"');
  });
});
