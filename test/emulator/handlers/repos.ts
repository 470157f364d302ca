/**
 * The repository itself, commits and comparisons, the authenticated user, and rate limits.
 *
 * Compare follows GitHub: `BASE...HEAD` (three dots; the two-dot form is accepted too and means
 * the same here), each side a SHA, branch or tag; `merge_base_commit` is the best common ancestor;
 * `ahead_by`/`behind_by` count commits reachable from one side and not the other; `commits` lists
 * the ahead commits oldest first (at most 250); no common ancestor → 404. `files` is always empty.
 *
 * Contents (`GET /contents/{path}`): `ref` defaults to the default branch and may be a SHA, branch
 * or tag; an unknown ref answers 404 "No commit found for the ref …", a missing path 404 Not Found;
 * a file comes base64-encoded (lines of 60 characters, as GitHub sends it) with its blob SHA; a
 * folder is the list of its entries (without content). Files are seeded with `state.setFile`.
 */
import { createHash } from 'node:crypto';
import { basicError, notFound, ok } from '../http.js';
import type { HandlerContext } from '../http.js';
import { hasPermission, isIntegration } from '../permissions.js';
import { fullRepositoryShape, privateUser } from '../shapes.js';
import type { Routes } from './types.js';

function compare(ctx: HandlerContext) {
  // Two templates in the description serve this: `{basehead}` and the older `{base}...{head}`.
  const basehead = typeof ctx.params.basehead === 'string' ? ctx.params.basehead : `${String(ctx.params.base)}...${String(ctx.params.head)}`;
  const m = /^(.+?)\.{2,3}(.+)$/.exec(basehead);
  if (!m || m[1].includes(':') || m[2].includes(':')) throw notFound(ctx);
  const base = ctx.state.resolveCommit(m[1]);
  const head = ctx.state.resolveCommit(m[2]);
  if (!base || !head) throw notFound(ctx);
  const mergeBase = ctx.state.mergeBase(base.sha, head.sha);
  if (!mergeBase) throw basicError(404, `No common ancestor between ${m[1]} and ${m[2]}.`, ctx.operation.docsUrl);
  const fromHead = ctx.state.ancestors(head.sha);
  const fromBase = ctx.state.ancestors(base.sha);
  const ahead = [...fromHead.entries()].filter(([sha]) => !fromBase.has(sha)).sort((a, b) => b[1] - a[1]);
  const behind = [...fromBase.keys()].filter((sha) => !fromHead.has(sha));
  const status = ahead.length === 0 && behind.length === 0 ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
  const api = ctx.state.repoApiUrl;
  const web = ctx.state.repoWebUrl;
  const json = (sha: string) => ctx.state.commitJson(ctx.state.commits.get(sha)!);
  return {
    url: `${api}/compare/${m[1]}...${m[2]}`,
    html_url: `${web}/compare/${m[1]}...${m[2]}`,
    permalink_url: `${web}/compare/${ctx.state.owner}:${base.sha.slice(0, 7)}...${ctx.state.owner}:${head.sha.slice(0, 7)}`,
    diff_url: `${web}/compare/${m[1]}...${m[2]}.diff`,
    patch_url: `${web}/compare/${m[1]}...${m[2]}.patch`,
    base_commit: json(base.sha),
    merge_base_commit: json(mergeBase),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: ahead.slice(0, 250).map(([sha]) => json(sha)),
    files: [],
  };
}

function contentEntry(ctx: HandlerContext, ref: string, path: string, type: 'file' | 'dir', bytes?: Buffer) {
  const api = ctx.state.repoApiUrl;
  const sha = bytes
    ? createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    : createHash('sha1').update(`tree ${ref} ${path}`).digest('hex');
  const url = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const htmlUrl = `${ctx.state.repoWebUrl}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`;
  return {
    type, size: bytes?.length ?? 0, name: path.split('/').at(-1)!, path, sha, url, git_url: gitUrl, html_url: htmlUrl,
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${ctx.state.owner}/${ctx.state.repo}/${ref}/${path}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

function getContent(ctx: HandlerContext) {
  const ref = typeof ctx.query.ref === 'string' && ctx.query.ref !== '' ? ctx.query.ref : ctx.state.defaultBranch;
  const commit = ctx.state.resolveCommit(ref);
  if (!commit) throw basicError(404, `No commit found for the ref ${ref}`, ctx.operation.docsUrl);
  const path = String(ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const tree = ctx.state.treeOf(commit.sha);
  const file = tree.get(path);
  if (file) {
    const content = (file.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return { ...contentEntry(ctx, ref, path, 'file', file), content: content === '' ? '' : `${content}\n`, encoding: 'base64' };
  }
  const prefix = path === '' ? '' : `${path}/`;
  const below = [...tree.keys()].filter((p) => p.startsWith(prefix));
  if (below.length === 0) throw notFound(ctx);
  const names = [...new Set(below.map((p) => p.slice(prefix.length).split('/')[0]))].sort();
  return names.map((name) => {
    const child = `${prefix}${name}`;
    const bytes = tree.get(child);
    return bytes ? contentEntry(ctx, ref, child, 'file', bytes) : contentEntry(ctx, ref, child, 'dir');
  });
}

export const repoRoutes: Routes = {
  'repos/get-content': {
    needs: { anyOf: [['contents', 'read']] },
    handle: (ctx) => ok(getContent(ctx)),
  },
  'repos/get': {
    handle: (ctx) =>
      ok(fullRepositoryShape({ ...ctx.state.repoInfo, defaultBranch: ctx.state.defaultBranch }, ctx.state.urls, hasPermission(ctx.tokenSpec, 'contents', 'write'))),
  },
  'repos/compare-commits-with-basehead': {
    needs: { anyOf: [['contents', 'read']] },
    handle: (ctx) => ok(compare(ctx)),
  },
  'repos/compare-commits': {
    needs: { anyOf: [['contents', 'read']] },
    handle: (ctx) => ok(compare(ctx)),
  },
  'repos/get-commit': {
    needs: { anyOf: [['contents', 'read']] },
    handle: (ctx) => {
      const commit = ctx.state.resolveCommit(ctx.params.ref as string);
      if (!commit) throw basicError(422, `No commit found for SHA: ${String(ctx.params.ref)}`, ctx.operation.docsUrl);
      return ok({ ...ctx.state.commitJson(commit), stats: { additions: 0, deletions: 0, total: 0 }, files: [] });
    },
  },
  'users/get-authenticated': {
    handle: (ctx) => {
      // A GITHUB_TOKEN (an installation token) has no user behind it.
      if (isIntegration(ctx.tokenSpec)) throw basicError(403, 'Resource not accessible by integration', ctx.operation.docsUrl);
      return ok(privateUser(ctx.tokenSpec.identity, ctx.state.urls));
    },
  },
  'rate-limit/get': {
    handle: (ctx) => {
      const limit = isIntegration(ctx.tokenSpec) ? 1000 : 5000;
      const entry = ctx.state.rateLimits.get(ctx.token);
      const reset = entry?.reset ?? Math.floor(Date.now() / 1000) + 3600;
      const used = entry?.used ?? 0;
      const core = { limit, used, remaining: Math.max(0, limit - used), reset };
      const fresh = (n: number) => ({ limit: n, used: 0, remaining: n, reset });
      return ok({
        resources: { core, search: fresh(30), graphql: fresh(limit), integration_manifest: fresh(5000), code_search: fresh(10) },
        rate: core,
      });
    },
  },
};
