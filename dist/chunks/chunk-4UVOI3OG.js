import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-BQ2LCHCP.js";
import {
  TomlDate,
  parse as parse2
} from "./chunk-5JE6VQX4.js";
import {
  require_dist
} from "./chunk-SS2DCIVC.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/adapters/metrics-files/read-metrics-file.ts
import { existsSync as existsSync3, readdirSync as readdirSync3, statSync as statSync4 } from "node:fs";
import { basename as basename3, dirname as dirname2, extname, join as join3 } from "node:path";

// shared/adapters/metrics-files/metrics-file.ts
var METRICS_FORMATS = ["auto", "json", "yaml", "toml", "dvclive", "huggingface", "lightning", "keras", "mlflow"];
var MAX_METRICS_FILE_BYTES = 64 * 1024 * 1024;
var MAX_NAME = 256;
var MAX_METRICS = 1e4;
function looksNumeric(text) {
  return /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|nan|inf|infinity)\s*$/i.test(text);
}
var MetricsCollector = class {
  constructor(source) {
    this.source = source;
  }
  source;
  metrics = {};
  notes = [];
  count = 0;
  add(name, value, where = `key \`${name}\``) {
    if (name.length > MAX_NAME) throw new InputError(`${this.source}: ${where}: a metric name is at most ${MAX_NAME} characters`);
    if (Object.hasOwn(this.metrics, name) || this.notes.some((n) => n.startsWith(`\`${name}\` `))) {
      throw new InputError(`${this.source}: ${where}: metric \`${name}\` is given twice`);
    }
    if (!Number.isFinite(value)) {
      this.notes.push(`\`${name}\` is ${String(value)} in ${this.source}: left out (only finite numbers are metrics)`);
      return;
    }
    if (++this.count > MAX_METRICS) throw new InputError(`${this.source}: more than ${MAX_METRICS.toLocaleString("en-US")} metrics`);
    Object.defineProperty(this.metrics, name, { value, enumerable: true, writable: true, configurable: true });
  }
  skip(name, why) {
    if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME - 1)}\u2026`;
    this.notes.push(`\`${name}\` in ${this.source} ${why}: not a metric, left out`);
  }
};
function lineColumn(text, position) {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
}

