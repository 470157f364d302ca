/**
 * Releases and release assets, including the uploads origin and the asset storage behind it.
 *
 * GitHub's rules kept here:
 * - `GET /releases/tags/{tag}` and `GET /releases/latest` never return drafts; drafts are listed
 *   (and readable by id) only for tokens with contents:write.
 * - A draft has no git tag; publishing (or creating published) makes a lightweight tag on
 *   `target_commitish` when the tag does not exist yet.
 * - Two published releases cannot share a tag (422 `already_exists` on `tag_name`).
 * - With `state.immutableReleases` on, a release becomes immutable when published: uploading,
 *   editing or deleting its assets answers 422 "Cannot upload assets to an immutable release.",
 *   its tag cannot be changed, and once the release is deleted its tag name cannot be reused.
 * - Asset names are normalised as GitHub does for characters outside `[A-Za-z0-9._+-]` (each
 *   becomes `.`); a clash answers 422 `already_exists` on `name`; at most 1,000 assets.
 * - `digest` is `sha256:<hex>` of the uploaded bytes, fixed at upload (tampering with
 *   `StoredAsset.bytes` afterwards makes downloads disagree with it, as a corrupted store would).
 * - Downloading (`Accept: application/octet-stream`) answers 302 to a signed storage URL on the
 *   uploads origin; storage refuses requests carrying an `Authorization` header (400), as S3 does.
 * - A connection reset during an upload (a `reset` fault) leaves an asset in state `open`, which
 *   blocks the name until it is deleted.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { created, noContent, notFound, ok, paginate, unprocessable, validationFailed } from '../http.js';
import type { HandlerContext, Reply } from '../http.js';
import { hasPermission } from '../permissions.js';
import { isoNow, nodeId } from '../shapes.js';
import type { Identity } from '../shapes.js';
import type { EmulatorState, Release, StoredAsset } from '../state.js';
import { GITHUB_ACTIONS_BOT } from '../state.js';
import type { Routes } from './types.js';

export const IMMUTABLE_ASSETS_MESSAGE = 'Cannot upload assets to an immutable release.';
export const MAX_ASSETS_PER_RELEASE = 1000;

const secrets = new WeakMap<EmulatorState, Buffer>();
const latest = new WeakMap<EmulatorState, number>();

function secretOf(state: EmulatorState): Buffer {
  let secret = secrets.get(state);
  if (!secret) {
    secret = randomBytes(32);
    secrets.set(state, secret);
  }
  return secret;
}

function signature(state: EmulatorState, assetId: number, expires: number): string {
  return createHmac('sha256', secretOf(state)).update(`${assetId}:${expires}`).digest('hex');
}

/** A signed, expiring storage URL on the uploads origin (GitHub's release-assets host). */
export function storageUrl(state: EmulatorState, asset: StoredAsset): string {
  const expires = Math.floor(Date.now() / 1000) + 300;
  const name = encodeURIComponent(asset.data.name);
  return `${state.urls.uploads}/storage/releases/${asset.releaseId}/assets/${asset.data.id}/${name}?expires=${expires}&sig=${signature(state, asset.data.id, expires)}`;
}

/** GitHub's asset-name normalisation (spaces and other special characters become `.`). */
export function normaliseAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

function canSeeDrafts(ctx: HandlerContext): boolean {
  return hasPermission(ctx.tokenSpec, 'contents', 'write');
}

function findRelease(ctx: HandlerContext): Release {
  const release = ctx.state.releases.find((r) => r.id === ctx.params.release_id);
  if (!release || (release.draft && !canSeeDrafts(ctx))) throw notFound(ctx);
  return release;
}

function findAsset(ctx: HandlerContext): StoredAsset {
  const asset = ctx.state.assets.get(ctx.params.asset_id as number);
  if (!asset) throw notFound(ctx);
  const release = ctx.state.releases.find((r) => r.id === asset.releaseId);
  if (!release || (release.draft && !canSeeDrafts(ctx))) throw notFound(ctx);
  return asset;
}

function assertMutableAssets(ctx: HandlerContext, release: Release): void {
  if (release.immutable) throw unprocessable(ctx, IMMUTABLE_ASSETS_MESSAGE);
}

