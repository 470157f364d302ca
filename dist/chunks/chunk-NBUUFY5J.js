import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  AUDIT_RECORD_LIMIT,
  auditHeadline
} from "./chunk-2KWRJXY2.js";
import {
  ShapeMismatch,
  count,
  decodeShape,
  list,
  nullable,
  object,
  optional,
  string
} from "./chunk-MTG562HG.js";
import {
  CHECKSUMS_FILE,
  formatChecksums,
  isRfc3339DateTime,
  parseChecksums,
  preparePublishFiles,
  sameContent,
  storedFiles,
  verifyFiles
} from "./chunk-SPGCF4JI.js";
import {
  auditTag,
  auditTagPrefix,
  checkModelName,
  checkStageName,
  compareSemVer,
  fileNameProblem,
  normaliseVersion,
  parseAuditTag,
  parseTag,
  stageTag,
  tagPrefix,
  versionTag
} from "./chunk-D7XARLC7.js";
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";
import {
  digestText
} from "./chunk-RY6TFG5S.js";
import {
  NO_AUTOMATIC_RETRY,
  openGateway,
  statusOf
} from "./chunk-MKBYBNPK.js";
import {
  DEFAULT_LOCAL_STORE
} from "./chunk-DOVZ6JHB.js";
import {
  require_dist
} from "./chunk-SS2DCIVC.js";
import {
  decodeNumber,
  parseJson
} from "./chunk-D7INEA7H.js";
import {
  ExternalServiceError,
  InputError,
  VerificationError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/adapters/registry/open-registry.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { tmpdir } from "node:os";

// shared/adapters/registry/github-registry.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { hostname, userInfo } from "node:os";
import { join as join2 } from "node:path";

// schemas/audit.schema.json
var audit_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/audit/1.schema.json",
  title: "mlgate audit record (an event of a model's history after release)",
  description: 'One monitoring result or A/B decision about a model: an `AuditRecord` (shared/core/registry/audit.ts). Stored as the JSON after the first blank line of an annotated tag `mlgate-audit/<model>/<kind>/<UTC time>` (GitHub registry) or as one line of `<model>/audit.jsonl` (local registry). At most 8,192 bytes encoded. Non-finite numbers are the strings "Infinity", "-Infinity", "NaN". Closed. Read by shared/adapters/codecs/audit-json.ts.',
  type: "object",
  additionalProperties: false,
  required: ["schema", "kind", "model", "version", "at", "run", "outcome", "figures", "sources"],
  $defs: {
    number: { oneOf: [{ type: "number" }, { enum: ["Infinity", "-Infinity", "NaN"] }] },
    text: { type: "string", maxLength: 200 },
    monitor: {
      type: "object",
      additionalProperties: false,
      required: ["drifted_columns", "drifted_count", "compared_count", "share_drifted", "current"],
      properties: {
        drifted_columns: { type: "array", items: { $ref: "#/$defs/text" }, maxItems: 20, description: "The first 20 drifted columns, in report order." },
        drifted_count: { type: "integer", minimum: 0 },
        compared_count: { type: "integer", minimum: 0 },
        share_drifted: { $ref: "#/$defs/number" },
        current: { $ref: "#/$defs/text", description: "The current data read (the newest partition)." }
      }
    },
    abtest: {
      type: "object",
      additionalProperties: false,
      required: ["effect", "interval", "p_value", "n", "test", "stopped_at", "promoted_to"],
      properties: {
        effect: { $ref: "#/$defs/number" },
        interval: { type: "array", items: { $ref: "#/$defs/number" }, minItems: 2, maxItems: 2 },
        p_value: { $ref: "#/$defs/number" },
        n: {
          type: "object",
          additionalProperties: false,
          required: ["control", "treatment"],
          properties: { control: { type: "integer", minimum: 0 }, treatment: { type: "integer", minimum: 0 } }
        },
        test: { enum: ["two-proportion-z", "welch-t", "msprt-normal-mixture"] },
        stopped_at: { oneOf: [{ $ref: "#/$defs/text" }, { type: "null" }] },
        promoted_to: { oneOf: [{ type: "string", maxLength: 256 }, { type: "null" }], description: "Set by `promote --abtest`: the stage the version was promoted to on this decision." }
      }
    }
  },
  properties: {
    schema: { const: "mlgate-audit/1" },
    kind: { enum: ["monitor", "abtest"] },
    model: { type: "string", minLength: 1, maxLength: 256 },
    version: { oneOf: [{ type: "string", minLength: 1, maxLength: 256 }, { type: "null" }], description: "The version the event concerns (SemVer without `v`), or null when the command did not know it." },
    at: { type: "string", format: "date-time" },
    run: {
      type: "object",
      additionalProperties: false,
      required: ["url", "id"],
      properties: { url: { oneOf: [{ $ref: "#/$defs/text" }, { type: "null" }] }, id: { oneOf: [{ $ref: "#/$defs/text" }, { type: "null" }] } }
    },
    outcome: { enum: ["drifted", "cleared", "treatment", "control", "continue", "stop"] },
    figures: { oneOf: [{ $ref: "#/$defs/monitor" }, { $ref: "#/$defs/abtest" }] },
    sources: {
      type: "array",
      maxItems: 10,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "sha256"],
        properties: { path: { $ref: "#/$defs/text" }, sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } }
      }
    }
  },
  allOf: [
    { if: { properties: { kind: { const: "monitor" } } }, then: { properties: { outcome: { enum: ["drifted", "cleared"] }, figures: { $ref: "#/$defs/monitor" } } } },
    { if: { properties: { kind: { const: "abtest" } } }, then: { properties: { outcome: { enum: ["treatment", "control", "continue", "stop"] }, figures: { $ref: "#/$defs/abtest" } } } }
  ]
};

// shared/adapters/codecs/audit-json.ts
var checkSchema = schemaChecker(audit_schema_default, "is not an mlgate audit record", (ajv) => ajv.addFormat("date-time", { type: "string", validate: isRfc3339DateTime }));
function encodeAuditRecord(record) {
  const line = JSON.stringify(record, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v);
  if (Buffer.byteLength(line) > AUDIT_RECORD_LIMIT) throw new Error(`audit record of ${record.model} is ${Buffer.byteLength(line)} bytes, over ${AUDIT_RECORD_LIMIT}`);
  return line;
}
function decodeAuditRecord(text, source) {
  if (Buffer.byteLength(text) > AUDIT_RECORD_LIMIT) throw new InputError(`${source}: audit record longer than ${AUDIT_RECORD_LIMIT} bytes`);
  const value = parseJson(text, source, "audit record");
  checkSchema(value, source);
  return revive(value);
}
function auditTagMessage(record) {
  return `${auditHeadline(record).replace(/\s+/g, " ")}

${encodeAuditRecord(record)}
`;
}
function decodeAuditTagMessage(message, tag) {
  const blank = message.indexOf("\n\n");
  if (blank < 0) throw new InputError(`${tag}: the tag's message holds no audit record (expected a headline, a blank line and the record's JSON)`);
  return decodeAuditRecord(message.slice(blank + 2).trim(), `${tag} (tag message)`);
}
var NUMBERS = /* @__PURE__ */ new Set(["effect", "interval", "p_value", "share_drifted"]);
function revive(value, key = "") {
  if (Array.isArray(value)) return value.map((v) => revive(v, key));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  if (typeof value === "string" && NUMBERS.has(key)) return decodeNumber(value) ?? value;
  return value;
}

// shared/core/registry/gto-config.ts
var import_yaml = __toESM(require_dist(), 1);
var GTO_CONFIG_FILE = ".gto";
var NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
function parseGtoConfig(text, where = GTO_CONFIG_FILE) {
  let document;
  try {
    document = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new InputError(`${where}: not valid YAML (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`);
  }
  if (document === null || document === void 0) return { stages: null, types: null };
  if (typeof document !== "object" || Array.isArray(document)) throw new InputError(`${where}: expected a mapping with \`stages:\` and \`types:\` lists`);
  const fields = document;
  return { stages: nameList(fields.stages, "stages", where), types: nameList(fields.types, "types", where) };
}
function nameList(value, key, where) {
  if (value === void 0 || value === null) return null;
  if (!Array.isArray(value)) throw new InputError(`${where}: \`${key}\` must be a list of names, got ${typeof value === "object" ? "a mapping" : JSON.stringify(value)}`);
  return value.map((item, i) => {
    if (typeof item !== "string" || !NAME.test(item)) {
      throw new InputError(`${where}: \`${key}[${i}]\` (${JSON.stringify(item)}) is not a valid name: letters, digits, \`-\`, \`_\`, \`/\`, starting and ending with a letter or digit`);
    }
    return item;
  });
}
function checkStageAllowed(config, stage, where = GTO_CONFIG_FILE) {
  if (config.stages !== null && !config.stages.includes(stage)) {
    const allowed = config.stages.length ? config.stages.map((s) => `\`${s}\``).join(", ") : "none (the list is empty)";
    throw new InputError(`${where}: stage \`${stage}\` is not one of the stages it allows: ${allowed}`);
  }
}

