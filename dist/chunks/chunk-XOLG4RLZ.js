import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  postReport
} from "./chunk-V2KLKOIA.js";
import {
  MANIFEST_FILE,
  readModelManifest
} from "./chunk-5S6JJMR6.js";
import {
  readGateReport
} from "./chunk-Z6HHK4MR.js";
import {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
} from "./chunk-QY5LPYOU.js";
import {
  fitLists
} from "./chunk-OTFLRA3H.js";
import {
  checkModelName
} from "./chunk-D7XARLC7.js";
import {
  escapeHtml,
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  formatCount,
  formatNumber,
  formatPercent
} from "./chunk-Z5GXLVDD.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/aggregate-gate.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// shared/core/gate/aggregate.ts
var RANK = { pass: 0, warn: 1, fail: 2 };
function modelGate(report, model, source, blocking) {
  return { model, source, verdict: report.verdict, checks: report.checks, headline: report.headline ?? null, blocking };
}
function missingModelGate(model, blocking) {
  return { model, source: "(no report)", verdict: "fail", checks: [], headline: null, blocking, note: "no gate report: the model's job did not get to its gate (see the workflow run)" };
}
function aggregateGates(gates) {
  const severity = (g) => RANK[g.verdict] * 2 + (g.verdict === "fail" && g.blocking ? 1 : 0);
  const urgentChecks = (g) => g.checks.filter((c) => c.status !== "pass").length;
  const models = [...gates].sort((a, b) => severity(b) - severity(a) || urgentChecks(b) - urgentChecks(a) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const g of models) counts[g.verdict]++;
  const blocking_failures = models.filter((g) => g.verdict === "fail" && g.blocking).map((g) => g.model);
  const verdict = blocking_failures.length > 0 ? "fail" : counts.fail + counts.warn > 0 ? "warn" : "pass";
  return { verdict, models, counts, blocking_failures };
}

// shared/render/aggregate-report.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var HEADER = "| | model | verdict | primary metric | \u0394 (95% CI) | drift share |\n| :-- | :-- | :-- | :-- | --: | --: |";
var MESSAGE = 1e3;
function renderAggregateReport(aggregate, title, fit) {
  const urgent = aggregate.models.filter((m) => m.verdict !== "pass");
  const passing = aggregate.models.filter((m) => m.verdict === "pass");
  const lists = [urgent.map(summaryRow), urgent.map(details), passing.map(summaryRow), passing.map(details)];
  const more = (count, what) => fit ? `_\u2026and ${formatCount(count)} more ${what}, left out to fit ${fit.limitName ?? "GitHub's comment limit"}: the full report is in ${fit.fullReportAt}._` : "";
  const assemble = ([urgentRows, urgentDetails, passRows, passDetails]) => {
    const parts = [`## ${ICON[aggregate.verdict]} ${escapeMarkdown(title)}: ${aggregate.verdict}`, headline(aggregate)];
    if (aggregate.models.length > 0) {
      const rows = [...lists[0].slice(0, urgentRows), ...lists[2].slice(0, passRows)];
      const hiddenUrgent = urgent.length - urgentRows;
      const hiddenPass = passing.length - passRows;
      parts.push([HEADER, ...rows].join("\n"));
      if (hiddenUrgent > 0) parts.push(more(hiddenUrgent, `failing or warning models' rows${hiddenPass > 0 ? ` and ${formatCount(hiddenPass)} passing models` : ""}`));
      else if (hiddenPass > 0) parts.push(more(hiddenPass, "passing models"));
      const shownDetails = [...lists[1].slice(0, urgentDetails), ...lists[3].slice(0, passDetails)];
      const hiddenDetails = aggregate.models.length - shownDetails.length;
      parts.push(["### Checks per model", ...shownDetails.length > 0 ? [shownDetails.join("\n")] : [], ...hiddenDetails > 0 ? [more(hiddenDetails, "models' checks")] : []].join("\n\n"));
    }
    return `${parts.join("\n\n")}
`;
  };
  const full = assemble(lists.map((list) => list.length));
  if (!fit) return full;
  const measure = fit.measure ?? ((text) => text.length);
  return measure(full) <= fit.limit ? full : fitLists(lists, assemble, fit.limit, measure);
}
function headline(aggregate) {
  const { fail, warn, pass } = aggregate.counts;
  const total = aggregate.models.length;
  if (total === 0) return "_No model reports._";
  const nonBlocking = fail - aggregate.blocking_failures.length;
  return `**${formatCount(total)} ${total === 1 ? "model" : "models"}**: ${formatCount(fail)} failing${nonBlocking > 0 ? ` (${formatCount(nonBlocking)} not blocking)` : ""}, ${formatCount(warn)} warning, ${formatCount(pass)} passing. <sub>\u0394 is candidate \u2212 baseline on the primary metric (the first the policy gates), with the 95% interval of the paired difference; drift share is the share of compared columns that drifted (\u{1F534}: dataset drift).</sub>`;
}
function summaryRow(m) {
  const h = m.headline;
  const verdict = `${m.verdict}${m.source === "(no report)" ? " (no report)" : ""}${m.verdict === "fail" && !m.blocking ? " (not blocking)" : ""}`;
  const metric = h?.metric ? escapeMarkdown(h.metric) : "\u2014";
  const delta = h?.delta === null || h?.delta === void 0 ? "\u2014" : `${signed(h.delta)}${h.interval ? ` [${signed(h.interval[0])}, ${signed(h.interval[1])}]` : " (no interval)"}`;
  const drift = h?.drift_share === null || h?.drift_share === void 0 ? "\u2014" : `${formatPercent(h.drift_share)}${h.dataset_drifted ? " \u{1F534}" : ""}`;
  return `| ${ICON[m.verdict]} | ${escapeMarkdown(m.model)} | ${verdict} | ${metric} | ${delta} | ${drift} |`;
}
function details(m) {
  const checks = m.note ? [`- ${ICON[m.verdict]} ${escapeMarkdown(m.note)}`] : m.checks.length === 0 ? ["_No checks configured._"] : m.checks.map((c) => `- ${ICON[c.status]} **${escapeMarkdown(c.subject)}** (${escapeMarkdown(c.kind)}): ${escapeMarkdown(cut(c.message, MESSAGE))}`);
  return `<details><summary>${ICON[m.verdict]} ${escapeHtml(m.model)}: ${m.verdict}${m.verdict === "fail" && !m.blocking ? " (not blocking)" : ""}</summary>

${checks.join("\n")}${m.note ? "" : `

<sub>from ${escapeMarkdown(m.source)}</sub>`}

</details>`;
}
function signed(x) {
  return `${x >= 0 ? "+" : ""}${formatNumber(x)}`;
}
function cut(text, max) {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}

