/**
 * Pull requests: get one, list (state/head/base filters, sort), and the pull requests associated
 * with a commit. Lists return GitHub's `pull-request-simple` shape, which lacks the fields only
 * `GET /pulls/{n}` computes (`merged`, `mergeable`, counts…).
 */
import { notFound, ok, paginate, unprocessable } from '../http.js';
import type { GitHubObject, PullRequest } from '../state.js';
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

export const pullRoutes: Routes = {
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
