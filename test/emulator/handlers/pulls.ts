/**
 * Pull requests: create, get, update, list (state/head/base filters, sort), and the pull requests
 * associated with a commit. Lists return GitHub's `pull-request-simple` shape, which lacks the
 * fields only `GET /pulls/{n}` computes (`merged`, `mergeable`, counts…).
 *
 * Creating keeps GitHub's rules (422 `Validation Failed`): `head` (`branch` or `owner:branch`) and
 * `base` must be branches of this repository (`field: head|base, code: invalid`); a head already
 * merged into the base is refused ("No commits between main and x"), and so is a second open pull
 * request for the same head and base ("A pull request already exists for owner:x."). The title may
 * not be blank; the body is at most 65,536 characters. Updating changes `title`, `body`, `base`
 * (a branch) and `state` (closing sets `closed_at`; a closed one reopens only while no other open
 * pull request has its head and base). The head's SHA follows its branch (a push moves it).
 */
import { created, notFound, ok, paginate, unprocessable, validationFailed } from '../http.js';
import type { HandlerContext } from '../http.js';
import type { GitHubObject, PullRequest } from '../state.js';
import { isoNow } from '../shapes.js';
import { COMMENT_BODY_LIMIT } from './issues.js';
import type { Routes } from './types.js';

/** Fields `GET /pulls/{n}` has and list endpoints do not. */
const FULL_ONLY = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

export function simplePull(pr: PullRequest): GitHubObject {
  const copy: GitHubObject = { ...pr };
  for (const key of FULL_ONLY) delete copy[key];
  return copy;
}

/** The branch a `head`/`base` names, when it exists here (`owner:` must be this repository's owner). */
function branchOf(ctx: HandlerContext, name: string): string | undefined {
  const colon = name.indexOf(':');
  if (colon >= 0 && name.slice(0, colon).toLowerCase() !== ctx.state.owner.toLowerCase()) return undefined;
  const branch = colon >= 0 ? name.slice(colon + 1) : name;
  return ctx.state.refs.has(`refs/heads/${branch}`) ? branch : undefined;
}

function checkText(ctx: HandlerContext, fields: { title?: unknown; body?: unknown }): void {
  if (typeof fields.title === 'string' && fields.title.trim() === '') throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]);
  if (typeof fields.body === 'string' && [...fields.body].length > COMMENT_BODY_LIMIT) {
    throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }]);
  }
}

function openDuplicate(ctx: HandlerContext, head: string, base: string, except?: number): PullRequest | undefined {
  return [...ctx.state.pullRequests.values()].find((pr) => pr.state === 'open' && pr.number !== except && pr.head.label === `${ctx.state.owner}:${head}` && pr.base.ref === base);
}

