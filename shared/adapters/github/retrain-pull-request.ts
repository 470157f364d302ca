import { InputError } from '../../errors.js';
import { isPermissionDenied, NO_AUTOMATIC_RETRY, statusOf, type GitHubGateway } from './gateway/index.js';
import { COMMENT_LIMIT, upsertStickyComment, type StickyCommentResult } from './sticky-comment.js';

export interface RetrainPullRequestRequest {
  owner: string;
  repo: string;
  model: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  /** The report (e.g. the gate's markdown) for the sticky comment; null: no comment. */
  report: string | null;
  /** Login the report comment must belong to; default: the token's identity. */
  commentAuthor?: string;
  /** Leave an open pull request untouched (answer null); only open one when none is open. */
  onlyIfMissing?: boolean;
}

export interface RetrainPullRequestResult {
  action: 'opened' | 'updated';
  number: number;
  url: string;
  comment: StickyCommentResult | null;
}

/** The hidden marker in a proposal's body (the model URI-encoded, so no name closes the comment early). */
export function retrainMarker(model: string): string {
  return `<!-- mlgate:retrain model=${encodeURIComponent(model)} -->`;
}

/** The sticky comment's key: one report comment per model's proposal. */
export function retrainCommentKey(model: string): string {
  return `retrain/${model}`;
}

const PERMISSION_HINT = 'give the job `permissions: pull-requests: write`, and allow it in the repository (Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests") when the token is GITHUB_TOKEN';

/**
 * Keeps one open pull request per proposal branch: found by `head=<owner>:<branch>` over every
 * page, its title, body and base updated (only when mlgate wrote the body: it starts with the
 * model's marker; a pull request a person opened from the branch keeps their text); else created, sent once in effect (a lost answer is
 * followed by a look-up, not a blind second create; GitHub's "already exists" from a racing run
 * adopts that run's pull request). The report goes into the sticky comment of key
 * `retrain/<model>`. A token that may not write pull requests is an input error naming the
 * permission: opening the pull request is the whole point, so it cannot be skipped quietly.
 */
export async function syncRetrainPullRequest(gateway: Pick<GitHubGateway, 'client' | 'createOnce'>, request: RetrainPullRequestRequest): Promise<RetrainPullRequestResult | null> {
  const { client } = gateway;
  const repo = { owner: request.owner, repo: request.repo };
  try {
    const existing = await findOpen(gateway, request);
    if (existing && request.onlyIfMissing) return null;
    let result: Omit<RetrainPullRequestResult, 'comment'>;
    if (existing && !(existing.body ?? '').startsWith(retrainMarker(request.model))) {
      // A person opened it from the branch (GitHub allows one open pull request per head and base):
      // their title and text stay; the report still goes into the comment.
      result = { action: 'updated', number: existing.number, url: existing.html_url };
    } else if (existing) {
      const { data } = await client.rest.pulls.update({
        ...repo, pull_number: existing.number, title: request.title, body: request.body, ...(existing.base.ref === request.base ? {} : { base: request.base }),
      });
      result = { action: 'updated', number: data.number, url: data.html_url };
    } else {
      const made = await gateway.createOnce(
        async () => {
          try {
            return (await client.rest.pulls.create({ ...repo, head: request.branch, base: request.base, title: request.title, body: request.body, maintainer_can_modify: false, ...NO_AUTOMATIC_RETRY })).data;
          } catch (error) {
            // Another run opened it between our look-up and our create.
            if (statusOf(error) === 422 && /already exists/i.test(String((error as Error).message))) {
              const raced = await findOpen(gateway, request);
              if (raced) return raced;
            }
            throw error;
          }
        },
        () => findOpen(gateway, request),
      );
      result = { action: 'opened', number: made.number, url: made.html_url };
    }
    const comment = request.report === null ? null : await upsertStickyComment(client, {
      ...repo, issueNumber: result.number, key: retrainCommentKey(request.model), body: fitComment(request.report),
      ...(request.commentAuthor ? { author: request.commentAuthor } : {}),
    });
    return { ...result, comment };
  } catch (error) {
    if (isPermissionDenied(error) || (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(String((error as Error).message)))) {
      throw new InputError(`the token may not open or update the pull request for branch \`${request.branch}\` (${(error as Error).message}): ${PERMISSION_HINT}`);
    }
    throw error;
  }
}

async function findOpen(gateway: Pick<GitHubGateway, 'client'>, request: RetrainPullRequestRequest) {
  const pulls = await gateway.client.paginate(gateway.client.rest.pulls.list, {
    owner: request.owner, repo: request.repo, state: 'open', head: `${request.owner}:${request.branch}`, per_page: 100,
  });
  // The head filter is GitHub's; checked again here, since a filter GitHub ignored would list every pull request.
  return pulls.filter((p) => p.head.ref === request.branch && p.head.repo?.full_name?.toLowerCase() === `${request.owner}/${request.repo}`.toLowerCase())
    .sort((a, b) => a.number - b.number)[0];
}

/** The report as the comment body, cut (with a note) where it would pass GitHub's comment limit. */
export function fitComment(report: string): string {
  const room = COMMENT_LIMIT - 1_024;
  if ([...report].length <= room) return report;
  return `${[...report].slice(0, room).join('')}\n\n… (cut at GitHub's comment limit; the full report is in the run's job summary)\n`;
}
