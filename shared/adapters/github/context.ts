import { readFileSync } from 'node:fs';
import { currentEnvironment, type RunEnvironment } from '../environment.js';
import { InputError } from '../../errors.js';
import type { GitHubClient } from './gateway/index.js';

export interface PullRequestRef {
  number: number;
  baseSha: string | null;
  headSha: string;
  baseRef: string | null;
  headRef: string | null;
  /** `owner/name` of the head repository; differs from the base repository for forks. */
  headRepository: string | null;
  isFork: boolean;
}

/** What a run is about: the runner's environment, and what its event payload adds. */
export interface RunContext {
  /** The run's environment (workflow, job, run URL…), as read; the fields below come from the event. */
  environment: RunEnvironment;
  owner: string;
  repo: string;
  eventName: string;
  /** The commit the run is about: a pull request's head, a push's `after`, a workflow run's head. */
  sha: string;
  pullRequest: PullRequestRef | null;
  /** The tag a `release` event or a tag push is about (e.g. `churn@v1.2.0`), else null. */
  tag: string | null;
  /** For `workflow_run`: the triggering run's head, to find its pull request when GitHub gave none (forks). */
  workflowRun: { headSha: string; headBranch: string | null; headRepository: string | null } | null;
}

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- event payloads are untyped JSON

/**
 * Reads the event payload at `GITHUB_EVENT_PATH` on top of the run environment, for the events
 * mlgate runs on: `pull_request`, `pull_request_target`, `push`, `workflow_run`, `release` and
 * `workflow_dispatch` (whose `pull-request` input, if any, names the pull request).
 */
export function readRunContext(environment: RunEnvironment = currentEnvironment()): RunContext {
  if (!environment.repository) throw new InputError('GITHUB_REPOSITORY is not set (owner/name): is this running in GitHub Actions?');
  const { owner, repo } = environment.repository;
  const eventName = environment.eventName ?? '';
  const payload = readPayload(environment.eventPath);
  let sha = environment.sha ?? '';
  let pullRequest: PullRequestRef | null = null;
  let workflowRun: RunContext['workflowRun'] = null;
  let tag: string | null = null;
  const fullName = `${owner}/${repo}`;

  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
    pullRequest = pullRequestFrom(payload.pull_request, fullName);
    sha = pullRequest.headSha;
  } else if (eventName === 'workflow_run' && payload.workflow_run) {
    const run = payload.workflow_run;
    sha = run.head_sha ?? sha;
    workflowRun = { headSha: run.head_sha, headBranch: run.head_branch ?? null, headRepository: run.head_repository?.full_name ?? null };
    const listed = (run.pull_requests ?? []).find((pr: Payload) => pr?.head?.sha === run.head_sha) ?? run.pull_requests?.[0];
    if (listed) pullRequest = pullRequestFrom(listed, fullName, run.head_repository?.full_name);
  } else if (eventName === 'push') {
    sha = payload.after ?? sha;
    if (environment.ref?.startsWith('refs/tags/')) tag = environment.ref.slice('refs/tags/'.length);
  } else if (eventName === 'release' && payload.release) {
    tag = payload.release.tag_name ?? null;
  } else if (eventName === 'workflow_dispatch') {
    const number = Number(payload.inputs?.['pull-request'] ?? payload.inputs?.pull_request);
    if (Number.isInteger(number) && number > 0) pullRequest = { number, baseSha: null, headSha: sha, baseRef: null, headRef: null, headRepository: null, isFork: false };
  }
  return { environment, owner, repo, eventName, sha, pullRequest, workflowRun, tag };
}

function pullRequestFrom(pr: Payload, baseRepository: string, headRepositoryHint?: string): PullRequestRef {
  const headRepository: string | null = pr.head?.repo?.full_name ?? headRepositoryHint ?? null;
  return {
    number: Number(pr.number),
    baseSha: pr.base?.sha ?? null,
    headSha: pr.head?.sha,
    baseRef: pr.base?.ref ?? null,
    headRef: pr.head?.ref ?? null,
    headRepository,
    isFork: headRepository !== null && headRepository !== baseRepository,
  };
}

function readPayload(path: string | null): Payload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload;
  } catch {
    throw new InputError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload`);
  }
}

/**
 * The pull request a run is about. `workflow_run` events carry no pull requests for forks, so the
 * pull request is found by its head: the open pull requests whose head branch and repository
 * match, then the head commit (one request in the usual case).
 */
export async function resolvePullRequest(client: GitHubClient, context: RunContext): Promise<PullRequestRef | null> {
  if (context.pullRequest) return context.pullRequest;
  const run = context.workflowRun;
  if (!run) return null;
  const headOwner = run.headRepository?.split('/')[0];
  const candidates = await client.paginate(client.rest.pulls.list, {
    owner: context.owner, repo: context.repo, state: 'open', per_page: 100,
    ...(headOwner && run.headBranch ? { head: `${headOwner}:${run.headBranch}` } : {}),
  });
  const match = candidates.find((pr) => pr.head.sha === run.headSha && (!run.headRepository || pr.head.repo?.full_name === run.headRepository));
  return match ? pullRequestFrom(match, `${context.owner}/${context.repo}`) : null;
}

/** The merge base of a pull request's base and head (what "the code this was compared against" means). */
export async function mergeBase(client: GitHubClient, context: RunContext, pullRequest: PullRequestRef): Promise<string | null> {
  if (!pullRequest.baseSha) return null;
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: context.owner, repo: context.repo, basehead: `${pullRequest.baseSha}...${pullRequest.headSha}`, per_page: 1 });
  return data.merge_base_commit?.sha ?? null;
}
