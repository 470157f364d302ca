import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readDrift,
  readEvaluation
} from "./chunk-LWDAF5UH.js";
import {
  escapeMarkdown,
  formatNumber,
  markdownTable
} from "./chunk-72ANLO3C.js";
import {
  digestFile,
  digestText
} from "./chunk-FGJC63PX.js";
import {
  readCsvTable
} from "./chunk-QQ6HSRDX.js";
import {
  InputError,
  readJsonFile,
  toJson
} from "./chunk-MZBOEMN4.js";

// shared/version.ts
var TOOL_VERSION = "0.1.0";

// shared/commands/registry.ts
import { readFileSync } from "node:fs";

// shared/lineage/build-lineage.ts
import { basename } from "node:path";

// shared/lineage/record.ts
import { execFileSync } from "node:child_process";
function codeProvenance(env = process.env, cwd = process.cwd()) {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY ?? null;
  const runId = env.GITHUB_RUN_ID ?? null;
  return {
    repository,
    commit: env.GITHUB_SHA ?? git(["rev-parse", "HEAD"], cwd),
    ref: env.GITHUB_REF ?? git(["symbolic-ref", "-q", "HEAD"], cwd),
    workflow: env.GITHUB_WORKFLOW_REF ?? env.GITHUB_WORKFLOW ?? null,
    run_id: runId,
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
    run_url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null
  };
}
function git(args, cwd) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

// shared/lineage/build-lineage.ts
async function buildLineage(inputs) {
  const subjects = [];
  for (const path of inputs.files) subjects.push({ name: basename(path), ...await digestFile(path) });
  const data = [];
  for (const path of inputs.data ?? []) {
    const digest = await digestFile(path);
    let rows = null;
    let fingerprint = null;
    if (path.endsWith(".csv")) {
      const table = readCsvTable(path);
      rows = table.rowCount;
      fingerprint = digestText(table.columns.join("\0"));
    }
    data.push({ name: basename(path), uri: path, sha256: digest.sha256, rows, schema_fingerprint: fingerprint });
  }
  return {
    schema: "mlgate-lineage/1",
    model: inputs.model,
    version: inputs.version,
    subjects,
    code: codeProvenance(),
    data,
    parameters: inputs.parameters ?? {},
    metrics: {
      values: inputs.evaluation?.metrics ?? {},
      ...inputs.evaluation ? { intervals: inputs.evaluation.intervals } : {},
      evaluation_set_sha256: inputs.evaluationSet ? (await digestFile(inputs.evaluationSet)).sha256 : null
    },
    parent: inputs.parent ?? null,
    drift: inputs.drift ? { dataset_drifted: inputs.drift.dataset_drifted, share_drifted: inputs.drift.share_drifted } : null,
    environment: {
      runner_os: process.env.RUNNER_OS ?? null,
      node: process.version,
      command: inputs.command ?? null,
      tool: `mlgate ${inputs.toolVersion}`
    },
    created_at: (/* @__PURE__ */ new Date()).toISOString()
  };
}

// shared/lineage/model-card.ts
function renderModelCard(lineage, template) {
  const generated = [
    `## Metrics

${metricsTable(lineage)}`,
    `## Data

${lineage.data.length === 0 ? "_No data files recorded._" : markdownTable([["file", "rows", "sha256", "schema"], ...lineage.data.map((d) => [escapeMarkdown(d.name), d.rows === null ? "\u2014" : String(d.rows), `\`${d.sha256.slice(0, 16)}\u2026\``, d.schema_fingerprint ? `\`${d.schema_fingerprint.slice(0, 12)}\`` : "\u2014"])])}`,
    `## Drift at publish time

${lineage.drift ? `${lineage.drift.dataset_drifted ? "Dataset drift **detected**" : "No dataset drift"} (${Math.round(lineage.drift.share_drifted * 1e3) / 10}% of columns drifted).` : "_Not checked._"}`,
    `## Compared with

