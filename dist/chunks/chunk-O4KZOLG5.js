import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  checkSameBasis,
  profileOfData,
  readProfile
} from "./chunk-X2KNNFJL.js";
import {
  readTablesInParallel
} from "./chunk-CN6YNUXG.js";
import {
  readTypedTable,
  releaseTable,
  tableHead,
  textBytes
} from "./chunk-UW7ZVLLG.js";
import {
  binIndex,
  decileCounts,
  valuesOf
} from "./chunk-ZYQBE6BY.js";
import {
  DRIFT_METHODS,
  METHOD_NAMES,
  canonicalMethodName,
  chiSquareHomogeneity,
  evidentlyRefusal,
  fisherExact,
  hellingerDistance,
  jensenShannonDistance,
  klDivergence,
  ksTwoSampleOfStatistic,
  lInfinityDistance,
  populationStabilityIndex,
  totalVariationDistance
} from "./chunk-ZWUPIQN7.js";
import {
  twoProportionZ
} from "./chunk-MQA5RZIO.js";
import {
  DEFAULT_EMPTY_BIN_FLOOR,
  binCountsWithOuterBins,
  categoryTally,
  columnPair,
  finiteNumbers,
  hasMoreDistinctValues,
  inferColumn,
  needsText,
  proportions,
  referenceQuantileEdges,
  valueCount
} from "./chunk-OXLN5GVI.js";
import {
  CORRECTIONS,
  adjustPValues
} from "./chunk-Y73GAKKI.js";
import {
  typedColumnOf,
  typedTableOfCells
} from "./chunk-VSN6A6DC.js";
import {
  InputError,
  messageOf
} from "./chunk-VI54XDHW.js";

// shared/commands/drift.ts
import { statSync } from "node:fs";

// shared/core/drift/column-histogram.ts
var HISTOGRAM_BINS = 10;
var MAX_CATEGORIES = 20;
var MAX_LABEL_LENGTH = 256;
function columnHistogram(input) {
  if (input.kind === "categorical" ? valuesIn(input.reference) === 0 : input.reference.length === 0) return void 0;
  return input.kind === "numeric" ? numericHistogram(input.reference, input.current) : categoryHistogram(input.reference, input.current);
}
function numericHistogram(reference, current) {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] < min) min = reference[i];
    if (reference[i] > max) max = reference[i];
  }
  const cuts = referenceQuantileEdges(reference, HISTOGRAM_BINS);
  return {
    kind: "numeric",
    edges: [min, ...cuts, max],
    reference: binCountsWithOuterBins(reference, cuts, min, max),
    current: binCountsWithOuterBins(current, cuts, min, max)
  };
}
function valuesIn(values) {
  if (!(values instanceof Map)) return values.length;
  let total = 0;
  for (const count of values.values()) total += count;
  return total;
}
function labelCounts(values) {
  if (values instanceof Map) return values;
  const counts = /* @__PURE__ */ new Map();
  for (const label of values) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}
function categoryHistogram(reference, current) {
  const counts = /* @__PURE__ */ new Map();
  for (const [label, count] of labelCounts(reference)) counts.set(label, [count, 0]);
  for (const [label, count] of labelCounts(current)) {
    const entry = counts.get(label);
    if (entry) entry[1] += count;
    else counts.set(label, [0, count]);
  }
  const ranked = [...counts].sort(([a, x], [b, y]) => y[0] + y[1] - (x[0] + x[1]) || (a < b ? -1 : a > b ? 1 : 0));
  const shown = ranked.slice(0, MAX_CATEGORIES);
  const rest = ranked.slice(MAX_CATEGORIES);
  return {
    kind: "categorical",
    categories: shown.map(([label]) => shortLabel(label)),
    reference: shown.map(([, [r]]) => r),
    current: shown.map(([, [, c]]) => c),
    other: { categories: rest.length, reference: rest.reduce((s, [, [r]]) => s + r, 0), current: rest.reduce((s, [, [, c]]) => s + c, 0) }
  };
}
function shortLabel(label) {
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const points = Array.from(label);
  return points.length <= MAX_LABEL_LENGTH ? label : `${points.slice(0, MAX_LABEL_LENGTH - 1).join("")}\u2026`;
}

// shared/core/drift/auto-method.ts
var LARGE_REFERENCE = 1e3;
var FEW_DISTINCT_VALUES = 5;
function chooseMethod(pair) {
  const referenceSize = valueCount(pair.reference);
  const large = referenceSize > LARGE_REFERENCE;
  if (pair.kind === "numeric" && hasMoreDistinctValues(pair.reference.numbers, FEW_DISTINCT_VALUES)) {
    return large ? { method: "wasserstein", significance: "ks", asCategories: false, reason: `numeric, reference has ${referenceSize} rows (> ${LARGE_REFERENCE}): effect size, confirmed by ks` } : { method: "ks", asCategories: false, reason: `numeric, reference has ${referenceSize} rows (\u2264 ${LARGE_REFERENCE})` };
  }
  const categories = (/* @__PURE__ */ new Set([...pair.reference.tally.keys(), ...pair.current.tally.keys()])).size;
  const asCategories = pair.kind === "numeric";
  const what = asCategories ? `numeric with ${pair.reference.tally.size} distinct reference values (\u2264 ${FEW_DISTINCT_VALUES}), compared as ${categories} categories over both sides` : `categorical with ${categories} categories over both sides`;
  if (large) {
    const significance = categories <= 2 ? "z" : "chisquare";
    return { method: "jensenshannon", significance, asCategories, reason: `${what}, reference has ${referenceSize} rows: effect size, confirmed by ${significance}` };
  }
  if (categories <= 2) return { method: "z", asCategories, reason: `${what} (binary)` };
  return { method: "chisquare", asCategories, reason: what };
}

