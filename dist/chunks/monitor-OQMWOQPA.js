import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  tokenIdentity
} from "./chunk-VXSCWYQM.js";
import {
  drift
} from "./chunk-O4KZOLG5.js";
import "./chunk-X2KNNFJL.js";
import {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
} from "./chunk-QY5LPYOU.js";
import {
  appendMonitorTransition,
  sourceDigests
} from "./chunk-P7FSCBJI.js";
import "./chunk-NBUUFY5J.js";
import {
  monitorAuditRecord
} from "./chunk-2KWRJXY2.js";
import {
  driftSectionWithin
} from "./chunk-OTFLRA3H.js";
import "./chunk-H3Z3KSEM.js";
import "./chunk-HABCSNGL.js";
import "./chunk-4LMMAYPW.js";
import "./chunk-MTG562HG.js";
import "./chunk-CN6YNUXG.js";
import "./chunk-UW7ZVLLG.js";
import "./chunk-SPGCF4JI.js";
import "./chunk-D7XARLC7.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-RY6TFG5S.js";
import {
  NO_AUTOMATIC_RETRY,
  isPermissionDenied,
  openGateway,
  statusOf
} from "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-ZYQBE6BY.js";
import "./chunk-DOVZ6JHB.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-ZWUPIQN7.js";
import "./chunk-MQA5RZIO.js";
import "./chunk-OXLN5GVI.js";
import "./chunk-63FYA7DN.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-SS2DCIVC.js";
import "./chunk-D7INEA7H.js";
import "./chunk-Z5GXLVDD.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/commands/monitor.ts
import { globSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// shared/adapters/github/drift-issue.ts
var DRIFT_LABEL = "mlgate-drift";
var LABEL_COLOR = "d93f0b";
var LABEL_DESCRIPTION = "Production data drifted from the model's reference (opened and closed by mlgate monitor)";
var ISSUE_BODY_LIMIT = COMMENT_LIMIT;
function monitorMarker(model) {
  return `<!-- mlgate-monitor: ${encodeURIComponent(model)} -->`;
}
var ISSUE_BODY_OVERHEAD = 1024;
async function syncDriftIssue(gateway, request) {
  const { client } = gateway;
  const author = request.author ?? await tokenIdentity(client);
  const marker = monitorMarker(request.model);
  const repo = { owner: request.owner, repo: request.repo };
  const existing = (await findOurs(gateway, request, marker, author))[0];
  const runLink = request.runUrl ? ` ([run](${request.runUrl}))` : "";
  if (!request.drifted) {
    if (!existing) return { action: "none", number: null, url: null, author };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: `Drift cleared on ${request.date}: no dataset drift${runLink}. Closing; mlgate opens a new issue if it returns.` });
    const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, state: "closed", state_reason: "completed" });
    return { action: "closed", number: data.number, url: data.html_url, author };
  }
  const body = issueBody(marker, request);
  if (existing) {
    const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, body });
    const columns = `${request.driftedColumns} column${request.driftedColumns === 1 ? "" : "s"}`;
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: `Still drifted on ${request.date}: ${columns}${runLink}.` });
    return { action: "updated", number: data.number, url: data.html_url, author };
  }
  await ensureLabel(gateway, repo);
  const made = await gateway.createOnce(
    async () => (await client.rest.issues.create({ ...repo, title: `Data drift: ${request.model}`, body, labels: [DRIFT_LABEL], ...NO_AUTOMATIC_RETRY })).data,
    async () => (await findOurs(gateway, request, marker, author))[0]
  );
  return { action: "opened", number: made.number, url: made.html_url, author };
}
async function findOurs(gateway, request, marker, author) {
  const issues = await gateway.client.paginate(gateway.client.rest.issues.listForRepo, {
    owner: request.owner,
    repo: request.repo,
    state: "open",
    labels: DRIFT_LABEL,
    per_page: 100
  });
  return issues.filter((i) => !i.pull_request && i.user?.login === author && (i.body ?? "").startsWith(marker) && i.labels.some((l) => (typeof l === "string" ? l : l.name) === DRIFT_LABEL)).sort((a, b) => a.number - b.number);
}
async function ensureLabel(gateway, repo) {
  try {
    await gateway.client.rest.issues.getLabel({ ...repo, name: DRIFT_LABEL });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    await gateway.client.rest.issues.createLabel({ ...repo, name: DRIFT_LABEL, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
  }
}
function issueBody(marker, request) {
  const run = request.runUrl ? ` by [this run](${request.runUrl})` : "";
  const body = `${marker}
Production data of **${request.model.replace(/[\\`*_[\]<>]/g, "\\$&")}** drifted from its reference (checked ${request.date}${run}). mlgate updates this issue while the drift lasts and closes it when it clears.

${request.markdown.trimEnd()}
`;
  if ([...body].length > ISSUE_BODY_LIMIT) throw new RangeError(`issue body is ${[...body].length} characters, over GitHub's ${ISSUE_BODY_LIMIT}: fit the report first`);
  return body;
}