// shared/core/registry/gto-state.ts
var PRIORITY = { deprecate: 2, register: 3, deregister: 4, assign: 5, unassign: 6 };
function compareEvents(a, b) {
  return Date.parse(a.date ?? "") - Date.parse(b.date ?? "") || PRIORITY[a.action] - PRIORITY[b.action] || (a.number ?? 0) - (b.number ?? 0) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
function gtoModelState(model, tags) {
  const ignored = tags.filter((t) => !t.annotated).map((t) => t.tag).sort();
  const events = tags.filter((t) => t.annotated && t.date !== null && t.message !== null).sort(compareEvents);
  const versions = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.action !== "register" && event.action !== "deregister") continue;
    const version = event.version;
    const known = versions.get(version);
    if (known) {
      known.lastDirect = event.action;
      known.deregistered = event.action === "deregister";
      continue;
    }
    versions.set(version, {
      version,
      commit: event.commit,
      registered: event.action === "register",
      deregistered: event.action === "deregister",
      tag: event.action === "register" ? event.tag : null,
      registered_at: event.action === "register" ? event.date : null,
      lastDirect: event.action
    });
  }
  const byCommit = /* @__PURE__ */ new Map();
  for (const v of versions.values()) byCommit.set(v.commit, [...byCommit.get(v.commit) ?? [], v.version]);
  const commitNamed = /* @__PURE__ */ new Map();
  const versionAt = (event) => {
    const found = byCommit.get(event.commit) ?? [];
    if (found.length > 1) {
      throw new InputError(`${event.tag}: commit ${event.commit.slice(0, 12)} carries ${found.map((v) => `${model}@v${v}`).join(" and ")}; GTO allows one version of a model per commit`);
    }
    const recorded = trailerValue(event.message, "version");
    if (found.length === 1) {
      if (recorded !== void 0 && recorded.replace(/^v/, "") !== found[0]) {
        throw new InputError(`${event.tag}: its message says version ${recorded}, but the commit it points at (${event.commit.slice(0, 12)}) is ${model}@v${found[0]}; GTO goes by the commit`);
      }
      return found[0];
    }
    if (recorded !== void 0) {
      throw new InputError(`${event.tag}: its message says version ${recorded}, but no version of ${model} is registered on the commit it points at (${event.commit.slice(0, 12)})`);
    }
    if (!commitNamed.has(event.commit)) {
      commitNamed.set(event.commit, { version: event.commit, commit: event.commit, registered: false, deregistered: false, tag: null, registered_at: null });
    }
    return event.commit;
  };
  const history = [];
  const pairs = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.action !== "assign" && event.action !== "unassign") continue;
    const version = versionAt(event);
    const stage = event.stage;
    history.push({
      tag: event.tag,
      stage,
      version,
      commit: event.commit,
      number: event.number,
      action: event.action,
      at: event.date,
      tagger: event.tagger,
      message: event.message
    });
    const key = `${version}\0${stage}`;
    const pair = pairs.get(key) ?? { stage, version, last: event, lastAssign: null };
    pair.last = event;
    if (event.action === "assign") pair.lastAssign = event;
    pairs.set(key, pair);
  }
  const activeVersion = (version) => {
    const v = versions.get(version);
    return v ? v.lastDirect === "register" : commitNamed.has(version);
  };
  const stages = {};
  const activePairs = [...pairs.values()].filter((p) => p.last.action === "assign" && activeVersion(p.version)).sort((a, b) => compareEvents(b.lastAssign, a.lastAssign));
  for (const pair of activePairs) {
    const entry = stages[pair.stage] ?? { current: pair.version, bySemVer: pair.version, active: [] };
    entry.active.push(pair.version);
    if (compareVersionNames(pair.version, entry.bySemVer) > 0) entry.bySemVer = pair.version;
    stages[pair.stage] = entry;
  }
  const last = events.at(-1);
  const deprecatedBy = last?.action === "deprecate" ? last.tag : null;
  const listed = [...versions.values()].map(({ lastDirect: _, ...v }) => v);
  const registered = listed.filter((v) => v.registered && !v.deregistered).map((v) => v.version).sort(compareSemVer);
  return {
    versions: [...listed.sort((a, b) => compareSemVer(a.version, b.version)), ...[...commitNamed.values()].sort((a, b) => a.version < b.version ? -1 : 1)],
    deprecated: deprecatedBy !== null,
    deprecatedBy,
    stages,
    latest: registered.at(-1) ?? null,
    history,
    ignored
  };
}
function compareVersionNames(a, b) {
  const semA = !/^[0-9a-f]{40}$/.test(a);
  const semB = !/^[0-9a-f]{40}$/.test(b);
  if (semA && semB) return compareSemVer(a, b);
  if (semA !== semB) return semA ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function messageTrailers(message) {
  const fields = {};
  const blank = message.indexOf("\n\n");
  if (blank < 0) return fields;
  for (const line of message.slice(blank + 2).split("\n")) {
    const match = /^([a-z_]+): (.*)$/.exec(line.trim());
    if (match) fields[match[1]] = match[2];
  }
  return fields;
}
function trailerValue(message, key) {
  return messageTrailers(message)[key];
}

// shared/adapters/registry/staged-fetch.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, rmdir, stat } from "node:fs/promises";
import { join } from "node:path";
async function fetchVerified(directory, version, store, obtain) {
  const refuse = (problem) => new VerificationError(`${version.tag}: ${problem}; nothing was written`);
  let verified = [];
  await fetchAllOrNothing(directory, async (staging) => {
    if (!await obtain(CHECKSUMS_FILE, join(staging, CHECKSUMS_FILE))) throw refuse(`${CHECKSUMS_FILE} is missing from the ${store}`);
    const sums = parseChecksums(await readFile(join(staging, CHECKSUMS_FILE), "utf8"), `${version.tag}/${CHECKSUMS_FILE}`);
    for (const name of sums.keys()) {
      if (name === CHECKSUMS_FILE || fileNameProblem(name)) throw refuse(`${CHECKSUMS_FILE} lists ${JSON.stringify(name)}, which is not a plain file name`);
      if (!await obtain(name, join(staging, name))) throw refuse(`${name} is listed in ${CHECKSUMS_FILE} but missing from the ${store}`);
    }
    const recorded = new Map(version.files.map((file) => [file.name, file]));
    for (const file of version.files) {
      const listed = sums.get(file.name);
      if (listed === void 0) throw refuse(`${file.name} belongs to the version but is not listed in ${CHECKSUMS_FILE}`);
      if (file.sha256 && file.sha256 !== listed) throw refuse(`${file.name} is recorded with SHA-256 ${file.sha256} but listed with ${listed} in ${CHECKSUMS_FILE}`);
    }
    const expected = [...sums].map(([name, sha2562]) => ({ name, sha256: sha2562, size: recorded.get(name)?.size }));
    await verifyFiles(staging, expected, version.tag, `its SHA-256 in ${CHECKSUMS_FILE}`);
    await checkLineageSubjects(staging, sums, refuse);
    verified = await Promise.all([...sums].map(async ([name, sha2562]) => ({ name, sha256: sha2562, size: (await stat(join(staging, name))).size })));
    return [...sums.keys(), CHECKSUMS_FILE];
  });
  return verified;
}
async function checkLineageSubjects(folder, sums, refuse) {
  if (!sums.has("lineage.json")) return;
  let lineage;
  try {
    lineage = JSON.parse(await readFile(join(folder, "lineage.json"), "utf8"));
  } catch {
    throw refuse("lineage.json is not valid JSON");
  }
  if (typeof lineage !== "object" || lineage === null || Array.isArray(lineage)) throw refuse("lineage.json is not a JSON object");
  const subjects = lineage.subjects;
  if (subjects === void 0) return;
  if (!Array.isArray(subjects)) throw refuse("`subjects` in lineage.json is not a list");
  for (const [index, entry] of subjects.entries()) {
    const subject = entry;
    if (typeof subject !== "object" || subject === null || typeof subject.name !== "string" || typeof subject.sha256 !== "string") {
      throw refuse(`\`subjects[${index}]\` in lineage.json has no name and SHA-256`);
    }
    const name = JSON.stringify(subject.name).slice(1, -1);
    if (sums.get(subject.name) !== subject.sha256) {
      throw refuse(`${name} has SHA-256 ${sums.get(subject.name) ?? "none"} in ${CHECKSUMS_FILE} but ${JSON.stringify(subject.sha256).slice(1, -1)} in lineage.json`);
    }
    if (typeof subject.size === "number") {
      const size = (await stat(join(folder, subject.name))).size;
      if (size !== subject.size) throw refuse(`${name} is ${size} bytes, ${subject.size} in lineage.json`);
    }
  }
}
async function fetchAllOrNothing(directory, fill) {
  const createdDirectory = !await exists(directory);
  await mkdir(directory, { recursive: true });
  const staging = join(directory, `.mlgate-fetch-${randomBytes(6).toString("hex")}`);
  await mkdir(staging);
  const moved = [];
  try {
    const names = await fill(staging);
    for (const name of names) {
      const destination = join(directory, name);
      if (await exists(destination)) throw new InputError(`${directory} already holds ${name}; fetch into an empty or new folder`);
    }
    try {
      for (const name of names) {
        await rename(join(staging, name), join(directory, name));
        moved.push(name);
      }
    } catch (error) {
      await Promise.all(moved.map((name) => rm(join(directory, name), { force: true })));
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (createdDirectory) await rmdir(directory).catch(() => void 0);
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

// shared/adapters/registry/github-drafts.ts
var MARKER = /<!-- mlgate-publish-run: (\S+) -->\s*$/;
function withRunMarker(body, run) {
  return `${body.replace(MARKER, "").trimEnd()}

<!-- mlgate-publish-run: ${run} -->
`;
}
function runOf(release) {
  return MARKER.exec(release.body ?? "")?.[1] ?? null;
}
var ReleaseDrafts = class {
  constructor(options) {
    this.options = options;
  }
  options;
  get client() {
    return this.options.gateway.client;
  }
  get repoParams() {
    return { owner: this.options.owner, repo: this.options.repo };
  }
  async claim(tag, spec, published) {
    for (; ; ) {
      const drafts = await this.draftsOf(tag);
      const foreign = drafts.find((d) => runOf(d) === null);
      if (foreign) {
        throw new InputError(`a draft release for ${tag} exists that mlgate did not make (release id ${foreign.id}); delete it on GitHub, or publish another version`);
      }
      const own = drafts.find((d) => runOf(d) === this.options.run);
      if (own) return { kind: "draft", release: own, resumed: true };
      const other = drafts[0];
      if (!other) {
        const made = await this.create(tag, spec);
        const earlier = (await this.draftsOf(tag)).some((d) => d.id < made.id);
        const release = earlier ? void 0 : await published();
        if (!earlier && !release) return { kind: "draft", release: made, resumed: false };
        await this.client.rest.repos.deleteRelease({ ...this.repoParams, release_id: made.id });
        if (release) return { kind: "published", release, by: runOf(release) };
        continue;
      }
      const waited = await this.waitFor(tag, other, published);
      if (waited === "gone") continue;
      if (waited !== "quiet") return waited;
      this.options.log(`${tag}: adopting the draft left by ${runOf(other)} (no activity for ${Math.round(this.options.quietMs / 1e3)} s)`);
      const { data: adopted } = await this.client.rest.repos.updateRelease({ ...this.repoParams, release_id: other.id, body: withRunMarker(other.body ?? "", this.options.run) });
      return { kind: "draft", release: adopted, resumed: true };
    }
  }
  /** Waits until another run's draft is published (the release), deleted (`gone`) or abandoned (`quiet`). */
  async waitFor(tag, draft, published) {
    this.options.log(`${tag}: ${runOf(draft)} is publishing this version; waiting for it (its draft counts as abandoned after ${Math.round(this.options.quietMs / 1e3)} s without activity)`);
    for (let polls = 0; ; polls++) {
      if (polls > 0) await new Promise((done) => setTimeout(done, this.options.pollMs));
      const release = await published();
      if (release) return { kind: "published", release, by: runOf(release) };
      const current = (await this.draftsOf(tag)).find((d) => d.id === draft.id);
      if (!current) {
        const meanwhile = await published();
        return meanwhile ? { kind: "published", release: meanwhile, by: runOf(meanwhile) } : "gone";
      }
      if (Date.now() - await this.lastActivity(current) >= this.options.quietMs) return "quiet";
    }
  }
  async lastActivity(release) {
    const assets = await this.client.paginate(this.client.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: release.id, per_page: 100 });
    return Math.max(Date.parse(release.created_at), ...assets.flatMap((a) => [Date.parse(a.created_at), Date.parse(a.updated_at)]));
  }
  /** A new draft; when the answer is lost, the draft GitHub made for this run is adopted, never doubled. */
  create(tag, spec) {
    return this.options.gateway.createOnce(
      async () => (await this.client.rest.repos.createRelease({
        ...this.repoParams,
        tag_name: tag,
        target_commitish: spec.commit,
        name: tag,
        draft: true,
        prerelease: spec.prerelease,
        make_latest: "false",
        body: withRunMarker(spec.body, this.options.run),
        ...NO_AUTOMATIC_RETRY
      })).data,
      async () => (await this.draftsOf(tag)).find((d) => runOf(d) === this.options.run)
    );
  }
  /** Drafts carrying the tag, oldest first. */
  async draftsOf(tag) {
    return (await this.all()).filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
  }
  /** Tag names that have a draft release: versions a publish has not finished. */
  async tags() {
    return new Set((await this.all()).map((r) => r.tag_name));
  }
  /** Every draft release. Drafts are found only by listing (`/releases/tags/…` skips them). */
  async all() {
    const drafts = [];
    for await (const page of this.client.paginate.iterator(this.client.rest.repos.listReleases, { ...this.repoParams, per_page: 100 })) {
      drafts.push(...page.data.filter((r) => r.draft));
    }
    return drafts;
  }
};

// shared/adapters/registry/release-asset-names.ts
function githubAssetName(name) {
  return name.replace(/[^A-Za-z0-9._+-]/g, ".");
}

// shared/core/registry/model-registry.ts
var AUDIT_READ_LIMIT = 100;

// shared/adapters/registry/github-registry.ts
var ASSET_LIMIT = 2e9;
var GitHubRegistry = class {
  constructor(options) {
    this.options = options;
    this.description = `GitHub releases of ${options.owner}/${options.repo}`;
    this.run = options.run ?? localRun();
    this.drafts = new ReleaseDrafts({
      gateway: options.gateway,
      owner: options.owner,
      repo: options.repo,
      run: this.run,
      quietMs: options.draftQuietMs ?? 6e5,
      pollMs: options.draftPollMs ?? 5e3,
      log: options.log ?? (() => void 0)
    });
  }
  options;
  description;
  run;
  drafts;
  get client() {
    return this.options.gateway.client;
  }
  get repoParams() {
    return { owner: this.options.owner, repo: this.options.repo };
  }
  async publish(request) {
    const model = checkModelName(request.model);
    const version = normaliseVersion(request.version);
    const tag = versionTag(model, version);
    const files = await preparePublishFiles(request, ASSET_LIMIT);
    const incoming = storedFiles(files);
    const checksums = formatChecksums(incoming);
    const all = [...files, { name: CHECKSUMS_FILE, sha256: digestText(checksums), size: Buffer.byteLength(checksums), source: { text: checksums } }];
    const problem = all.map((f) => [f.name, githubAssetName(f.name)]).find(([name, safe]) => name !== safe);
    if (problem) throw new InputError(`${problem[0]}: GitHub would store this file as \`${problem[1]}\` (release asset names keep only letters, digits, \`.\`, \`-\`, \`_\` and \`+\`); rename it, e.g. to \`${problem[1]}\`, before publishing`);
    const published = await this.publishedRelease(tag);
    if (published) return { version: await this.versionRecord(model, version, published), outcome: sameContent(await this.storedFiles(published, tag), incoming) };
    const commit2 = this.options.commit;
    if (!commit2) throw new InputError("cannot tell which commit the version belongs to: set GITHUB_SHA (Actions sets it) or run inside a git checkout");
    await this.checkOneVersionPerCommit(model, version, commit2);
    const body = releaseBody(request.documents?.["MODEL_CARD.md"] ?? `${tag}`);
    const prerelease = version.includes("-");
    const claim = await this.drafts.claim(tag, { commit: commit2, body, prerelease }, () => this.publishedRelease(tag));
    if (claim.kind === "published") {
      const outcome = sameContent(await this.storedFiles(claim.release, tag), incoming);
      return { version: await this.versionRecord(model, version, claim.release), outcome, note: `already published by ${claim.by ?? "another run"}` };
    }
    const release = claim.release;
    await this.uploadMissing(release, all);
    await this.verifyAssets(release.id, all, tag);
    await this.ensureVersionTag(tag, commit2, `Registering artifact ${model} with version v${version}`);
    const { data: final } = await this.client.rest.repos.updateRelease({
      ...this.repoParams,
      release_id: release.id,
      draft: false,
      tag_name: tag,
      prerelease,
      make_latest: "false",
      body: withRunMarker(body, this.run)
    });
    return { version: await this.versionRecord(model, version, final, incoming), outcome: claim.resumed ? "completed" : "created" };
  }
  async promote(request) {
    const model = checkModelName(request.model);
    const stage = checkStageName(request.stage);
    const version = normaliseVersion(request.version);
    const config = await this.gtoConfig();
    if (config) checkStageAllowed(config.config, stage, config.where);
    const state = await this.modelState(model);
    if (state.deprecated) throw new InputError(`${model} is deprecated (tag ${state.deprecatedBy}); publish a new version to use it again`);
    const entry = state.versions.find((v) => v.registered && v.version === version);
    if (!entry && state.ignored.includes(versionTag(model, version))) {
      throw new InputError(`${versionTag(model, version)} is a lightweight tag, which GTO does not read; replace it with an annotated one (\`git tag -a\`) or publish with mlgate, which makes annotated tags`);
    }
    if (!entry) throw new InputError(`${model}@v${version} is not published in the ${this.description}; publish it before promoting it`);
    if (entry.deregistered) throw new InputError(`${model}@v${version} is deregistered (tag ${versionTag(model, version)}!); publish a new version instead`);
    const tag = versionTag(model, version);
    if (!await this.publishedRelease(tag) && (await this.drafts.tags()).has(tag)) {
      throw new InputError(`${tag}: its release is a draft: re-run publish to finish it before promoting it`);
    }
    const runId = request.runId ?? PROCESS_RUN_ID;
    const trailer = [
      request.by ? `by: ${oneLine(request.by)}` : null,
      request.note ? `note: ${oneLine(request.note)}` : null,
      request.runUrl ? `run: ${oneLine(request.runUrl)}` : null,
      `run_id: ${oneLine(runId)}`,
      `version: ${version}`
    ].filter((line) => line !== null);
    const event = await this.adoptedAssignment(model, state, stage, version, runId) ?? await this.appendStageEvent(
      model,
      stage,
      version,
      entry.commit,
      "assign",
      `Assigning stage ${stage} to artifact ${model} version v${version}

${trailer.join("\n")}
`,
      request
    );
    const registered = new Map(state.versions.filter((v) => v.registered).map((v) => [v.version, v]));
    for (const newer of state.stages[stage]?.active.filter((v) => v !== version && registered.has(v) && compareSemVer(v, version) > 0) ?? []) {
      const { commit: commit2 } = registered.get(newer);
      await this.appendStageEvent(
        model,
        stage,
        newer,
        commit2,
        "unassign",
        `Unassigning stage '${stage}' to artifact '${model}' version 'v${newer}'

${[...trailer.filter((l) => !l.startsWith("version: ")), `replaced_by: ${version}`, `version: ${newer}`].join("\n")}
`,
        request
      );
    }
    return event;
  }
  async resolve(model, selector) {
    checkModelName(model);
    const state = await this.modelState(model);
    if (state.deprecated && !("version" in selector)) throw new InputError(`${model} is deprecated (tag ${state.deprecatedBy}); GTO no longer shows it`);
    let version;
    if ("version" in selector) {
      version = normaliseVersion(selector.version);
      const entry2 = state.versions.find((v) => v.version === version);
      if (entry2?.deregistered) throw new InputError(`${model}@v${version} is deregistered (tag ${versionTag(model, version)}!)`);
    } else if ("stage" in selector) {
      const stage = checkStageName(selector.stage);
      const current = state.stages[stage]?.current;
      if (!current) throw new InputError(`${model} has no version in stage \`${stage}\``);
      const entry2 = state.versions.find((v) => v.version === current);
      if (!entry2.registered) {
        throw new InputError(`${model}'s stage \`${stage}\` is on commit ${current.slice(0, 12)}, which has no version tag ${model}@v\u2026; register a version on that commit`);
      }
      version = current;
    } else {
      if (!state.latest) throw new InputError(`${model} has no published version in the ${this.description}`);
      version = state.latest;
    }
    const tag = versionTag(model, version);
    const release = await this.publishedRelease(tag);
    if (release) return this.versionRecord(model, version, release);
    const entry = state.versions.find((v) => v.registered && v.version === version);
    if (!entry) throw new InputError(`${model}@v${version} is not published in the ${this.description}`);
    if ((await this.drafts.tags()).has(tag)) throw new InputError(`${tag}: its release is a draft: re-run publish to finish it`);
    return tagOnlyRecord(model, entry);
  }
  async fetchVersion(model, selector, directory) {
    const record = await this.resolve(model, selector);
    const release = await this.publishedRelease(record.tag);
    if (!release) throw new InputError(`${record.tag} is registered by its git tag alone (GTO) and has no release assets to fetch; publish it with mlgate to attach files`);
    const listed = await this.storedFiles(release, record.tag);
    const expected = listed.map(({ name, size }) => {
      const digest = release.assets.find((a) => a.name === name)?.digest?.replace(/^sha256:/, "") ?? "";
      return { name, sha256: digest, size };
    });
    const files = await fetchVerified(directory, { ...record, files: expected }, "release", async (name, destination) => {
      const asset = release.assets.find((a) => a.name === name);
      if (!asset) return false;
      await this.download(asset, destination);
      return true;
    });
    return { version: { ...record, files }, directory, files };
  }
  /** Published versions, SemVer ascending: GTO-registered ones without a release have no files; deregistered ones and drafts are left out. */
  async versions(model) {
    const state = await this.modelState(checkModelName(model));
    const records = [];
    let drafts;
    for (const entry of state.versions) {
      if (!entry.registered || entry.deregistered) continue;
      const tag = versionTag(model, entry.version);
      const release = await this.publishedRelease(tag);
      if (release) records.push(await this.versionRecord(model, entry.version, release));
      else if (!(await (drafts ??= this.drafts.tags())).has(tag)) records.push(tagOnlyRecord(model, entry));
    }
    return records;
  }
  /** Every stage event GTO reads, in GTO's order (tagger time, then priority, then number). */
  async stageHistory(model) {
    const state = await this.modelState(checkModelName(model));
    return state.history.map((event) => stageEventOf(model, event));
  }
  async readDocument(model, version, name) {
    const release = await this.publishedRelease(versionTag(model, version));
    const asset = release?.assets.find((a) => a.name === name);
    return asset ? this.readText(asset) : void 0;
  }
  /**
   * One annotated tag per event, `mlgate-audit/<model>/<kind>/<time>` (`auditTag`), on the commit of
   * the version it concerns (so `git tag --points-at` and the tag's target tie it to that version),
   * or on the run's commit when no version is known. The record is the tag's message. No release
   * is touched, so immutable releases keep their history growing. A name taken in the same second
   * (another run) moves to `-2`, `-3`, …; a lost answer is recovered as for stage tags (`createAnnotatedTag`).
   */
  async appendAudit(record) {
    const model = checkModelName(record.model);
    let commit2 = this.options.commit;
    if (record.version !== null) {
      commit2 = await this.versionCommit(model, normaliseVersion(record.version)) ?? null;
      if (!commit2) throw new InputError(`${model}@v${record.version} is not published in the ${this.description}: no audit record can hang off it`);
    }
    if (!commit2) throw new InputError("cannot tell which commit the audit record belongs to: give the version, or set GITHUB_SHA (Actions sets it)");
    const message = auditTagMessage(record);
    for (let collision = 1; collision <= 20; collision++) {
      const tag = auditTag(model, record.kind, new Date(record.at), collision);
      if (await this.createAnnotatedTag(tag, commit2, message, record.at) === "created") return tag;
    }
    throw new Error(`could not find a free audit tag name for ${model} at ${record.at} after 20 attempts`);
  }
  /**
   * The newest audit tags of the model: one paginated prefix listing (names only), then the tag
   * objects of the newest `limit` (8 at a time). A tag whose message is not a record of this model
   * is an error naming the tag: a history that cannot be read is not shown in part.
   */
  async auditTrail(model, options = {}) {
    checkModelName(model);
    const limit = options.limit ?? AUDIT_READ_LIMIT;
    const refs = (await this.matchingTags(auditTagPrefix(model))).flatMap((ref) => {
      const name = parseAuditTag(ref.tag);
      return name && name.model === model && (options.kind === void 0 || name.kind === options.kind) ? [{ ...ref, name }] : [];
    }).sort((a, b) => a.name.time === b.name.time ? b.name.collision - a.name.collision : a.name.time < b.name.time ? 1 : -1);
    const chosen = refs.slice(0, limit);
    const records = [];
    for (let i = 0; i < chosen.length; i += 8) {
      records.push(...await Promise.all(chosen.slice(i, i + 8).map(async (ref) => {
        if (ref.type !== "tag") throw new InputError(`${ref.tag}: a lightweight tag carries no audit record; delete it, or make it annotated (\`git tag -a\`) with the record in its message`);
        const { data } = await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha });
        const record = decodeAuditTagMessage(data.message, ref.tag);
        if (record.model !== model || record.kind !== ref.name.kind) throw new InputError(`${ref.tag}: its record is a ${record.kind} record of ${record.model}, not what the tag name says`);
        return { ...record, stored_as: ref.tag };
      })));
    }
    return { records, more: refs.length - chosen.length };
  }
  // --- releases and assets ---
  /** The published release of a tag (`GET /releases/tags/{tag}` never returns drafts). */
  async publishedRelease(tag) {
    try {
      return (await this.client.rest.repos.getReleaseByTag({ ...this.repoParams, tag })).data;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  }
  async uploadMissing(release, files) {
    const wanted = new Map(files.map((f) => [f.name, f]));
    for (const asset of await this.assetsOf(release.id)) {
      const file = wanted.get(asset.name);
      if (file && isStored(asset, file)) {
        wanted.delete(asset.name);
        continue;
      }
      await this.client.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: asset.id });
    }
    for (const file of wanted.values()) {
      const source = "path" in file.source ? { path: file.source.path, size: file.size } : file.source;
      try {
        await this.options.gateway.uploadReleaseAsset(release.upload_url, file.name, source, contentType(file.name));
      } catch (error) {
        if (statusOf(error) !== 422 || !(await this.assetsOf(release.id)).some((a) => a.name === file.name && isStored(a, file))) throw error;
      }
    }
  }
  /** Re-reads the release's assets: every file present, finished, with the right size and digest. */
  async verifyAssets(releaseId, files, tag) {
    const assets = await this.assetsOf(releaseId);
    for (const file of files) {
      const asset = assets.find((a) => a.name === file.name);
      if (!asset || asset.state !== "uploaded") throw new VerificationError(`${tag}: ${file.name} did not finish uploading; the release stays a draft`);
      if (asset.size !== file.size) throw new VerificationError(`${tag}: ${file.name} is ${asset.size} bytes on GitHub, ${file.size} here; the release stays a draft`);
      if (asset.digest && asset.digest !== `sha256:${file.sha256}`) throw new VerificationError(`${tag}: ${file.name} has digest ${asset.digest} on GitHub, sha256:${file.sha256} here; the release stays a draft`);
    }
  }
  /** Every asset of a release: a version may hold more files than one page (100) lists. */
  async assetsOf(releaseId) {
    return this.client.paginate(this.client.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: releaseId, per_page: 100 });
  }
  async storedFiles(release, tag) {
    const asset = release.assets.find((a) => a.name === CHECKSUMS_FILE);
    if (!asset) throw new InputError(`${tag} is published but has no ${CHECKSUMS_FILE}: not an mlgate release`);
    const sums = parseChecksums(await this.readText(asset), `${tag}/${CHECKSUMS_FILE}`);
    return [...sums].map(([name, sha2562]) => ({ name, sha256: sha2562, size: release.assets.find((a) => a.name === name)?.size ?? -1 }));
  }
  async versionRecord(model, version, release, files) {
    const listed = files ?? release.assets.filter((a) => a.name !== CHECKSUMS_FILE).map((a) => ({ name: a.name, sha256: a.digest?.replace(/^sha256:/, "") ?? "", size: a.size }));
    return { model, version, tag: versionTag(model, version), files: listed, published_at: release.published_at ?? release.created_at };
  }
  /** A small text asset (a document, SHA256SUMS), through a temporary file like every download. */
  async readText(asset) {
    const folder = join2(this.options.tempDir, `mlgate-doc-${randomBytes2(6).toString("hex")}`);
    await mkdir2(folder, { recursive: true });
    try {
      await this.download(asset, join2(folder, "asset"));
      return await readFile2(join2(folder, "asset"), "utf8");
    } finally {
      await rm2(folder, { recursive: true, force: true });
    }
  }
  async download(asset, path) {
    await this.options.gateway.downloadReleaseAsset(this.options.owner, this.options.repo, asset.id, path);
  }
  // --- tags ---
  async versionRefs(model) {
    return (await this.matchingTags(`${tagPrefix(model)}@v`)).flatMap((r) => {
      const parsed = parseTag(r.tag);
      return parsed?.kind === "version" && !parsed.deregister && parsed.model === model ? [{ ...r, version: parsed.version }] : [];
    });
  }
  /**
   * Every tag of the model as GTO reads it: two prefix listings (`m@…`, `m#…`), then the tag object
   * of each annotated one (its commit, tagger date and message). The number of calls grows with the
   * model's own events, never with the number of models or releases.
   */
  async modelTags(model) {
    const prefix = tagPrefix(model);
    const refs = [...await this.matchingTags(`${prefix}@`), ...await this.matchingTags(`${prefix}#`)];
    const parsed = refs.flatMap((ref) => {
      const name = parseTag(ref.tag);
      return name && name.model === model ? [{ ref, name }] : [];
    });
    const events = [];
    for (let i = 0; i < parsed.length; i += 8) {
      events.push(...await Promise.all(parsed.slice(i, i + 8).map(async ({ ref, name }) => {
        const base = {
          tag: ref.tag,
          sha: ref.sha,
          number: name.eventNumber,
          action: actionOf(name),
          ...name.kind === "version" ? { version: name.version } : {},
          ...name.kind === "stage" ? { stage: name.stage } : {}
        };
        if (ref.type !== "tag") return { ...base, annotated: false, commit: ref.sha, date: null, message: null, tagger: null };
        const { data } = await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha });
        return { ...base, annotated: true, commit: data.object.sha, date: data.tagger.date, message: data.message, tagger: data.tagger.name };
      })));
    }
    return events;
  }
  async modelState(model) {
    return gtoModelState(model, await this.modelTags(model));
  }
  /**
   * A re-run of the same promotion (the same workflow run, or a process that lost the answer and
   * was started again) finds its own assignment as the stage's latest event, carrying its run id,
   * and returns it instead of assigning twice.
   */
  async adoptedAssignment(model, state, stage, version, runId) {
    const last = state.history.filter((e) => e.stage === stage).at(-1);
    if (!last || last.action !== "assign" || last.version !== version || messageTrailers(last.message).run_id !== runId) return void 0;
    return stageEventOf(model, last);
  }
  /**
   * Writes one stage tag with the next free event number. GTO's `#N` counts every tag of the model
   * that has a counter (`name_tag`), so the number comes from all of them. Concurrent promotions
   * read the same number: for the same stage the second ref exists (422) and the next number is
   * tried; for different stages both refs are made, so each writer re-reads the model's tags after
   * writing and, seeing another tag with its number, removes its own and tries again after a random
   * pause. Whoever checks last sees the other, so two tags never keep one number.
   */
  async appendStageEvent(model, stage, version, commit2, action, message, request) {
    const attempts = 8;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await new Promise((resolve2) => setTimeout(resolve2, Math.random() * 25 * 2 ** attempt));
      const number = (await this.tagCounters(model)).reduce((max, t) => Math.max(max, t.number), 0) + 1;
      const tag = stageTag(model, stage, number, action === "unassign");
      const at = (/* @__PURE__ */ new Date()).toISOString();
      if (await this.createAnnotatedTag(tag, commit2, message, at) === "taken") continue;
      if ((await this.tagCounters(model)).some((t) => t.number === number && t.tag !== tag)) {
        await this.client.rest.git.deleteRef({ ...this.repoParams, ref: `tags/${tag}` });
        continue;
      }
      return { model, stage, version, number, tag, action, at, by: request.by ?? null, note: request.note ?? null, run_url: request.runUrl ?? null };
    }
    throw new Error(`could not find a free event number for ${model}#${stage} after ${attempts} attempts (concurrent promotions?)`);
  }
  /** The counters (`#N`) of every tag of the model, lightweight ones included (GTO's `name_tag` lists every tag). */
  async tagCounters(model) {
    const prefix = tagPrefix(model);
    const refs = [...await this.matchingTags(`${prefix}@`), ...await this.matchingTags(`${prefix}#`)];
    return refs.flatMap((ref) => {
      const parsed = parseTag(ref.tag);
      return parsed && parsed.model === model && parsed.eventNumber !== null ? [{ tag: ref.tag, number: parsed.eventNumber }] : [];
    });
  }
  /**
   * An annotated tag (tag object, then ref: GTO reads annotated tags only, and a release published
   * on a missing tag would make a lightweight one), sent without the client's automatic retries: a
   * create whose answer is lost may have happened, and sending it again blindly would make a second
   * stage tag. After a lost answer or a 5xx, the ref is looked up first: pointing at this attempt's tag
   * object, it is adopted; pointing elsewhere, the number is taken; absent, the create is sent
   * again. A lost `POST /git/tags` leaves at most an unreferenced tag object, which nothing reads.
   */
  async createAnnotatedTag(tag, commit2, message, date) {
    const actor = this.options.actor ?? "mlgate";
    const tagger = { name: actor, email: `${actor.replace(/[^A-Za-z0-9._-]/g, "")}@users.noreply.github.com`, date };
    const { gateway } = this.options;
    const object2 = await gateway.createOnce(
      async () => (await this.client.rest.git.createTag({ ...this.repoParams, tag, message, object: commit2, type: "commit", tagger, ...NO_AUTOMATIC_RETRY })).data.sha,
      async () => void 0
    );
    const outcome = async () => {
      const target = await this.refTarget(tag);
      return target === object2 ? "created" : target !== void 0 ? "taken" : void 0;
    };
    try {
      return await gateway.createOnce(async () => {
        await this.client.rest.git.createRef({ ...this.repoParams, ref: `refs/tags/${tag}`, sha: object2, ...NO_AUTOMATIC_RETRY });
        return "created";
      }, outcome);
    } catch (error) {
      if (statusOf(error) === 422) return await outcome() ?? Promise.reject(error);
      throw error;
    }
  }
  /** What `refs/tags/<tag>` points at, or undefined when there is no such ref. */
  async refTarget(tag) {
    try {
      return (await this.client.rest.git.getRef({ ...this.repoParams, ref: `tags/${tag}` })).data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  }
  /**
   * GTO's `.gto` (stages, types) as `gto assign` would read it: from the repository root of the
   * checkout the run is on. Through the contents API at the run's commit (GITHUB_SHA; the CLI's
   * HEAD), or the default branch without one or when GitHub does not know that commit (a local
   * commit not pushed yet), so a promotion needs no checkout. No file: no limits.
   */
  async gtoConfig() {
    let ref = this.options.commit ?? void 0;
    let data;
    for (; ; ) {
      try {
        data = (await this.client.rest.repos.getContent({ ...this.repoParams, path: GTO_CONFIG_FILE, ...ref ? { ref } : {} })).data;
        break;
      } catch (error) {
        if (ref && error instanceof ExternalServiceError && error.status === 404 && /No commit found/i.test(error.detail)) {
          ref = void 0;
          continue;
        }
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    }
    const where = `${GTO_CONFIG_FILE} (at ${ref ? ref.slice(0, 12) : "the default branch"})`;
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) throw new InputError(`${where}: is not a file`);
    return { config: parseGtoConfig(Buffer.from(data.content, "base64").toString("utf8"), where), where };
  }
  /** Tags with a prefix, in one paginated request: the registry never lists every release. */
  async matchingTags(prefix) {
    const refs = await this.client.paginate(this.client.rest.git.listMatchingRefs, { ...this.repoParams, ref: `tags/${prefix}`, per_page: 100 });
    return refs.map((r) => ({ tag: r.ref.replace(/^refs\/tags\//, ""), sha: r.object.sha, type: r.object.type }));
  }
  /** The commit a version tag points at (through its annotated tag object), or undefined. */
  async versionCommit(model, version) {
    let ref;
    try {
      ref = (await this.client.rest.git.getRef({ ...this.repoParams, ref: `tags/${versionTag(model, version)}` })).data;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
    if (ref.object.type === "commit") return ref.object.sha;
    return (await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.object.sha })).data.object.sha;
  }
  /**
   * GTO finds a stage's version through the commit both tags point at, so it allows one version of
   * a model per commit; a second one would make stage assignments on that commit ambiguous.
   */
  async checkOneVersionPerCommit(model, version, commit2) {
    for (const ref of await this.versionRefs(model)) {
      if (ref.version === version) continue;
      const target = ref.type === "tag" ? (await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha })).data.object.sha : ref.sha;
      if (target === commit2) {
        throw new InputError(`${model}@v${ref.version} is already registered on commit ${commit2.slice(0, 12)}; GTO allows one version of a model per commit \u2014 commit the change (e.g. its parameters) before publishing v${version}`);
      }
    }
  }
  async ensureVersionTag(tag, commit2, message) {
    const parsed = parseTag(tag);
    const existing = await this.versionCommit(parsed.model, parsed.version);
    if (existing === commit2) return;
    if (existing) throw new InputError(`tag ${tag} already exists on ${existing.slice(0, 12)}, not on ${commit2.slice(0, 12)}`);
    if (await this.createAnnotatedTag(tag, commit2, `${message}
`, (/* @__PURE__ */ new Date()).toISOString()) === "taken") {
      const target = await this.versionCommit(parsed.model, parsed.version);
      if (target !== commit2) throw new InputError(`tag ${tag} was just made on ${target?.slice(0, 12) ?? "another commit"} by another run, not on ${commit2.slice(0, 12)}`);
    }
  }
};
var PROCESS_RUN_ID = `local-${randomBytes2(8).toString("hex")}`;
function tagOnlyRecord(model, entry) {
  return { model, version: entry.version, tag: versionTag(model, entry.version), files: [], published_at: entry.registered_at ?? "" };
}
function actionOf(name) {
  if (name.kind === "version") return name.deregister ? "deregister" : "register";
  if (name.kind === "stage") return name.unassign ? "unassign" : "assign";
  return "deprecate";
}
function stageEventOf(model, event) {
  const fields = messageTrailers(event.message);
  return {
    model,
    stage: event.stage,
    version: event.version,
    number: event.number ?? 0,
    tag: event.tag,
    action: event.action,
    at: event.at,
    by: fields.by ?? event.tagger,
    note: fields.note ?? null,
    run_url: fields.run ?? null
  };
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function contentType(name) {
  if (name.endsWith(".json")) return "application/json";
  if (name.endsWith(".md")) return "text/markdown; charset=utf-8";
  if (name === CHECKSUMS_FILE || name.endsWith(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}
function localRun() {
  let user = "someone";
  try {
    user = userInfo().username;
  } catch {
  }
  return `local:${user}@${hostname()}`.replace(/\s+/g, "_");
}
function isStored(asset, file) {
  return asset.state === "uploaded" && asset.size === file.size && asset.digest === `sha256:${file.sha256}`;
}
function releaseBody(card) {
  return card.length <= 125e3 ? card : `${card.slice(0, 124e3)}

\u2026the full card is the MODEL_CARD.md asset.
`;
}

// shared/adapters/registry/local-registry.ts
import { execFileSync } from "node:child_process";
import { randomBytes as randomBytes3 } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, copyFile, mkdir as mkdir3, open, readdir, readFile as readFile3, rename as rename2, rm as rm3, stat as stat2, truncate, writeFile } from "node:fs/promises";
import { dirname, join as join3, resolve } from "node:path";

// schemas/local-version.schema.json
var local_version_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/local-version/1.schema.json",
  title: "mlgate local registry version record (<store>/<model>/v<version>/.version.json)",
  description: "What the local registry records about a published version, beside its files and SHA256SUMS. Written once by `mlgate publish --store <folder>` (shared/adapters/registry/local-registry.ts) and read by every command that reads the store. The folder may be shared and edited by anyone with write access, so every field is checked when read: file names become paths, so each must be one plain path segment. Fields not in `required` were added after the first records and may be absent. Unknown fields are kept (a newer mlgate may add some).",
  type: "object",
  required: ["model", "version", "tag", "files", "published_at"],
  properties: {
    model: {
      description: "Model name in GTO's grammar; must be the model whose folder holds the record.",
      type: "string",
      pattern: "^[a-zA-Z0-9]([a-zA-Z0-9_/-]*[a-zA-Z0-9])?$"
    },
    version: {
      description: "The version (SemVer 2.0.0, no leading `v`); must be the version whose folder holds the record.",
      type: "string",
      pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"
    },
    tag: { description: "The version's GTO tag, `<model>@v<version>`.", type: "string" },
    files: {
      description: "Every stored file of the version (not SHA256SUMS) with its digest and size.",
      type: "array",
      items: {
        type: "object",
        required: ["name", "sha256", "size"],
        properties: {
          name: {
            description: "One plain path segment: not empty, no leading `.`, no `/`, `\\`, `:` or control characters, no leading or trailing blanks, at most 255 characters.",
            type: "string",
            minLength: 1,
            maxLength: 255,
            pattern: "^(?![.\\s])[^/\\\\:\\u0000-\\u001f\\u007f]*(?<!\\s)$"
          },
          sha256: { description: "SHA-256 digest, lower-case hex.", type: "string", pattern: "^[0-9a-f]{64}$" },
          size: { description: "Size in bytes.", type: "integer", minimum: 0 }
        }
      }
    },
    published_at: { description: "When the version was published, RFC 3339.", type: "string" },
    commit: {
      description: "The commit HEAD of the git work tree holding the store was on at publish time (GTO's one version of a model per commit is checked against it); null when the store is outside a git work tree. Absent in records written before it was added.",
      type: ["string", "null"],
      pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"
    }
  }
};

// shared/adapters/codecs/version-record-json.ts
var fileName = (value, at) => {
  const name = string(value, at);
  const problem = fileNameProblem(name);
  if (problem) throw new ShapeMismatch(at, `${JSON.stringify(name)} ${problem}, expected a plain file name`);
  return name;
};
var sha256 = (value, at) => {
  const digest = string(value, at);
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new ShapeMismatch(at, "is not a SHA-256 digest (64 lower-case hex digits)");
  return digest;
};
var commit = (value, at) => {
  const id = string(value, at);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(id)) throw new ShapeMismatch(at, "is not a git commit id");
  return id;
};
var RECORD = object({
  model: string,
  version: string,
  tag: string,
  files: list(object({ name: fileName, sha256, size: count })),
  published_at: string,
  commit: optional(nullable(commit))
});
var HINT = "the local registry is damaged or was edited by hand";
var codec = jsonFileCodec({
  what: "version record",
  schema: schemaChecker(local_version_schema_default, "is not a valid version record"),
  decode: (value, source) => decodeShape(RECORD, value, source)
});
function encodeVersionRecord(record) {
  return codec.encode(record);
}
function decodeVersionRecord(text, source, model, version) {
  let record;
  try {
    record = codec.decode(text, source);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${error.message} \u2014 ${HINT}`);
    throw error;
  }
  if (record.model !== model || record.version !== version) {
    throw new InputError(`${source}: \`model\` and \`version\` are ${JSON.stringify(record.model)} and ${JSON.stringify(record.version)}, but the record is in the folder of ${model}@v${version} \u2014 ${HINT}`);
  }
  return record;
}