// shared/adapters/metrics-files/csv-history.ts
function collectHistory(text, source, collector, options) {
  let rows;
  try {
    rows = parse(text, { delimiter: options.delimiter, relax_column_count: false, skip_empty_lines: true, bom: true });
  } catch (error) {
    const { lines } = error;
    throw new InputError(`${source}: not valid ${options.delimiter === "	" ? "TSV" : "CSV"}: ${lines ? `line ${lines}: ` : ""}${error.message.split("\n")[0].replace(/^Invalid Record Length: expect (\d+), got (\d+).*$/, "$2 fields where the header has $1").replace(/ (?:on|at) line \d+\.?$/, "")}`);
  }
  if (rows.length === 0) throw new InputError(`${source}: empty, expected a header row of metric names`);
  const [header, ...body] = rows;
  const seen = /* @__PURE__ */ new Set();
  for (const [i, name] of header.entries()) {
    if (name.trim() === "") throw new InputError(`${source}: line 1, column ${i + 1}: empty column name`);
    if (seen.has(name)) throw new InputError(`${source}: line 1: column \`${name}\` appears twice`);
    seen.add(name);
  }
  if (body.length === 0) throw new InputError(`${source}: has a header but no rows: nothing was logged`);
  const last = header.map(() => void 0);
  const lineOf = header.map(() => 0);
  for (const [r, row] of body.entries()) {
    for (const [c, cell] of row.entries()) {
      const trimmed = cell.trim();
      if (trimmed === "" || trimmed === "NA") continue;
      if (!/^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|nan|inf|infinity)$/i.test(trimmed)) {
        throw new InputError(`${source}: line ${r + 2}, column \`${header[c]}\`: ${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}\u2026` : cell)} is not a number`);
      }
      last[c] = trimmed;
      lineOf[c] = r + 2;
    }
  }
  for (const [c, name] of header.entries()) {
    if (options.index.includes(name)) continue;
    const value = last[c];
    if (value === void 0) {
      collector.skip(options.rename?.(name) ?? name, "has no value in any row");
      continue;
    }
    collector.add(options.rename?.(name) ?? name, toNumber(value), `line ${lineOf[c]}, column \`${name}\``);
  }
}
function toNumber(text) {
  const lower = text.toLowerCase().replace(/^\+/, "");
  if (lower === "nan" || lower === "-nan") return NaN;
  if (lower === "inf" || lower === "infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return Number(text);
}
var LIGHTNING_INDEX = ["step"];
var KERAS_INDEX = ["epoch"];
function headerOf(text) {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return first.split(first.includes("	") ? "	" : ",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
}

// shared/adapters/metrics-files/dvclive.ts
import { existsSync, readdirSync, statSync as statSync2 } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";

// shared/adapters/metrics-files/key-value.ts
var import_yaml = __toESM(require_dist(), 1);
function parseKeyValue(text, source, syntax) {
  switch (syntax) {
    case "json":
      return parsePythonJson(text, source);
    case "yaml":
      return parseYamlText(text, source);
    case "toml":
      return parseTomlText(text, source);
  }
}
function collectKeyValue(value, source, collector, skipTop = []) {
  if (!isMapping(value)) {
    throw new InputError(`${source}: expected a mapping of metric names to numbers at the top level, got ${describe(value)}`);
  }
  const walk = (node, prefix, depth) => {
    if (depth > 32) throw new InputError(`${source}: key \`${prefix.slice(0, -1)}\` is nested more than 32 levels deep`);
    for (const [key, child] of Object.entries(node)) {
      const name = `${prefix}${key}`;
      if (depth === 0 && skipTop.includes(key)) continue;
      if (child instanceof TomlDate || child instanceof Date) collector.skip(name, "is a date");
      else if (isMapping(child)) walk(child, `${name}.`, depth + 1);
      else if (typeof child === "number") collector.add(name, child);
      else if (child === NAN || child === INFINITY || child === MINUS_INFINITY) collector.add(name, PYTHON_WORDS[child]);
      else if (typeof child === "string" && looksNumeric(child)) {
        throw new InputError(`${source}: key \`${name}\` is the string ${JSON.stringify(child)}, expected a number (unquote it: a metric read from a string could be misread)`);
      } else if (typeof child === "bigint") collector.add(name, Number(child));
      else collector.skip(name, `is ${describe(child)}`);
    }
  };
  walk(value, "", 0);
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof TomlDate) && !(value instanceof Date);
}
function describe(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "boolean") return `a boolean (${String(value)})`;
  if (typeof value === "string") return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)})`;
  return `a ${typeof value}`;
}
var NAN = "\0NaN";
var INFINITY = "\0Infinity";
var MINUS_INFINITY = "\0-Infinity";
var PYTHON_WORDS = { [NAN]: NaN, [INFINITY]: Infinity, [MINUS_INFINITY]: -Infinity };
function parsePythonJson(text, source) {
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)\b/g, (match, word) => word ? JSON.stringify(`\0${word}`) : match);
  try {
    return JSON.parse(marked);
  } catch (error) {
    const problem = jsonSyntaxError(text);
    throw new InputError(`${source}: not valid JSON: ${problem ? `${lineColumn(text, problem.at)}: ${problem.what}` : error.message}`);
  }
}
function jsonSyntaxError(text) {
  let i = 0;
  const fail = (what) => {
    throw Object.assign(new Error(what), { at: i });
  };
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const expect = (char) => {
    space();
    if (text[i] !== char) fail(i >= text.length ? `the document ends where \`${char}\` was expected` : `unexpected \`${text[i]}\` where \`${char}\` was expected`);
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      else if (text.charCodeAt(i) < 32) fail("a control character inside a string");
      i++;
    }
    if (i >= text.length) fail("a string is not closed");
    i++;
  };
  const value = (depth) => {
    if (depth > 512) fail("nested too deeply");
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        string();
        expect(":");
        value(depth + 1);
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("}");
        return;
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value(depth + 1);
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("]");
        return;
      }
    }
    if (c === '"') return string();
    const token = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity/y;
    token.lastIndex = i;
    const match = token.exec(text);
    if (!match) fail(i >= text.length ? "the document ends where a value was expected" : `unexpected \`${text[i]}\` where a value was expected`);
    i += match[0].length;
  };
  try {
    value(0);
    space();
    if (i < text.length) fail(`unexpected \`${text[i]}\` after the end of the document`);
    return void 0;
  } catch (error) {
    return { at: error.at, what: error.message };
  }
}
function parseYamlText(text, source) {
  try {
    return (0, import_yaml.parse)(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof import_yaml.YAMLParseError) {
      const position = error.linePos?.[0];
      throw new InputError(`${source}: not valid YAML: ${position ? `line ${position.line}, column ${position.col}: ` : ""}${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    throw new InputError(`${source}: not valid YAML: ${error.message.split("\n")[0]}`);
  }
}
function parseTomlText(text, source) {
  try {
    return parse2(text);
  } catch (error) {
    const { line, column } = error;
    const message = error.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    throw new InputError(`${source}: not valid TOML: ${line ? `line ${line}, column ${column ?? 1}: ` : ""}${message}`);
  }
}

// shared/adapters/metrics-files/read-text.ts
import { readFileSync, statSync } from "node:fs";
function readMetricsText(path) {
  let size;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a folder, expected a metrics file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: metrics file not found`);
  }
  if (size > MAX_METRICS_FILE_BYTES) throw new InputError(`${path}: ${size.toLocaleString("en-US")} bytes is too large for a metrics file (at most ${MAX_METRICS_FILE_BYTES.toLocaleString("en-US")})`);
  try {
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new InputError(`${path}: cannot read the metrics file (${error.code ?? error.message})`);
  }
}

// shared/adapters/metrics-files/dvclive.ts
function readDvcLive(path, collector) {
  const isFolder = existsSync(path) && statSync2(path).isDirectory();
  if (!isFolder) {
    if (path.endsWith(".tsv")) {
      const root = historyRoot(path);
      collectTsv(path, root ? nameOf(root, path) : basename(path, ".tsv"), collector);
      return path;
    }
    collectKeyValue(parseKeyValue(readMetricsText(path), path, "json"), path, collector, ["step"]);
    return path;
  }
  const summary = join(path, "metrics.json");
  if (existsSync(summary)) {
    collectKeyValue(parseKeyValue(readMetricsText(summary), summary, "json"), summary, collector, ["step"]);
    return summary;
  }
  const plots = join(path, "plots", "metrics");
  const files = existsSync(plots) ? tsvFiles(plots) : [];
  if (files.length === 0) throw new InputError(`${path}: a DVCLive folder needs metrics.json or plots/metrics/*.tsv, and has neither`);
  for (const file of files) collectTsv(file, nameOf(plots, file), collector);
  return path;
}
function collectTsv(file, name, collector) {
  const text = readMetricsText(file);
  collectHistory(text, file, collector, { delimiter: "	", index: ["timestamp", "step"], rename: () => name });
}
function historyRoot(file) {
  let folder = dirname(file);
  for (let depth = 0; depth < 32 && folder !== dirname(folder); depth++, folder = dirname(folder)) {
    if (basename(folder) === "metrics" && basename(dirname(folder)) === "plots") return folder;
  }
  return void 0;
}
function nameOf(root, file) {
  return relative(root, file).replace(/\.tsv$/, "").split(sep).join(".");
}
function tsvFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".tsv")).map((e) => join(e.parentPath, e.name)).sort();
}

