import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/github/context.ts
import { readFileSync } from "node:fs";
function readRunContext(environment = currentEnvironment()) {
  if (!environment.repository) throw new InputError("GITHUB_REPOSITORY is not set (owner/name): is this running in GitHub Actions?");
  const { owner, repo } = environment.repository;
  const eventName = environment.eventName ?? "";
  const payload = readPayload(environment.eventPath);
  let sha = environment.sha ?? "";
  let pullRequest = null;
  let workflowRun = null;
  let tag = null;
  const fullName = `${owner}/${repo}`;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && payload.pull_request) {
    pullRequest = pullRequestFrom(payload.pull_request, fullName);
    sha = pullRequest.headSha;
  } else if (eventName === "workflow_run" && payload.workflow_run) {
    const run = payload.workflow_run;
    sha = run.head_sha ?? sha;
    workflowRun = { headSha: run.head_sha, headBranch: run.head_branch ?? null, headRepository: run.head_repository?.full_name ?? null };
    const listed = (run.pull_requests ?? []).find((pr) => pr?.head?.sha === run.head_sha) ?? run.pull_requests?.[0];
    if (listed) pullRequest = pullRequestFrom(listed, fullName, run.head_repository?.full_name);
  } else if (eventName === "push") {
    sha = payload.after ?? sha;
    if (environment.ref?.startsWith("refs/tags/")) tag = environment.ref.slice("refs/tags/".length);
  } else if (eventName === "release" && payload.release) {
    tag = payload.release.tag_name ?? null;
  } else if (eventName === "workflow_dispatch") {
    const number = Number(payload.inputs?.["pull-request"] ?? payload.inputs?.pull_request);
    if (Number.isInteger(number) && number > 0) pullRequest = { number, baseSha: null, headSha: sha, baseRef: null, headRef: null, headRepository: null, isFork: false };
  }
  return { environment, owner, repo, eventName, sha, pullRequest, workflowRun, tag };
}
function pullRequestFrom(pr, baseRepository, headRepositoryHint) {
  const headRepository = pr.head?.repo?.full_name ?? headRepositoryHint ?? null;
  return {
    number: Number(pr.number),
    baseSha: pr.base?.sha ?? null,
    headSha: pr.head?.sha,
    baseRef: pr.base?.ref ?? null,
    headRef: pr.head?.ref ?? null,
    headRepository,
    isFork: headRepository !== null && headRepository !== baseRepository
  };
}
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new InputError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload`);
  }
}
async function resolvePullRequest(client, context) {
  if (context.pullRequest) return context.pullRequest;
  const run = context.workflowRun;
  if (!run) return null;
  const headOwner = run.headRepository?.split("/")[0];
  const candidates = await client.paginate(client.rest.pulls.list, {
    owner: context.owner,
    repo: context.repo,
    state: "open",
    per_page: 100,
    ...headOwner && run.headBranch ? { head: `${headOwner}:${run.headBranch}` } : {}
  });
  const match = candidates.find((pr) => pr.head.sha === run.headSha && (!run.headRepository || pr.head.repo?.full_name === run.headRepository));
  return match ? pullRequestFrom(match, `${context.owner}/${context.repo}`) : null;
}

export {
  readRunContext,
  resolvePullRequest
};
