/**
 * The Git Data API: references, annotated tag objects and commits.
 *
 * GitHub's rules kept here: a new ref must be a full name (`refs/heads/x`, `refs/tags/v1`) that
 * git accepts (no `..`, `//`, `@{`, control characters, `~^:?*[\`, trailing `/` or `.lock`…) and
 * point at an existing object; an existing ref answers 422 "Reference already exists"; updating
 * to a commit that does not descend from the current one needs `force` ("Update is not a fast
 * forward"); updating or deleting a missing ref answers 422 "Reference does not exist"; the tag of
 * an immutable release cannot be moved or deleted. `GET /git/ref/{ref}` takes the name without
 * `refs/`. `GET /git/matching-refs/{ref}` is a prefix match, sorted by name; it is paginated only
 * when `per_page` or `page` is given (the description declares no pagination for it).
 */
import { created, noContent, notFound, ok, paginate, unprocessable } from '../http.js';
import type { HandlerContext } from '../http.js';
import { fakeSha, isoNow, nodeId } from '../shapes.js';
import type { GitTag } from '../state.js';
import type { Routes } from './types.js';

/** git check-ref-format's rules, for a full ref name. */
export function isValidRefName(ref: string): boolean {
  if (!/^refs\/[^/]+\/.+/.test(ref)) return false;
  if (/(\.\.|\/\/|@\{|[ ~^:?*[\\])/.test(ref)) return false;
  if ([...ref].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return false;
  if (ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock')) return false;
  return ref.split('/').every((part) => part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock'));
}

function refJson(ctx: HandlerContext, name: string, sha: string) {
  const type = ctx.state.objectType(sha) ?? 'commit';
  const api = ctx.state.repoApiUrl;
  return {
    ref: name,
    node_id: nodeId('REF', name),
    url: `${api}/git/${name}`,
    object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

function protectedByImmutableRelease(ctx: HandlerContext, name: string): boolean {
  if (!name.startsWith('refs/tags/')) return false;
  const tag = name.slice('refs/tags/'.length);
  return ctx.state.releases.some((r) => r.immutable && !r.draft && r.tag_name === tag) || ctx.state.retiredTags.has(tag);
}

const read = { anyOf: [['contents', 'read']] } satisfies Routes[string]['needs'];
const write = { anyOf: [['contents', 'write']] } satisfies Routes[string]['needs'];

export const gitRoutes: Routes = {
  'git/create-ref': {
    needs: write,
    handle: (ctx) => {
      const { ref, sha } = ctx.body as { ref: string; sha: string };
      if (!isValidRefName(ref)) throw unprocessable(ctx, `${ref} is not a valid ref name.`);
      if (!ctx.state.objectType(sha)) throw unprocessable(ctx, 'Object does not exist');
      if (ctx.state.refs.has(ref)) throw unprocessable(ctx, 'Reference already exists');
      if (protectedByImmutableRelease(ctx, ref)) throw unprocessable(ctx, 'Reference cannot be created: the tag name was used by an immutable release.');
      ctx.state.refs.set(ref, sha);
      const json = refJson(ctx, ref, sha);
      return created(json, json.url);
    },
  },
  'git/get-ref': {
    needs: read,
    handle: (ctx) => {
      const name = `refs/${String(ctx.params.ref)}`;
      const sha = ctx.state.refs.get(name);
      if (!sha) throw notFound(ctx);
      return ok(refJson(ctx, name, sha));
    },
  },
  'git/list-matching-refs': {
    needs: read,
    handle: (ctx) => {
      const prefix = `refs/${String(ctx.params.ref)}`;
      const list = [...ctx.state.refs.entries()]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, sha]) => refJson(ctx, name, sha));
      if (ctx.query.per_page === undefined && ctx.query.page === undefined) return ok(list);
      const { page, headers } = paginate(ctx, list);
      return ok(page, headers);
    },
  },
  'git/update-ref': {
    needs: write,
    handle: (ctx) => {
      const name = `refs/${String(ctx.params.ref)}`;
      const { sha, force } = ctx.body as { sha: string; force?: boolean };
      const current = ctx.state.refs.get(name);
      if (!current) throw unprocessable(ctx, 'Reference does not exist');
      if (!ctx.state.objectType(sha)) throw unprocessable(ctx, 'Object does not exist');
      if (protectedByImmutableRelease(ctx, name)) throw unprocessable(ctx, 'Reference cannot be updated: the tag belongs to an immutable release.');
      const fastForward = ctx.state.commits.has(current) && ctx.state.commits.has(sha) && ctx.state.ancestors(sha).has(current);
      if (!force && !fastForward) throw unprocessable(ctx, 'Update is not a fast forward');
      ctx.state.refs.set(name, sha);
      return ok(refJson(ctx, name, sha));
    },
  },
  'git/delete-ref': {
    needs: write,
    handle: (ctx) => {
      const name = `refs/${String(ctx.params.ref)}`;
      if (!ctx.state.refs.has(name)) throw unprocessable(ctx, 'Reference does not exist');
      if (protectedByImmutableRelease(ctx, name)) throw unprocessable(ctx, 'Reference cannot be deleted: the tag belongs to an immutable release.');
      ctx.state.refs.delete(name);
      return noContent();
    },
  },
  'git/create-tag': {
    needs: write,
    handle: (ctx) => {
      const input = ctx.body as { tag: string; message: string; object: string; type: string; tagger?: { name: string; email: string; date?: string } };
      const actual = ctx.state.objectType(input.object);
      if (!actual) throw unprocessable(ctx, 'Object does not exist');
      if (actual !== input.type) throw unprocessable(ctx, `Object type is ${actual}, not ${input.type}`);
      const identity = ctx.tokenSpec.identity;
      const tagger = {
        name: input.tagger?.name ?? identity.login,
        email: input.tagger?.email ?? `${identity.id}+${identity.login}@users.noreply.github.com`,
        date: input.tagger?.date ?? isoNow(),
      };
      const sha = fakeSha('tag', input.tag, input.object, input.message, tagger.date, ctx.state.tags.size);
      const api = ctx.state.repoApiUrl;
      const tag: GitTag = {
        node_id: nodeId('TAG', sha),
        sha,
        url: `${api}/git/tags/${sha}`,
        tag: input.tag,
        message: input.message,
        tagger,
        object: { sha: input.object, type: input.type, url: `${api}/git/${input.type === 'tag' ? 'tags' : `${input.type}s`}/${input.object}` },
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
      };
      ctx.state.tags.set(sha, tag);
      return created(tag, tag.url);
    },
  },
  'git/get-tag': {
    needs: read,
    handle: (ctx) => {
      const tag = ctx.state.tags.get(ctx.params.tag_sha as string);
      if (!tag) throw notFound(ctx);
      return ok(tag);
    },
  },
  'git/get-commit': {
    needs: read,
    handle: (ctx) => {
      const commit = ctx.state.commits.get(ctx.params.commit_sha as string);
      if (!commit) throw notFound(ctx);
      const api = ctx.state.repoApiUrl;
      return ok({
        sha: commit.sha,
        node_id: nodeId('C', commit.sha),
        url: `${api}/git/commits/${commit.sha}`,
        html_url: `${ctx.state.repoWebUrl}/commit/${commit.sha}`,
        author: { ...commit.author },
        committer: { ...commit.committer },
        tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
        message: commit.message,
        parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}`, html_url: `${ctx.state.repoWebUrl}/commit/${sha}` })),
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
      });
    },
  },
};