// shared/adapters/metrics-files/huggingface.ts
var HUGGING_FACE_FILES = ["all_results.json", "eval_results.json", "train_results.json", "test_results.json", "predict_results.json"];
function readHuggingFace(path, collector) {
  const value = parseKeyValue(readMetricsText(path), path, "json");
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "object" && child !== null && !Array.isArray(child)) {
        throw new InputError(`${path}: key \`${key}\` is an object, but a Trainer results file is flat (read it with --metrics-format json to flatten it)`);
      }
    }
  }
  collectKeyValue(value, path, collector);
}

// shared/adapters/metrics-files/mlflow.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, statSync as statSync3 } from "node:fs";
import { basename as basename2, join as join2, relative as relative2, sep as sep2 } from "node:path";
function readMlflow(path, collector) {
  if (!existsSync2(path)) throw new InputError(`${path}: MLflow run or metrics folder not found`);
  if (!statSync3(path).isDirectory()) {
    collectMetricFile(path, basename2(path), collector);
    return path;
  }
  const folder = basename2(path) !== "metrics" && existsSync2(join2(path, "metrics")) ? join2(path, "metrics") : path;
  if (!existsSync2(folder) || !statSync3(folder).isDirectory()) throw new InputError(`${path}: an MLflow run folder needs a metrics folder`);
  const files = readdirSync2(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join2(e.parentPath, e.name)).sort();
  if (files.length === 0) throw new InputError(`${folder}: no metric files: the run logged no metrics`);
  if (files.length > MAX_METRICS) throw new InputError(`${folder}: more than ${MAX_METRICS.toLocaleString("en-US")} metric files`);
  for (const file of files) collectMetricFile(file, relative2(folder, file).split(sep2).join("/"), collector);
  return folder;
}
function collectMetricFile(file, name, collector) {
  const lines = readMetricsText(file).split("\n");
  let best;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const fields = line.split(/\s+/);
    const [timestamp, value, step = "0"] = fields;
    const number = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/i.test(value ?? "") ? Number(value) : /^nan$/i.test(value ?? "") ? NaN : /^\+?inf$/i.test(value ?? "") ? Infinity : /^-inf$/i.test(value ?? "") ? -Infinity : void 0;
    if (fields.length < 2 || fields.length > 3 || !/^-?\d+$/.test(timestamp) || !/^-?\d+$/.test(step) || number === void 0) {
      throw new InputError(`${file}: line ${i + 1}: expected \`<timestamp> <value> <step>\` (MLflow's metric file), got ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}\u2026` : line)}`);
    }
    const entry = { step: Number(step), timestamp: Number(timestamp), value: number, line: i + 1 };
    if (!best || entry.step > best.step || entry.step === best.step && entry.timestamp >= best.timestamp) best = entry;
  }
  if (!best) throw new InputError(`${file}: empty: MLflow's metric file has one \`<timestamp> <value> <step>\` line per logged value`);
  collector.add(name, best.value, `line ${best.line}`);
}

