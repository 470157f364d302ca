import { createHash } from 'node:crypto';
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
});
afterAll(async () => {
  await emu.close();
});

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Uploads through the release's `upload_url` (a URI template on the uploads origin). */
async function upload(uploadUrl: string, name: string, bytes: Buffer, token = octokit) {
  return token.request({
    method: 'POST',
    url: uploadUrl,
    name,
    data: bytes,
    headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
  });
}

describe('releases', () => {
  it('keeps drafts out of tag lookups and away from read-only tokens', async () => {
    const draft = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'churn@v1.0.0', name: 'churn v1.0.0', draft: true });
    expect(draft.status).toBe(201);
    expect(draft.data).toMatchObject({ draft: true, published_at: null, immutable: false, tag_name: 'churn@v1.0.0', assets: [] });
    expect(draft.data.upload_url).toBe(`${emu.uploadsUrl}/repos/octo-org/models/releases/${draft.data.id}/assets{?name,label}`);
    expect(emu.state.refs.has('refs/tags/churn@v1.0.0')).toBe(false);

    const byTag = await failure(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'churn@v1.0.0' }));
    expect(byTag.status).toBe(404);
    const listed = await octokit.rest.repos.listReleases({ ...repo });
    expect(listed.data.map((r) => r.id)).toContain(draft.data.id);
    const readonly = client(emu, 'ghs_readonly');
    expect((await readonly.rest.repos.listReleases({ ...repo })).data.map((r) => r.id)).not.toContain(draft.data.id);
    expect((await failure(readonly.rest.repos.getRelease({ ...repo, release_id: draft.data.id }))).status).toBe(404);
  });

  it('uploads assets with a digest, rejects name clashes, and publishes with a lightweight tag', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'churn@v1.1.0', draft: true });
    const bytes = Buffer.from('model weights \x00\x01\x02');
    const asset = await upload(release.upload_url, 'model.onnx', bytes);
    expect(asset.status).toBe(201);
    expect(asset.data).toMatchObject({ name: 'model.onnx', size: bytes.length, state: 'uploaded', digest: sha256(bytes), content_type: 'application/octet-stream' });
    expect(asset.data.uploader).toMatchObject({ login: 'github-actions[bot]' });
    expect(emu.requests.at(-1)).toMatchObject({ origin: 'uploads', status: 201, query: { name: 'model.onnx' } });
    expect(Buffer.compare(emu.requests.at(-1)!.body as Buffer, bytes)).toBe(0);

    // The same call through Octokit's endpoint method, with the uploads origin as baseUrl.
    const card = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: 'model card.md',
      label: 'Model card',
      data: '# churn' as string,
      baseUrl: emu.uploadsUrl,
      headers: { 'content-type': 'text/markdown' },
    });
    expect(card.data).toMatchObject({ name: 'model.card.md', label: 'Model card', content_type: 'text/markdown' });

    const clash = await failure(upload(release.upload_url, 'model.onnx', Buffer.from('other')));
    expect(clash.status).toBe(422);
    expect(clash.response?.data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });

    const published = await octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, draft: false });
    expect(published.data.draft).toBe(false);
    expect(Date.parse(published.data.published_at ?? '')).not.toBeNaN();
    expect(published.data.assets.map((a) => a.name).sort()).toEqual(['model.card.md', 'model.onnx']);
    expect(emu.state.refs.get('refs/tags/churn@v1.1.0')).toBe(emu.state.refs.get('refs/heads/main'));

    const byTag = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'churn@v1.1.0' });
    expect(byTag.data.id).toBe(release.id);
    const latest = await octokit.rest.repos.getLatestRelease({ ...repo });
    expect(latest.data.id).toBe(release.id);
    const assets = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id });
    expect(assets.data).toHaveLength(2);
  });

  it('downloads through a 302 to storage that refuses an Authorization header', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'dl@v1.0.0' });
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
    const { data: asset } = await upload(release.upload_url, 'weights.bin', bytes);

    const json = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id });
    expect(json.data.digest).toBe(sha256(bytes));

    const redirect = await fetch(`${emu.apiUrl}/repos/octo-org/models/releases/assets/${asset.id}`, {
      headers: { authorization: 'token ghs_actions', accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect(location.startsWith(`${emu.uploadsUrl}/`)).toBe(true);
    const withAuth = await fetch(location, { headers: { authorization: 'token ghs_actions' } });
    expect(withAuth.status).toBe(400);
    const plain = await fetch(location);
    expect(plain.status).toBe(200);
    expect(Buffer.from(await plain.arrayBuffer()).equals(bytes)).toBe(true);

    // Octokit follows the redirect; fetch drops Authorization on the cross-origin hop.
    const viaOctokit = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(viaOctokit.data as unknown as ArrayBuffer).equals(bytes)).toBe(true);

    const browser = await fetch(asset.browser_download_url);
    expect(browser.status).toBe(200);
    expect(Buffer.from(await browser.arrayBuffer()).equals(bytes)).toBe(true);
    expect(emu.state.assets.get(asset.id)?.data.download_count).toBe(3);
  });

  it('serves tampered bytes under the original digest', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'tamper@v1.0.0' });
    const { data: asset } = await upload(release.upload_url, 'm.bin', Buffer.from('good'));
    emu.state.assets.get(asset.id)!.bytes = Buffer.from('evil');
    const got = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    const bytes = Buffer.from(got.data as unknown as ArrayBuffer);
    expect(bytes.toString()).toBe('evil');
    expect(sha256(bytes)).not.toBe(asset.digest);
  });

  it('renames and deletes assets on a mutable release', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'edit@v1.0.0' });
    const { data: asset } = await upload(release.upload_url, 'a.bin', Buffer.from('a'));
    const renamed = await octokit.rest.repos.updateReleaseAsset({ ...repo, asset_id: asset.id, name: 'b.bin', label: 'B' });
    expect(renamed.data).toMatchObject({ name: 'b.bin', label: 'B' });
    expect((await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id })).status).toBe(204);
    expect(emu.state.assets.has(asset.id)).toBe(false);
  });

  it('leaves a half-made asset in state "open" after a connection reset during upload', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'reset@v1.0.0' });
    emu.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, respond: { reset: true } });
    await expect(upload(release.upload_url, 'big.bin', Buffer.from('partial'))).rejects.toThrow();
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id });
    expect(assets.map((a) => [a.name, a.state, a.digest])).toEqual([['big.bin', 'open', null]]);
    const blocked = await failure(upload(release.upload_url, 'big.bin', Buffer.from('full')));
    expect(blocked.status).toBe(422);
    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assets[0].id });
    expect((await upload(release.upload_url, 'big.bin', Buffer.from('full'))).status).toBe(201);
  });

  it('refuses a second published release on the same tag and an unknown target', async () => {
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'dup@v1.0.0' });
    const dup = await failure(octokit.rest.repos.createRelease({ ...repo, tag_name: 'dup@v1.0.0' }));
    expect(dup.status).toBe(422);
    expect(dup.response?.data).toMatchObject({ errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
    const target = await failure(octokit.rest.repos.createRelease({ ...repo, tag_name: 'nowhere@v1', target_commitish: 'no-such-branch' }));
    expect(target.status).toBe(422);
  });

  it('paginates the release list newest first', async () => {
    const fresh = await startEmulator();
    try {
      const c = client(fresh);
      for (let i = 0; i < 35; i++) await c.rest.repos.createRelease({ ...repo, tag_name: `r@v0.0.${i}` });
      const first = await c.rest.repos.listReleases({ ...repo });
      expect(first.data).toHaveLength(30);
      expect(first.data[0].tag_name).toBe('r@v0.0.34');
      expect(first.headers.link).toContain('rel="next"');
      const all = await c.paginate(c.rest.repos.listReleases, { ...repo, per_page: 10 });
      expect(all.map((r) => r.tag_name)).toEqual(Array.from({ length: 35 }, (_, i) => `r@v0.0.${34 - i}`));
      expect(fresh.validationErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('deletes a release but keeps its tag', async () => {
    const { data } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'gone@v1.0.0' });
    expect((await octokit.rest.repos.deleteRelease({ ...repo, release_id: data.id })).status).toBe(204);
    expect((await failure(octokit.rest.repos.getRelease({ ...repo, release_id: data.id }))).status).toBe(404);
    expect(emu.state.refs.has('refs/tags/gone@v1.0.0')).toBe(true);
  });
});

