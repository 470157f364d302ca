import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  fileNameProblem
} from "./chunk-D7XARLC7.js";
import {
  schemaChecker
} from "./chunk-SXEGRXJM.js";
import {
  digestFile,
  digestText
} from "./chunk-RY6TFG5S.js";
import {
  decodeNumber
} from "./chunk-D7INEA7H.js";
import {
  InputError,
  VerificationError
} from "./chunk-VI54XDHW.js";

// shared/adapters/registry/checksums.ts
import { join } from "node:path";
var CHECKSUMS_FILE = "SHA256SUMS";
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
async function verifyFiles(folder, expected, label, against) {
  for (const file of expected) {
    const actual = await digestFile(join(folder, file.name));
    if (actual.sha256 !== file.sha256) {
      throw new VerificationError(`${label}: ${file.name} does not match ${against} (expected ${file.sha256}, got ${actual.sha256}); nothing was written`);
    }
    if (file.size !== void 0 && file.size >= 0 && actual.size !== file.size) {
      throw new VerificationError(`${label}: ${file.name} is ${actual.size} bytes, ${file.size} recorded; nothing was written`);
    }
  }
}

// shared/adapters/registry/publish-files.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
async function preparePublishFiles(request, limit = Infinity) {
  await checkLinkedFiles(request.files.map((file) => file.path));
  const files = [];
  const names = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (names.has(file.name)) throw new InputError(`two files would be published as \`${file.name}\``);
    if (file.name === CHECKSUMS_FILE || fileNameProblem(file.name)) {
      throw new InputError(`\`${file.name}\` cannot be published: the name is reserved or not a plain file name`);
    }
    if (file.size >= limit) {
      throw new InputError(`${file.name} is ${file.size} bytes; this registry stores files under ${limit} bytes (GitHub release assets must stay under 2 GB): split the model into smaller files`);
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
    add({ name: file.name ?? basename(file.path), ...digest, source: { path: file.path } });
  }
  for (const [name, text] of Object.entries(request.documents ?? {})) {
    const bytes = Buffer.from(text);
    add({ name, sha256: digestText(bytes), size: bytes.length, source: { text } });
  }
  return files;
}
function storedFiles(files) {
  return files.map(({ name, sha256, size }) => ({ name, sha256, size }));
}
function sameContent(published, incoming) {
  if (formatChecksums(published) !== formatChecksums(incoming)) {
    throw new InputError("this version is already published with different content; publish a new version instead (published versions never change)");
  }
  return "unchanged";
}
async function checkLinkedFiles(paths, warn = () => void 0, workingDirectory = process.cwd()) {
  const root = await realpath(workingDirectory);
  const inside = (path, folder) => {
    const rel = relative(folder, path);
    return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  for (const path of paths) {
    let isLink;
    let target;
    try {
      isLink = (await lstat(path)).isSymbolicLink();
      target = await realpath(path);
    } catch {
      continue;
    }
    const targetInside = inside(target, root);
    if (!targetInside && (isLink || inside(resolve(workingDirectory, path), resolve(workingDirectory)))) {
      throw new InputError(`${path} is a symbolic link (or inside a linked folder) to ${target}, outside the working directory ${root}; copy the file into the workspace to publish it`);
    }
    if (isLink) warn(`${path} is a symbolic link: publishing the content of ${relative(root, target)}`);
  }
}

// schemas/lineage.schema.json
var lineage_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/lineage/1.schema.json",
  title: "mlgate lineage record (lineage.json)",
  description: 'Where a published model version came from: its files and their digests, the code, data and parameters that made it, how it scored on which evaluation set, the parent version it was compared against and the gate\'s verdict, drift at publish time, and the environment. Written once by `mlgate publish` (shared/commands/build-lineage.ts) and never changed. Fields not listed in `required` were added after the first records and may be absent in older ones. Non-finite numbers are written as the strings "Infinity", "-Infinity" and "NaN", because JSON has no such numbers.',
  type: "object",
  additionalProperties: false,
  required: ["schema", "model", "version", "subjects", "code", "data", "parameters", "metrics", "parent", "drift", "environment", "created_at"],
  properties: {
    schema: {
      description: "Format and major version of this record.",
      const: "mlgate-lineage/1"
    },
    model: {
      description: "Model name in GTO's grammar: letters, digits, `-`, `_` and `/` (namespaces), starting and ending with a letter or digit.",
      type: "string",
      pattern: "^[a-zA-Z0-9]([a-zA-Z0-9_/-]*[a-zA-Z0-9])?$"
    },
    version: {
      description: "The published version.",
      $ref: "#/$defs/semver"
    },
    subjects: {
      description: "Every published model file with its digest: what `mlgate fetch` verifies, and the subjects of the in-toto statement.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "sha256", "size"],
        properties: {
          name: { description: "File name (no folders).", type: "string", minLength: 1 },
          sha256: { $ref: "#/$defs/sha256" },
          size: { description: "Size in bytes.", type: "integer", minimum: 0 }
        }
      }
    },
    code: {
      description: "The code that trained the model. From the GitHub Actions environment when present, else from the local git checkout; `null` when unknown, never guessed.",
      type: "object",
      additionalProperties: false,
      required: ["repository", "commit", "ref", "workflow", "run_id", "run_attempt", "run_url"],
      properties: {
        repository: { description: "`owner/name` (GITHUB_REPOSITORY).", type: ["string", "null"] },
        commit: { description: "The commit checked out (GITHUB_SHA, or `git rev-parse HEAD`).", $ref: "#/$defs/gitCommitOrNull" },
        ref: { description: "Fully qualified ref, e.g. `refs/heads/main` or `refs/pull/7/merge` (GITHUB_REF).", type: ["string", "null"] },
        workflow: { description: "The workflow file's ref, e.g. `owner/repo/.github/workflows/train.yml@refs/heads/main` (GITHUB_WORKFLOW_REF), or the workflow's name on runners without it.", type: ["string", "null"] },
        run_id: { description: "GITHUB_RUN_ID.", type: ["string", "null"] },
        run_attempt: { description: "GITHUB_RUN_ATTEMPT.", type: ["string", "null"] },
        run_url: { description: "The workflow run's page.", type: ["string", "null"], pattern: "^https?://" },
        merge_base: { description: "Pull request runs: the commit where the branch left its base; `null` when not a pull request or the checkout's history is too shallow.", $ref: "#/$defs/gitCommitOrNull" }
      }
    },
    data: {
      description: "Data files the model was trained on or evaluated with.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "sha256", "rows", "schema_fingerprint"],
        anyOf: [{ properties: { path: true }, required: ["path"] }, { properties: { uri: true }, required: ["uri"] }],
        properties: {
          name: { description: "File name.", type: "string", minLength: 1 },
          path: { description: "The local path as given to `mlgate publish --data`.", type: "string", minLength: 1 },
          uri: { description: "A URI naming the data. Records written before `path` existed hold the path as given here.", type: "string", minLength: 1 },
          sha256: { $ref: "#/$defs/sha256" },
          rows: { description: "Data rows (CSV files); `null` for other formats.", type: ["integer", "null"], minimum: 0 },
          schema_fingerprint: { description: "SHA-256 of the column names in order, joined by U+0000 (CSV files): a renamed, added, dropped or reordered column changes it. `null` for other formats.", $ref: "#/$defs/sha256OrNull" }
        }
      }
    },
    parameters: {
      description: "Training parameters as given (free-form).",
      type: "object"
    },
    metrics: {
      description: "The evaluation of this version (`mlgate evaluate`), if one was given.",
      type: "object",
      additionalProperties: false,
      required: ["values", "evaluation_set_sha256"],
      properties: {
        values: {
          description: "Metric name \u2192 value.",
          type: "object",
          additionalProperties: { $ref: "#/$defs/number" }
        },
        intervals: {
          description: "Metric name \u2192 [low, high] 95 % percentile bootstrap interval.",
          type: "object",
          additionalProperties: { $ref: "#/$defs/interval" }
        },
        evaluation_set_sha256: { description: "SHA-256 of the predictions file the metrics were computed from: pins the evaluation set.", $ref: "#/$defs/sha256OrNull" },
        task: { description: "The evaluation's task.", enum: ["binary", "multiclass", "regression"] },
        rows: { description: "Rows in the evaluation set.", type: "integer", minimum: 0 },
        comparison: {
          description: "Metric name \u2192 paired comparison with the baseline (the parent version's predictions on the same rows).",
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["baseline", "delta", "interval", "test"],
            properties: {
              baseline: { description: "The baseline's value; `null` when not reported.", anyOf: [{ $ref: "#/$defs/number" }, { type: "null" }] },
              delta: { description: "This version minus the baseline.", $ref: "#/$defs/number" },
              interval: { description: "Paired percentile bootstrap interval of the delta.", $ref: "#/$defs/interval" },
              p_value: { description: "p-value of the paired test, when the test has one.", $ref: "#/$defs/number" },
              test: { description: "How the difference was tested.", enum: ["paired_bootstrap", "mcnemar_exact", "delong"] }
            }
          }
        }
      }
    },
    parent: {
      description: "The version this one was compared against, and the gate's verdict on that comparison (`null` when published without a gate report); `null` for a first version.",
      type: ["object", "null"],
      additionalProperties: false,
      required: ["version", "verdict"],
      properties: {
        version: { $ref: "#/$defs/semver" },
        verdict: { enum: ["pass", "warn", "fail", null] }
      }
    },
    drift: {
      description: "The drift check at publish time (`mlgate drift`); `null` when none was given.",
      type: ["object", "null"],
      additionalProperties: false,
      required: ["dataset_drifted", "share_drifted"],
      properties: {
        dataset_drifted: { type: "boolean" },
        share_drifted: { description: "Drifted columns \xF7 columns that could be compared.", type: "number", minimum: 0, maximum: 1 },
        drifted_columns: { description: "Names of the columns that drifted.", type: "array", items: { type: "string" } }
      }
    },
    environment: {
      description: "Where the record was made.",
      type: "object",
      additionalProperties: false,
      required: ["runner_os", "node", "command", "tool"],
      properties: {
        runner_os: { description: "RUNNER_OS (`Linux`, `Windows`, `macOS`); `null` outside GitHub Actions.", type: ["string", "null"] },
        runner_environment: { description: "RUNNER_ENVIRONMENT (`github-hosted`, `self-hosted`): which platform ran the job, the SLSA builder; `null` outside GitHub Actions. Absent from older records.", type: ["string", "null"], maxLength: 64 },
        node: { description: "Node.js version (`process.version`).", type: "string", minLength: 1 },
        command: { description: "The training command, as given to `mlgate publish --command`.", type: ["string", "null"] },
        tool: { description: "`mlgate <version>`.", type: "string", pattern: "^mlgate " },
        tools: {
          description: "Tool name \u2192 version; at least `mlgate` and `node`.",
          type: "object",
          required: ["mlgate", "node"],
          properties: {
            mlgate: { type: "string", minLength: 1 },
            node: { type: "string", minLength: 1 }
          },
          additionalProperties: { type: "string" }
        }
      }
    },
    created_at: { description: "When the record was written (publish time), RFC 3339.", type: "string", format: "date-time" },
    started_at: { description: "When training started, RFC 3339; `null` when unknown.", type: ["string", "null"], format: "date-time" },
    training: {
      description: "The training run behind the model, from train's run record (`publish --run-record`, schemas/run-record.schema.json); `null` without one. Absent from older records.",
      type: ["object", "null"],
      additionalProperties: false,
      required: ["command", "params", "deps", "outputs", "metrics", "exit_code", "started_at", "finished_at", "wall_seconds", "peak_rss_bytes", "run", "run_record_sha256"],
      properties: {
        command: { description: "The training command, run with `bash -e -o pipefail -c`.", type: "string", minLength: 1 },
        params: { description: "Its parameters file flattened with dots.", type: "object" },
        deps: { description: "Every dependency file with its digest, sorted by path.", type: "array", items: { type: "object", additionalProperties: false, required: ["path", "sha256", "size"], properties: { path: { type: "string", minLength: 1 }, sha256: { $ref: "#/$defs/sha256" }, size: { type: "integer", minimum: 0 } } } },
        outputs: { description: "Every output file with its digest, sorted by path.", type: "array", items: { type: "object", additionalProperties: false, required: ["path", "sha256", "size"], properties: { path: { type: "string", minLength: 1 }, sha256: { $ref: "#/$defs/sha256" }, size: { type: "integer", minimum: 0 } } } },
        metrics: { description: "The metrics file the command wrote, flattened with dots.", type: "object" },
        exit_code: { type: "integer" },
        started_at: { type: "string", format: "date-time" },
        finished_at: { type: "string", format: "date-time" },
        wall_seconds: { type: "number", minimum: 0 },
        peak_rss_bytes: { description: "Sampled peak resident memory of the command's process tree; `null` where it could not be read.", type: ["integer", "null"], minimum: 0 },
        run: {
          description: "The workflow run that ran the command; `null` outside GitHub Actions.",
          anyOf: [{ type: "null" }, { type: "object", additionalProperties: false, required: ["id", "url"], properties: { id: { type: "string" }, url: { type: ["string", "null"] } } }]
        },
        run_record_sha256: { description: "SHA-256 of the run record file as read.", $ref: "#/$defs/sha256" }
      }
    }
  },
  $defs: {
    sha256: { description: "SHA-256 digest, lower-case hex.", type: "string", pattern: "^[0-9a-f]{64}$" },
    sha256OrNull: { description: "SHA-256 digest, lower-case hex, or null.", type: ["string", "null"], pattern: "^[0-9a-f]{64}$" },
    gitCommitOrNull: { description: "A git object id (SHA-1, or SHA-256 in SHA-256 repositories), lower-case hex.", type: ["string", "null"], pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
    semver: {
      description: "A semantic version (SemVer 2.0.0) without a leading `v`, e.g. 1.4.0 or 2.0.0-rc.1.",
      type: "string",
      pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"
    },
    number: {
      description: 'A number; non-finite values are the strings "Infinity", "-Infinity" or "NaN".',
      anyOf: [{ type: "number" }, { enum: ["Infinity", "-Infinity", "NaN"] }]
    },
    interval: {
      description: "[low, high]",
      type: "array",
      prefixItems: [{ $ref: "#/$defs/number" }, { $ref: "#/$defs/number" }],
      minItems: 2,
      items: false
    }
  }
};