// shared/adapters/metrics-files/read-metrics-file.ts
function readMetricsFile(path, format = "auto") {
  if (!existsSync3(path)) throw new InputError(`${path}: metrics file not found`);
  const chosen = format === "auto" ? detectMetricsFormat(path) : format;
  const file = resolveFile(path, chosen);
  const collector = new MetricsCollector(file);
  let read = file;
  switch (chosen) {
    case "json":
    case "yaml":
    case "toml":
      collectKeyValue(parseKeyValue(readMetricsText(file), file, chosen), file, collector);
      break;
    case "huggingface":
      readHuggingFace(file, collector);
      break;
    case "dvclive":
      read = readDvcLive(path, collector);
      break;
    case "mlflow":
      read = readMlflow(path, collector);
      break;
    case "lightning":
    case "keras": {
      const text = readMetricsText(file);
      const delimiter = headerOf(text).length > 1 && text.split("\n", 1)[0].includes("	") ? "	" : ",";
      collectHistory(text, file, collector, { delimiter, index: chosen === "lightning" ? LIGHTNING_INDEX : KERAS_INDEX });
      break;
    }
  }
  if (Object.keys(collector.metrics).length === 0 && collector.notes.length === 0) {
    throw new InputError(`${read}: holds no metrics`);
  }
  return { path: read, format: chosen, metrics: collector.metrics, notes: collector.notes };
}
function resolveFile(path, format) {
  if (!statSync4(path).isDirectory() || format === "dvclive" || format === "mlflow") return path;
  const candidates = format === "huggingface" ? HUGGING_FACE_FILES.slice(0, 2) : format === "lightning" ? ["metrics.csv"] : [];
  for (const name of candidates) if (existsSync3(join3(path, name))) return join3(path, name);
  throw new InputError(`${path}: is a folder; --metrics-format ${format} reads a file${candidates.length > 0 ? ` (looked for ${candidates.join(", ")})` : ""}`);
}
function detectMetricsFormat(path) {
  const name = basename3(path);
  if (statSync4(path).isDirectory()) {
    const has = (entry) => existsSync3(join3(path, entry));
    if (has("metrics.json") || has(join3("plots", "metrics"))) return "dvclive";
    if (has("meta.yaml") && has("metrics") || name === "metrics" && existsSync3(join3(dirname2(path), "meta.yaml"))) return "mlflow";
    if (has("metrics.csv")) return "lightning";
    if (HUGGING_FACE_FILES.slice(0, 2).some(has)) return "huggingface";
    const entries = readdirSync3(path).slice(0, 10);
    throw new InputError(`${path}: a folder that is not a DVCLive folder, an MLflow run, a Lightning log version or a Trainer output folder (it holds: ${entries.join(", ") || "nothing"}); name the metrics file instead`);
  }
  if (HUGGING_FACE_FILES.includes(name)) return "huggingface";
  const parent = dirname2(path);
  if (name === "metrics.json" && (existsSync3(join3(parent, "plots")) || basename3(parent) === "dvclive")) return "dvclive";
  const extension = extname(name).toLowerCase();
  if (extension === ".tsv" && /(^|[\\/])plots[\\/]metrics[\\/]/.test(path)) return "dvclive";
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".toml") return "toml";
  if (basename3(parent) === "metrics" && existsSync3(join3(dirname2(parent), "meta.yaml"))) return "mlflow";
  const text = readMetricsText(path);
  if (extension === ".csv" || extension === ".tsv") {
    const header = headerOf(text);
    if (header.includes("step")) return "lightning";
    if (header[0] === "epoch") return "keras";
    throw new InputError(`${path}: a CSV file that is neither Lightning's CSVLogger (a \`step\` column) nor Keras' (\`epoch\` first): give --metrics-format`);
  }
  const start = text.trimStart();
  if (start.startsWith("{")) return "json";
  if (/^-?\d+\s+\S+\s+-?\d+\s*(\n|$)/.test(start)) return "mlflow";
  throw new InputError(`${path}: cannot tell the metrics format from the file's name or content: give --metrics-format (${["json", "yaml", "toml", "dvclive", "huggingface", "lightning", "keras", "mlflow"].join(", ")})`);
}

export {
  METRICS_FORMATS,
  readMetricsFile
};