// shared/core/drift/drift-report.ts
var MISSING_RATE_CHANGE = 0.1;
var UNIQUE_MIN_VALUES = 20;
var PANDAS_INDEX = /* @__PURE__ */ new Set(["Unnamed: 0"]);
function noSchemaChange() {
  return { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: MISSING_RATE_CHANGE };
}
function driftReport(referenceTable, currentTable, options = {}) {
  const reference = typedTable(referenceTable);
  const current = typedTable(currentTable);
  const plan = planDrift(reference, current, options);
  const part = driftOfColumnGroup(plan, reference, current, plan.needed, options);
  return finishDrift(plan, [part], { reference: reference.rowCount, current: current.rowCount }, options);
}
function planDrift(reference, current, options = {}) {
  const has = { reference: new Set(reference.columns), current: new Set(current.columns) };
  const selected = selectColumns(reference, current, has, options);
  const chosen = new Set(selected);
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!chosen.has(name)) {
      const why = has.reference.has(name) && has.current.has(name) ? "is not compared (excluded or not among `columns`)" : `is not a column of both ${reference.source} and ${current.source}`;
      throw new InputError(`column-methods names column \`${name}\`, which ${why}`);
    }
  }
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const excluded = [];
  const leftOut = /* @__PURE__ */ new Map();
  const identifierCandidates = /* @__PURE__ */ new Set();
  if (!(options.columns && options.columns.length > 0)) {
    const idColumn = options.idColumn ?? "id";
    for (const name of options.exclude ?? []) {
      if (has.reference.has(name) && has.current.has(name)) excluded.push({ name, reason: "excluded by the options" });
    }
    for (const name of selected) {
      if (options.perColumn?.[name]) continue;
      if (name === idColumn) leftOut.set(name, "the row-id column");
      else if (PANDAS_INDEX.has(name)) leftOut.set(name, "the row index pandas writes with `to_csv` (use `index=False`)");
      else identifierCandidates.add(name);
    }
  }
  const ignored = /* @__PURE__ */ new Set([...options.exclude ?? [], options.idColumn ?? "id", ...PANDAS_INDEX]);
  const typeChecked = reference.columns.filter((name) => has.current.has(name) && !ignored.has(name) && !options.perColumn?.[name]?.kind);
  const compared = selected.filter((name) => !leftOut.has(name));
  const needed = [.../* @__PURE__ */ new Set([...compared, ...typeChecked])];
  return { reference, current, selected, excluded, leftOut, identifierCandidates, typeChecked, needed };
}
function driftOfColumnGroup(plan, reference, current, group, options = {}) {
  const part = { compared: /* @__PURE__ */ new Map(), identifiers: /* @__PURE__ */ new Set(), typeChanged: /* @__PURE__ */ new Map() };
  const inGroup = new Set(group);
  const selected = new Set(plan.selected);
  const typeChecked = new Set(plan.typeChecked);
  for (const name of plan.needed) {
    if (!inGroup.has(name)) continue;
    const columns = { reference: typedColumnOf(reference, name), current: typedColumnOf(current, name) };
    if (selected.has(name) && !plan.leftOut.has(name)) {
      if (plan.identifierCandidates.has(name) && uniquePerRow(columns.reference, columns.current)) {
        part.identifiers.add(name);
      } else {
        const pair = columnPair(name, { cells: columns.reference, source: reference.source }, { cells: columns.current, source: current.source }, options.perColumn?.[name]?.kind);
        part.compared.set(name, compareColumn(name, pair, options));
      }
    }
    if (typeChecked.has(name)) {
      const kinds = typeChange(columns.reference, columns.current);
      if (kinds) part.typeChanged.set(name, kinds);
    }
  }
  return part;
}
function finishDrift(plan, parts, rows, options = {}) {
  const compared = /* @__PURE__ */ new Map();
  const identifiers = /* @__PURE__ */ new Set();
  const typeChanged = /* @__PURE__ */ new Map();
  for (const part of parts) {
    for (const [name, drift2] of part.compared) compared.set(name, drift2);
    for (const name of part.identifiers) identifiers.add(name);
    for (const [name, kinds] of part.typeChanged) typeChanged.set(name, kinds);
  }
  const notCompared = [...plan.excluded];
  for (const name of plan.selected) {
    const reason = plan.leftOut.get(name) ?? (identifiers.has(name) ? `every value distinct on each side (an identifier or timestamp; at least ${UNIQUE_MIN_VALUES} values per side)` : void 0);
    if (reason) notCompared.push({ name, reason });
  }
  const left = new Set(notCompared.map((c) => c.name));
  const results = plan.selected.filter((name) => !left.has(name)).map((name) => {
    const drift2 = compared.get(name);
    if (!drift2) throw new Error(`drift: column \`${name}\` was in no group`);
    return drift2;
  });
  const report = decideDrift(results, { reference: { source: plan.reference.source, rows: rows.reference }, current: { source: plan.current.source, rows: rows.current } }, options);
  return { ...report, schema: schemaChanges(plan, typeChanged, report.columns, options), not_compared: notCompared };
}
function uniquePerRow(reference, current) {
  if (inferColumn(reference, current).kind !== "categorical") return false;
  return [reference, current].every((column) => {
    const values = column.rowCount - column.missing;
    if (values < UNIQUE_MIN_VALUES) return false;
    return categoryTally(column).size === values;
  });
}
function typeChange(reference, current) {
  if (reference.missing === reference.rowCount || current.missing === current.rowCount) return void 0;
  const kinds = { reference: inferColumn(reference, []).kind, current: inferColumn([], current).kind };
  return kinds.reference !== kinds.current ? kinds : void 0;
}
function schemaChanges(plan, typeChanged, compared, options) {
  const ignored = /* @__PURE__ */ new Set([...options.exclude ?? [], options.idColumn ?? "id", ...PANDAS_INDEX]);
  const has = { reference: new Set(plan.reference.columns), current: new Set(plan.current.columns) };
  const added = plan.current.columns.filter((name) => !has.reference.has(name) && !ignored.has(name));
  const dropped = plan.reference.columns.filter((name) => !has.current.has(name) && !ignored.has(name));
  const type_changed = plan.typeChecked.filter((name) => typeChanged.has(name)).map((name) => ({ name, ...typeChanged.get(name) }));
  const missing_rate_changed = compared.filter((c) => Math.abs(c.missing.current - c.missing.reference) >= MISSING_RATE_CHANGE).map((c) => ({ name: c.name, reference: c.missing.reference, current: c.missing.current }));
  return { added, dropped, type_changed, missing_rate_changed, missing_rate_threshold: MISSING_RATE_CHANGE };
}
function typedTable(table) {
  return "typed" in table ? table : typedTableOfCells(table);
}
function columnsNeedingText(reference, current, options = {}) {
  const result = { reference: /* @__PURE__ */ new Set(), current: /* @__PURE__ */ new Set() };
  for (const name of reference.columns) {
    const columns = { reference: reference.typed.get(name), current: current.typed.get(name) };
    if (!columns.reference || !columns.current) continue;
    if (!needsText(columns.reference) && !needsText(columns.current)) continue;
    const kind = options.perColumn?.[name]?.kind ?? inferColumn(columns.reference, columns.current).kind;
    if (kind !== "categorical") continue;
    if (needsText(columns.reference)) result.reference.add(name);
    if (needsText(columns.current)) result.current.add(name);
  }
  return result;
}
function decideDrift(results, sources, options = {}) {
  const correction = options.correction ?? "bh";
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const names = results.map((c) => c.name);
  const tests = results.filter((r) => r.statistic !== null && (r.p_value !== null || r.significance));
  const adjusted = adjustPValues(tests.map((r) => r.p_value ?? r.significance.p_value), correction);
  tests.forEach((r, i) => {
    if (r.significance) {
      r.significance.adjusted_p_value = adjusted[i];
      r.drifted = r.statistic >= r.threshold && adjusted[i] < r.significance.threshold;
    } else {
      r.adjusted_p_value = adjusted[i];
      r.drifted = adjusted[i] < r.threshold;
    }
  });
  const compared = results.filter((r) => r.statistic !== null);
  const drifted = compared.filter((r) => r.drifted);
  const share = compared.length === 0 ? 0 : drifted.length / compared.length;
  const critical = new Set(options.criticalColumns ?? []);
  for (const name of critical) {
    if (!names.includes(name)) throw new InputError(`critical column \`${name}\` is not among the compared columns`);
  }
  const criticalDrifted = drifted.filter((r) => critical.has(r.name)).map((r) => r.name);
  return {
    ...sources,
    correction,
    columns: results,
    share_drifted: share,
    drift_share_threshold: driftShare,
    dataset_drifted: compared.length > 0 && share >= driftShare || criticalDrifted.length > 0,
    critical_columns_drifted: criticalDrifted,
    schema: noSchemaChange(),
    not_compared: []
  };
}
function selectColumns(reference, current, has, options) {
  if (options.columns && options.columns.length > 0) {
    for (const name of options.columns) {
      if (!has.reference.has(name)) throw noColumn(reference, name);
      if (!has.current.has(name)) throw noColumn(current, name);
    }
    return options.columns;
  }
  const excluded = new Set(options.exclude ?? []);
  const shared = reference.columns.filter((name) => has.current.has(name) && !excluded.has(name));
  if (shared.length === 0) {
    throw new InputError(`${reference.source} and ${current.source} share no column to compare`);
  }
  return shared;
}
function noColumn(table, name) {
  const known = table.columns.slice(0, 20).map((c) => `\`${c}\``).join(", ");
  return new InputError(`${table.source}: no column \`${name}\` (columns: ${known}${table.columns.length > 20 ? ", \u2026" : ""})`);
}
function compareColumn(name, pair, options) {
  const override = options.perColumn?.[name] ?? {};
  const named = override.method ?? options.method ?? "auto";
  const fallbackNote = named !== "auto" && override.method === void 0 && !DRIFT_METHODS[named].kinds.includes(pair.kind) ? `\`${named}\` compares ${DRIFT_METHODS[named].kinds.join(" or ")} columns only; this ${pair.kind} column was compared with the auto method` : void 0;
  const requested = fallbackNote ? "auto" : named;
  const auto = requested === "auto" ? chooseMethod(pair) : void 0;
  const methodName = auto?.method ?? requested;
  const method = DRIFT_METHODS[methodName];
  const kind = auto?.asCategories ? "categorical" : pair.kind;
  const threshold = override.threshold ?? (fallbackNote ? void 0 : options.threshold) ?? method.defaultThreshold;
  if (method.type === "p_value" && !(threshold > 0 && threshold < 1)) {
    throw new InputError(`column \`${name}\`: threshold for \`${methodName}\` is a p-value and must be in (0, 1), got ${threshold}`);
  }
  const base = {
    name,
    kind,
    method: methodName,
    ...auto ? { reason: auto.reason } : {},
    statistic: null,
    p_value: null,
    adjusted_p_value: null,
    threshold,
    drifted: false,
    missing: { reference: rate(pair.reference.missing, pair.reference.total), current: rate(pair.current.missing, pair.current.total) },
    rows: { reference: valueCount(pair.reference), current: valueCount(pair.current) },
    ...pair.strayTokens ? { stray_tokens: { tokens: pair.strayTokens, cells: { reference: pair.reference.strayCells ?? 0, current: pair.current.strayCells ?? 0 } } } : {},
    ...fallbackNote ? { note: fallbackNote } : {},
    ...histogramOf(columnHistogram(kind === "numeric" ? { kind, reference: finiteNumbers(pair.reference), current: finiteNumbers(pair.current) } : { kind, reference: pair.reference.tally, current: pair.current.tally }))
  };
  if (!method.kinds.includes(kind)) {
    throw new InputError(`column \`${name}\` is ${kind}; method \`${methodName}\` compares ${method.kinds.join(" or ")} columns only`);
  }
  const unusable = whyNotComparable(pair);
  if (unusable) return { ...base, note: unusable };
  try {
    const outcome = method.compute(pair.reference, pair.current, kind);
    if (Number.isNaN(outcome.statistic) || outcome.p_value !== null && Number.isNaN(outcome.p_value)) {
      return { ...base, note: `\`${methodName}\` is undefined for these values (e.g. infinite values for a moment-based test)` };
    }
    if (auto?.significance) {
      const check = DRIFT_METHODS[auto.significance].compute(pair.reference, pair.current, kind);
      const significance = { test: auto.significance, p_value: check.p_value, adjusted_p_value: null, threshold: DRIFT_METHODS[auto.significance].defaultThreshold };
      return { ...base, statistic: outcome.statistic, p_value: null, significance, drifted: false };
    }
    const drifted = method.type === "distance" ? outcome.statistic >= threshold : false;
    return { ...base, statistic: outcome.statistic, p_value: outcome.p_value, drifted };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`column \`${name}\`: ${error.message}`);
    if (error instanceof RangeError) return { ...base, note: `not comparable: ${error.message}` };
    throw new Error(`column \`${name}\` (${methodName}): ${messageOf(error)}`, { cause: error });
  }
}
function whyNotComparable(pair) {
  const reference = valueCount(pair.reference);
  const current = valueCount(pair.current);
  if (reference === 0 && current === 0) return "no values on either side";
  if (reference === 0) return "no values in the reference";
  if (current === 0) return "no values in the current data";
  return void 0;
}
function histogramOf(histogram) {
  return histogram ? { histogram } : {};
}
function rate(part, total) {
  return total === 0 ? 0 : part / total;
}