// shared/adapters/codecs/validate-lineage.ts
var LINEAGE_SCHEMA_ID = lineage_schema_default.$id;
function checkLineageSchema(value, source) {
  checkSchema(value, source);
}
function reviveLineage(value) {
  const record = structuredClone(value);
  reviveMetrics(record);
  return record;
}
function isRfc3339DateTime(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (match[9] !== void 0 && (Number(match[10]) > 23 || Number(match[11]) > 59)) return false;
  return true;
}
var checkSchema = schemaChecker(lineage_schema_default, "is not a valid lineage record", (ajv) => ajv.addFormat("date-time", { type: "string", validate: isRfc3339DateTime }));
function reviveMetrics(record) {
  const metrics = record.metrics;
  for (const name of Object.keys(metrics.values)) metrics.values[name] = revive(metrics.values[name]);
  for (const interval of Object.values(metrics.intervals ?? {})) reviveInterval(interval);
  for (const c of Object.values(metrics.comparison ?? {})) {
    if (c.baseline !== null) c.baseline = revive(c.baseline);
    c.delta = revive(c.delta);
    if (c.p_value !== void 0) c.p_value = revive(c.p_value);
    reviveInterval(c.interval);
  }
}
function reviveInterval(interval) {
  interval[0] = revive(interval[0]);
  interval[1] = revive(interval[1]);
}
function revive(value) {
  return decodeNumber(value);
}

export {
  checkLineageSchema,
  reviveLineage,
  isRfc3339DateTime,
  CHECKSUMS_FILE,
  formatChecksums,
  parseChecksums,
  verifyFiles,
  preparePublishFiles,
  storedFiles,
  sameContent,
  checkLinkedFiles
};
