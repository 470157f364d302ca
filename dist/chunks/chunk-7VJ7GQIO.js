import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  renderReport,
  renderReportWithin
} from "./chunk-HYT3MNO7.js";
import {
  readRunContext,
  resolvePullRequest
} from "./chunk-BVY6DOWA.js";
import {
  createGitHubClient,
  isPermissionDenied,
  readDrift,
  readEvaluation,
  require_dist,
  statusOf
} from "./chunk-PPQS6PNO.js";
import {
  applyPolicy
} from "./chunk-RLRZG3RK.js";
import {
  InputError,
  __toESM
} from "./chunk-KFCK2SSB.js";

// shared/gate/policy.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var PRIMARY_METRIC = { binary: "roc_auc", multiclass: "f1_macro", regression: "rmse" };
function defaultPolicy(task) {
  return {
    metrics: { [PRIMARY_METRIC[task]]: { max_drop: 0, require_significance: true } },
    drift: { dataset: "warn", columns: {} }
  };
}
function readPolicy(path, task) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`${path}: policy file not found`);
  }
  let raw;
  try {
    raw = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new InputError(`${path}: not valid YAML: ${error.message.split("\n")[0]}`);
  }
  return parsePolicy(raw ?? {}, path, task);
}
function parsePolicy(raw, source, task) {
  const top = asObject(raw, source, "the policy");
  rejectUnknown(top, ["metrics", "drift"], source, "");
  const base = defaultPolicy(task);
  const metrics = {};
  if (top.metrics !== void 0) {
    for (const [name, value] of Object.entries(asObject(top.metrics, source, "`metrics`"))) {
      const rule = asObject(value ?? {}, source, `\`metrics.${name}\``);
      rejectUnknown(rule, ["max_drop", "threshold", "require_significance"], source, `metrics.${name}.`);
      metrics[name] = {
        max_drop: optionalNumber(rule.max_drop, source, `metrics.${name}.max_drop`, 0),
        ...rule.threshold !== void 0 ? { threshold: optionalNumber(rule.threshold, source, `metrics.${name}.threshold`, 0) } : {},
        require_significance: optionalBoolean(rule.require_significance, source, `metrics.${name}.require_significance`, true)
      };
      if (metrics[name].max_drop < 0) throw new InputError(`${source}: \`metrics.${name}.max_drop\` must be \u2265 0`);
    }
  }
  const drift = { ...base.drift, columns: {} };
  if (top.drift !== void 0) {
    const section = asObject(top.drift, source, "`drift`");
    rejectUnknown(section, ["dataset", "columns"], source, "drift.");
    if (section.dataset !== void 0) drift.dataset = severity(section.dataset, source, "drift.dataset");
    if (section.columns !== void 0) {
      for (const [column, value] of Object.entries(asObject(section.columns, source, "`drift.columns`"))) {
        drift.columns[column] = severity(value, source, `drift.columns.${column}`);
      }
    }
  }
  return { metrics: Object.keys(metrics).length > 0 ? metrics : base.metrics, drift };
}
function asObject(value, source, what) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${source}: ${what} must be a mapping`);
  }
  return value;
}
function rejectUnknown(object, known, source, prefix) {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new InputError(`${source}: unknown key \`${prefix}${key}\` (known: ${known.join(", ")})`);
  }
}
function optionalNumber(value, source, field, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InputError(`${source}: \`${field}\` must be a number, got ${JSON.stringify(value)}`);
  return value;
}
function optionalBoolean(value, source, field, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "boolean") throw new InputError(`${source}: \`${field}\` must be true or false, got ${JSON.stringify(value)}`);
  return value;
}
function severity(value, source, field) {
  if (value === "fail" || value === "warn" || value === "ignore") return value;
  throw new InputError(`${source}: \`${field}\` must be fail, warn or ignore, got ${JSON.stringify(value)}`);
}

// shared/commands/gate.ts
function gate(options) {
  if (!options.evaluation && !options.drift) throw new InputError("gate needs an evaluation (--evaluation) or a drift report (--drift), or both");
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : void 0;
  const drift = options.drift ? readDrift(options.drift) : void 0;
  const task = evaluation?.task ?? "binary";
  const policy = options.policy ? readPolicy(options.policy, task) : defaultPolicy(task);
  const result = applyPolicy({ evaluation, drift, policy });
  const input = {
    gate: result,
    evaluation,
    drift,
    ...options.title ? { title: options.title } : {},
    ...options.baselineLabel ? { baselineLabel: options.baselineLabel } : {},
    ...options.candidateLabel ? { candidateLabel: options.candidateLabel } : {}
  };
  const markdown = renderReport(input);
  const comment = options.commentLimit ? renderReportWithin(input, options.commentLimit, options.fullReportAt ?? "the job summary") : markdown;
  return { ...result, policy, markdown, comment_markdown: comment };
}

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
  gate,
  COMMENT_LIMIT,
  postReport
};