function releaseUrls(state: EmulatorState, release: Pick<Release, 'id' | 'tag_name' | 'draft'>) {
  const api = `${state.repoApiUrl}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tag_name);
  return {
    url: api,
    html_url: release.draft
      ? `${state.repoWebUrl}/releases/tag/untagged-${createHash('sha1').update(String(release.id)).digest('hex').slice(0, 20)}`
      : `${state.repoWebUrl}/releases/tag/${tag}`,
    assets_url: `${api}/assets`,
    upload_url: `${state.urls.uploads}/repos/${state.owner}/${state.repo}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${state.repoApiUrl}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${state.repoApiUrl}/zipball/${tag}`,
  };
}

/** Makes the lightweight tag a published release needs, unless the tag exists. */
function ensureTag(ctx: HandlerContext, tagName: string, commitish: string): void {
  const ref = `refs/tags/${tagName}`;
  if (ctx.state.refs.has(ref)) return;
  const commit = ctx.state.resolveCommit(commitish);
  if (!commit) throw validationFailed(ctx, [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  ctx.state.refs.set(ref, commit.sha);
}

function assertTagFree(ctx: HandlerContext, tagName: string, except?: number): void {
  if (ctx.state.retiredTags.has(tagName)) {
    throw validationFailed(ctx, [
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release and cannot be reused' },
    ]);
  }
  if (ctx.state.releases.some((r) => r.id !== except && !r.draft && r.tag_name === tagName)) {
    throw validationFailed(ctx, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  }
}

function publish(ctx: HandlerContext, release: Release, makeLatest: string | undefined): void {
  assertTagFree(ctx, release.tag_name, release.id);
  ensureTag(ctx, release.tag_name, release.target_commitish);
  release.draft = false;
  release.published_at = isoNow();
  release.immutable = ctx.state.immutableReleases;
  Object.assign(release, releaseUrls(ctx.state, release));
  if (!release.prerelease && makeLatest !== 'false') latest.set(ctx.state, release.id);
}

function latestRelease(state: EmulatorState): Release | undefined {
  const published = state.releases.filter((r) => !r.draft && !r.prerelease);
  const marked = published.find((r) => r.id === latest.get(state));
  return marked ?? published.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)[0];
}

function assetJson(asset: StoredAsset): Record<string, unknown> {
  return { ...asset.data };
}

function newAsset(state: EmulatorState, release: Release, name: string, label: string | undefined, contentType: string, uploader: Identity): StoredAsset {
  const id = state.nextId();
  const now = isoNow();
  return {
    releaseId: release.id,
    bytes: Buffer.alloc(0),
    data: {
      url: `${state.repoApiUrl}/releases/assets/${id}`,
      browser_download_url: `${state.urls.uploads}/${state.owner}/${state.repo}/releases/download/${encodeURIComponent(release.tag_name)}/${encodeURIComponent(name)}`,
      id,
      node_id: nodeId('RA', id),
      name,
      label: label ?? '',
      state: 'open',
      content_type: contentType,
      size: 0,
      digest: null,
      download_count: 0,
      created_at: now,
      updated_at: now,
      uploader: state.user(uploader),
    },
  };
}

/** Called when a `reset` fault interrupts an upload: GitHub keeps a half-made asset. */
export function leaveOpenAsset(state: EmulatorState, releaseId: number, name: string | undefined, contentType: string | undefined, uploader: Identity | undefined): void {
  const release = state.releases.find((r) => r.id === releaseId);
  if (!release || !name || release.immutable) return;
  const normalised = normaliseAssetName(name);
  if ([...state.assets.values()].some((a) => a.releaseId === releaseId && a.data.name === normalised)) return;
  const asset = newAsset(state, release, normalised, undefined, contentType ?? 'application/octet-stream', uploader ?? GITHUB_ACTIONS_BOT);
  state.assets.set(asset.data.id, asset);
}

/**
 * The storage origin: signed asset URLs (from the 302) and `browser_download_url`s. Returns
 * undefined for any other path (which then goes through the API routing).
 */
export function serveStorage(state: EmulatorState, method: string, path: string, search: URLSearchParams, headers: IncomingHttpHeaders): Reply | undefined {
  const stored = /^\/storage\/releases\/(\d+)\/assets\/(\d+)\/[^/]+$/.exec(path);
  if (stored && method === 'GET') {
    if (headers.authorization) {
      const xml =
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified</Message><ArgumentName>Authorization</ArgumentName></Error>';
      return { status: 400, raw: Buffer.from(xml), headers: { 'content-type': 'application/xml' } };
    }
    const asset = state.assets.get(Number(stored[2]));
    const expires = Number(search.get('expires'));
    const valid = asset && search.get('sig') === signature(state, asset.data.id, expires) && expires >= Math.floor(Date.now() / 1000);
    if (!asset || !valid) {
      return { status: 403, raw: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired or the signature does not match</Message></Error>'), headers: { 'content-type': 'application/xml' } };
    }
    asset.data.download_count++;
    return {
      status: 200,
      raw: asset.bytes,
      headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename=${asset.data.name}` },
    };
  }
  const browser = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path);
  if (browser && method === 'GET' && browser[1] === state.owner && browser[2] === state.repo) {
    const tag = decodeURIComponent(browser[3]);
    const name = decodeURIComponent(browser[4]);
    const release = state.releases.find((r) => !r.draft && r.tag_name === tag);
    const asset = release && [...state.assets.values()].find((a) => a.releaseId === release.id && a.data.name === name && a.data.state === 'uploaded');
    if (!asset) return { status: 404, raw: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } };
    return { status: 302, headers: { location: storageUrl(state, asset) }, raw: Buffer.alloc(0) };
  }
  return undefined;
}

