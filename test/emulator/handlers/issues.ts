/**
 * Issue and pull-request comments (`/repos/{o}/{r}/issues/{n}/comments`, `/issues/comments/{id}`),
 * plain issues (`/repos/{o}/{r}/issues`, `/issues/{n}`) and labels (`/labels`, `/labels/{name}`).
 * GitHub's limits: a comment or issue body of at most 65,536 characters (counted as Unicode code
 * points here) and not blank (an issue's body may be empty); an issue title not blank. Comments on
 * a pull request accept either the issues or the pull_requests permission. Listing issues filters
 * by `state` (default open), `labels` (comma-separated, every one must be on the issue, any case)
 * and `creator`, newest first; pull requests are not listed (GitHub lists them too: clients must
 * skip entries with `pull_request`). Labels named on create or update are created when missing,
 * as GitHub does.
 */
import { created, noContent, notFound, ok, paginate, validationFailed } from '../http.js';
import type { HandlerContext } from '../http.js';
import type { Routes } from './types.js';
import type { Issue } from '../state.js';
import { isoNow } from '../shapes.js';

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

function checkIssueBody(ctx: HandlerContext, body: unknown): void {
  if (typeof body === 'string' && [...body].length > COMMENT_BODY_LIMIT) {
    throw validationFailed(ctx, [{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }]);
  }
}

function requirePlainIssue(ctx: HandlerContext): Issue {
  const issue = ctx.state.issues.get(ctx.params.issue_number as number);
  if (!issue) throw notFound(ctx);
  return issue;
}

function labelNames(input: unknown): string[] {
  return Array.isArray(input) ? input.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((n) => n !== '') : [];
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
  'issues/list-for-repo': {
    needs: { anyOf: [['issues', 'read']] },
    handle: (ctx) => {
      const state = ctx.query.state ?? 'open';
      const wanted = (ctx.query.labels ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const creator = ctx.query.creator?.toLowerCase();
      const list = [...ctx.state.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((name) => i.labels.some((l) => l.name.toLowerCase() === name)))
        .filter((i) => creator === undefined || i.user.login.toLowerCase() === creator)
        .sort((a, b) => b.number - a.number);
      const { page, headers } = paginate(ctx, list);
      return ok(page, headers);
    },
  },
  'issues/get': {
    needs: { anyOf: [['issues', 'read']] },
    handle: (ctx) => ok(requirePlainIssue(ctx)),
  },
  'issues/create': {
    needs: { anyOf: [['issues', 'write']] },
    handle: (ctx) => {
      const input = ctx.body as { title: unknown; body?: string; labels?: unknown[] };
      const title = String(input.title ?? '');
      if (title.trim() === '') throw validationFailed(ctx, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      checkIssueBody(ctx, input.body);
      const issue = ctx.state.addIssue({ title, body: input.body ?? null, labels: labelNames(input.labels), user: ctx.tokenSpec.identity });
      return created(issue, issue.url as string);
    },
  },
  'issues/update': {
    needs: { anyOf: [['issues', 'write']] },
    handle: (ctx) => {
      const issue = requirePlainIssue(ctx);
      const input = ctx.body as { title?: unknown; body?: string | null; state?: 'open' | 'closed'; state_reason?: Issue['state_reason']; labels?: unknown[] };
      if (input.title !== undefined && String(input.title).trim() === '') throw validationFailed(ctx, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      checkIssueBody(ctx, input.body);
      const now = isoNow();
      if (input.title !== undefined) issue.title = String(input.title);
      if (input.body !== undefined) issue.body = input.body;
      if (input.labels !== undefined) issue.labels = labelNames(input.labels).map((name) => ctx.state.label(name));
      if (input.state !== undefined && input.state !== issue.state) {
        issue.state = input.state;
        issue.closed_at = input.state === 'closed' ? now : null;
        issue.state_reason = input.state === 'closed' ? (input.state_reason ?? 'completed') : 'reopened';
      }
      issue.updated_at = now;
      return ok(issue);
    },
  },
  'issues/get-label': {
    needs: { anyOf: [['issues', 'read'], ['pull_requests', 'read']] },
    handle: (ctx) => {
      const label = ctx.state.labels.get(String(ctx.params.name).toLowerCase());
      if (!label) throw notFound(ctx);
      return ok(label);
    },
  },
  'issues/create-label': {
    needs: { anyOf: [['issues', 'write'], ['pull_requests', 'write']] },
    handle: (ctx) => {
      const input = ctx.body as { name: string; color?: string; description?: string };
      if (ctx.state.labels.has(input.name.toLowerCase())) throw validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const label = ctx.state.label(input.name, { color: (input.color ?? 'ededed').replace(/^#/, ''), description: input.description ?? null });
      return created(label, label.url as string);
    },
  },
};