// shared/core/profile/binned-distances.ts
function binnedKs(reference, current) {
  const m = sum(reference);
  const n = sum(current);
  let r = 0;
  let c = 0;
  let atBoundaries = 0;
  let inside = 0;
  for (let j = 0; j < reference.length; j++) {
    const rBefore = r / m;
    const cBefore = c / n;
    r += reference[j];
    c += current[j];
    const diff = Math.abs(r / m - c / n);
    if (diff > atBoundaries) atBoundaries = diff;
    inside = Math.max(inside, r / m - cBefore, c / n - rBefore);
  }
  const upper = Math.min(1, Math.max(atBoundaries, inside));
  return { statistic: atBoundaries, errorBound: upper - atBoundaries };
}
function binnedWasserstein(reference, current, intervals) {
  const m = sum(reference);
  const n = sum(current);
  let r = 0;
  let c = 0;
  let estimate = 0;
  let lower = 0;
  let upper = 0;
  for (let j = 0; j < reference.length; j++) {
    const width = Math.max(0, intervals[j][1] - intervals[j][0]);
    const ra = r / m;
    const ca = c / n;
    r += reference[j];
    c += current[j];
    const rb = r / m;
    const cb = c / n;
    if (width === 0) continue;
    estimate += width * linearAbsMean(ra - ca, rb - cb);
    lower += width * Math.max(0, ra - cb, ca - rb);
    upper += width * Math.max(rb - ca, cb - ra);
  }
  return { statistic: estimate, errorBound: Math.max(estimate - lower, upper - estimate, 0) };
}
function linearAbsMean(g0, g1) {
  if (g0 >= 0 && g1 >= 0 || g0 <= 0 && g1 <= 0) return (Math.abs(g0) + Math.abs(g1)) / 2;
  return (g0 * g0 + g1 * g1) / (2 * (Math.abs(g0) + Math.abs(g1)));
}
function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

