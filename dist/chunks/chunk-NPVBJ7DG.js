import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  PRIMARY_METRIC
} from "./chunk-TUTBBBXV.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  predictionsFromTable,
  readPredictions,
  readPredictionsSidecar,
  sidecarPath
} from "./chunk-FZPOGAVF.js";
import {
  cellStrings,
  columnTexts
} from "./chunk-VPYOK6OQ.js";
import {
  readColumns
} from "./chunk-7UI27AWS.js";
import {
  readMetricsFile
} from "./chunk-4UVOI3OG.js";
import {
  RowIdIndex,
  TASKS,
  evaluatePredictions,
  labelCodes,
  predictionArraysFrom,
  rowIdText
} from "./chunk-KSIZKA2C.js";
import {
  parseDecimal
} from "./chunk-55YVFETO.js";
import {
  MAX_TEXT_BYTES,
  detectDelimiter,
  parseCsvTable
} from "./chunk-BQ2LCHCP.js";
import {
  releaseMemory
} from "./chunk-RRUY6MUO.js";
import {
  typedColumnOf
} from "./chunk-VSN6A6DC.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/data/predictions-arrays.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
async function readPredictionArrays(path, task, names = {}, delimiter) {
  const columns = { ...DEFAULT_PREDICTION_COLUMNS, ...names };
  const fast = task === "regression" ? void 0 : readPlainCsv(path, task, columns, delimiter);
  return fast ?? predictionArraysFrom(await readPredictions(path, task, names, delimiter));
}
var NEWLINE = 10;
var RETURN = 13;
var COMMA = 44;
var QUOTE = 34;
var HEAD_RECORDS = 100;
var CHUNK_BYTES = 1 << 22;
function readPlainCsv(path, task, names, delimiter, chunkBytes = CHUNK_BYTES) {
  if (!path.toLowerCase().endsWith(".csv")) return void 0;
  if (delimiter !== void 0 && delimiter !== "auto" && delimiter !== "comma") return void 0;
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    return void 0;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_TEXT_BYTES) return void 0;
    return parsePlainCsv(new ChunkedLines(fd, chunkBytes), path, task, names, delimiter);
  } finally {
    closeSync(fd);
  }
}
function parsePlainCsv(lines, path, task, names, delimiter) {
  const first = lines.survey();
  if (!first) return void 0;
  const { head: headBytes, lines: lineCount } = first;
  const magic = headBytes.subarray(0, 4).toString("latin1");
  if (magic.startsWith("\x8B") || magic === "(\xB5/\xFD" || magic === "PAR1" || headBytes.subarray(0, 8192).includes(0)) return void 0;
  const start = headBytes[0] === 239 && headBytes[1] === 187 && headBytes[2] === 191 ? 3 : 0;
  let headEnd = start;
  for (let records = 0; records <= HEAD_RECORDS; records++) {
    const newline = headBytes.indexOf(NEWLINE, headEnd);
    if (newline === -1) {
      if (headBytes.length === lines.size) headEnd = headBytes.length;
      else if (records <= 1) return void 0;
      break;
    }
    headEnd = newline + 1;
  }
  const headText = headBytes.toString("utf8", start, headEnd);
  if ((delimiter === "comma" ? "," : detectDelimiter(headText)) !== ",") return void 0;
  releaseMemory(headBytes);
  const head = parseCsvTable(headText, path, delimiter ? { delimiter } : {});
  predictionsFromTable(head, task, names);
  lines.rewind(start);
  const header = lines.next() ? lines.fields() : void 0;
  if (!header || header.length !== head.columns.length || header.some((name, k) => name !== head.columns[k])) return void 0;
  const column = (name) => header.indexOf(name);
  const width = header.length;
  const capacity = Math.max(lineCount - 1, 0);
  const yTrue = new LabelDictionary(capacity);
  const yPred = new LabelDictionary(capacity);
  const ids = column(names.id) === -1 ? void 0 : new IdBytes(capacity, lines.size);
  const scoreColumns = task === "binary" ? column(names.yScore) === -1 ? [] : [[names.yScore, column(names.yScore)]] : header.flatMap((name, k) => name.startsWith(`${names.yScore}_`) ? [[name, k]] : []);
  const scores = scoreColumns.map(() => new Float64Array(capacity));
  let badScore;
  const starts = new Uint32Array(width + 1);
  const [trueAt, predAt, idAt] = [column(names.yTrue), column(names.yPred), column(names.id)];
  let row = 0;
  while (lines.next()) {
    if (lines.start === lines.end) continue;
    if (!lines.split(starts, width)) return void 0;
    const bytes = lines.buffer;
    yTrue.add(row, bytes, starts[trueAt], starts[trueAt + 1] - 1);
    yPred.add(row, bytes, starts[predAt], starts[predAt + 1] - 1);
    if (ids) ids.add(bytes, starts[idAt], starts[idAt + 1] - 1);
    for (let s = 0; s < scoreColumns.length; s++) {
      const k = scoreColumns[s][1];
      const cell = bytes.toString("utf8", starts[k], starts[k + 1] - 1);
      const value = parseDecimal(cell);
      if (value === void 0 || !Number.isFinite(value)) {
        badScore ??= { row, column: scoreColumns[s][0], cell };
        scores[s][row] = Number.NaN;
      } else {
        scores[s][row] = value;
      }
    }
    row++;
  }
  lines.release();
  if (lines.failed) return void 0;
  const result = { kind: "arrays", yTrue: yTrue.finish(row), yPred: yPred.finish(row) };
  if (ids) {
    result.ids = ids.finish(row);
    const index = new RowIdIndex(result.ids, row);
    for (let i = 0; i < row; i++) {
      if (index.add(i) !== -1) throw new InputError(`${path}: id \`${rowIdText(result.ids, i)}\` in column \`${names.id}\` appears twice (line ${i + 2})`);
    }
    index.release();
    result.ids.unique = true;
  }
  if (badScore) throw new InputError(`${path}: column \`${badScore.column}\` line ${badScore.row + 2}: \`${badScore.cell}\` is not a finite number`);
  if (task === "binary" && scoreColumns.length > 0) result.yScore = exactLength(scores[0], row);
  if (task === "multiclass" && scoreColumns.length > 0) {
    result.classScores = Object.fromEntries(scoreColumns.map(([name], s) => [name.slice(names.yScore.length + 1), exactLength(scores[s], row)]));
  }
  return result;
}
function exactLength(array, length) {
  if (array.length === length) return array;
  const cut = array.slice(0, length);
  releaseMemory(array);
  return cut;
}
var ChunkedLines = class {
  constructor(fd, chunkBytes) {
    this.fd = fd;
    this.size = fstatSync(fd).size;
    this.buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(this.size, 1)));
  }
  fd;
  size;
  buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  failed = false;
  /** Bytes of the buffer filled, and the file offset of the buffer's first byte. */
  filled = 0;
  offset = 0;
  position = 0;
  /**
   * One pass over the file: its lines, and the bytes of its first HEAD_RECORDS + 1 lines (those
   * the first chunk holds, and at least 8 KiB); undefined when it holds a quote character. The buffer is the one the
   * lines are then read with.
   */
  survey() {
    const chunk = this.buffer;
    let newlines = 0;
    let head;
    let last = NEWLINE;
    for (let at = 0; at < this.size; ) {
      const read = readSync(this.fd, chunk, 0, chunk.length, at);
      if (read === 0) break;
      const view = chunk.subarray(0, read);
      if (view.includes(QUOTE)) return void 0;
      if (!head) {
        let end = -1;
        for (let records = 0; records <= HEAD_RECORDS + 1; records++) {
          const next = view.indexOf(NEWLINE, end + 1);
          if (next === -1) {
            end = read - 1;
            break;
          }
          end = next;
        }
        head = Buffer.from(view.subarray(0, Math.max(end + 1, Math.min(8192, read))));
      }
      for (let k = view.indexOf(NEWLINE); k !== -1; k = view.indexOf(NEWLINE, k + 1)) newlines++;
      last = view[read - 1];
      at += read;
    }
    return { head: head ?? Buffer.alloc(0), lines: newlines + (last === NEWLINE ? 0 : 1) };
  }
  /** Starts reading lines at this file offset. */
  rewind(offset) {
    this.filled = 0;
    this.offset = offset;
    this.position = 0;
  }
  next() {
    let newline = this.newlineFrom(this.position);
    if (newline === -1 && this.offset + this.filled < this.size) {
      const carried = this.filled - this.position;
      if (carried === this.buffer.length) return this.fail();
      this.buffer.copy(this.buffer, 0, this.position, this.filled);
      this.offset += this.position;
      this.position = 0;
      this.filled = carried + readSync(this.fd, this.buffer, carried, this.buffer.length - carried, this.offset + carried);
      newline = this.newlineFrom(0);
      if (newline === -1 && this.offset + this.filled < this.size) return this.fail();
    }
    if (this.position >= this.filled) return false;
    this.start = this.position;
    this.end = newline === -1 ? this.filled : newline;
    this.position = this.end + 1;
    if (this.end > this.start && this.buffer[this.end - 1] === RETURN) this.end--;
    return true;
  }
  /** Frees the read buffer (see release-memory.ts); no line is read after. */
  release() {
    releaseMemory(this.buffer);
    this.buffer = Buffer.alloc(0);
  }
  newlineFrom(from) {
    const at = this.buffer.indexOf(NEWLINE, from);
    return at !== -1 && at < this.filled ? at : -1;
  }
  /** Field k spans starts[k] … starts[k + 1] − 1 (the comma or line end); false unless exactly `width` fields and no stray CR. */
  split(starts, width) {
    let fields = 0;
    starts[0] = this.start;
    for (let k = this.start; k < this.end; k++) {
      const b = this.buffer[k];
      if (b === COMMA) {
        if (++fields >= width) return this.fail();
        starts[fields] = k + 1;
      } else if (b === RETURN) {
        return this.fail();
      }
    }
    if (fields !== width - 1) return this.fail();
    starts[width] = this.end + 1;
    return true;
  }
  fields() {
    return this.buffer.toString("utf8", this.start, this.end).split(",").map((name) => name.trim());
  }
  fail() {
    this.failed = true;
    return false;
  }
};
function isSpace(b) {
  return b === 32 || b === 9 || b === 11 || b === 12;
}
var LabelDictionary = class {
  codes;
  labels = [];
  index = /* @__PURE__ */ new Map();
  byByte = new Int32Array(128).fill(-1);
  constructor(capacity) {
    this.codes = labelCodes(capacity, 1);
  }
  add(row, bytes, start, end) {
    if (end - start === 1 && bytes[start] < 128 && !isSpace(bytes[start])) {
      let code = this.byByte[bytes[start]];
      if (code === -1) code = this.byByte[bytes[start]] = this.codeOf(String.fromCharCode(bytes[start]));
      this.codes[row] = code;
    } else {
      const code = this.codeOf(bytes.toString("utf8", start, end).trim());
      this.codes[row] = code;
    }
  }
  codeOf(label) {
    let code = this.index.get(label);
    if (code === void 0) {
      code = this.labels.length;
      this.index.set(label, code);
      this.labels.push(label);
      if (code === 256 || code === 65536) {
        const wider = labelCodes(this.codes.length, code + 1);
        wider.set(this.codes);
        releaseMemory(this.codes);
        this.codes = wider;
      }
    }
    return code;
  }
  finish(rows) {
    return { codes: exactLength(this.codes, rows), labels: this.labels };
  }
};
var IdBytes = class {
  bytes;
  starts;
  length = 0;
  rows = 0;
  constructor(capacity, fileBytes) {
    this.starts = new Uint32Array(capacity + 1);
    this.bytes = new Uint8Array(Math.max(64, Math.ceil(fileBytes / 8)));
  }
  add(source, start, end) {
    while (start < end && isSpace(source[start])) start++;
    while (end > start && isSpace(source[end - 1])) end--;
    let id = source.subarray(start, end);
    if (end > start && (source[start] >= 128 || source[end - 1] >= 128)) id = Buffer.from(source.toString("utf8", start, end).trim(), "utf8");
    if (this.length + id.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + id.length));
      grown.set(this.bytes.subarray(0, this.length));
      releaseMemory(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(id, this.length);
    this.length += id.length;
    this.starts[++this.rows] = this.length;
  }
  finish(rows) {
    const bytes = this.bytes.slice(0, this.length);
    releaseMemory(this.bytes);
    return { bytes, starts: exactLength(this.starts, rows + 1) };
  }
};