export const pullRoutes: Routes = {
  'pulls/create': {
    needs: { anyOf: [['pull_requests', 'write']] },
    handle: (ctx) => {
      const input = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean };
      checkText(ctx, input);
      if (input.title === undefined) throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]);
      const head = branchOf(ctx, input.head);
      if (!head) throw validationFailed(ctx, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      const base = branchOf(ctx, input.base);
      if (!base) throw validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      const headSha = ctx.state.refs.get(`refs/heads/${head}`)!;
      const baseSha = ctx.state.refs.get(`refs/heads/${base}`)!;
      if (ctx.state.ancestors(baseSha).has(headSha)) {
        throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }]);
      }
      if (openDuplicate(ctx, head, base)) {
        throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.state.owner}:${head}.` }]);
      }
      const number = Math.max(0, ...ctx.state.issues.keys(), ...ctx.state.pullRequests.keys()) + 1;
      const pr = ctx.state.addPullRequest({
        number, head: { sha: headSha, ref: head }, base: { sha: baseSha, ref: base }, title: input.title, body: input.body ?? null,
        draft: input.draft ?? false, user: ctx.tokenSpec.identity,
      });
      pr.maintainer_can_modify = input.maintainer_can_modify ?? false;
      return created(pr, pr.url as string);
    },
  },
  'pulls/update': {
    needs: { anyOf: [['pull_requests', 'write']] },
    handle: (ctx) => {
      const pr = ctx.state.pullRequests.get(ctx.params.pull_number as number);
      if (!pr) throw notFound(ctx);
      const input = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean } | undefined ?? {};
      checkText(ctx, input);
      if (input.base !== undefined) {
        const base = branchOf(ctx, input.base);
        if (!base) throw validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        pr.base = { ...pr.base, ref: base, label: `${ctx.state.owner}:${base}`, sha: ctx.state.refs.get(`refs/heads/${base}`)! };
      }
      if (input.state === 'open' && pr.state === 'closed') {
        if (pr.merged) throw unprocessable(ctx, 'Cannot reopen a merged pull request');
        if (openDuplicate(ctx, pr.head.ref, pr.base.ref, pr.number)) {
          throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${pr.head.label}.` }]);
        }
      }
      const now = isoNow();
      if (input.title !== undefined) pr.title = input.title;
      if (input.body !== undefined) pr.body = input.body;
      if (input.maintainer_can_modify !== undefined) pr.maintainer_can_modify = input.maintainer_can_modify;
      if (input.state !== undefined && input.state !== pr.state) {
        pr.state = input.state;
        pr.closed_at = input.state === 'closed' ? now : null;
      }
      pr.updated_at = now;
      return ok(pr);
    },
  },
  'pulls/get': {
    needs: { anyOf: [['pull_requests', 'read']] },
    handle: (ctx) => {
      const pr = ctx.state.pullRequests.get(ctx.params.pull_number as number);
      if (!pr) throw notFound(ctx);
      return ok(pr);
    },
  },
  'pulls/list': {
    needs: { anyOf: [['pull_requests', 'read']] },
    handle: (ctx) => {
      const state = ctx.query.state ?? 'open';
      const sort = ctx.query.sort ?? 'created';
      const direction = ctx.query.direction ?? (sort === 'created' ? 'desc' : 'asc');
      let list = [...ctx.state.pullRequests.values()].filter((pr) => state === 'all' || pr.state === state);
      if (ctx.query.head) {
        // `user:ref`; GitHub ignores a head filter without the owner part.
        const head = ctx.query.head;
        if (head.includes(':')) list = list.filter((pr) => pr.head.label === head);
      }
      if (ctx.query.base) list = list.filter((pr) => pr.base.ref === ctx.query.base);
      const key = (pr: PullRequest) => (sort === 'updated' ? Date.parse(pr.updated_at) : pr.number);
      list.sort((a, b) => (direction === 'asc' ? key(a) - key(b) : key(b) - key(a)));
      const { page, headers } = paginate(ctx, list.map(simplePull));
      return ok(page, headers);
    },
  },
  'repos/list-pull-requests-associated-with-commit': {
    needs: { anyOf: [['contents', 'read'], ['pull_requests', 'read']] },
    handle: (ctx) => {
      const sha = ctx.params.commit_sha as string;
      const commit = ctx.state.resolveCommit(sha);
      if (!commit) throw unprocessable(ctx, `No commit found for SHA: ${sha}`);
      // A pull request is associated with the commits its head adds to its base, and with its
      // merge commit. Open pull requests come first, then closed ones, newest first.
      const list = [...ctx.state.pullRequests.values()].filter((pr) => {
        if (pr.merge_commit_sha === commit.sha) return true;
        const fromHead = ctx.state.ancestors(pr.head.sha);
        if (!fromHead.has(commit.sha)) return false;
        return !ctx.state.ancestors(pr.base.sha).has(commit.sha);
      });
      list.sort((a, b) => Number(a.state !== 'open') - Number(b.state !== 'open') || b.number - a.number);
      const { page, headers } = paginate(ctx, list.map(simplePull));
      return ok(page, headers);
    },
  },
};
