import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readRunContext,
  resolvePullRequest
} from "./chunk-XT7TYGLG.js";
import {
  createGitHubClient,
  isPermissionDenied,
  statusOf
} from "./chunk-R553FPOC.js";

// shared/github/sticky-comment.ts
var COMMENT_LIMIT = 65536;
function reportMarker(key) {
  return `<!-- mlgate:report key=${encodeURIComponent(key)} -->`;
}
async function tokenIdentity(client) {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (isPermissionDenied(error)) return "github-actions[bot]";
    throw error;
  }
}
async function upsertStickyComment(client, request) {
  const author = request.author ?? await tokenIdentity(client);
  const marker = reportMarker(request.key);
  const ours = await listOurs(client, request, marker, author);
  const existing = ours[0];
  if (existing) {
    const body = composeBody(marker, request.body, existing.body ?? "");
    const { data: data2 } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { id: data2.id, url: data2.html_url, action: "updated", removedDuplicates: 0, author };
  }
  const { data: created } = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body: composeBody(marker, request.body) });
  const all = await listOurs(client, request, marker, author);
  if (all.length <= 1) return { id: created.id, url: created.html_url, action: "created", removedDuplicates: 0, author };
  const [keep, ...younger] = all;
  let removed = 0;
  for (const duplicate of younger) {
    try {
      await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: duplicate.id });
      removed++;
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  if (keep.id === created.id) return { id: created.id, url: created.html_url, action: "created", removedDuplicates: removed, author };
  const { data } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: keep.id, body: composeBody(marker, request.body, keep.body ?? "") });
  return { id: data.id, url: data.html_url, action: "updated", removedDuplicates: removed, author };
}
async function listOurs(client, request, marker, author) {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: 100 });
  return comments.filter((c) => c.user?.login === author && (c.body ?? "").startsWith(marker)).sort((a, b) => a.id - b.id);
}
var HISTORY_OPEN = "<details><summary>Previous report</summary>";
function composeBody(marker, report, previousBody) {
  const current = `${marker}
${report.trimEnd()}
`;
  if (current.length > COMMENT_LIMIT) throw new RangeError(`report is ${current.length} characters, over GitHub's ${COMMENT_LIMIT}-character comment limit: fit it before posting`);
  if (!previousBody) return current;
  const previous = previousBody.slice(previousBody.indexOf("\n") + 1).split(`
${HISTORY_OPEN}`)[0].trimEnd();
  const withHistory = `${current}
${HISTORY_OPEN}

${previous}

</details>
`;
  return withHistory.length <= COMMENT_LIMIT ? withHistory : current;
}

// shared/github/check-run.ts
var CHECK_SUMMARY_LIMIT = 65535;
var CONCLUSION = { pass: "success", warn: "neutral", fail: "failure" };
async function publishCheck(client, request) {
  try {
    const { data } = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      head_sha: request.sha,
      name: request.name,
      status: "completed",
      conclusion: CONCLUSION[request.verdict],
      ...request.detailsUrl ? { details_url: request.detailsUrl } : {},
      output: { title: request.title.slice(0, 255), summary: request.summary.slice(0, CHECK_SUMMARY_LIMIT) }
    });
    return { kind: "check-run", id: data.id, url: data.html_url ?? "" };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
  }
  const state = request.verdict === "fail" ? "failure" : "success";
  try {
    await client.rest.repos.createCommitStatus({
      owner: request.owner,
      repo: request.repo,
      sha: request.sha,
      state,
      context: request.name,
      description: `${request.verdict}: ${request.title}`.slice(0, 140),
      ...request.detailsUrl ? { target_url: request.detailsUrl } : {}
    });
    return { kind: "status", state };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    return { kind: "none", reason: "the token may create neither check runs nor commit statuses (a fork pull request gets a read-only token)" };
  }
}

// shared/github/post-report.ts
async function postReport(report, options) {
  const context = readRunContext(options.env);
  const client = createGitHubClient({ token: options.token, log: options.log, ...options.baseUrl ? { baseUrl: options.baseUrl } : {} });
  const skipped = [];
  let comment = null;
  let check = null;
  let readOnly = false;
  if (options.comment) {
    const pullRequest = options.pullRequest ?? (await resolvePullRequest(client, context))?.number;
    if (!pullRequest) {
      skipped.push(`no comment: the ${context.eventName || "current"} event has no pull request (the report is in the job summary)`);
    } else {
      try {
        comment = await upsertStickyComment(client, {
          owner: context.owner,
          repo: context.repo,
          issueNumber: pullRequest,
          key: options.key ?? defaultKey(context, options.matrixKey),
          body: report.comment_markdown,
          ...options.commentAuthor ? { author: options.commentAuthor } : {}
        });
      } catch (error) {
        if (!isPermissionDenied(error)) throw describe(error, `commenting on pull request #${pullRequest}`);
        readOnly = true;
        skipped.push("no comment: the token may not comment (a fork pull request gets a read-only token); the report is in the job summary \u2014 post it from a workflow_run workflow (see the README)");
      }
    }
  }
  if (options.checkRun) {
    try {
      check = await publishCheck(client, {
        owner: context.owner,
        repo: context.repo,
        sha: context.sha,
        name: options.checkName,
        verdict: report.verdict,
        title: options.title,
        summary: report.comment_markdown,
        detailsUrl: context.runUrl
      });
      if (check.kind === "none") {
        readOnly = true;
        skipped.push(`no check run: ${check.reason}`);
      }
    } catch (error) {
      throw describe(error, `recording the verdict on ${context.sha.slice(0, 12)}`);
    }
  }
  return { comment, check, skipped, readOnly };
}
function defaultKey(context, matrixKey) {
  return [context.workflow ?? "workflow", context.job ?? "job", matrixKey].filter((part) => part !== void 0 && part !== "").join("/");
}
function describe(error, what) {
  const status = statusOf(error);
  const message = error?.message ?? String(error);
  return new Error(`GitHub API error while ${what}${status ? ` (HTTP ${status})` : ""}: ${message}`, { cause: error });
}

export {
  COMMENT_LIMIT,
  postReport
};
