import type { Verdict } from '../../core/gate/gate.js';
import { createOnce, isPermissionDenied, NO_AUTOMATIC_RETRY, type GitHubClient, type NetworkPolicy } from './gateway/index.js';

/** GitHub's limit for a check run's `output.summary`. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface CheckRequest {
  owner: string;
  repo: string;
  sha: string;
  name: string;
  verdict: Verdict;
  title: string;
  /** Markdown, already fitted under `CHECK_SUMMARY_LIMIT`. */
  summary: string;
  detailsUrl: string | null;
  /**
   * Names this invocation's check run (sent as its `external_id`), so a create whose answer was
   * lost can be told apart from the check runs of other jobs and attempts on the same commit.
   */
  externalId: string;
}

export type CheckResult =
  | { kind: 'check-run'; id: number; url: string }
  | { kind: 'status'; state: 'success' | 'failure' }
  | { kind: 'none'; reason: string };

const CONCLUSION: Record<Verdict, 'success' | 'neutral' | 'failure'> = { pass: 'success', warn: 'neutral', fail: 'failure' };

/**
 * Records the verdict on the commit: a check run (needs `checks: write`), or, when the token may
 * not create check runs, a commit status (needs `statuses: write`); when neither is allowed
 * (a fork's read-only token) nothing, with the reason. `warn` maps to a neutral check run, and to
 * a successful status with "warn" in its description (statuses have no neutral state).
 *
 * `policy` is the gateway's: creating a check run is not idempotent, so it is sent without the
 * gateway's automatic retries and retried by `createOnce` instead.
 */
export async function publishCheck(client: GitHubClient, request: CheckRequest, policy: NetworkPolicy): Promise<CheckResult> {
  try {
    return await createCheckRunOnce(client, request, policy);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
  }
  const state = request.verdict === 'fail' ? 'failure' : 'success';
  // A commit status needs none of that care: GitHub keeps every status sent, but the commit's
  // state is the latest status per context, so a status sent twice (a retry after a lost answer)
  // shows as one. The gateway's ordinary retries are safe here.
  try {
    await client.rest.repos.createCommitStatus({
      owner: request.owner, repo: request.repo, sha: request.sha, state, context: request.name,
      description: `${request.verdict}: ${request.title}`.slice(0, 140), ...(request.detailsUrl ? { target_url: request.detailsUrl } : {}),
    });
    return { kind: 'status', state };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    return { kind: 'none', reason: 'the token may create neither check runs nor commit statuses (a fork pull request gets a read-only token)' };
  }
}

/**
 * `POST /check-runs` makes a new check run each time it is sent: a blind retry after a lost answer
 * would post the verdict twice on the pull request. Ours is found by its `external_id` (`createOnce`).
 */
function createCheckRunOnce(client: GitHubClient, request: CheckRequest, policy: NetworkPolicy): Promise<CheckResult> {
  return createOnce(policy, async () => {
    const { data } = await client.rest.checks.create({
      owner: request.owner, repo: request.repo, head_sha: request.sha, name: request.name, status: 'completed',
      external_id: request.externalId,
      conclusion: CONCLUSION[request.verdict], ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      output: { title: request.title.slice(0, 255), summary: request.summary.slice(0, CHECK_SUMMARY_LIMIT) },
      ...NO_AUTOMATIC_RETRY,
    });
    return { kind: 'check-run', id: data.id, url: data.html_url ?? '' };
  }, () => findCheckRun(client, request));
}

/** This invocation's check run on the commit, if GitHub made one. */
async function findCheckRun(client: GitHubClient, request: CheckRequest): Promise<CheckResult | undefined> {
  // `filter: all`: the default (`latest`) shows one run per name, which may be another job's.
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: request.owner, repo: request.repo, ref: request.sha, check_name: request.name, filter: 'all', per_page: 100,
  });
  const ours = runs.find((run) => run.external_id === request.externalId && run.head_sha === request.sha);
  return ours ? { kind: 'check-run', id: ours.id, url: ours.html_url ?? '' } : undefined;
}