interface ReleaseInput {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: string;
}

const read = { anyOf: [['contents', 'read']] } satisfies Routes[string]['needs'];
const write = { anyOf: [['contents', 'write']] } satisfies Routes[string]['needs'];

export const releaseRoutes: Routes = {
  'repos/list-releases': {
    needs: read,
    handle: (ctx) => {
      const visible = ctx.state.releases.filter((r) => !r.draft || canSeeDrafts(ctx));
      const newestFirst = [...visible].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
      const { page, headers } = paginate(ctx, newestFirst.map((r) => ctx.state.releaseJson(r)));
      return ok(page, headers);
    },
  },
  'repos/create-release': {
    needs: write,
    handle: (ctx) => {
      const input = ctx.body as ReleaseInput & { tag_name: string };
      const draft = input.draft ?? false;
      const target = input.target_commitish ?? ctx.state.defaultBranch;
      if (!ctx.state.refs.has(`refs/tags/${input.tag_name}`) && !ctx.state.resolveCommit(target)) {
        throw validationFailed(ctx, [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
      }
      if (!draft) assertTagFree(ctx, input.tag_name);
      const id = ctx.state.nextId();
      const now = isoNow();
      const release: Release = {
        ...releaseUrls(ctx.state, { id, tag_name: input.tag_name, draft: true }),
        id,
        node_id: nodeId('RE', id),
        tag_name: input.tag_name,
        target_commitish: target,
        name: input.name ?? null,
        body: input.body ?? null,
        draft: true,
        prerelease: input.prerelease ?? false,
        immutable: false,
        created_at: now,
        published_at: null,
        updated_at: now,
        author: ctx.state.user(ctx.tokenSpec.identity),
      };
      if (!draft) publish(ctx, release, input.make_latest);
      ctx.state.releases.push(release);
      return created(ctx.state.releaseJson(release), release.url as string);
    },
  },
  'repos/get-release': {
    needs: read,
    handle: (ctx) => ok(ctx.state.releaseJson(findRelease(ctx))),
  },
  'repos/update-release': {
    needs: write,
    handle: (ctx) => {
      const release = findRelease(ctx);
      const input = (ctx.body ?? {}) as ReleaseInput;
      if (release.immutable) {
        if (input.tag_name !== undefined && input.tag_name !== release.tag_name) throw unprocessable(ctx, 'Cannot change the tag of an immutable release.');
        if (input.draft === true) throw unprocessable(ctx, 'Cannot convert an immutable release to a draft.');
        if (input.target_commitish !== undefined && input.target_commitish !== release.target_commitish) {
          throw unprocessable(ctx, 'Cannot change the target of an immutable release.');
        }
      }
      const next = { ...release };
      if (input.tag_name !== undefined) next.tag_name = input.tag_name;
      if (input.target_commitish !== undefined) next.target_commitish = input.target_commitish;
      if (input.name !== undefined) next.name = input.name;
      if (input.body !== undefined) next.body = input.body;
      if (input.prerelease !== undefined) next.prerelease = input.prerelease;
      if (!next.draft && input.tag_name !== undefined && input.tag_name !== release.tag_name) {
        assertTagFree(ctx, next.tag_name, release.id);
        ensureTag(ctx, next.tag_name, next.target_commitish);
      }
      if (next.draft && input.draft === false) {
        publish(ctx, next, input.make_latest);
      } else if (!next.draft && input.draft === true) {
        next.draft = true;
        next.published_at = null;
      } else if (!next.draft && input.make_latest === 'true' && !next.prerelease) {
        latest.set(ctx.state, next.id);
      }
      next.updated_at = isoNow();
      Object.assign(next, releaseUrls(ctx.state, next));
      Object.assign(release, next);
      return ok(ctx.state.releaseJson(release));
    },
  },
  'repos/delete-release': {
    needs: write,
    handle: (ctx) => {
      const release = findRelease(ctx);
      ctx.state.releases.splice(ctx.state.releases.indexOf(release), 1);
      for (const [id, asset] of ctx.state.assets) if (asset.releaseId === release.id) ctx.state.assets.delete(id);
      if (release.immutable) ctx.state.retiredTags.add(release.tag_name);
      if (latest.get(ctx.state) === release.id) latest.delete(ctx.state);
      return noContent();
    },
  },
  'repos/get-release-by-tag': {
    needs: read,
    handle: (ctx) => {
      const release = ctx.state.releases.find((r) => !r.draft && r.tag_name === ctx.params.tag);
      if (!release) throw notFound(ctx);
      return ok(ctx.state.releaseJson(release));
    },
  },
  'repos/get-latest-release': {
    needs: read,
    handle: (ctx) => {
      const release = latestRelease(ctx.state);
      if (!release) throw notFound(ctx);
      return ok(ctx.state.releaseJson(release));
    },
  },
  'repos/list-release-assets': {
    needs: read,
    handle: (ctx) => {
      const release = findRelease(ctx);
      const list = [...ctx.state.assets.values()].filter((a) => a.releaseId === release.id).map(assetJson);
      const { page, headers } = paginate(ctx, list);
      return ok(page, headers);
    },
  },
  'repos/upload-release-asset': {
    needs: write,
    handle: (ctx) => {
      const release = findRelease(ctx);
      assertMutableAssets(ctx, release);
      const name = normaliseAssetName(String(ctx.params.name));
      const siblings = [...ctx.state.assets.values()].filter((a) => a.releaseId === release.id);
      if (siblings.some((a) => a.data.name === name)) {
        throw validationFailed(ctx, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
      }
      if (siblings.length >= MAX_ASSETS_PER_RELEASE) {
        throw validationFailed(ctx, [
          { resource: 'ReleaseAsset', code: 'custom', field: 'file_count', message: `A release can have at most ${MAX_ASSETS_PER_RELEASE} assets` },
        ]);
      }
      const contentType = String(ctx.headers['content-type'] ?? 'application/octet-stream');
      const asset = newAsset(ctx.state, release, name, ctx.params.label as string | undefined, contentType, ctx.tokenSpec.identity);
      asset.bytes = Buffer.from(ctx.rawBody);
      asset.data.size = asset.bytes.length;
      asset.data.digest = `sha256:${createHash('sha256').update(asset.bytes).digest('hex')}`;
      asset.data.state = 'uploaded';
      ctx.state.assets.set(asset.data.id, asset);
      return created(assetJson(asset));
    },
  },
  'repos/get-release-asset': {
    needs: read,
    handle: (ctx) => {
      const asset = findAsset(ctx);
      if (/application\/octet-stream/i.test(String(ctx.headers.accept ?? ''))) {
        return { status: 302, headers: { location: storageUrl(ctx.state, asset) } };
      }
      return ok(assetJson(asset));
    },
  },
  'repos/update-release-asset': {
    needs: write,
    handle: (ctx) => {
      const asset = findAsset(ctx);
      assertMutableAssets(ctx, ctx.state.releases.find((r) => r.id === asset.releaseId)!);
      const input = (ctx.body ?? {}) as { name?: string; label?: string; state?: string };
      if (input.name !== undefined) {
        const name = normaliseAssetName(input.name);
        const clash = [...ctx.state.assets.values()].some((a) => a !== asset && a.releaseId === asset.releaseId && a.data.name === name);
        if (clash) throw validationFailed(ctx, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
        asset.data.name = name;
      }
      if (input.label !== undefined) asset.data.label = input.label;
      asset.data.updated_at = isoNow();
      return ok(assetJson(asset));
    },
  },
  'repos/delete-release-asset': {
    needs: write,
    handle: (ctx) => {
      const asset = findAsset(ctx);
      assertMutableAssets(ctx, ctx.state.releases.find((r) => r.id === asset.releaseId)!);
      ctx.state.assets.delete(asset.data.id);
      return noContent();
    },
  },
};
