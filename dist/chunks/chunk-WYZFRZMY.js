import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  columnOf,
  readCsvTable
} from "./chunk-23P4Q5AA.js";
import {
  sortLabels
} from "./chunk-XUJFDJB6.js";
import {
  InputError,
  parseDecimal,
  writeFileAtomic
} from "./chunk-KFCK2SSB.js";

// shared/data/predictions.ts
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
function readPredictions(path, task, names = {}) {
  return predictionsFromTable(readCsvTable(path), task, { ...DEFAULT_PREDICTION_COLUMNS, ...names });
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

export {
  writePredictions,
  readPredictions
};