// shared/core/profile/profile-drift.ts
var PROFILE_METHODS = {
  chisquare: ["categorical"],
  z: ["categorical"],
  fisher_exact: ["categorical"],
  psi: ["numeric", "categorical"],
  jensenshannon: ["numeric", "categorical"],
  hellinger: ["numeric", "categorical"],
  kl_div: ["numeric", "categorical"],
  tvd: ["numeric", "categorical"],
  linf: ["numeric", "categorical"],
  ks: ["numeric"],
  wasserstein: ["numeric"]
};
var HISTOGRAM = {
  psi: { measure: populationStabilityIndex, floor: true },
  kl_div: { measure: klDivergence, floor: true },
  jensenshannon: { measure: jensenShannonDistance, floor: false },
  hellinger: { measure: hellingerDistance, floor: false },
  tvd: { measure: totalVariationDistance, floor: false },
  linf: { measure: lInfinityDistance, floor: false }
};
function profileDriftReport(reference, current, options = {}) {
  checkSameBasis(reference, current);
  checkMethod(options.method, "method");
  for (const [column, override] of Object.entries(options.perColumn ?? {})) checkMethod(override.method, `method for column \`${column}\``);
  const byName = new Map(reference.profile.columns.map((c, i) => [c.name, { reference: c, current: current.profile.columns[i] }]));
  const selected = options.columns && options.columns.length > 0 ? options.columns : [...byName.keys()].filter((n) => !(options.exclude ?? []).includes(n));
  for (const name of selected) {
    if (!byName.has(name)) throw new InputError(`${reference.source}: no column \`${name}\` (columns: ${[...byName.keys()].slice(0, 20).map((c) => `\`${c}\``).join(", ")})`);
  }
  const notCompared = options.columns && options.columns.length > 0 ? [] : notComparedColumns(selected, byName, options, [...byName.keys()]);
  const left = new Set(notCompared.map((c) => c.name));
  const names = selected.filter((n) => !left.has(n));
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!names.includes(name)) throw new InputError(`column-methods names column \`${name}\`, which is not compared (not in ${reference.source}, excluded or not among \`columns\`)`);
  }
  const results = names.map((name) => {
    const pair = byName.get(name);
    return compareColumn2(name, pair.reference, pair.current, reference.profile.rows, current.profile.rows, options);
  });
  const report = decideDrift(results, {
    reference: { source: reference.source, rows: reference.profile.rows },
    current: { source: current.source, rows: current.profile.rows }
  }, options);
  const ignored = /* @__PURE__ */ new Set([...options.exclude ?? [], options.idColumn ?? "id"]);
  return {
    ...report,
    schema: {
      added: current.profile.extra_columns.filter((n) => !ignored.has(n) && !reference.profile.extra_columns.includes(n)),
      dropped: [],
      type_changed: [],
      missing_rate_changed: report.columns.filter((c) => Math.abs(c.missing.current - c.missing.reference) >= MISSING_RATE_CHANGE).map((c) => ({ name: c.name, reference: c.missing.reference, current: c.missing.current })),
      missing_rate_threshold: MISSING_RATE_CHANGE
    },
    not_compared: notCompared
  };
}
function checkMethod(method, what) {
  if (method === void 0 || method === "auto" || PROFILE_METHODS[method]) return;
  throw new InputError(`${what}: \`${method}\` needs the values, which profiles do not keep; from profiles mlgate computes ${Object.keys(PROFILE_METHODS).join(", ")} (or compare the data files)`);
}
function notComparedColumns(selected, byName, options, all) {
  const idColumn = options.idColumn ?? "id";
  const result = [];
  for (const name of options.exclude ?? []) if (all.includes(name)) result.push({ name, reason: "excluded by the options" });
  for (const name of selected) {
    if (options.perColumn?.[name]) continue;
    const pair = byName.get(name);
    if (name === idColumn) result.push({ name, reason: "the row-id column" });
    else if (name === "Unnamed: 0") result.push({ name, reason: "the row index pandas writes with `to_csv` (use `index=False`)" });
    else if (pair.reference.kind === "categorical" && pair.current.kind === "categorical" && uniquePerRow2(pair.reference) && uniquePerRow2(pair.current)) {
      result.push({ name, reason: `every value distinct on each side (an identifier or timestamp; at least ${UNIQUE_MIN_VALUES} values per side)` });
    }
  }
  return result;
}
function uniquePerRow2(column) {
  const counts = [...column.counts.filter((c) => c > 0), ...column.new_categories.map((c) => c.count)];
  return column.other.rows === 0 && counts.length >= UNIQUE_MIN_VALUES && counts.every((c) => c === 1);
}
function compareColumn2(name, reference, current, referenceRows, currentRows, options) {
  const kind = reference.kind;
  const override = options.perColumn?.[name] ?? {};
  if (override.kind && override.kind !== kind) {
    throw new InputError(`column \`${name}\`: profiles fix the kind (${kind}, from the reference profile); make the reference profile from data where the column reads as ${override.kind}`);
  }
  const named = override.method ?? options.method ?? "auto";
  const fits = (m) => PROFILE_METHODS[m].includes(kind);
  const fallbackNote = named !== "auto" && override.method === void 0 && !fits(named) ? `\`${named}\` compares ${PROFILE_METHODS[named].join(" or ")} columns only from profiles; this ${kind} column was compared with the auto method` : void 0;
  if (named !== "auto" && override.method !== void 0 && !fits(named)) {
    throw new InputError(`column \`${name}\` is ${kind}; from profiles method \`${named}\` compares ${PROFILE_METHODS[named].join(" or ")} columns only`);
  }
  const auto = fallbackNote || named === "auto" ? chooseProfileMethod(reference, current) : void 0;
  const method = auto?.method ?? named;
  const threshold = override.threshold ?? (fallbackNote ? void 0 : options.threshold) ?? DRIFT_METHODS[method].defaultThreshold;
  if (DRIFT_METHODS[method].type === "p_value" && !(threshold > 0 && threshold < 1)) {
    throw new InputError(`column \`${name}\`: threshold for \`${method}\` is a p-value and must be in (0, 1), got ${threshold}`);
  }
  const values = { reference: valuesOf(reference), current: valuesOf(current) };
  const base = {
    name,
    kind,
    method,
    ...auto ? { reason: auto.reason } : {},
    statistic: null,
    p_value: null,
    adjusted_p_value: null,
    threshold,
    drifted: false,
    missing: { reference: rate2(reference.missing, referenceRows), current: rate2(current.missing, currentRows) },
    rows: values,
    ...fallbackNote ? { note: fallbackNote } : {}
  };
  if (values.reference === 0 && values.current === 0) return { ...base, note: "no values on either side" };
  if (values.reference === 0) return { ...base, note: "no values in the reference" };
  if (values.current === 0) return { ...base, note: "no values in the current data" };
  try {
    const outcome = compute(method, reference, current);
    if (Number.isNaN(outcome.statistic) || outcome.p_value !== null && Number.isNaN(outcome.p_value)) {
      return { ...base, note: `\`${method}\` is undefined for these values` };
    }
    const approximate = outcome.errorBound !== void 0 ? { approximate: true, error_bound: outcome.errorBound } : {};
    const note = outcome.errorBound !== void 0 ? `from binned profiles: the statistic on the raw data is within ${outcome.errorBound.toPrecision(3)} of this${outcome.p_value !== null ? "; the p-value is that of this statistic" : ""}` : base.note;
    if (auto?.significance) {
      const check = compute(auto.significance, reference, current);
      const significance = { test: auto.significance, p_value: check.p_value, adjusted_p_value: null, threshold: DRIFT_METHODS[auto.significance].defaultThreshold };
      return { ...base, ...approximate, statistic: outcome.statistic, p_value: null, significance, ...note ? { note } : {} };
    }
    const drifted = DRIFT_METHODS[method].type === "distance" ? outcome.statistic >= threshold : false;
    return { ...base, ...approximate, statistic: outcome.statistic, p_value: outcome.p_value, drifted, ...note ? { note } : {} };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`column \`${name}\`: ${error.message}`);
    if (error instanceof RangeError) return { ...base, note: `not comparable: ${error.message}` };
    throw new Error(`column \`${name}\` (${method}): ${messageOf(error)}`, { cause: error });
  }
}
function compute(method, reference, current) {
  const histogram = HISTOGRAM[method];
  if (histogram) {
    const { p, q } = reference.kind === "numeric" ? numericBins(reference, current) : categoryAxis(reference, current);
    const floor = histogram.floor ? DEFAULT_EMPTY_BIN_FLOOR : 0;
    return { statistic: histogram.measure(proportions(p, floor), proportions(q, floor)), p_value: null };
  }
  if (reference.kind === "numeric") {
    const other = current;
    if (method === "ks") {
      const binned = binnedKs(reference.counts, other.counts);
      const test = ksTwoSampleOfStatistic(binned.statistic, valuesOf(reference), valuesOf(other));
      return { statistic: test.statistic, p_value: test.pValue, errorBound: binned.errorBound };
    }
    return normedBinnedWasserstein(reference, other);
  }
  const axis = categoryAxis(reference, current);
  if (method === "chisquare") {
    const result2 = chiSquareHomogeneity(axis.p, axis.q);
    return { statistic: result2.statistic, p_value: result2.pValue };
  }
  if (axis.p.length > 2) throw new InputError(`method \`${method}\` needs a column with at most 2 categories, found ${axis.p.length}`);
  const totals = [sumOf(axis.p), sumOf(axis.q)];
  const successes = [axis.p[0] ?? 0, axis.q[0] ?? 0];
  if (method === "z") {
    const result2 = twoProportionZ(successes[0], totals[0], successes[1], totals[1]);
    return { statistic: result2.statistic, p_value: result2.pValue };
  }
  const result = fisherExact([[successes[0], totals[0] - successes[0]], [successes[1], totals[1] - successes[1]]]);
  return { statistic: result.statistic, p_value: result.pValue };
}
function numericBins(reference, current) {
  if (reference.finite.count === 0) throw new RangeError("referenceQuantileEdges: reference is empty: at least one observation is needed");
  return { p: decileCounts(reference), q: decileCounts(current) };
}
function categoryAxis(reference, current) {
  const tally = (column) => {
    const counts = /* @__PURE__ */ new Map();
    column.categories.forEach((c, i) => counts.set(c, column.counts[i]));
    for (const c of column.new_categories) counts.set(c.name, (counts.get(c.name) ?? 0) + c.count);
    return counts;
  };
  const p = tally(reference);
  const q = tally(current);
  const categories = [.../* @__PURE__ */ new Set([...p.keys(), ...q.keys()])].filter((c) => (p.get(c) ?? 0) + (q.get(c) ?? 0) > 0).sort();
  const axis = { p: categories.map((c) => p.get(c) ?? 0), q: categories.map((c) => q.get(c) ?? 0) };
  if (reference.other.rows > 0 || current.other.rows > 0) {
    axis.p.push(reference.other.rows);
    axis.q.push(current.other.rows);
  }
  return axis;
}
function normedBinnedWasserstein(reference, current) {
  if (reference.finite.count === 0 || current.finite.count === 0) throw new RangeError("wasserstein: a side has no finite value");
  const finiteCounts = (column) => {
    const counts = [...column.counts];
    const range2 = reference.reference_range;
    counts[binIndex(-Infinity, reference.edges, range2)] -= column.infinite.negative;
    counts[binIndex(Infinity, reference.edges, range2)] -= column.infinite.positive;
    return counts;
  };
  const lo = Math.min(reference.finite.min, current.finite.min);
  const hi = Math.max(reference.finite.max, current.finite.max);
  const range = reference.reference_range;
  const clamp = (v) => Math.min(hi, Math.max(lo, v));
  const bounds = [lo, range.min, ...reference.edges, range.max, hi].map(clamp);
  const intervals = bounds.slice(1).map((b, i) => [bounds[i], b]);
  const estimate = binnedWasserstein(finiteCounts(reference), finiteCounts(current), intervals);
  const std = Math.sqrt(reference.finite.m2 / reference.finite.count);
  if (std === 0) return { statistic: estimate.statistic === 0 ? 0 : Infinity, p_value: null, errorBound: estimate.errorBound === 0 ? 0 : Infinity };
  return { statistic: estimate.statistic / std, p_value: null, errorBound: estimate.errorBound / std };
}
function chooseProfileMethod(reference, current) {
  const size = valuesOf(reference);
  const large = size > LARGE_REFERENCE;
  if (reference.kind === "numeric") {
    return large ? { method: "wasserstein", significance: "ks", reason: `numeric, reference has ${size} rows (> ${LARGE_REFERENCE}): effect size, confirmed by ks (both from binned profiles)` } : { method: "ks", reason: `numeric, reference has ${size} rows (\u2264 ${LARGE_REFERENCE}; from binned profiles)` };
  }
  const categories = categoryAxis(reference, current).p.length;
  const what = `categorical with ${categories} categories over both sides`;
  if (large) {
    const significance = categories <= 2 ? "z" : "chisquare";
    return { method: "jensenshannon", significance, reason: `${what}, reference has ${size} rows: effect size, confirmed by ${significance}` };
  }
  if (categories <= 2) return { method: "z", reason: `${what} (binary)` };
  return { method: "chisquare", reason: what };
}
function rate2(part, total) {
  return total === 0 ? 0 : part / total;
}
function sumOf(values) {
  return values.reduce((a, b) => a + b, 0);
}

