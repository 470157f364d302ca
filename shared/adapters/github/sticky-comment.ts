import { isPermissionDenied, statusOf, type GitHubClient } from './gateway/index.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Which report this is (workflow, job, matrix entry…): one comment per key. */
  key: string;
  body: string;
  /** Login the comment must belong to; default: the token's own identity (see `tokenIdentity`). */
  author?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated';
  /** Duplicates (from a racing run) deleted after creating. */
  removedDuplicates: number;
  author: string;
}

/**
 * The hidden marker that finds the comment again. The key is URI-encoded so no key can close the
 * HTML comment early or forge another key's marker.
 */
export function reportMarker(key: string): string {
  return `<!-- mlgate:report key=${encodeURIComponent(key)} -->`;
}

/**
 * The login comments are posted as. `GET /user` answers for user tokens; an Actions `GITHUB_TOKEN`
 * (an app installation token) gets 403 there and comments as `github-actions[bot]`. Tokens of
 * other GitHub Apps must name their bot login (`comment-author`).
 */
export async function tokenIdentity(client: GitHubClient): Promise<string> {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (isPermissionDenied(error)) return 'github-actions[bot]';
    throw error;
  }
}

/**
 * Creates or updates the one comment of `key`: found by its hidden marker **and** its author
 * across every page of comments (a marker pasted into someone else's comment is ignored), updated
 * in place with the previous report folded into `<details>`. Two runs that both create race; each
 * re-lists after creating and the younger duplicates are deleted, so one comment remains.
 */
export async function upsertStickyComment(client: GitHubClient, request: StickyCommentRequest): Promise<StickyCommentResult> {
  const author = request.author ?? (await tokenIdentity(client));
  const marker = reportMarker(request.key);
  const ours = await listOurs(client, request, marker, author);
  const existing = ours[0];
  if (existing) {
    const body = composeBody(marker, request.body, existing.body ?? '');
    const { data } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { id: data.id, url: data.html_url, action: 'updated', removedDuplicates: 0, author };
  }
  const { data: created } = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body: composeBody(marker, request.body) });
  // A concurrent run may have created its own between our list and our create.
  const all = await listOurs(client, request, marker, author);
  if (all.length <= 1) return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: 0, author };
  const [keep, ...younger] = all;
  let removed = 0;
  for (const duplicate of younger) {
    try {
      await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: duplicate.id });
      removed++;
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // the other run deleted it first
    }
  }
  if (keep.id === created.id) return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: removed, author };
  // Ours was the younger one: put our report into the survivor.
  const { data } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: keep.id, body: composeBody(marker, request.body, keep.body ?? '') });
  return { id: data.id, url: data.html_url, action: 'updated', removedDuplicates: removed, author };
}

async function listOurs(client: GitHubClient, request: StickyCommentRequest, marker: string, author: string) {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: 100 });
  return comments
    .filter((c) => c.user?.login === author && (c.body ?? '').startsWith(marker))
    .sort((a, b) => a.id - b.id);
}

const HISTORY_OPEN = '<details><summary>Previous report</summary>';

/**
 * Marker, the new report, and the previous report folded away (only the last one: a history of
 * every push would outgrow the comment). The fold is dropped when it would pass GitHub's limit.
 */
export function composeBody(marker: string, report: string, previousBody?: string): string {
  const current = `${marker}\n${report.trimEnd()}\n`;
  if (current.length > COMMENT_LIMIT) throw new RangeError(`report is ${current.length} characters, over GitHub's ${COMMENT_LIMIT}-character comment limit: fit it before posting`);
  if (!previousBody) return current;
  const previous = previousBody.slice(previousBody.indexOf('\n') + 1).split(`\n${HISTORY_OPEN}`)[0].trimEnd();
  const withHistory = `${current}\n${HISTORY_OPEN}\n\n${previous}\n\n</details>\n`;
  return withHistory.length <= COMMENT_LIMIT ? withHistory : current;
}
