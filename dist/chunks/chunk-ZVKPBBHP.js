import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readGateReport
} from "./chunk-Z6HHK4MR.js";
import {
  promote
} from "./chunk-7EAT4UYT.js";
import {
  decodeLineage,
  encodeLineage
} from "./chunk-2Z2NYMCZ.js";
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import {
  encodeEvaluation,
  readEvaluation
} from "./chunk-VL3PWEW3.js";
import {
  markdownTable
} from "./chunk-HABCSNGL.js";
import {
  readColumns
} from "./chunk-7UI27AWS.js";
import {
  readDrift
} from "./chunk-62CIV2GW.js";
import {
  runRecordCodec
} from "./chunk-MCJASMD7.js";
import {
  checkLinkedFiles,
  formatChecksums
} from "./chunk-SPGCF4JI.js";
import {
  checkModelName,
  checkStageName,
  normaliseVersion
} from "./chunk-D7XARLC7.js";
import {
  digestFile,
  digestText
} from "./chunk-RY6TFG5S.js";
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  TOOL_VERSION
} from "./chunk-MW262X6H.js";
import {
  require_dist
} from "./chunk-SS2DCIVC.js";
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
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/commands/publish.ts
import { readFileSync, statSync } from "node:fs";

// shared/commands/build-lineage.ts
import { basename } from "node:path";

// shared/adapters/code-provenance.ts
import { execFileSync } from "node:child_process";
function codeProvenance(environment, cwd = process.cwd()) {
  const { repository } = environment;
  return {
    repository: repository ? `${repository.owner}/${repository.repo}` : null,
    commit: environment.sha ?? git(["rev-parse", "HEAD"], cwd),
    ref: environment.ref ?? git(["symbolic-ref", "-q", "HEAD"], cwd),
    workflow: environment.workflowRef ?? environment.workflow,
    run_id: environment.runId,
    run_attempt: environment.runAttempt,
    run_url: environment.runUrl,
    merge_base: mergeBase(environment.baseRef, cwd)
  };
}
function mergeBase(baseRef, cwd) {
  if (!baseRef) return null;
  if (git(["rev-parse", "-q", "--verify", "HEAD^2"], cwd)) return git(["merge-base", "HEAD^1", "HEAD^2"], cwd);
  return git(["merge-base", "HEAD", `refs/remotes/origin/${baseRef}`], cwd);
}
function git(args, cwd) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

