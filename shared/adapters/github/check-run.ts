import type { Verdict } from '../../core/gate/gate.js';
import { isPermissionDenied, type GitHubClient } from './gateway/index.js';

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
 */
export async function publishCheck(client: GitHubClient, request: CheckRequest): Promise<CheckResult> {
  try {
    const { data } = await client.rest.checks.create({
      owner: request.owner, repo: request.repo, head_sha: request.sha, name: request.name, status: 'completed',
      conclusion: CONCLUSION[request.verdict], ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      output: { title: request.title.slice(0, 255), summary: request.summary.slice(0, CHECK_SUMMARY_LIMIT) },
    });
    return { kind: 'check-run', id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
  }
  const state = request.verdict === 'fail' ? 'failure' : 'success';
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
