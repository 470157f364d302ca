import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runRecordCodec
} from "./chunk-MCJASMD7.js";
import {
  checkLinkedFiles
} from "./chunk-SPGCF4JI.js";
import "./chunk-D7XARLC7.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import {
  checkEntryPath
} from "./chunk-WR4JTS22.js";
import {
  digestFile,
  digestText
} from "./chunk-RY6TFG5S.js";
import {
  byPath,
  filesUnder
} from "./chunk-PSG56SAE.js";
import {
  TOOL_VERSION
} from "./chunk-MW262X6H.js";
import {
  parse
} from "./chunk-5JE6VQX4.js";
import {
  require_dist
} from "./chunk-SS2DCIVC.js";
import {
  readJsonText,
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  InputError,
  TrainingFailedError,
  messageOf
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/commands/train-command.ts
import { mkdirSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// shared/adapters/codecs/structured-file.ts
import { extname } from "node:path";
var import_yaml = __toESM(require_dist(), 1);

// shared/core/train/flatten.ts
function flattenObject(value, clash) {
  const flat = {};
  const stack = Object.entries(value).reverse();
  while (stack.length > 0) {
    const [key, item] = stack.pop();
    if (isPlainObject(item) && Object.keys(item).length > 0) {
      for (const [child, inner] of Object.entries(item).reverse()) stack.push([`${key}.${child}`, inner]);
      continue;
    }
    if (Object.hasOwn(flat, key)) clash(key);
    flat[key] = item;
  }
  return Object.fromEntries(Object.keys(flat).sort().map((key) => [key, flat[key]]));
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// shared/adapters/codecs/structured-file.ts
function readFlatFile(path, what, shown = path) {
  let text;
  try {
    text = readJsonText(path, `${what} file`);
  } catch (error) {
    throw error instanceof InputError ? new InputError(error.message.replace(path, shown)) : error;
  }
  const extension = extname(path).toLowerCase();
  let value;
  try {
    if (extension === ".json") value = JSON.parse(text);
    else if (extension === ".toml") value = parse(text);
    else value = (0, import_yaml.parse)(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    const { line, column } = error;
    const at = extension === ".toml" && typeof line === "number" ? ` (line ${line}${typeof column === "number" ? `, column ${column}` : ""})` : "";
    throw new InputError(`${shown}: ${what} file is not valid ${extension === ".json" ? "JSON" : extension === ".toml" ? "TOML" : "YAML"}${at}: ${messageOf(error).split("\n")[0]}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${shown}: ${what} file must hold a mapping of names to values at the top`);
  }
  const plain = JSON.parse(JSON.stringify(value, (_key, item) => typeof item === "bigint" ? Number(item) : item));
  return flattenObject(plain, (key) => {
    throw new InputError(`${shown}: ${what} file names \`${key}\` twice once nested keys are joined with dots`);
  });
}

// shared/adapters/process/run-command.ts
import { spawn } from "node:child_process";

// shared/adapters/process/peak-memory.ts
import { readFileSync, readdirSync } from "node:fs";
var SAMPLE_INTERVAL_MS = 100;
function watchPeakMemory(rootPid) {
  if (treeRss(rootPid) === null) return { stop: () => null };
  let peak = 0;
  const sample = () => {
    const rss = treeRss(rootPid);
    if (rss !== null && rss > peak) peak = rss;
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    }
  };
}
function treeRss(rootPid) {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return null;
  }
  const children = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  let total = 0;
  const queue = [rootPid];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const pid = queue.pop();
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssOf(pid);
    queue.push(...children.get(pid) ?? []);
  }
  return total;
}
function parentOf(pid) {
  try {
    const stat2 = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}
function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

// shared/adapters/process/run-command.ts
var TAIL_LINES = 20;
var MAX_LINE = 4096;
var SHELL = ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c"];
function runCommand(command, cwd, line) {
  return new Promise((resolve2, reject) => {
    const startedAt = /* @__PURE__ */ new Date();
    const started = performance.now();
    const child = spawn(SHELL[0], [...SHELL.slice(1), command], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const tail = [];
    const emit = (text) => {
      tail.push(text);
      if (tail.length > TAIL_LINES) tail.shift();
      line(text);
    };
    const readers = [child.stdout, child.stderr].map((stream) => lineReader(stream, emit));
    const memory = child.pid === void 0 ? { stop: () => null } : watchPeakMemory(child.pid);
    child.on("error", (error) => {
      memory.stop();
      reject(error);
    });
    child.on("close", (code, signal) => {
      const peakRssBytes = memory.stop();
      for (const flush of readers) flush();
      const finishedAt = /* @__PURE__ */ new Date();
      resolve2({
        exitCode: code ?? 128 + signalNumber(signal),
        signal,
        tail,
        startedAt,
        finishedAt,
        wallSeconds: (performance.now() - started) / 1e3,
        peakRssBytes
      });
    });
  });
}
function lineReader(stream, emit) {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    const parts = (pending + chunk).split(/\r\n|\n|\r/);
    pending = parts.pop();
    for (const part of parts) emitLong(part);
    while (pending.length > MAX_LINE) {
      emit(pending.slice(0, MAX_LINE));
      pending = pending.slice(MAX_LINE);
    }
  });
  function emitLong(text) {
    for (let at = 0; at < text.length || at === 0; at += MAX_LINE) emit(text.slice(at, at + MAX_LINE));
  }
  return () => {
    if (pending !== "") emit(pending);
    pending = "";
  };
}
var SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
function signalNumber(signal) {
  return signal === null ? 0 : SIGNALS[signal] ?? 0;
}

// shared/adapters/process/tool-versions.ts
import { execFile } from "node:child_process";
var asked;
function toolVersions() {
  asked ??= askToolVersions();
  return asked;
}
async function askToolVersions() {
  const [bash, python] = await Promise.all([
    versionOf("bash", ["--version"], /version (\S+)/),
    versionOf("python3", ["--version"], /Python (\S+)/)
  ]);
  return { node: process.version.replace(/^v/, ""), mlgate: TOOL_VERSION, bash, ...python === null ? {} : { python } };
}
function versionOf(program, args, pattern) {
  return new Promise((resolve2) => {
    execFile(program, args, { timeout: 1e4 }, (error, stdout, stderr) => {
      if (error) return resolve2(null);
      resolve2(pattern.exec(`${stdout}
${stderr}`)?.[1] ?? null);
    });
  });
}

// shared/core/train/run-record.ts
var RUN_RECORD_SCHEMA_VERSION = 1;

// shared/commands/train-command.ts
var RUN_CACHE_FORMAT = "mlgate-run-cache/1";
async function trainByCommand(options) {
  const root = resolve(options.workingDirectory);
  const outputs = unique(options.outputs.map((path) => declared(path, "outputs")));
  const deps = unique(options.deps.map((path) => declared(path, "deps")));
  const metricsPath = options.metrics === void 0 ? null : declared(options.metrics, "metrics");
  const recordPath = declared(options.runRecord, "run-record");
  const params = options.params === void 0 ? {} : readFlatFile(resolve(root, options.params), "params", options.params);
  const depFiles = await digestTree(root, deps, "dependency");
  const key = runCacheKey({ command: options.command, deps: depFiles, params, outputs, metrics: metricsPath, runRecord: recordPath });
  const cached = [...outputs, ...metricsPath === null ? [] : [metricsPath], recordPath];
  const metricsJsonPath = join(dirname(recordPath), "run-metrics.json");
  const artifactPaths = unique(cached);
  if (options.cache && await options.cache.restore(key, root, cached)) {
    const record2 = runRecordCodec.read(join(root, recordPath));
    const reusedFrom = record2.run === null ? null : record2.run.url ?? record2.run.id;
    options.log.info(reusedFrom === null ? `reused from a run outside GitHub Actions that finished ${record2.finished_at} (${options.cache.description}, key ${key.slice(0, 12)}); the command did not run` : `reused from run ${record2.run.id} (${reusedFrom}) through the ${options.cache.description}; the command did not run`);
    writeFileAtomic(join(root, metricsJsonPath), toJson(record2.metrics));
    return { cache_hit: true, run_record: recordPath, metrics_json: metricsJsonPath, record: record2, reused_from: reusedFrom, artifact_paths: artifactPaths };
  }
  const tools = toolVersions();
  options.log.info(`$ ${options.command}`);
  const written = [...metricsPath === null ? [] : [metricsPath], ...outputs];
  const before = new Map(await Promise.all(written.map(async (path) => [path, await fileStates(root, path)])));
  const run = await runCommand(options.command, root, (line) => options.log.info(line));
  if (run.exitCode !== 0) {
    const how = run.signal === null ? `exited with code ${run.exitCode}` : `was killed by ${run.signal}${run.signal === "SIGKILL" ? " (the out-of-memory killer does this)" : ""} (exit code ${run.exitCode})`;
    const lines = run.tail.length === 0 ? "it printed nothing" : `its last ${run.tail.length === TAIL_LINES ? `${TAIL_LINES} lines` : "lines"}:
${run.tail.join("\n")}`;
    throw new TrainingFailedError(`the training command ${how}; ${lines}`);
  }
  for (const path of written) {
    const declaredIn = `declared in \`${path === metricsPath ? "metrics" : "outputs"}\``;
    if (!statSync(join(root, path), { throwIfNoEntry: false })) {
      throw new TrainingFailedError(`${path}: the training command finished but did not write it (${declaredIn})`);
    }
    const previous = before.get(path);
    if (previous !== null && previous !== void 0 && previous === await fileStates(root, path)) {
      throw new TrainingFailedError(`${path}: the training command finished without writing it; the one there is left from before (${declaredIn})`);
    }
  }
  const metrics = metricsPath === null ? {} : readFlatFile(join(root, metricsPath), "metrics", metricsPath);
  const outputFiles = await digestTree(root, outputs, "output");
  const record = {
    schema_version: RUN_RECORD_SCHEMA_VERSION,
    command: options.command,
    working_directory: workingDirectoryName(root, options.environment.workspace),
    params,
    deps: depFiles,
    outputs: outputFiles,
    metrics,
    exit_code: run.exitCode,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt.toISOString(),
    wall_seconds: Math.round(run.wallSeconds * 1e3) / 1e3,
    peak_rss_bytes: run.peakRssBytes,
    tools: await tools,
    cache: { key: options.cache ? key : null, hit: false, reused_from_run: null },
    run: options.environment.runId === null ? null : { id: options.environment.runId, url: options.environment.runUrl }
  };
  mkdirSync(dirname(join(root, recordPath)), { recursive: true });
  runRecordCodec.write(join(root, recordPath), record);
  writeFileAtomic(join(root, metricsJsonPath), toJson(metrics));
  if (options.cache) {
    try {
      await options.cache.save(key, root, cached);
    } catch (error) {
      options.log.warning(`could not save the run to the ${options.cache.description}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { cache_hit: false, run_record: recordPath, metrics_json: metricsJsonPath, record, reused_from: null, artifact_paths: artifactPaths };
}
function runCacheKey(input) {
  return digestText(JSON.stringify([
    RUN_CACHE_FORMAT,
    input.command,
    input.deps.map((file) => [file.path, file.sha256]),
    Object.keys(input.params).sort(byPath).map((name) => [name, input.params[name]]),
    [...input.outputs].sort(byPath),
    input.metrics,
    input.runRecord
  ]));
}
async function digestTree(root, paths, what) {
  const files = /* @__PURE__ */ new Set();
  for (const path of paths) for (const file of await filesUnder(root, path, what)) files.add(file);
  const sorted = [...files].sort(byPath);
  await checkLinkedFiles([...paths, ...sorted].map((file) => join(root, file)), void 0, root);
  const digests = [];
  for (let i = 0; i < sorted.length; i += 8) {
    const batch = sorted.slice(i, i + 8);
    digests.push(...await Promise.all(batch.map(async (path) => ({ path, ...await digestAnyFile(join(root, path)) }))));
  }
  return digests;
}
var READ_WHOLE_BYTES = 16 * 1024 * 1024;
async function digestAnyFile(path) {
  if ((await stat(path)).size > READ_WHOLE_BYTES) return digestFile(path);
  const bytes = await readFile(path);
  return { sha256: digestText(bytes), size: bytes.length };
}
async function fileStates(root, path) {
  if (!statSync(join(root, path), { throwIfNoEntry: false })) return null;
  const files = await filesUnder(root, path, "output").catch(() => null);
  if (files === null) return null;
  const states = await Promise.all(files.map(async (file) => {
    const info = await stat(join(root, file), { bigint: true });
    return `${file}\0${info.size}\0${info.mtimeNs}\0${info.ctimeNs}\0${info.ino}`;
  }));
  return states.join("\n");
}
function declared(path, option) {
  try {
    return checkEntryPath(path);
  } catch {
    throw new InputError(`\`${option}\`: ${path} must be a path inside the working directory`);
  }
}
function unique(paths) {
  return [...new Set(paths)];
}
function workingDirectoryName(root, workspace) {
  if (workspace === null) return root;
  const rel = relative(resolve(workspace), root);
  if (rel === "") return ".";
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? root : rel.split(sep).join("/");
}
export {
  RUN_CACHE_FORMAT,
  digestTree,
  runCacheKey,
  trainByCommand
};