describe('immutable releases', () => {
  it('freezes assets and the tag once published, and never reuses the tag name', async () => {
    emu.state.immutableReleases = true;
    try {
      const { data: draft } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'imm@v1.0.0', draft: true });
      const { data: asset } = await upload(draft.upload_url, 'model.bin', Buffer.from('m'));
      expect(draft.immutable).toBe(false);
      const { data: release } = await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.id, draft: false });
      expect(release.immutable).toBe(true);

      const message = 'Cannot upload assets to an immutable release.';
      const add = await failure(upload(release.upload_url, 'extra.bin', Buffer.from('x')));
      expect([add.status, (add.response?.data as { message: string }).message]).toEqual([422, message]);
      const change = await failure(octokit.rest.repos.updateReleaseAsset({ ...repo, asset_id: asset.id, name: 'renamed.bin' }));
      expect(change.status).toBe(422);
      const remove = await failure(octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id }));
      expect(remove.status).toBe(422);
      expect(emu.state.assets.get(asset.id)?.data.name).toBe('model.bin');

      const retag = await failure(octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, tag_name: 'imm@v1.0.1' }));
      expect(retag.status).toBe(422);
      const notes = await octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, body: 'release notes stay editable' });
      expect(notes.data.body).toBe('release notes stay editable');

      const moved = await failure(octokit.rest.git.updateRef({ ...repo, ref: 'tags/imm@v1.0.0', sha: emu.state.refs.get('refs/heads/main')!, force: true }));
      expect(moved.status).toBe(422);
      const deletedTag = await failure(octokit.rest.git.deleteRef({ ...repo, ref: 'tags/imm@v1.0.0' }));
      expect(deletedTag.status).toBe(422);

      await octokit.rest.repos.deleteRelease({ ...repo, release_id: release.id });
      const reuse = await failure(octokit.rest.repos.createRelease({ ...repo, tag_name: 'imm@v1.0.0' }));
      expect(reuse.status).toBe(422);
    } finally {
      emu.state.immutableReleases = false;
    }
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
