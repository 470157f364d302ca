/**
 * Issue and pull-request comments (`/repos/{o}/{r}/issues/{n}/comments`, `/issues/comments/{id}`).
 * GitHub's limits: a body of at most 65,536 characters (counted as Unicode code points here) and
 * not blank. Comments on a pull request accept either the issues or the pull_requests permission.
 */
import { created, noContent, notFound, ok, paginate, validationFailed } from '../http.js';
import type { HandlerContext } from '../http.js';
import type { Routes } from './types.js';

export const COMMENT_BODY_LIMIT = 65_536;

function checkBody(ctx: HandlerContext, body: string): void {
  const length = [...body].length;
  if (length > COMMENT_BODY_LIMIT) {
    throw validationFailed(ctx, [
      { resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` },
    ]);
  }
  if (body.trim() === '') {
    throw validationFailed(ctx, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  }
}

function requireIssue(ctx: HandlerContext): number {
  const number = ctx.params.issue_number as number;
  if (!ctx.state.issueExists(number)) throw notFound(ctx);
  return number;
}

function findComment(ctx: HandlerContext) {
  const found = ctx.state.findComment(ctx.params.comment_id as number);
  if (!found) throw notFound(ctx);
  return found;
}

export const issueRoutes: Routes = {
  'issues/list-comments': {
    needs: { anyOf: [['issues', 'read'], ['pull_requests', 'read']] },
    handle: (ctx) => {
      const number = requireIssue(ctx);
      let list = ctx.state.comments.get(number) ?? [];
      if (ctx.query.since) {
        const since = Date.parse(ctx.query.since);
        list = list.filter((c) => Date.parse(c.updated_at) >= since);
      }
      const { page, headers } = paginate(ctx, list);
      return ok(page, headers);
    },
  },
  'issues/create-comment': {
    needs: { anyOf: [['issues', 'write'], ['pull_requests', 'write']] },
    handle: (ctx) => {
      const number = requireIssue(ctx);
      const body = (ctx.body as { body: string }).body;
      checkBody(ctx, body);
      const comment = ctx.state.addComment(number, body, ctx.tokenSpec.identity);
      return created(comment, comment.url);
    },
  },
  'issues/get-comment': {
    needs: { anyOf: [['issues', 'read'], ['pull_requests', 'read']] },
    handle: (ctx) => ok(findComment(ctx).comment),
  },
  'issues/update-comment': {
    needs: { anyOf: [['issues', 'write'], ['pull_requests', 'write']] },
    handle: (ctx) => {
      const { comment } = findComment(ctx);
      const body = (ctx.body as { body: string }).body;
      checkBody(ctx, body);
      comment.body = body;
      comment.updated_at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      return ok(comment);
    },
  },
  'issues/delete-comment': {
    needs: { anyOf: [['issues', 'write'], ['pull_requests', 'write']] },
    handle: (ctx) => {
      const { issueNumber, index } = findComment(ctx);
      const list = ctx.state.comments.get(issueNumber)!;
      list.splice(index, 1);
      const pr = ctx.state.pullRequests.get(issueNumber);
      if (pr) pr.comments = list.length;
      return noContent();
    },
  },
};
