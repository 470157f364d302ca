import { randomUUID } from 'node:crypto';
import type { GateReport } from '../../core/gate/gate.js';
import { currentEnvironment, type RunEnvironment } from '../environment.js';
import { ExternalServiceError } from '../../errors.js';
import { isPermissionDenied, openGateway } from './gateway/index.js';
import { publishCheck, type CheckResult } from './check-run.js';
import { readRunContext, resolvePullRequest, type RunContext } from './context.js';
import { upsertStickyComment, type StickyCommentResult } from './sticky-comment.js';

export interface PostOptions {
  token: string;
  comment: boolean;
  checkRun: boolean;
  /** One comment per key; default: workflow + job (+ matrix entry, via `matrixKey`). */
  key?: string;
  matrixKey?: string;
  /** Pull request number when the event does not name one (e.g. a `workflow_run` posting step). */
  pullRequest?: number;
  commentAuthor?: string;
  checkName: string;
  title: string;
  log: { info(message: string): void; warning(message: string): void };
  /** The run: repository, event, API URL and settings; default this process's. */
  environment?: RunEnvironment;
}

export interface PostResult {
  comment: StickyCommentResult | null;
  check: CheckResult | null;
  /** Why something was not posted (no pull request, read-only token…), for the step's warnings. */
  skipped: string[];
  /** The token may not write here (a fork pull request): the caller should hand the report on another way. */
  readOnly: boolean;
  /** GitHub failures (after the gateway's retries) that kept a part from being posted, one line each. */
  failed: { part: 'comment' | 'check'; error: ExternalServiceError }[];
}

/**
 * Posts a gate report where the run's token allows: the sticky pull-request comment and a check
 * run (or commit status). A token that may not write (a fork pull request's) is not an error: the
 * report is already in the job summary, and the two-workflow pattern in the README posts it from
 * a trusted `workflow_run` job. Other failures (after the gateway's retries) are
 * `ExternalServiceError`s naming the call that failed; they are returned per part (`failed`), so
 * a comment GitHub refused does not keep the check run from being tried, and the caller decides
 * whether the step fails.
 */
export async function postReport(report: Pick<GateReport, 'verdict' | 'comment_markdown'>, options: PostOptions): Promise<PostResult> {
  const environment = options.environment ?? currentEnvironment();
  const context = readRunContext(environment);
  const { client, policy } = openGateway(environment, { token: options.token, log: options.log });
  const skipped: string[] = [];
  let comment: StickyCommentResult | null = null;
  let check: CheckResult | null = null;
  let readOnly = false;
  const failed: PostResult['failed'] = [];

  if (options.comment) {
    try {
      await postComment();
    } catch (error) {
      if (!(error instanceof ExternalServiceError)) throw error;
      failed.push({ part: 'comment', error });
    }
  }
  if (options.checkRun) {
    try {
      await postCheck();
    } catch (error) {
      if (!(error instanceof ExternalServiceError)) throw error;
      failed.push({ part: 'check', error });
    }
  }
  return { comment, check, skipped, readOnly, failed };

  async function postComment(): Promise<void> {
    const pullRequest = options.pullRequest ?? (await resolvePullRequest(client, context))?.number;
    if (!pullRequest) {
      skipped.push(`no comment: the ${context.eventName || 'current'} event has no pull request (the report is in the job summary)`);
    } else {
      try {
        comment = await upsertStickyComment(client, {
          owner: context.owner, repo: context.repo, issueNumber: pullRequest, key: options.key ?? defaultKey(context, options.matrixKey),
          body: report.comment_markdown, ...(options.commentAuthor ? { author: options.commentAuthor } : {}),
        });
      } catch (error) {
        if (!isPermissionDenied(error)) throw error;
        readOnly = true;
        skipped.push('no comment: the token may not comment (a fork pull request gets a read-only token); the report is in the job summary — post it from a workflow_run workflow (see the README)');
      }
    }
  }

  async function postCheck(): Promise<void> {
    check = await publishCheck(client, {
      owner: context.owner, repo: context.repo, sha: context.sha, name: options.checkName, verdict: report.verdict,
      title: options.title, summary: report.comment_markdown, detailsUrl: environment.runUrl, externalId: checkRunId(environment),
    }, policy);
    if (check.kind === 'none') {
      readOnly = true;
      skipped.push(`no check run: ${check.reason}`);
    }
  }
}

/**
 * The `external_id` of the check run this invocation creates: the run and attempt (for a reader),
 * and a random part, because jobs of one run (a matrix) may post check runs of one name on one commit.
 */
function checkRunId(environment: RunEnvironment): string {
  return `mlgate:${environment.runId ?? 'local'}.${environment.runAttempt ?? '1'}:${randomUUID()}`;
}

/** The run's identity for the sticky comment: the same workflow and job update one comment. */
export function defaultKey(context: RunContext, matrixKey?: string): string {
  return [context.environment.workflow ?? 'workflow', context.environment.job ?? 'job', matrixKey].filter((part) => part !== undefined && part !== '').join('/');
}