// shared/commands/drift-profiles.ts
async function driftFromProfiles(options, driftOptions) {
  if (options.referenceProfile === void 0) {
    throw new InputError(`--current-profile ${options.currentProfile} needs --reference-profile (the profile it was counted on)${options.reference !== void 0 ? `, not --reference ${options.reference}: profiles are compared on the reference profile's edges; make it with \`mlgate profile --data ${options.reference}\`` : ""}`);
  }
  if (options.reference !== void 0) throw new InputError(`give --reference-profile ${options.referenceProfile} or --reference ${options.reference}, not both`);
  if (options.currentProfile !== void 0 && options.current !== void 0) throw new InputError(`give --current-profile ${options.currentProfile} or --current ${options.current}, not both`);
  if (options.currentProfile === void 0 && options.current === void 0) {
    throw new InputError(`--reference-profile ${options.referenceProfile} needs --current-profile (a profile counted on it) or --current (a data file)`);
  }
  const reference = { source: options.referenceProfile, profile: readProfile(options.referenceProfile) };
  const current = options.currentProfile !== void 0 ? { source: options.currentProfile, profile: readProfile(options.currentProfile) } : { source: options.current, profile: await profileOfData([options.current], reference, options.delimiter) };
  return profileDriftReport(reference, current, driftOptions);
}

// shared/commands/drift.ts
var MAX_CRITICAL_COLUMNS = 100;
async function drift(options) {
  const method = checkMethod2(options.method ?? "auto", "--method");
  const correction = options.correction ?? "bh";
  if (!CORRECTIONS.includes(correction)) {
    throw new InputError(`--correction must be one of ${CORRECTIONS.join(", ")}, got \`${correction}\``);
  }
  const perColumn = Object.fromEntries(
    Object.entries(options.columnMethods ?? {}).map(([column, name]) => [column, { method: checkMethod2(name, `method for column \`${column}\``) }])
  );
  if (options.criticalColumns && options.criticalColumns.length > MAX_CRITICAL_COLUMNS) {
    throw new InputError(`--critical-columns names ${options.criticalColumns.length} columns, at most ${MAX_CRITICAL_COLUMNS}: each is listed in the gate's report`);
  }
  if (options.sample !== void 0 && !(Number.isInteger(options.sample) && options.sample >= 1)) {
    throw new InputError(`--sample must be a whole number of rows \u2265 1, got ${options.sample}`);
  }
  const driftOptions = {
    method,
    correction,
    perColumn,
    ...options.threshold !== void 0 ? { threshold: options.threshold } : {},
    ...options.columns ? { columns: options.columns } : {},
    ...options.exclude ? { exclude: options.exclude } : {},
    ...options.driftShare !== void 0 ? { driftShare: options.driftShare } : {},
    ...options.criticalColumns ? { criticalColumns: options.criticalColumns } : {},
    ...options.idColumn ? { idColumn: options.idColumn } : {}
  };
  if (options.referenceProfile !== void 0 || options.currentProfile !== void 0) return driftFromProfiles(options, driftOptions);
  if (options.reference === void 0 || options.current === void 0) {
    throw new InputError(`${options.reference === void 0 ? "--reference" : "--current"} is required (a data file; or compare profiles with --reference-profile and --current-profile)`);
  }
  const read = { delimiter: options.delimiter, sample: options.sample, progress: options.progress, groupBytes: options.groupBytes ?? GROUP_BYTES };
  const paths = [options.reference, options.current];
  const groups = await columnGroups(paths, read, driftOptions);
  if (groups) return driftInGroups(paths, groups, read, driftOptions);
  const [reference, current] = await readDataRows(paths, read);
  const needed = columnsNeedingText(reference, current, driftOptions);
  await withTexts(reference, needed.reference, options.delimiter);
  await withTexts(current, needed.current, options.delimiter);
  return driftReport(reference, current, driftOptions);
}
var GROUP_BYTES = 160 * 1024 * 1024;
async function columnGroups(paths, read, options) {
  const budget = read.groupBytes ?? GROUP_BYTES;
  const bytes = [await textBytes(paths[0]), await textBytes(paths[1])];
  if (bytes[0] !== void 0 && bytes[1] !== void 0 && 8 * (bytes[0] + bytes[1]) <= budget) return void 0;
  const csv = { ...read.delimiter ? { delimiter: read.delimiter } : {} };
  let heads = [await tableHead(paths[0], csv), await tableHead(paths[1], csv)];
  let firstGroup;
  if (!heads.every((head) => head.complete)) {
    const seen = (/* @__PURE__ */ new Set([...heads[0].columns, ...heads[1].columns])).size;
    if (cellBytes(heads, read) * seen <= budget) return void 0;
    const guess = groupsOf(paths, heads, budget, read, options, true)?.groups[0] ?? [];
    const tables = await readDataRows(paths, read, new Set(guess), "the columns");
    heads = tables.map((table) => ({ columns: table.columns, estimatedRows: table.rowCount, complete: true }));
    firstGroup = { group: guess, tables };
  }
  const planned = groupsOf(paths, heads, budget, read, options);
  if (!planned) return void 0;
  const [first] = planned.groups;
  const reused = firstGroup && first.length === firstGroup.group.length && first.every((name, i) => name === firstGroup.group[i]);
  return { ...planned, ...reused ? { first: firstGroup.tables } : {} };
}
function groupsOf(paths, heads, budget, read, options, guess = false) {
  let plan;
  try {
    plan = planDrift({ source: paths[0], columns: heads[0].columns }, { source: paths[1], columns: heads[1].columns }, options);
  } catch (error) {
    if (guess && error instanceof InputError) return void 0;
    throw error;
  }
  const count = Math.ceil(cellBytes(heads, read) * plan.needed.length / budget);
  if (count <= 1) return void 0;
  const size = Math.ceil(plan.needed.length / count);
  const groups = [];
  for (let i = 0; i < plan.needed.length; i += size) groups.push(plan.needed.slice(i, i + size));
  return { plan, groups };
}
function cellBytes(heads, read) {
  return heads.reduce((sum2, head) => sum2 + 8 * Math.min(head.estimatedRows, read.sample ?? Infinity), 0);
}
async function driftInGroups(paths, planned, read, options) {
  const { plan, groups } = planned;
  const parts = [];
  for (const [index, group] of groups.entries()) parts.push(await driftOfGroup(paths, planned, group, `columns ${index + 1} of ${groups.length} groups`, read, options));
  return finishDrift(plan, parts.map((p) => p.part), parts[0].rows, options);
}
async function driftOfGroup(paths, planned, group, what, read, options) {
  const ready = planned.first;
  delete planned.first;
  const [reference, current] = ready ?? await readDataRows(paths, read, new Set(group), what);
  const { plan } = planned;
  const needed = columnsNeedingText(reference, current, options);
  await withTexts(reference, needed.reference, read.delimiter);
  await withTexts(current, needed.current, read.delimiter);
  const part = driftOfColumnGroup(plan, reference, current, group, options);
  releaseTable(reference);
  releaseTable(current);
  return { part, rows: { reference: reference.rowCount, current: current.rowCount } };
}
async function withTexts(table, names, delimiter) {
  if (names.size === 0) return;
  const again = await readTypedTable(table.source, { ...delimiter ? { delimiter } : {}, columns: names, keepText: names });
  for (const name of names) table.typed.set(name, again.typed.get(name));
}
async function readDataRows(paths, read, columns, group) {
  const started = Date.now();
  const progress = read.progress;
  const label = (path) => group ? `${path} (${group})` : path;
  const optionsOf = (path) => ({
    ...read.delimiter ? { delimiter: read.delimiter } : {},
    ...read.sample !== void 0 ? { sample: { size: read.sample } } : {},
    ...columns ? { columns } : {},
    ...progress ? { onProgress: (bytes, total, rows) => progress(progressLine(label(path), bytes, total, rows, started)) } : {}
  });
  const tables = await readTablesInParallel(paths, [optionsOf(paths[0]), optionsOf(paths[1])], fileBytes);
  for (const table of tables) {
    progress?.(progressLine(label(table.source), void 0, void 0, table.rowCount, started), true);
    if (table.rowCount === 0) throw new InputError(`${table.source}: no data rows, only a header; drift needs at least one row`);
  }
  return tables;
}
function fileBytes(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : 0;
}
function progressLine(path, bytes, total, rows, started) {
  const seconds = Math.max((Date.now() - started) / 1e3, 1e-3);
  const mb = (n) => (n / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const read = bytes === void 0 ? "done" : total ? `${mb(bytes)} of ${mb(total)} MB (${Math.floor(100 * bytes / total)}%)` : `${mb(bytes)} MB`;
  return `reading ${path}: ${read}, ${rows.toLocaleString("en-US")} rows, ${Math.round(rows / seconds).toLocaleString("en-US")} rows/s`;
}
function checkMethod2(name, what) {
  if (name === "auto") return name;
  const method = canonicalMethodName(name);
  if (method) return method;
  const refusal = evidentlyRefusal(name);
  if (refusal) throw new InputError(`${what}: ${refusal}`);
  throw new InputError(`${what}: unknown method \`${name}\` (known: auto, ${METHOD_NAMES.join(", ")})`);
}

export {
  MAX_CRITICAL_COLUMNS,
  drift,
  GROUP_BYTES
};