// shared/adapters/data/evaluation-data.ts
async function readEvaluationData(path, ids, options) {
  if (!ids) return joinEvaluationData({ source: path, columns: [], rowCount: 0, typed: /* @__PURE__ */ new Map() }, ids, options);
  const columns = [options.idColumn, ...options.columns];
  const table = await readColumns(path, { ...options.delimiter ? { delimiter: options.delimiter } : {}, required: columns, only: [], text: columns });
  return joinEvaluationData(table, ids, options);
}
function textCells(table, name) {
  return cellStrings(columnTexts(typedColumnOf(table, name), name));
}
function joinEvaluationData(table, ids, options) {
  if (!ids) {
    throw new InputError(`${options.predictions}: no id column \`${options.idColumn}\`; the evaluation data (${table.source}) is joined to the predictions by id (set id-column)`);
  }
  const dataIds = textCells(table, options.idColumn);
  const index = /* @__PURE__ */ new Map();
  const duplicated = /* @__PURE__ */ new Set();
  dataIds.forEach((id, row) => {
    if (index.has(id)) duplicated.add(id);
    else index.set(id, row);
  });
  if (duplicated.size > 0) throw new InputError(`${table.source}: ids appear more than once in column \`${options.idColumn}\`: ${describe([...duplicated])}; each row needs its own id`);
  const predicted = new Set(ids);
  const noData = ids.filter((id) => !index.has(id));
  const noPrediction = dataIds.filter((id) => !predicted.has(id));
  if (noData.length > 0 || noPrediction.length > 0) {
    const parts = [
      ...noData.length > 0 ? [`${noData.length} predicted rows have no data row: ${describe(noData)}`] : [],
      ...noPrediction.length > 0 ? [`${noPrediction.length} data rows have no prediction: ${describe(noPrediction)}`] : []
    ];
    throw new InputError(`${table.source}: the evaluation data and ${options.predictions} must hold the same rows (joined by \`${options.idColumn}\`) \u2014 ${parts.join("; ")}`);
  }
  const order = ids.map((id) => index.get(id));
  return Object.fromEntries(options.columns.map((column) => {
    const cells = textCells(table, column);
    return [column, order.map((row) => cells[row])];
  }));
}
function describe(ids) {
  const shown = ids.slice(0, 10).map((id) => `\`${id.length > 80 ? `${id.slice(0, 79)}\u2026` : id}\``).join(", ");
  return ids.length > 10 ? `${shown}, \u2026 (${ids.length} in all)` : shown;
}