// shared/adapters/registry/local-registry.ts
var RECORD_FILE = ".version.json";
var EVENTS_FILE = "events.jsonl";
var LOCK_FILE = "events.lock";
var AUDIT_FILE = "audit.jsonl";
var LOCK_WAIT_MS = 1e4;
var LOCK_STALE_MS = 3e4;
var LocalRegistry = class {
  constructor(root, warn = () => void 0, options = {}) {
    this.root = root;
    this.warn = warn;
    this.description = `local registry at ${root}`;
    this.commitOf = options.commit ?? (() => workTreeHead(root));
  }
  root;
  warn;
  description;
  commitOf;
  async publish(request) {
    const model = checkModelName(request.model);
    const version = normaliseVersion(request.version);
    if (request.files.length === 0) throw new InputError("publish needs at least one model file");
    const prepared = await preparePublishFiles(request);
    const incoming = storedFiles(prepared);
    const finalDir = this.versionDir(model, version);
    const existing = await this.readVersion(model, version);
    if (existing) return { version: existing, outcome: sameContent(existing.files, incoming) };
    const commit2 = this.commitOf();
    const staging = join3(this.modelDir(model), `.staging-v${version}-${randomBytes3(6).toString("hex")}`);
    await mkdir3(staging, { recursive: true });
    try {
      for (const file of prepared) {
        if ("path" in file.source) await copyFile(file.source.path, join3(staging, file.name));
        else await writeFile(join3(staging, file.name), file.source.text);
      }
      await writeFile(join3(staging, CHECKSUMS_FILE), formatChecksums(incoming));
      await verifyFiles(staging, incoming, "staged copy", "its recorded SHA-256");
      const record = { model, version, tag: versionTag(model, version), files: incoming, published_at: (/* @__PURE__ */ new Date()).toISOString(), commit: commit2 };
      await writeFile(join3(staging, RECORD_FILE), encodeVersionRecord(record));
      return await this.withEventLock(model, async () => {
        if (commit2) await this.checkOneVersionPerCommit(model, version, commit2);
        try {
          await rename2(staging, finalDir);
        } catch (error) {
          const winner = await this.readVersion(model, version);
          if (!winner) throw error;
          return { version: winner, outcome: sameContent(winner.files, incoming) };
        }
        return { version: publicRecord(record), outcome: "created" };
      });
    } finally {
      await rm3(staging, { recursive: true, force: true });
    }
  }
  async promote(request) {
    const model = checkModelName(request.model);
    const stage = checkStageName(request.stage);
    const version = normaliseVersion(request.version);
    if (!await this.readVersion(model, version)) {
      throw new InputError(`${model}@v${version} is not published in the ${this.description}; publish it before promoting it`);
    }
    return this.withEventLock(model, async () => {
      const { events, validLength, torn } = await this.readEvents(model);
      if (torn) await truncate(join3(this.modelDir(model), EVENTS_FILE), validLength);
      const number = events.length + 1;
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
      await appendFile(join3(this.modelDir(model), EVENTS_FILE), `${JSON.stringify(event)}
`);
      return event;
    });
  }
  /**
   * Runs `work` holding the model's event lock: a file created with O_EXCL (`wx`), which only one
   * process can create, also across machines sharing the folder. A lock older than
   * LOCK_STALE_MS belongs to a process that died holding it, and is taken over.
   */
  async withEventLock(model, work) {
    await mkdir3(this.modelDir(model), { recursive: true });
    const lock = join3(this.modelDir(model), LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(lock, "wx");
        await handle.writeFile(`${process.pid} ${(/* @__PURE__ */ new Date()).toISOString()}
`);
        await handle.close();
        break;
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
        const age = await stat2(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > LOCK_STALE_MS) {
          await rm3(lock, { force: true });
          continue;
        }
        if (Date.now() > deadline) {
          throw new InputError(`${lock}: another promotion or publish has held this lock for ${Math.round(age / 1e3)} s; retry, or delete the file if no promotion is running`);
        }
        await new Promise((resolve2) => setTimeout(resolve2, Math.min(200, 10 * 2 ** Math.min(attempt, 5)) + Math.random() * 10));
      }
    }
    try {
      return await work();
    } finally {
      await rm3(lock, { force: true });
    }
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
  async fetchVersion(model, selector, directory) {
    const record = await this.resolve(model, selector);
    const source = this.versionDir(record.model, record.version);
    const files = await fetchVerified(directory, record, this.description, async (name, destination) => {
      try {
        await copyFile(join3(source, name), destination);
        return true;
      } catch (error) {
        if (error.code === "ENOENT") return false;
        throw error;
      }
    });
    return { version: { ...record, files }, directory, files };
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
    return records.sort((a, b) => compareSemVer(a.version, b.version));
  }
  async stageHistory(model) {
    checkModelName(model);
    return (await this.readEvents(model)).events;
  }
  /**
   * The event log, read tolerantly where a crash can leave damage and strictly elsewhere: a last
   * line that does not parse is a write cut short (ignored, with a warning); any other bad line is
   * damage nobody can repair by guessing, an error naming the file and the line.
   * `validLength` is the byte length of the log without the torn line.
   */
  async readEvents(model) {
    const file = join3(this.modelDir(model), EVENTS_FILE);
    let text;
    try {
      text = await readFile3(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return { events: [], validLength: 0, torn: false };
      throw error;
    }
    const lines = text.split("\n");
    const last = lines.findLastIndex((line) => line.trim() !== "");
    const events = [];
    let validLength = 0;
    for (let i = 0; i <= last; i++) {
      const line = lines[i];
      if (line.trim() !== "") {
        const event = parseEvent(line, model);
        if (!event) {
          if (i === last) {
            this.warn(`${file}: line ${i + 1} is cut short (a promotion interrupted while writing); ignored`);
            return { events, validLength, torn: true };
          }
          throw new InputError(`${file}: line ${i + 1} is not a stage event (the log is damaged); repair or remove that line`);
        }
        events.push(event);
      }
      validLength += Buffer.byteLength(line) + 1;
    }
    return { events, validLength: Buffer.byteLength(text), torn: false };
  }
  /**
   * Appends one line to `<model>/audit.jsonl` under the model's lock; the file is never rewritten.
   * A last line cut short by a crash is left as it is (the next line starts on a line of its own),
   * so the damage stays where a reader reports it rather than being repaired by guessing.
   */
  async appendAudit(record) {
    const model = checkModelName(record.model);
    if (record.version !== null && !await this.readVersion(model, normaliseVersion(record.version))) {
      throw new InputError(`${model}@v${record.version} is not in the ${this.description}: no audit record can hang off it`);
    }
    const line = encodeAuditRecord(record);
    return this.withEventLock(model, async () => {
      const file = join3(this.modelDir(model), AUDIT_FILE);
      const text = await readFile3(file, "utf8").catch((error) => error.code === "ENOENT" ? "" : Promise.reject(error));
      const torn = text !== "" && !text.endsWith("\n");
      await appendFile(file, `${torn ? "\n" : ""}${line}
`);
      const lines = text === "" ? 0 : text.split("\n").length - (torn ? 0 : 1);
      return `${file}:${lines + 1}`;
    });
  }
  /** Every line of `audit.jsonl` is read; a line that is not a record of this model is an error naming `file:line`. */
  async auditTrail(model, options = {}) {
    checkModelName(model);
    const file = join3(this.modelDir(model), AUDIT_FILE);
    let text;
    try {
      text = await readFile3(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return { records: [], more: 0 };
      throw error;
    }
    const records = [];
    text.split("\n").forEach((line, index) => {
      if (line.trim() === "") return;
      const where = `${file}:${index + 1}`;
      const record = decodeAuditRecord(line, where);
      if (record.model !== model) throw new InputError(`${where}: a record of ${record.model}, not ${model}; move it to that model's audit.jsonl`);
      if (options.kind === void 0 || record.kind === options.kind) records.push({ ...record, stored_as: where });
    });
    records.reverse();
    const limit = options.limit ?? AUDIT_READ_LIMIT;
    return { records: records.slice(0, limit), more: Math.max(0, records.length - limit) };
  }
  async readDocument(model, version, name) {
    const record = await this.readVersion(checkModelName(model), normaliseVersion(version));
    if (!record?.files.some((f) => f.name === name)) return void 0;
    return readFile3(join3(this.versionDir(record.model, record.version), name), "utf8");
  }
  modelDir(model) {
    return join3(this.root, model.replaceAll("/", "~").replaceAll(":", "="));
  }
  versionDir(model, version) {
    return join3(this.modelDir(model), `v${version}`);
  }
  /**
   * GTO finds a stage's version through the commit both tags point at, so it allows one version of
   * a model per commit; the message is the GitHub backend's.
   */
  async checkOneVersionPerCommit(model, version, commit2) {
    for (const entry of await readdir(this.modelDir(model)).catch(() => [])) {
      if (!entry.startsWith("v") || entry === `v${version}`) continue;
      const other = await this.readRecord(model, entry.slice(1));
      if (other?.commit === commit2) {
        throw new InputError(`${model}@v${other.version} is already registered on commit ${commit2.slice(0, 12)}; GTO allows one version of a model per commit \u2014 commit the change (e.g. its parameters) before publishing v${version}`);
      }
    }
  }
  async readVersion(model, version) {
    const record = await this.readRecord(model, version);
    return record && publicRecord(record);
  }
  async readRecord(model, version) {
    const file = join3(this.versionDir(model, version), RECORD_FILE);
    let text;
    try {
      text = await readFile3(file, "utf8");
    } catch {
      return void 0;
    }
    return decodeVersionRecord(text, file, model, version);
  }
};
function parseEvent(line, model) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const event = value;
  if (event.model !== model || typeof event.stage !== "string" || typeof event.version !== "string") return void 0;
  if (!Number.isSafeInteger(event.number) || event.action !== "assign" && event.action !== "unassign") return void 0;
  try {
    checkStageName(event.stage);
    normaliseVersion(event.version);
  } catch {
    return void 0;
  }
  return event;
}
function publicRecord(record) {
  const { model, version, tag, files, published_at } = record;
  return { model, version, tag, files, published_at };
}
function workTreeHead(folder) {
  let directory = resolve(folder);
  while (!existsSync(directory) && dirname(directory) !== directory) directory = dirname(directory);
  try {
    const [inside, head] = execFileSync("git", ["rev-parse", "--is-inside-work-tree", "--verify", "HEAD"], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim().split("\n");
    return inside === "true" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head ?? "") ? head : null;
  } catch {
    return null;
  }
}

// shared/adapters/registry/open-registry.ts
function openRegistry(store = DEFAULT_LOCAL_STORE, access) {
  if (store.trim() === "") throw new InputError("store must be a folder path or `github`");
  if (store !== "github") return new LocalRegistry(store, access.warn);
  const { environment } = access;
  const token = access.token || environment.token;
  if (!token) throw new InputError("store `github` needs a token: the action's github-token input, or GITHUB_TOKEN for the CLI");
  if (!environment.repository) throw new InputError("store `github` needs GITHUB_REPOSITORY=owner/name (Actions sets it)");
  return new GitHubRegistry({
    // Rate-limit waits on asset transfers go to the same log as the registry's other warnings.
    gateway: openGateway(environment, { token, ...access.warn ? { log: { info: access.warn, warning: access.warn } } : {} }),
    owner: environment.repository.owner,
    repo: environment.repository.repo,
    commit: environment.sha ?? gitHead(),
    actor: environment.actor,
    tempDir: environment.runnerTemp ?? tmpdir(),
    // A re-run attempt keeps the run's URL, so it resumes the draft its first attempt left.
    ...environment.runUrl ? { run: environment.runUrl } : {},
    log: access.info ?? access.warn
  });
}
function gitHead() {
  try {
    return execFileSync2("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

export {
  openRegistry
};