// shared/commands/monitor.ts
var GLOB = /[*?[]/;
async function monitor(options) {
  if (options.model.trim() === "") throw new InputError("--model is required: the model whose issue the monitor keeps (one issue per model)");
  const current = newestPartition(options.current, options.newestBy ?? "name");
  options.log.info(`monitoring ${options.model}: ${current} against ${options.reference ?? options.referenceProfile ?? "(no reference)"}`);
  const report = await drift({
    reference: options.reference,
    referenceProfile: options.referenceProfile,
    current,
    method: options.method,
    threshold: options.threshold,
    columns: options.columns,
    exclude: options.exclude,
    correction: options.correction,
    driftShare: options.driftShare,
    criticalColumns: options.criticalColumns,
    idColumn: options.idColumn,
    columnMethods: options.columnMethods,
    delimiter: options.delimiter,
    sample: options.sample,
    ...options.progress ? { progress: options.progress } : {}
  });
  const drifted = report.columns.filter((c) => c.drifted).length;
  const date = (options.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  let issue = null;
  let notPosted = null;
  if (options.issue) {
    const repository = options.environment.repository;
    if (!options.token) notPosted = "no GitHub token (the action's github-token input is empty; the CLI reads GITHUB_TOKEN)";
    else if (!repository) notPosted = "no repository (GITHUB_REPOSITORY is not set)";
    else {
      const markdown = driftSectionWithin(report, ISSUE_BODY_LIMIT - ISSUE_BODY_OVERHEAD, {
        fullReportAt: "the drift JSON of the run (the `drift-json` output)",
        limitName: "GitHub's issue body limit"
      });
      const gateway = openGateway(options.environment, { token: options.token, log: options.log, ...options.policy ? { policy: options.policy } : {} });
      try {
        issue = await syncDriftIssue(gateway, {
          owner: repository.owner,
          repo: repository.repo,
          model: options.model,
          drifted: report.dataset_drifted,
          markdown,
          driftedColumns: drifted,
          date,
          runUrl: options.environment.runUrl,
          ...options.issueAuthor ? { author: options.issueAuthor } : {}
        });
      } catch (error) {
        if (!isPermissionDenied(error)) throw error;
        notPosted = "the token may not write issues (give the job `permissions: issues: write`)";
      }
    }
    if (notPosted) options.log.warning(`no drift issue for ${options.model}: ${notPosted}; the report is in the job summary`);
  }
  let audit = null;
  if (options.record) {
    const record = monitorAuditRecord(report, current, {
      model: options.model,
      version: options.version ?? null,
      at: options.now ?? /* @__PURE__ */ new Date(),
      run: { url: options.environment.runUrl, id: options.environment.runId },
      sources: await sourceDigests([current, options.reference, options.referenceProfile])
    });
    audit = await appendMonitorTransition({ store: options.store, token: options.token, environment: options.environment, warn: (m) => options.log.warning(m) }, record);
  }
  const fitted = driftSectionWithin(report, SUMMARY_BUDGET_BYTES - 4096, {
    fullReportAt: "the drift JSON (the `drift-json` output)",
    limitName: "GitHub's job summary limit",
    measure: utf8Bytes
  });
  const auditLine = audit === null ? "" : audit.stored ? ` Audit trail: recorded as \`${audit.stored}\`.` : ` Audit trail: nothing recorded (${audit.note}).`;
  return { report, current, summary: `${fitted}

${issueLine(options.model, issue, notPosted, current)}${auditLine}
`, issue, notPosted, audit };
}
function issueLine(model, issue, notPosted, current) {
  const read = `Current data: \`${current}\`.`;
  if (notPosted) return `${read} No issue for ${model}: ${notPosted}.`;
  if (!issue) return read;
  const link = issue.url ? `[#${issue.number}](${issue.url})` : "";
  const said = { opened: `opened ${link}`, updated: `updated ${link}`, closed: `closed ${link} (drift cleared)`, none: "no open issue (no drift)" }[issue.action];
  return `${read} Drift issue for ${model}: ${said}.`;
}
function newestPartition(path, by) {
  if (!GLOB.test(path)) return path;
  const files = globSync(path).filter((file) => statSync(file).isFile()).sort();
  if (files.length === 0) throw new InputError(`${path}: no file matches (the monitor reads the newest partition of a glob)`);
  const folders = new Set(files.map((file) => dirname(file)));
  const groups = folders.size === 1 ? files.map((file) => ({ key: file, files: [file] })) : [...folders].map((folder) => ({ key: folder, files: files.filter((file) => dirname(file) === folder) }));
  const time = (group) => Math.max(...group.files.map((file) => statSync(file).mtimeMs));
  const newest = groups.reduce((best, group) => {
    if (by === "mtime") return time(group) > time(best) || time(group) === time(best) && group.key > best.key ? group : best;
    return group.key > best.key ? group : best;
  });
  if (newest.files.length === 1) return newest.files[0];
  if (GLOB.test(newest.key)) throw new InputError(`${newest.key}: a partition folder whose name has glob characters (*, ?, [) cannot be read as one partition; rename it`);
  return join(newest.key, basename(path));
}
export {
  monitor,
  newestPartition
};