// shared/commands/evaluate.ts
var MAX_RESAMPLES = 1e5;
async function evaluate(options) {
  if (options.resamples !== void 0 && options.resamples > MAX_RESAMPLES) {
    throw new InputError(`--resamples must be at most ${MAX_RESAMPLES.toLocaleString("en-US")}, got ${options.resamples}`);
  }
  if (!TASKS.includes(options.task)) throw new InputError(`--task must be one of ${TASKS.join(", ")}, got \`${options.task}\``);
  const task = options.task;
  const positiveLabel = positiveLabelOf(options, task);
  const candidate = await readPredictionArrays(options.predictions, task, options.columns, options.delimiter);
  const baseline = options.baseline ? await readPredictionArrays(options.baseline, task, options.columns, options.delimiter) : void 0;
  const names = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const diff = await diffOptions(options, candidate.ids, names.id, task);
  try {
    const result = evaluatePredictions(candidate, {
      task,
      ...positiveLabel !== void 0 ? { positiveLabel } : {},
      ...options.resamples !== void 0 ? { resamples: options.resamples } : {},
      ...options.seed !== void 0 ? { seed: options.seed } : {},
      ...baseline ? { baseline } : {},
      ...diff ? { diff } : {},
      releaseInputs: true
      // read here only to be evaluated
    });
    if (result.notes) result.notes = result.notes.map((note) => inCsvTerms(note, names));
    return result;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${options.predictions}${options.baseline ? ` / ${options.baseline}` : ""}: ${inCsvTerms(error.message, names)}`);
  }
}
async function diffOptions(options, ids, idColumn, task) {
  const slices = options.slices ?? [];
  const needsData = [
    ...slices.length > 0 ? ["--slices"] : [],
    ...(options.diffColumns ?? []).length > 0 ? ["--diff-columns"] : []
  ];
  if (options.data === void 0 && needsData.length > 0) throw new InputError(`${needsData.join(" and ")} name columns of the evaluation data: give --data`);
  const comparing = [
    ...options.data !== void 0 ? ["--data"] : [],
    ...options.diffTolerance !== void 0 ? ["--diff-tolerance"] : [],
    ...(options.sliceMetrics ?? []).length > 0 ? ["--slice-metrics"] : []
  ];
  if (options.baseline === void 0 && comparing.length > 0) throw new InputError(`${comparing.join(" and ")} compare the candidate with the baseline: give --baseline`);
  if (options.baseline === void 0) return void 0;
  if (options.diffTolerance !== void 0 && !(Number.isFinite(options.diffTolerance) && options.diffTolerance >= 0)) {
    throw new InputError(`--diff-tolerance must be a number \u2265 0, got ${options.diffTolerance}`);
  }
  if (options.minSliceRows !== void 0 && !(Number.isSafeInteger(options.minSliceRows) && options.minSliceRows >= 1)) {
    throw new InputError(`--min-slice-rows must be a whole number \u2265 1, got ${options.minSliceRows}`);
  }
  const diffColumns = options.diffColumns && options.diffColumns.length > 0 ? options.diffColumns : slices.slice(0, 10);
  const diff = { sliceColumns: slices, diffColumns, primaryMetric: PRIMARY_METRIC[task] };
  if (options.sliceMetrics && options.sliceMetrics.length > 0) diff.sliceMetrics = options.sliceMetrics;
  if (options.minSliceRows !== void 0) diff.minSliceRows = options.minSliceRows;
  if (options.diffTolerance !== void 0) diff.tolerance = options.diffTolerance;
  if (options.data !== void 0) {
    const idTexts = ids ? Array.from({ length: ids.starts.length - 1 }, (_, i) => rowIdText(ids, i)) : void 0;
    diff.data = await readEvaluationData(options.data, idTexts, {
      idColumn,
      columns: [.../* @__PURE__ */ new Set([...slices, ...diffColumns])],
      predictions: options.predictions,
      ...options.delimiter ? { delimiter: options.delimiter } : {}
    });
  }
  return diff;
}
var MAX_NOTES = 100;
function evaluateMetricsFiles(options) {
  if (!TASKS.includes(options.task)) throw new InputError(`--task must be one of ${TASKS.join(", ")}, got \`${options.task}\``);
  const candidate = readMetricsFile(options.metrics, options.format);
  const baseline = options.baselineMetrics ? readMetricsFile(options.baselineMetrics, options.format) : void 0;
  const notes = [...candidate.notes, ...baseline?.notes ?? []];
  if (baseline) {
    const added = Object.keys(candidate.metrics).filter((name) => !Object.hasOwn(baseline.metrics, name));
    const missing = Object.keys(baseline.metrics).filter((name) => !Object.hasOwn(candidate.metrics, name));
    const names = (list) => `${list.slice(0, 20).map((n) => `\`${n}\``).join(", ")}${list.length > 20 ? ` and ${list.length - 20} more` : ""}`;
    if (added.length > 0) notes.unshift(`new (only in the candidate's ${candidate.path}): ${names(added)}`);
    if (missing.length > 0) notes.unshift(`missing (only in the baseline's ${baseline.path}): ${names(missing)}`);
  }
  const kept = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), `\u2026 and ${notes.length - MAX_NOTES + 1} more values left out`] : notes;
  return {
    task: options.task,
    n: null,
    source: {
      kind: "metrics_files",
      candidate: { path: candidate.path, format: candidate.format },
      ...baseline ? { baseline: { path: baseline.path, format: baseline.format } } : {}
    },
    metrics: candidate.metrics,
    intervals: null,
    ...baseline ? { baseline_metrics: baseline.metrics } : {},
    ...kept.length > 0 ? { notes: kept } : {}
  };
}
function inCsvTerms(message, names) {
  const column = (key) => {
    const scores = /^classScores\["((?:[^"\\]|\\.)*)"\]$/.exec(key);
    if (scores) return `${names.yScore}_${JSON.parse(`"${scores[1]}"`)}`;
    if (key === "classScores") return `${names.yScore}_<class>`;
    return { yTrue: names.yTrue, yPred: names.yPred, yScore: names.yScore, ids: names.id }[key] ?? key;
  };
  return message.replace(
    /(baseline\.)?(classScores\["(?:[^"\\]|\\.)*"\]|classScores|yTrue|yPred|yScore|ids(?=:))/g,
    (_match, baseline, key) => baseline ? `the baseline's ${column(key)}` : column(key)
  );
}
function positiveLabelOf(options, task) {
  let chosen = options.positiveLabel;
  let chosenFrom = chosen === void 0 ? void 0 : "positive-label";
  for (const file of [options.predictions, options.baseline]) {
    if (file === void 0) continue;
    const sidecar = readPredictionsSidecar(file);
    if (!sidecar) continue;
    if (sidecar.task !== task) {
      throw new InputError(`${file}: ${sidecarPath(file)} says these are ${sidecar.task} predictions, but the task is ${task}`);
    }
    if (task !== "binary" || sidecar.positive_label === null) continue;
    if (chosen === void 0) {
      chosen = sidecar.positive_label;
      chosenFrom = sidecarPath(file);
    } else if (chosen !== sidecar.positive_label) {
      throw new InputError(`${file}: y_score is the probability of \`${sidecar.positive_label}\` (${sidecarPath(file)}), but ${chosenFrom} says the positive label is \`${chosen}\``);
    }
  }
  return chosen;
}

export {
  MAX_RESAMPLES,
  evaluate,
  evaluateMetricsFiles,
  inCsvTerms
};
