import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  READ_FORMATS,
  checkMagic,
  decompress,
  formatOf,
  parseJsonLines,
  parseParquet
} from "./chunk-UW7ZVLLG.js";
import {
  parseDecimal,
  sortLabels
} from "./chunk-55YVFETO.js";
import {
  MAX_TEXT_BYTES,
  formatBytes,
  parseCsvTable
} from "./chunk-BQ2LCHCP.js";
import {
  readJsonFile,
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/data/read-table.ts
import { readFileSync, statSync } from "node:fs";
async function readTable(path, options = {}) {
  const { format, compression } = formatOf(path);
  const bytes = readBytes(path, format === "parquet" ? void 0 : MAX_TEXT_BYTES);
  checkMagic(path, bytes, format, compression);
  if (format === "parquet") return materialise(await parseParquet(bytes, path), path);
  const content = decompress(path, bytes, compression, MAX_TEXT_BYTES);
  if (content.subarray(0, 8192).includes(0)) {
    throw new InputError(`${path}: ${compression === "none" ? "holds" : "decompresses to"} binary data (NUL bytes), not text; ${READ_FORMATS}`);
  }
  const text = content.toString("utf8");
  return format === "jsonl" ? materialise(parseJsonLines(text, path), path) : parseCsvTable(text, path, options);
}
function readBytes(path, maxBytes) {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`${path}: is a directory, expected a data file`);
    if (maxBytes !== void 0 && stats.size > maxBytes) {
      throw new InputError(`${path}: ${formatBytes(stats.size)} is larger than the ${formatBytes(maxBytes)} mlgate can read as text; sample or split the file`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    if (code === "ENOENT") throw new InputError(`${path}: file not found`);
    if (code === "ERR_FS_FILE_TOO_LARGE") throw new InputError(`${path}: too large to read whole; sample or split the file`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
}
function materialise(raw, source) {
  const cells = /* @__PURE__ */ new Map();
  for (const name of raw.columns) {
    if (name.trim() === "") throw new InputError(`${source}: a column has no name`);
    const values = raw.values.get(name);
    const column = new Array(raw.rowCount);
    for (let i = 0; i < raw.rowCount; i++) column[i] = cellText(values[i], name, source);
    cells.set(name, column);
  }
  return { source, columns: [...raw.columns], rowCount: raw.rowCount, cells };
}
function cellText(value, column, source) {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "bigint":
    case "boolean":
      return String(value);
    case "undefined":
      return "";
    case "object":
      if (value === null) return "";
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new InputError(`${source}: column \`${column}\` holds an invalid date`);
        return value.toISOString();
      }
      if (value instanceof Uint8Array) throw new InputError(`${source}: column \`${column}\` holds binary values; mlgate compares text, numbers, booleans and dates`);
      throw new InputError(`${source}: column \`${column}\` holds nested values; mlgate compares flat columns`);
    default:
      throw new InputError(`${source}: column \`${column}\` holds ${typeof value} values, which mlgate does not read`);
  }
}

// shared/core/table/table.ts
function columnOf(table, name) {
  const cells = table.cells.get(name);
  if (!cells) {
    const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(", ");
    throw new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ", \u2026" : ""})`);
  }
  return cells;
}

// shared/adapters/data/predictions.ts
var DEFAULT_PREDICTION_COLUMNS = { yTrue: "y_true", yPred: "y_pred", yScore: "y_score", id: "id" };
function encodePredictions(columns, names = {}) {
  const { id, yTrue, yPred, yScore } = { ...DEFAULT_PREDICTION_COLUMNS, ...names };
  const labels = [...columns.ids ? [[id, columns.ids]] : [], [yTrue, columns.yTrue], [yPred, columns.yPred]];
  const scores = [
    ...columns.yScore ? [[yScore, columns.yScore]] : [],
    ...sortLabels(Object.keys(columns.classScores ?? {})).map((c) => [`${yScore}_${c.trim()}`, columns.classScores[c]])
  ];
  const n = columns.yTrue.length;
  for (const [name, values] of [...labels, ...scores]) {
    if (values.length !== n) throw new Error(`predictions: column \`${name}\` has ${values.length} rows, \`${yTrue}\` has ${n}`);
  }
  const lines = [[...labels, ...scores].map(([name]) => csvCell(name)).join(",")];
  for (let row = 0; row < n; row++) {
    const cells = labels.map(([, values]) => csvCell(values[row].trim()));
    for (const [name, values] of scores) {
      if (!Number.isFinite(values[row])) throw new Error(`predictions: column \`${name}\` row ${row + 1} is ${values[row]}, expected a finite number`);
      cells.push(String(values[row]));
    }
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}
`;
}
function writePredictions(path, columns, names = {}) {
  writeFileAtomic(path, encodePredictions(columns, names));
}
function csvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
async function readPredictions(path, task, names = {}, delimiter) {
  return predictionsFromTable(await readTable(path, delimiter ? { delimiter } : {}), task, { ...DEFAULT_PREDICTION_COLUMNS, ...names });
}
function predictionsFromTable(table, task, names) {
  if (table.rowCount === 0) throw new InputError(`${table.source}: no prediction rows`);
  const result = { yTrue: columnOf(table, names.yTrue).map((c) => c.trim()), yPred: columnOf(table, names.yPred).map((c) => c.trim()) };
  if (table.cells.has(names.id)) {
    const ids = columnOf(table, names.id).map((c) => c.trim());
    const seen = /* @__PURE__ */ new Set();
    ids.forEach((id, row) => {
      if (seen.has(id)) throw new InputError(`${table.source}: id \`${id}\` in column \`${names.id}\` appears twice (line ${row + 2})`);
      seen.add(id);
    });
    result.ids = ids;
  }
  if (task === "binary" && table.cells.has(names.yScore)) {
    result.yScore = numbers(table, names.yScore);
  }
  if (task === "multiclass") {
    const prefix = `${names.yScore}_`;
    const scoreColumns = table.columns.filter((c) => c.startsWith(prefix));
    if (scoreColumns.length > 0) {
      result.classScores = Object.fromEntries(scoreColumns.map((c) => [c.slice(prefix.length), numbers(table, c)]));
    }
  }
  return result;
}
function numbers(table, column) {
  return columnOf(table, column).map((cell, row) => {
    const value = parseDecimal(cell);
    if (value === void 0 || !Number.isFinite(value)) {
      throw new InputError(`${table.source}: column \`${column}\` line ${row + 2}: \`${cell}\` is not a finite number`);
    }
    return value;
  });
}