${lineage.parent ? `v${escapeMarkdown(lineage.parent.version)} \u2014 gate verdict: **${lineage.parent.verdict ?? "not gated"}**.` : "_No parent version: this is the first._"}`,
    `## Provenance

${provenance(lineage)}`,
    `## Files

${markdownTable([["file", "bytes", "sha256"], ...lineage.subjects.map((s) => [escapeMarkdown(s.name), String(s.size), `\`${s.sha256}\``])])}`
  ].join("\n\n");
  const heading = `# ${escapeMarkdown(lineage.model)} v${escapeMarkdown(lineage.version)}`;
  if (!template) return `${heading}

${generated}
`;
  return template.includes("{{generated}}") ? template.replace("{{generated}}", generated) : `${template.trimEnd()}

${generated}
`;
}
function metricsTable(lineage) {
  const entries = Object.entries(lineage.metrics.values);
  if (entries.length === 0) return "_No evaluation recorded._";
  return markdownTable([
    ["metric", "value", "95% CI"],
    ...entries.map(([name, value]) => {
      const interval = lineage.metrics.intervals?.[name];
      return [escapeMarkdown(name), formatNumber(value), interval ? `[${formatNumber(interval[0])}, ${formatNumber(interval[1])}]` : "\u2014"];
    })
  ], { align: ["l", "r", "r"] });
}
function provenance(lineage) {
  const c = lineage.code;
  const lines = [
    `- Code: ${c.repository ? escapeMarkdown(c.repository) : "local checkout"}${c.commit ? ` @ \`${c.commit.slice(0, 12)}\`` : ""}${c.ref ? ` (${escapeMarkdown(c.ref)})` : ""}`,
    c.run_url ? `- Run: ${c.run_url}` : "- Run: not in GitHub Actions",
    `- Parameters: ${escapeMarkdown(JSON.stringify(lineage.parameters))}`,
    `- Built by ${escapeMarkdown(lineage.environment.tool)} on Node ${escapeMarkdown(lineage.environment.node)} at ${lineage.created_at}`
  ];
  return lines.join("\n");
}

// shared/registry/local-registry.ts
import { randomBytes } from "node:crypto";
import { appendFile, copyFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { basename as basename2, join } from "node:path";

// shared/registry/checksums.ts
function formatChecksums(entries) {
  return [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((e) => `${e.sha256}  ${e.name}
`).join("");
}
function parseChecksums(text, source) {
  const sums = /* @__PURE__ */ new Map();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new InputError(`${source}: line ${index + 1} is not \`<sha256>  <file name>\``);
    sums.set(match[2], match[1]);
  });
  return sums;
}

// shared/registry/names.ts
var MODEL_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
var STAGE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-_]*[a-zA-Z0-9])?$/;
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function checkModelName(name) {
  if (!MODEL_NAME.test(name)) {
    throw new InputError(`model name \`${name}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\` for namespaces, starting and ending with a letter or digit`);
  }
  if (name.includes("//") || name.split("/").some((part) => part.endsWith(".lock"))) {
    throw new InputError(`model name \`${name}\` is not a valid git tag name (no \`//\`)`);
  }
  return name;
}
function checkStageName(stage) {
  if (!STAGE_NAME.test(stage)) {
    throw new InputError(`stage name \`${stage}\` is not valid: use letters, digits, \`-\` and \`_\`, starting and ending with a letter or digit`);
  }
  return stage;
}
function normaliseVersion(version) {
  const bare = version.startsWith("v") ? version.slice(1) : version;
  if (!SEMVER.test(bare)) {
    throw new InputError(`version \`${version}\` is not a semantic version (e.g. 1.4.0 or v1.4.0-rc.1)`);
  }
  return bare;
}
function versionTag(model, version) {
  return `${checkModelName(model)}@v${normaliseVersion(version)}`;
}
function stageTag(model, stage, eventNumber, unassign = false) {
  return `${checkModelName(model)}#${checkStageName(stage)}${unassign ? "!" : ""}#${eventNumber}`;
}
function compareVersions(a, b) {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i++) if (coreA[i] !== coreB[i]) return coreA[i] - coreB[i];
  if (preA.length === 0 || preB.length === 0) return preB.length - preA.length;
  for (let i = 0; i < Math.min(preA.length, preB.length); i++) {
    const [x, y] = [preA[i], preB[i]];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return preA.length - preB.length;
}
function splitVersion(version) {
  const withoutBuild = version.split("+")[0];
  const dash = withoutBuild.indexOf("-");
  const core = (dash < 0 ? withoutBuild : withoutBuild.slice(0, dash)).split(".").map(Number);
  const pre = dash < 0 ? [] : withoutBuild.slice(dash + 1).split(".");
  return [core, pre];
}