// shared/commands/aggregate-gate.ts
var MAX_REPORTS = 2e4;
async function runAggregateGate(options) {
  const blocking = blockingOf(options.manifest);
  const gates = readModelGates(options.folder, blocking, options.log, options.planned !== void 0);
  if (options.planned !== void 0) {
    const reported = new Set(gates.map((g) => g.model));
    const missing = plannedModels(options.planned).filter((model) => !reported.has(model));
    if (missing.length > 0) options.log.warning(`${missing.length} planned ${missing.length === 1 ? "model has" : "models have"} no gate report (failing): ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", \u2026" : ""}`);
    gates.push(...missing.map((model) => missingModelGate(model, blocking.get(model) ?? true)));
  }
  const aggregate = aggregateGates(gates);
  const fullReportAt = options.environment.runUrl ? `the job summary of ${options.environment.runUrl}` : "the output of `mlgate gate --aggregate`";
  const markdown = renderAggregateReport(aggregate, options.title);
  const report = {
    ...aggregate,
    markdown,
    comment_markdown: renderAggregateReport(aggregate, options.title, { limit: COMMENT_BUDGET, fullReportAt })
  };
  const summary = renderAggregateReport(aggregate, options.title, {
    limit: SUMMARY_BUDGET_BYTES,
    fullReportAt: "the report-markdown and report-json outputs",
    limitName: "GitHub's job summary limit",
    measure: utf8Bytes
  });
  if (options.markdownPath) writeFileAtomic(options.markdownPath, markdown);
  if (!options.comment && !options.checkRun) return { report, summary, posted: null };
  if (!options.token) {
    const reason = "no GitHub token (the action's github-token input is empty; the CLI reads GITHUB_TOKEN)";
    options.log.warning(`nothing posted: ${reason}; the report is in the job summary`);
    return { report, summary, posted: null, ...options.commentRequired ? { notPosted: `comment: required, but not posted: ${reason}` } : {} };
  }
  const posted = await postReport(report, {
    token: options.token,
    comment: options.comment,
    checkRun: options.checkRun,
    checkName: options.checkName,
    title: `${options.title}: ${report.verdict}`,
    log: options.log,
    environment: options.environment,
    key: options.commentKey ?? `${options.environment.workflow ?? "workflow"}/models`,
    ...options.pullRequest ? { pullRequest: options.pullRequest } : {},
    ...options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}
  });
  if (posted.comment) options.log.info(`comment ${posted.comment.action}: ${posted.comment.url}`);
  for (const reason of posted.skipped) options.log.warning(reason);
  for (const { part, error } of posted.failed) options.log.warning(`no ${part === "comment" ? "comment" : "check run"}: ${error.message} (the report is in the job summary)`);
  const notPosted = options.commentRequired && !posted.comment ? `comment: required, but not posted: ${posted.failed.find((f) => f.part === "comment")?.error.message ?? posted.skipped.find((reason) => reason.startsWith("no comment")) ?? "unknown reason"}` : void 0;
  return { report, summary, posted, ...notPosted ? { notPosted } : {} };
}
function blockingOf(manifest) {
  const path = manifest ?? MANIFEST_FILE;
  if (manifest === void 0 && !existsSync(path)) return /* @__PURE__ */ new Map();
  return new Map(readModelManifest(path).models.map((m) => [m.name, m.blocking]));
}
function readModelGates(folder, blocking, log, planned = false) {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    if (planned) return [];
    throw new InputError(`${folder}: no such folder: give --aggregate the folder the per-model jobs' gate.json artifacts were downloaded into`);
  }
  const files = jsonFilesUnder(folder);
  if (files.length === 0 && planned) return [];
  if (files.length === 0) throw new InputError(`${folder}: no gate reports (*.json) in this folder: download the per-model jobs' gate.json artifacts into it (actions/download-artifact with a \`pattern\`)`);
  if (files.length > MAX_REPORTS) throw new InputError(`${folder}: ${files.length} JSON files, more than ${MAX_REPORTS} models; refusing to read them`);
  const byModel = /* @__PURE__ */ new Map();
  const gates = [];
  for (const file of files) {
    const report = readGateReport(file);
    if (report.model === void 0) {
      throw new InputError(`${file}: this gate report names no model: run each model's gate with \`model\` (or \`comment-key\`) set to the model's name`);
    }
    try {
      checkModelName(report.model);
    } catch (error) {
      throw new InputError(`${file}: ${error.message}`);
    }
    const other = byModel.get(report.model);
    if (other !== void 0) throw new InputError(`${other} and ${file} are both reports of model \`${report.model}\`: keep one report per model in ${folder}`);
    byModel.set(report.model, file);
    gates.push(modelGate(report, report.model, relative(folder, file) || file, blocking.get(report.model) ?? true));
  }
  const unknown = blocking.size > 0 ? gates.filter((g) => !blocking.has(g.model)).map((g) => g.model) : [];
  if (unknown.length > 0) log.warning(`${unknown.length} models are not in the manifest (blocking, as a listed model is by default): ${unknown.slice(0, 10).join(", ")}${unknown.length > 10 ? ", \u2026" : ""}`);
  return gates;
}
function plannedModels(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`planned: not JSON: give the plan's matrix output (needs.plan.outputs.matrix), got \`${text.slice(0, 80)}\``);
  }
  const include = value?.include;
  if (!Array.isArray(include) || include.some((entry) => typeof entry?.model !== "string")) {
    throw new InputError(`planned: expected the plan's matrix, {"include": [{"model": "<name>", \u2026}, \u2026]}`);
  }
  return include.map((entry) => entry.model);
}
function jsonFilesUnder(folder) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".json")) found.push(path);
    }
  };
  walk(folder);
  return found;
}
function aggregateOutcome(run, files) {
  const { report, posted, notPosted } = run;
  const failing = report.blocking_failures;
  const failure = report.verdict === "fail" ? `${failing.length} blocking ${failing.length === 1 ? "model fails" : "models fail"}: ${failing.slice(0, 10).join(", ")}${failing.length > 10 ? ` and ${failing.length - 10} more (see the report)` : ""}` : void 0;
  return {
    document: files.format === "json" ? toJson(aggregateDocument(report)) : report.markdown,
    outputs: {
      verdict: report.verdict,
      "report-json": files.output ?? "",
      "report-markdown": files.markdownPath ?? "",
      "comment-url": posted?.comment?.url ?? "",
      "check-run-url": posted?.check?.kind === "check-run" ? posted.check.url : "",
      "artifact-id": "",
      "artifact-name": ""
    },
    summary: run.summary,
    ...failure ? { failure: [failure, ...notPosted ? [notPosted] : []].join("; ") } : notPosted ? { failure: notPosted, failureExitCode: 69 } : {}
  };
}
function aggregateDocument(report) {
  return {
    verdict: report.verdict,
    counts: report.counts,
    blocking_failures: report.blocking_failures,
    models: report.models.map((m) => ({ model: m.model, verdict: m.verdict, blocking: m.blocking, source: m.source, headline: m.headline, checks: m.checks })),
    markdown: report.markdown,
    comment_markdown: report.comment_markdown
  };
}

export {
  runAggregateGate,
  readModelGates,
  aggregateOutcome
};