// shared/commands/build-lineage.ts
async function buildLineage(inputs) {
  const subjects = [];
  for (const path of inputs.files) subjects.push({ name: basename(path), ...await digestFile(path) });
  const data = [];
  for (const path of inputs.data ?? []) {
    const digest = await digestFile(path);
    let rows = null;
    let fingerprint = null;
    if (path.endsWith(".csv")) {
      const table = await readColumns(path, { only: [] });
      rows = table.rowCount;
      fingerprint = digestText(table.columns.join("\0"));
    }
    data.push({ name: basename(path), path, sha256: digest.sha256, rows, schema_fingerprint: fingerprint });
  }
  const code = codeProvenance(inputs.environment, inputs.cwd);
  if (inputs.mergeBase !== void 0) code.merge_base = inputs.mergeBase;
  const evaluation = inputs.evaluation;
  const run = inputs.runRecord?.record;
  const parameters = inputs.parameters !== void 0 && Object.keys(inputs.parameters).length > 0 ? inputs.parameters : run?.params ?? inputs.parameters ?? {};
  const runTools = run ? Object.fromEntries(Object.entries(run.tools).filter(([name, version]) => name !== "mlgate" && name !== "node" && typeof version === "string")) : {};
  return {
    schema: "mlgate-lineage/1",
    model: inputs.model,
    version: inputs.version,
    subjects,
    code,
    data,
    parameters,
    metrics: {
      values: evaluation?.metrics ?? {},
      ...evaluation ? { intervals: evaluation.intervals ?? {} } : {},
      evaluation_set_sha256: inputs.evaluationSet ? (await digestFile(inputs.evaluationSet)).sha256 : null,
      // Metrics read from the user's files have no row count and no paired comparison.
      ...evaluation ? { task: evaluation.task, ...evaluation.n !== null ? { rows: evaluation.n } : {} } : {},
      ...evaluation && evaluation.intervals !== null && evaluation.comparison ? { comparison: comparisonRecord(evaluation) } : {}
    },
    parent: inputs.parent ?? null,
    drift: inputs.drift ? {
      dataset_drifted: inputs.drift.dataset_drifted,
      share_drifted: inputs.drift.share_drifted,
      drifted_columns: inputs.drift.columns.filter((c) => c.drifted).map((c) => c.name)
    } : null,
    environment: {
      runner_os: inputs.environment.runnerOs,
      runner_environment: inputs.environment.runnerEnvironment,
      node: process.version,
      command: run?.command ?? inputs.command ?? null,
      tool: `mlgate ${inputs.toolVersion}`,
      tools: { ...runTools, mlgate: inputs.toolVersion, node: process.version, ...inputs.tools }
    },
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    started_at: timestamp(inputs.startedAt ?? run?.started_at),
    training: run && inputs.runRecord ? trainingRecord(run, inputs.runRecord.sha256) : null
  };
}
function trainingRecord(run, sha256) {
  return {
    command: run.command,
    params: run.params,
    deps: run.deps,
    outputs: run.outputs,
    metrics: run.metrics,
    exit_code: run.exit_code,
    started_at: run.started_at,
    finished_at: run.finished_at,
    wall_seconds: run.wall_seconds,
    peak_rss_bytes: run.peak_rss_bytes,
    run: run.run,
    run_record_sha256: sha256
  };
}
function timestamp(value) {
  if (value == null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InputError(`training start time \`${String(value)}\` is not a date (use RFC 3339, e.g. 2025-01-31T12:00:00Z)`);
  return date.toISOString();
}
function comparisonRecord(evaluation) {
  const out = {};
  for (const [metric, c] of Object.entries(evaluation.comparison ?? {})) {
    out[metric] = {
      baseline: evaluation.baseline_metrics?.[metric] ?? null,
      delta: c.delta,
      interval: c.interval,
      ...c.p_value !== void 0 ? { p_value: c.p_value } : {},
      test: c.test
    };
  }
  return out;
}

// shared/render/model-card.ts
var import_yaml = __toESM(require_dist(), 1);
var DETAIL_KEYS = ["owner", "contact", "license", "intended_use", "out_of_scope_use", "limitations"];
var LIST_KEYS = /* @__PURE__ */ new Set(["intended_use", "out_of_scope_use", "limitations"]);
var MAX_LISTED_COLUMNS = 20;
function renderModelCard(lineage, template, templateSource = "model card template") {
  const parsed = template === void 0 ? void 0 : parseCardTemplate(template, templateSource);
  const details = parsed?.details ?? {};
  const hints = parsed === void 0;
  const generated = [
    `## Model details

${modelDetails(lineage, details, hints)}`,
    ...describedUse("Intended use", details.intended_use, hints ? "_Not stated: give `publish` a card template whose front matter sets `intended_use:`._" : void 0),
    ...describedUse("Out-of-scope use", details.out_of_scope_use),
    ...describedUse("Limitations", details.limitations),
    `## Metrics

${metricsSection(lineage)}`,
    `## Data

${dataSection(lineage)}`,
    `## Drift at publish time

${driftSection(lineage)}`,
    `## Compared with

${parentSection(lineage)}`,
    `## Provenance

${provenance(lineage)}`,
    `## Files

${markdownTable([["file", "bytes", "sha256"], ...lineage.subjects.map((s) => [escapeMarkdown(s.name), String(s.size), hex(s.sha256)])], { align: ["l", "r", "l"] })}`
  ].join("\n\n");
  const heading = `# ${escapeMarkdown(lineage.model)} v${escapeMarkdown(lineage.version)}`;
  const body = parsed?.body.trim() ? parsed.body : void 0;
  if (body === void 0) return `${heading}

${generated}
`;
  const filled = body.replaceAll("{{model}}", escapeMarkdown(lineage.model)).replaceAll("{{version}}", escapeMarkdown(lineage.version));
  return filled.includes("{{generated}}") ? `${filled.replace("{{generated}}", generated).trimEnd()}
` : `${filled.trimEnd()}

${generated}
`;
}
function parseCardTemplate(template, source = "model card template") {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(template);
  if (!match) return { details: {}, body: template };
  let front;
  try {
    front = (0, import_yaml.parse)(match[1]);
  } catch (error) {
    throw new InputError(`${source}: front matter is not valid YAML (${error.message.split("\n")[0]})`);
  }
  if (front === null || front === void 0) return { details: {}, body: template.slice(match[0].length) };
  if (typeof front !== "object" || Array.isArray(front)) throw new InputError(`${source}: front matter must be a mapping of keys (owner, intended_use, \u2026) to values`);
  const details = {};
  const record = front;
  for (const key of DETAIL_KEYS) {
    const value = record[key];
    if (value === void 0 || value === null) continue;
    if (typeof value === "string" || typeof value === "number") {
      details[key] = String(value);
    } else if (LIST_KEYS.has(key) && Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
      details[key] = value.map(String);
    } else {
      throw new InputError(`${source}: front matter \`${key}\` must be text${LIST_KEYS.has(key) ? " or a list of texts" : ""}`);
    }
  }
  return { details, body: template.slice(match[0].length) };
}
function modelDetails(lineage, details, hints) {
  const lines = [
    `- **Version:** v${escapeMarkdown(lineage.version)}, published ${time(lineage.created_at)}`,
    details.owner !== void 0 ? `- **Owner:** ${escapeMarkdown(details.owner)}` : hints ? "- **Owner:** _not stated (give `publish` a card template whose front matter sets `owner:`)_" : void 0,
    details.contact !== void 0 ? `- **Contact:** ${escapeMarkdown(details.contact)}` : void 0,
    details.license !== void 0 ? `- **Licence:** ${escapeMarkdown(details.license)}` : void 0,
    lineage.metrics.task ? `- **Task:** ${escapeMarkdown(lineage.metrics.task)} ${lineage.metrics.task === "regression" ? "" : "classification"}`.trimEnd() : void 0,
    Object.keys(lineage.parameters).length > 0 ? `- **Parameters:** ${escapeMarkdown(JSON.stringify(lineage.parameters))}` : void 0
  ];
  return lines.filter((line) => line !== void 0).join("\n");
}
function describedUse(title, value, hint) {
  if (value === void 0) return hint ? [`## ${title}

${hint}`] : [];
  const text = Array.isArray(value) ? value.map((item) => `- ${escapeMarkdown(item)}`).join("\n") : escapeMarkdown(value);
  return [`## ${title}

${text}`];
}
function metricsSection(lineage) {
  const metrics = lineage.metrics;
  const entries = Object.entries(metrics.values);
  if (entries.length === 0) return "_No evaluation recorded._";
  const evaluated = [
    metrics.rows !== void 0 ? `Evaluated on ${formatCount(metrics.rows)} rows` : "Evaluated",
    metrics.evaluation_set_sha256 ? ` (evaluation set sha256 ${hex(metrics.evaluation_set_sha256)})` : " (evaluation set not recorded)",
    "; intervals are 95 % percentile bootstrap intervals."
  ].join("");
  const table = markdownTable([
    ["metric", "value", "95% CI"],
    ...entries.map(([name, value]) => [escapeMarkdown(name), formatNumber(value), interval(metrics.intervals?.[name])])
  ], { align: ["l", "r", "r"] });
  return `${evaluated}

${table}`;
}
function dataSection(lineage) {
  if (lineage.data.length === 0) return "_No data files recorded._";
  return markdownTable([
    ["file", "rows", "sha256", "schema fingerprint"],
    ...lineage.data.map((d) => [
      escapeMarkdown(d.path ?? d.uri ?? d.name),
      d.rows === null ? "\u2014" : formatCount(d.rows),
      hex(d.sha256),
      d.schema_fingerprint ? hex(d.schema_fingerprint.slice(0, 12)) : "\u2014"
    ])
  ], { align: ["l", "r", "l", "l"] });
}
function driftSection(lineage) {
  const drift = lineage.drift;
  if (!drift) return "_Not checked._";
  const share = `${formatPercent(drift.share_drifted)} of columns drifted`;
  const columns = drift.drifted_columns ?? [];
  const listed = columns.slice(0, MAX_LISTED_COLUMNS).map(escapeMarkdown).join(", ");
  const more = columns.length > MAX_LISTED_COLUMNS ? ` and ${columns.length - MAX_LISTED_COLUMNS} more` : "";
  return `${drift.dataset_drifted ? "Dataset drift **detected**" : "No dataset drift"} (${share}${columns.length > 0 ? `: ${listed}${more}` : ""}).`;
}
function parentSection(lineage) {
  if (!lineage.parent) return "_No parent version: this is the first._";
  const head = `v${escapeMarkdown(lineage.parent.version)} \u2014 gate verdict: **${escapeMarkdown(lineage.parent.verdict ?? "not gated")}**.`;
  const comparison = Object.entries(lineage.metrics.comparison ?? {});
  if (comparison.length === 0) return head;
  const table = markdownTable([
    ["metric", `v${escapeMarkdown(lineage.parent.version)}`, `v${escapeMarkdown(lineage.version)}`, "\u0394", "\u0394 95% CI", "test", "p-value"],
    ...comparison.map(([name, c]) => [
      escapeMarkdown(name),
      c.baseline === null ? "\u2014" : formatNumber(c.baseline),
      Object.hasOwn(lineage.metrics.values, name) ? formatNumber(lineage.metrics.values[name]) : "\u2014",
      `${c.delta > 0 ? "+" : ""}${formatNumber(c.delta)}`,
      interval(c.interval),
      escapeMarkdown(c.test),
      c.p_value === void 0 ? "\u2014" : formatNumber(c.p_value)
    ])
  ], { align: ["l", "r", "r", "r", "r", "l", "r"] });
  return `${head} Paired comparison on the same evaluation rows:

${table}`;
}
function provenance(lineage) {
  const c = lineage.code;
  const e = lineage.environment;
  const tools = Object.entries(e.tools ?? {}).map(([name, version]) => `${escapeMarkdown(name)} ${escapeMarkdown(version)}`).join(", ");
  const lines = [
    `- Code: ${c.repository ? escapeMarkdown(c.repository) : "local checkout"}${c.commit ? ` @ ${hex(c.commit)}` : ""}${c.ref ? ` (${literal(c.ref)})` : ""}`,
    c.merge_base ? `- Branched from: ${hex(c.merge_base)}` : void 0,
    c.workflow ? `- Workflow: ${literal(c.workflow)}` : void 0,
    c.run_url ? `- Run: ${link(c.run_url, `run ${c.run_id ?? ""}${c.run_attempt ? `, attempt ${c.run_attempt}` : ""}`.trim())}` : "- Run: not in GitHub Actions",
    e.command ? `- Training command: ${literal(e.command)}` : void 0,
    `- Built by ${escapeMarkdown(e.tool)} on Node ${escapeMarkdown(e.node)}${e.runner_os ? ` (${escapeMarkdown(e.runner_os)} runner)` : ""}${tools ? `; tools: ${tools}` : ""}`,
    `- ${lineage.started_at ? `Training started ${time(lineage.started_at)}, published` : "Published"} ${time(lineage.created_at)}`
  ];
  return lines.filter((line) => line !== void 0).join("\n");
}
function interval(bounds) {
  return bounds ? `[${formatNumber(bounds[0])}, ${formatNumber(bounds[1])}]` : "\u2014";
}
function link(url, text) {
  return /^https:\/\/[^\s<>()[\]`"']+$/.test(url) ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(url);
}
function hex(text) {
  return /^[0-9a-f]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
function time(text) {
  return /^[0-9TZtz:.+-]+$/.test(text) ? text : escapeMarkdown(text);
}
function literal(text) {
  return /^[^`\r\n]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

// shared/core/lineage/in-toto.ts
var IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var MLGATE_BUILD_TYPE = "https://mlgate.dev/training/v1";
var MLGATE_CLI_BUILDER_ID = "https://mlgate.dev/builders/cli";
var GITHUB_HOSTED_BUILDER_ID = "https://github.com/actions/runner/github-hosted";
var SELF_HOSTED_BUILDER_ID = "https://github.com/actions/runner/self-hosted";
function lineageStatement(lineage) {
  const server = serverOf(lineage.code.run_url);
  const metadata = {};
  const invocation = invocationId(lineage.code);
  if (invocation) metadata.invocationId = invocation;
  if (lineage.started_at) metadata.startedOn = lineage.started_at;
  metadata.finishedOn = lineage.created_at;
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: lineage.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: MLGATE_BUILD_TYPE,
        externalParameters: {
          ...workflowParameter(lineage.code.workflow, server),
          model: lineage.model,
          version: lineage.version,
          parameters: lineage.parameters,
          data: lineage.data.map((d) => ({ name: d.name, ...dataLocation(d) })),
          parent: lineage.parent?.version ?? null
        },
        internalParameters: { ...lineage.environment },
        resolvedDependencies: resolvedDependencies(lineage, server)
      },
      runDetails: {
        builder: { id: builderId(lineage), version: { mlgate: mlgateVersion(lineage.environment) } },
        metadata
      }
    }
  };
}
function resolvedDependencies(lineage, server) {
  const dependencies = [];
  const { repository, commit, ref } = lineage.code;
  if (commit) {
    dependencies.push(repository ? { uri: `git+${server}/${repository}${ref ? `@${ref}` : ""}`, digest: { gitCommit: commit } } : { name: "source", digest: { gitCommit: commit } });
  }
  for (const d of lineage.data) {
    const annotations = {};
    if (d.rows !== null) annotations.rows = d.rows;
    if (d.schema_fingerprint !== null) annotations.schema_fingerprint = d.schema_fingerprint;
    const location = dataLocation(d);
    dependencies.push({
      ..."uri" in location ? { name: d.name, uri: location.uri } : { name: location.path },
      digest: { sha256: d.sha256 },
      ...Object.keys(annotations).length > 0 ? { annotations } : {}
    });
  }
  if (lineage.metrics.evaluation_set_sha256) {
    dependencies.push({ name: "evaluation-set", digest: { sha256: lineage.metrics.evaluation_set_sha256 } });
  }
  return dependencies;
}
function builderId(lineage) {
  const runner = lineage.environment.runner_environment;
  if (runner === "github-hosted") return GITHUB_HOSTED_BUILDER_ID;
  if (runner || lineage.code.run_url) return SELF_HOSTED_BUILDER_ID;
  return MLGATE_CLI_BUILDER_ID;
}
function workflowParameter(workflow, server) {
  const match = workflow ? /^([^/\s]+\/[^/\s]+)\/(\.github\/workflows\/[^@\s]+)@(\S+)$/.exec(workflow) : null;
  return match ? { workflow: { ref: match[3], repository: `${server}/${match[1]}`, path: match[2] } } : {};
}
function dataLocation(d) {
  const given = d.path ?? d.uri ?? d.name;
  return d.path === void 0 && isUri(given) ? { uri: given } : { path: given };
}
function invocationId(code) {
  if (!code.run_url) return void 0;
  return code.run_attempt ? `${code.run_url}/attempts/${code.run_attempt}` : code.run_url;
}
function serverOf(runUrl) {
  if (runUrl) {
    try {
      return new URL(runUrl).origin;
    } catch {
    }
  }
  return "https://github.com";
}
function mlgateVersion(environment) {
  return environment.tools?.mlgate ?? environment.tool.replace(/^mlgate\s+/, "");
}
function isUri(text) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(text);
}

