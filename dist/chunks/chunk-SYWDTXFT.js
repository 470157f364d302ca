import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  CORRECTIONS,
  DRIFT_METHODS,
  METHOD_NAMES,
  adjustPValues,
  columnPair,
  distinctCount,
  isMethodName
} from "./chunk-ROR2KIK5.js";
import {
  columnOf,
  readCsvTable
} from "./chunk-23P4Q5AA.js";
import {
  InputError,
  messageOf
} from "./chunk-KFCK2SSB.js";

// shared/drift/auto-method.ts
var LARGE_REFERENCE = 1e3;
var FEW_DISTINCT_VALUES = 5;
function chooseMethod(pair) {
  const referenceSize = pair.reference.labels.length;
  const large = referenceSize > LARGE_REFERENCE;
  if (pair.kind === "numeric" && distinctCount(pair.reference.labels) > FEW_DISTINCT_VALUES) {
    return large ? { method: "wasserstein", significance: "ks", asCategories: false, reason: `numeric, reference has ${referenceSize} rows (> ${LARGE_REFERENCE}): effect size, confirmed by ks` } : { method: "ks", asCategories: false, reason: `numeric, reference has ${referenceSize} rows (\u2264 ${LARGE_REFERENCE})` };
  }
  const categories = distinctCount([...pair.reference.labels, ...pair.current.labels]);
  const asCategories = pair.kind === "numeric";
  const what = asCategories ? `numeric with ${categories} distinct values` : `categorical with ${categories} categories`;
  if (large) {
    const significance = categories <= 2 ? "z" : "chisquare";
    return { method: "jensenshannon", significance, asCategories, reason: `${what}, reference has ${referenceSize} rows: effect size, confirmed by ${significance}` };
  }
  if (categories <= 2) return { method: "z", asCategories, reason: `${what} (binary)` };
  return { method: "chisquare", asCategories, reason: what };
}

// shared/drift/drift-report.ts
function driftReport(reference, current, options = {}) {
  const names = selectColumns(reference, current, options);
  const columns = names.map((name) => ({
    name,
    pair: columnPair(
      name,
      { cells: columnOf(reference, name), source: reference.source },
      { cells: columnOf(current, name), source: current.source },
      options.perColumn?.[name]?.kind
    )
  }));
  return driftReportOfColumns(columns, { reference: { source: reference.source, rows: reference.rowCount }, current: { source: current.source, rows: current.rowCount } }, options);
}
function driftReportOfColumns(columns, sources, options = {}) {
  const correction = options.correction ?? "bh";
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new InputError(`drift share must be in (0, 1], got ${driftShare}`);
  const names = columns.map((c) => c.name);
  const results = columns.map(({ name, pair }) => compareColumn(name, pair, options));
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
    critical_columns_drifted: criticalDrifted
  };
}
function selectColumns(reference, current, options) {
  if (options.columns && options.columns.length > 0) {
    for (const name of options.columns) {
      columnOf(reference, name);
      columnOf(current, name);
    }
    return options.columns;
  }
  const excluded = new Set(options.exclude ?? []);
  const shared = reference.columns.filter((name) => current.cells.has(name) && !excluded.has(name));
  if (shared.length === 0) {
    throw new InputError(`${reference.source} and ${current.source} share no column to compare`);
  }
  return shared;
}
function compareColumn(name, pair, options) {
  const override = options.perColumn?.[name] ?? {};
  const requested = override.method ?? options.method ?? "auto";
  const auto = requested === "auto" ? chooseMethod(pair) : void 0;
  const methodName = auto?.method ?? requested;
  const method = DRIFT_METHODS[methodName];
  const kind = auto?.asCategories ? "categorical" : pair.kind;
  const threshold = override.threshold ?? options.threshold ?? method.defaultThreshold;
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
    rows: { reference: pair.reference.labels.length, current: pair.current.labels.length }
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
  if (pair.reference.labels.length === 0 && pair.current.labels.length === 0) return "no values on either side";
  if (pair.reference.labels.length === 0) return "no values in the reference";
  if (pair.current.labels.length === 0) return "no values in the current data";
  return void 0;
}
function rate(part, total) {
  return total === 0 ? 0 : part / total;
}

// shared/commands/drift.ts
function drift(options) {
  const method = checkMethod(options.method ?? "auto", "--method");
  const correction = options.correction ?? "bh";
  if (!CORRECTIONS.includes(correction)) {
    throw new InputError(`--correction must be one of ${CORRECTIONS.join(", ")}, got \`${correction}\``);
  }
  const perColumn = Object.fromEntries(
    Object.entries(options.columnMethods ?? {}).map(([column, name]) => [column, { method: checkMethod(name, `method for column \`${column}\``) }])
  );
  const reference = readCsvTable(options.reference);
  const current = readCsvTable(options.current);
  return driftReport(reference, current, {
    method,
    correction,
    perColumn,
    ...options.threshold !== void 0 ? { threshold: options.threshold } : {},
    ...options.columns ? { columns: options.columns } : {},
    ...options.exclude ? { exclude: options.exclude } : {},
    ...options.driftShare !== void 0 ? { driftShare: options.driftShare } : {},
    ...options.criticalColumns ? { criticalColumns: options.criticalColumns } : {}
  });
}
function checkMethod(name, what) {
  if (name === "auto" || isMethodName(name)) return name;
  throw new InputError(`${what}: unknown method \`${name}\` (known: auto, ${METHOD_NAMES.join(", ")})`);
}

export {
  drift
};