// shared/adapters/data/predictions-sidecar.ts
import { existsSync } from "node:fs";
function sidecarPath(predictionsPath) {
  return /\.[^./\\]+$/.test(predictionsPath) ? predictionsPath.replace(/\.[^./\\]+$/, ".json") : `${predictionsPath}.json`;
}
function writePredictionsSidecar(predictionsPath, sidecar) {
  writeFileAtomic(sidecarPath(predictionsPath), toJson(sidecar));
}
function readPredictionsSidecar(predictionsPath) {
  const path = sidecarPath(predictionsPath);
  if (path === predictionsPath || !existsSync(path)) return void 0;
  const sidecar = readJsonFile(path, "predictions sidecar");
  const valid = sidecar !== null && typeof sidecar === "object" && (sidecar.task === "binary" || sidecar.task === "multiclass" || sidecar.task === "regression") && (sidecar.positive_label === null || typeof sidecar.positive_label === "string") && Array.isArray(sidecar.classes) && sidecar.classes.every((c) => typeof c === "string");
  if (!valid) throw new InputError(`${path}: not a predictions sidecar (expected task, positive_label, classes, score_columns)`);
  return sidecar;
}

export {
  DEFAULT_PREDICTION_COLUMNS,
  writePredictions,
  readPredictions,
  predictionsFromTable,
  sidecarPath,
  writePredictionsSidecar,
  readPredictionsSidecar
};