// shared/commands/publish.ts
import { join } from "node:path";
var PROVENANCE_FILE = "provenance.intoto.json";
async function publish(options) {
  if (options.stage !== void 0) checkStageName(options.stage);
  const published = await publishVersion(options);
  const local = options.out ? writeProvenanceCopies(published.lineage, options.out) : null;
  const stageEvent = options.stage ? await promote({ model: options.model, version: published.version.version, stage: options.stage, store: options.store, token: options.token, environment: options.environment, warn: options.warn }) : null;
  return { ...published, local, stageEvent };
}
function writeProvenanceCopies(lineage, out) {
  const statement = lineageStatement(lineage);
  const paths = {
    lineage: join(out, "lineage.json"),
    provenance: join(out, PROVENANCE_FILE),
    predicate: join(out, "provenance.predicate.json"),
    checksums: join(out, "SHA256SUMS")
  };
  writeFileAtomic(paths.lineage, encodeLineage(lineage));
  writeFileAtomic(paths.provenance, toJson(statement));
  writeFileAtomic(paths.predicate, toJson(statement.predicate));
  writeFileAtomic(paths.checksums, formatChecksums(statement.subject.map((s) => ({ name: s.name, sha256: s.digest.sha256 }))));
  return paths;
}
function checkRegularFile(path, label) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${label}: ${path}: not found`);
  }
  if (!stats.isFile()) throw new InputError(`${label}: ${path}: ${stats.isDirectory() ? "is a directory" : "is not a regular file"}, expected a file`);
}
async function publishVersion(options) {
  checkModelName(options.model);
  const version = normaliseVersion(options.version);
  if (options.files.length === 0) throw new InputError("publish needs at least one model file (--files)");
  for (const [label, paths] of [["--files", options.files], ["--data", options.data ?? []], ["--evaluation-set", options.evaluationSet ? [options.evaluationSet] : []]]) {
    for (const path of paths) checkRegularFile(path, label);
  }
  await checkLinkedFiles(options.files, options.warn);
  const environment = options.environment ?? currentEnvironment();
  const registry = openRegistry(options.store, { environment, token: options.token });
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : void 0;
  const gateReport = options.gateReport ? readGateReport(options.gateReport) : void 0;
  const runRecord = options.runRecord ? { record: runRecordCodec.read(options.runRecord), sha256: (await digestFile(options.runRecord)).sha256 } : void 0;
  const lineage = await buildLineage({
    model: options.model,
    version,
    files: options.files,
    data: options.data,
    parameters: options.params,
    evaluation,
    evaluationSet: options.evaluationSet,
    drift: options.drift ? readDrift(options.drift) : void 0,
    parent: options.parent ? { version: normaliseVersion(options.parent), verdict: gateReport?.verdict ?? null } : null,
    command: options.command ?? null,
    toolVersion: TOOL_VERSION,
    environment,
    runRecord
  });
  let template;
  if (options.cardTemplate) {
    try {
      template = readFileSync(options.cardTemplate, "utf8");
    } catch {
      throw new InputError(`${options.cardTemplate}: model card template not found`);
    }
  }
  const existing = await registry.resolve(options.model, { version }).catch((error) => {
    if (error instanceof InputError) return void 0;
    throw error;
  });
  if (existing && existing.files.length > 0) {
    const result2 = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents: await storedDocuments(registry, options.model, version) });
    const stored = await registry.readDocument(options.model, version, "lineage.json");
    return { ...result2, lineage: stored ? decodeLineage(stored, `${options.model}@v${version}/lineage.json`) : lineage };
  }
  decodeLineage(encodeLineage(lineage), "lineage.json");
  const documents = {
    "lineage.json": encodeLineage(lineage),
    [PROVENANCE_FILE]: toJson(lineageStatement(lineage)),
    "MODEL_CARD.md": renderModelCard(lineage, template, options.cardTemplate)
  };
  if (evaluation) documents["metrics.json"] = encodeEvaluation(evaluation);
  const result = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents });
  return { ...result, lineage };
}
async function storedDocuments(registry, model, version) {
  const documents = {};
  for (const name of ["lineage.json", PROVENANCE_FILE, "MODEL_CARD.md", "metrics.json"]) {
    const text = await registry.readDocument(model, version, name);
    if (text !== void 0) documents[name] = text;
  }
  return documents;
}

export {
  PROVENANCE_FILE,
  publish
};