// shared/registry/local-registry.ts
var CHECKSUMS_FILE = "SHA256SUMS";
var RECORD_FILE = ".version.json";
var EVENTS_FILE = "events.jsonl";
var LocalRegistry = class {
  constructor(root) {
    this.root = root;
    this.description = `local registry at ${root}`;
  }
  root;
  description;
  async publish(request) {
    const model = checkModelName(request.model);
    const version = normaliseVersion(request.version);
    if (request.files.length === 0) throw new InputError("publish needs at least one model file");
    const incoming = await this.describeIncoming(request);
    const finalDir = this.versionDir(model, version);
    const existing = await this.readVersion(model, version);
    if (existing) return { version: existing, outcome: sameContent(existing.files, incoming) };
    const staging = join(this.modelDir(model), `.staging-v${version}-${randomBytes(6).toString("hex")}`);
    await mkdir(staging, { recursive: true });
    try {
      for (const file of request.files) await copyFile(file.path, join(staging, file.name ?? basename2(file.path)));
      for (const [name, text] of Object.entries(request.documents ?? {})) await writeFile(join(staging, name), text);
      await writeFile(join(staging, CHECKSUMS_FILE), formatChecksums(incoming));
      await verifyFolder(staging, incoming);
      const record = { model, version, tag: versionTag(model, version), files: incoming, published_at: (/* @__PURE__ */ new Date()).toISOString() };
      await writeFile(join(staging, RECORD_FILE), JSON.stringify(record, null, 2));
      try {
        await rename(staging, finalDir);
      } catch (error) {
        const winner = await this.readVersion(model, version);
        if (!winner) throw error;
        return { version: winner, outcome: sameContent(winner.files, incoming) };
      }
      return { version: record, outcome: "created" };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  async promote(request) {
    const model = checkModelName(request.model);
    const stage = checkStageName(request.stage);
    const version = normaliseVersion(request.version);
    if (!await this.readVersion(model, version)) {
      throw new InputError(`${model}@v${version} is not published in the ${this.description}; publish it before promoting it`);
    }
    const history = await this.stageHistory(model);
    const number = history.length + 1;
    const event = {
      model,
      stage,
      version,
      number,
      tag: stageTag(model, stage, number),
      action: "assign",
      at: (/* @__PURE__ */ new Date()).toISOString(),
      by: request.by ?? null,
      note: request.note ?? null,
      run_url: request.runUrl ?? null
    };
    await appendFile(join(this.modelDir(model), EVENTS_FILE), `${JSON.stringify(event)}
`);
    return event;
  }
  async resolve(model, selector) {
    checkModelName(model);
    if ("version" in selector) {
      const version = normaliseVersion(selector.version);
      const record = await this.readVersion(model, version);
      if (!record) throw new InputError(`${model}@v${version} is not in the ${this.description}`);
      return record;
    }
    if ("stage" in selector) {
      const stage = checkStageName(selector.stage);
      const current = (await this.stageHistory(model)).filter((e) => e.stage === stage).at(-1);
      if (!current || current.action === "unassign") throw new InputError(`${model} has no version in stage \`${stage}\``);
      return this.resolve(model, { version: current.version });
    }
    const all = await this.versions(model);
    if (all.length === 0) throw new InputError(`${model} has no published version in the ${this.description}`);
    return all.at(-1);
  }
  async fetch(model, selector, directory) {
    const record = await this.resolve(model, selector);
    const source = this.versionDir(record.model, record.version);
    const createdDirectory = !await exists(directory);
    await mkdir(directory, { recursive: true });
    const staging = join(directory, `.mlgate-fetch-${randomBytes(6).toString("hex")}`);
    await mkdir(staging);
    try {
      const sums = parseChecksums(await readFile(join(source, CHECKSUMS_FILE), "utf8"), `${record.tag}/${CHECKSUMS_FILE}`);
      for (const file of record.files) {
        if (sums.get(file.name) !== file.sha256) {
          throw new InputError(`${record.tag}: ${file.name} is not listed with the recorded digest in ${CHECKSUMS_FILE}`);
        }
        try {
          await copyFile(join(source, file.name), join(staging, file.name));
        } catch {
          throw new InputError(`${record.tag}: ${file.name} is missing from the ${this.description}`);
        }
      }
      await verifyFolder(staging, record.files, record.tag);
      await copyFile(join(source, CHECKSUMS_FILE), join(staging, CHECKSUMS_FILE));
      for (const name of [...record.files.map((f) => f.name), CHECKSUMS_FILE]) await rename(join(staging, name), join(directory, name));
      return { version: record, directory, files: record.files };
    } finally {
      await rm(staging, { recursive: true, force: true });
      if (createdDirectory) await rmdir(directory).catch(() => void 0);
    }
  }
  async versions(model) {
    checkModelName(model);
    let entries;
    try {
      entries = await readdir(this.modelDir(model));
    } catch {
      return [];
    }
    const records = [];
    for (const entry of entries) {
      if (!entry.startsWith("v")) continue;
      const record = await this.readVersion(model, entry.slice(1));
      if (record) records.push(record);
    }
    return records.sort((a, b) => compareVersions(a.version, b.version));
  }
  async stageHistory(model) {
    checkModelName(model);
    let text;
    try {
      text = await readFile(join(this.modelDir(model), EVENTS_FILE), "utf8");
    } catch {
      return [];
    }
    return text.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
  }
  async readDocument(model, version, name) {
    const record = await this.readVersion(checkModelName(model), normaliseVersion(version));
    if (!record?.files.some((f) => f.name === name)) return void 0;
    return readFile(join(this.versionDir(record.model, record.version), name), "utf8");
  }
  modelDir(model) {
    return join(this.root, model.replaceAll("/", "~"));
  }
  versionDir(model, version) {
    return join(this.modelDir(model), `v${version}`);
  }
  async readVersion(model, version) {
    try {
      return JSON.parse(await readFile(join(this.versionDir(model, version), RECORD_FILE), "utf8"));
    } catch {
      return void 0;
    }
  }
  async describeIncoming(request) {
    const files = [];
    const names = /* @__PURE__ */ new Set();
    const add = (file) => {
      if (names.has(file.name)) throw new InputError(`two files would be published as \`${file.name}\``);
      if (file.name === CHECKSUMS_FILE || file.name.startsWith(".") || file.name.includes("/")) {
        throw new InputError(`\`${file.name}\` cannot be published: the name is reserved or not a plain file name`);
      }
      names.add(file.name);
      files.push(file);
    };
    for (const file of request.files) {
      let digest;
      try {
        if (!(await stat(file.path)).isFile()) throw new Error("not a file");
        digest = await digestFile(file.path);
      } catch {
        throw new InputError(`${file.path}: model file not found or not a regular file`);
      }
      add({ name: file.name ?? basename2(file.path), ...digest });
    }
    for (const [name, text] of Object.entries(request.documents ?? {})) {
      const bytes = Buffer.from(text);
      add({ name, sha256: digestText(bytes), size: bytes.length });
    }
    return files;
  }
};
function sameContent(published, incoming) {
  const key = (files) => formatChecksums(files);
  if (key(published) !== key(incoming)) {
    throw new InputError("this version is already published with different content; publish a new version instead (published versions never change)");
  }
  return "unchanged";
}
async function verifyFolder(folder, expected, label = "staged copy") {
  for (const file of expected) {
    const actual = await digestFile(join(folder, file.name));
    if (actual.sha256 !== file.sha256 || actual.size !== file.size) {
      throw new InputError(`${label}: ${file.name} does not match its recorded SHA-256 (expected ${file.sha256}, got ${actual.sha256}); nothing was written`);
    }
  }
}
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

// shared/registry/open-registry.ts
var DEFAULT_LOCAL_STORE = ".mlgate/registry";
function openRegistry(store = DEFAULT_LOCAL_STORE) {
  if (store.trim() === "") throw new InputError("store must be a folder path or `github`");
  if (store === "github") {
    throw new InputError("store `github` (GitHub releases) is not available in this version of mlgate; pass a folder path, e.g. `.mlgate/registry`");
  }
  return new LocalRegistry(store);
}

// shared/commands/registry.ts
async function publish(options) {
  checkModelName(options.model);
  const version = normaliseVersion(options.version);
  if (options.files.length === 0) throw new InputError("publish needs at least one model file (--files)");
  const registry = openRegistry(options.store);
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : void 0;
  const gateReport = options.gateReport ? readJsonFile(options.gateReport, "gate report") : void 0;
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
    toolVersion: TOOL_VERSION
  });
  let template;
  if (options.cardTemplate) {
    try {
      template = readFileSync(options.cardTemplate, "utf8");
    } catch {
      throw new InputError(`${options.cardTemplate}: model card template not found`);
    }
  }
  const existing = await registry.versions(options.model).then((all) => all.find((v) => v.version === version));
  if (existing) {
    const result2 = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents: await storedDocuments(registry, options.model, version) });
    const stored = await registry.readDocument(options.model, version, "lineage.json");
    return { ...result2, lineage: stored ? JSON.parse(stored) : lineage };
  }
  const documents = {
    "lineage.json": toJson(lineage),
    "MODEL_CARD.md": renderModelCard(lineage, template)
  };
  if (evaluation) documents["metrics.json"] = toJson(evaluation);
  const result = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents });
  return { ...result, lineage };
}
async function storedDocuments(registry, model, version) {
  const documents = {};
  for (const name of ["lineage.json", "MODEL_CARD.md", "metrics.json"]) {
    const text = await registry.readDocument(model, version, name);
    if (text !== void 0) documents[name] = text;
  }
  return documents;
}
async function promote(options) {
  const registry = openRegistry(options.store);
  return registry.promote({
    model: options.model,
    version: options.version,
    stage: options.stage,
    by: options.by ?? process.env.GITHUB_ACTOR ?? process.env.USER ?? null,
    note: options.note ?? null,
    runUrl: process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : null
  });
}
function selectorOf(options) {
  if (options.version && options.stage) throw new InputError("give either --version or --stage, not both");
  if (options.version) return { version: options.version };
  if (options.stage) return { stage: options.stage };
  return { latest: true };
}
async function fetchModel(options) {
  return openRegistry(options.store).fetch(options.model, selectorOf(options), options.out);
}
async function lineageOf(options) {
  const registry = openRegistry(options.store);
  const chain = [];
  let next = (await registry.resolve(options.model, options.version ? { version: options.version } : { latest: true })).version;
  const seen = /* @__PURE__ */ new Set();
  while (next && !seen.has(next)) {
    seen.add(next);
    const version = await registry.resolve(options.model, { version: next });
    const text = await registry.readDocument(options.model, next, "lineage.json");
    const lineage = text ? JSON.parse(text) : null;
    chain.push({ version, lineage });
    next = lineage?.parent?.version;
  }
  return { model: options.model, chain, stages: await registry.stageHistory(options.model) };
}

export {
  DEFAULT_LOCAL_STORE,
  TOOL_VERSION,
  publish,
  promote,
  fetchModel,
  lineageOf
};
