import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-5IU5AZD2.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// shared/metrics/metricSet.ts
var HIGHER_IS_BETTER = {
  accuracy: true,
  balanced_accuracy: true,
  precision: true,
  recall: true,
  f1: true,
  roc_auc: true,
  average_precision: true,
  log_loss: false,
  brier_score: false,
  matthews_corrcoef: true,
  precision_macro: true,
  precision_micro: true,
  precision_weighted: true,
  recall_macro: true,
  recall_micro: true,
  recall_weighted: true,
  f1_macro: true,
  f1_micro: true,
  f1_weighted: true,
  roc_auc_ovr: true,
  mae: false,
  mse: false,
  rmse: false,
  r2: true,
  mape: false,
  median_absolute_error: false,
  explained_variance: true
};

// shared/gate/metric-direction.ts
function directionOf(metric) {
  return HIGHER_IS_BETTER[metric] === false ? "lower" : "higher";
}
function worsening(metric, delta) {
  return directionOf(metric) === "higher" ? -delta : delta;
}

// shared/gate/gate.ts
var RANK = { pass: 0, warn: 1, fail: 2 };
function applyPolicy(input) {
  const checks = [];
  if (input.evaluation) {
    for (const [metric, rule] of Object.entries(input.policy.metrics)) checks.push(metricCheck(input.evaluation, metric, rule));
  }
  if (input.drift) checks.push(...driftChecks(input.drift, input.policy.drift));
  const verdict = checks.reduce((worst, c) => RANK[c.status] > RANK[worst] ? c.status : worst, "pass");
  return { verdict, checks };
}
function metricCheck(evaluation, metric, rule) {
  const value = evaluation.metrics[metric];
  if (value === void 0) {
    const known = Object.keys(evaluation.metrics).join(", ");
    throw new InputError(`policy gates metric \`${metric}\`, which the evaluation does not have (it has: ${known})`);
  }
  const direction = directionOf(metric);
  const fmt2 = (x) => formatNumber(x);
  if (rule.threshold !== void 0) {
    const below = direction === "higher" ? value < rule.threshold : value > rule.threshold;
    if (below) {
      return { subject: metric, kind: "metric", status: "fail", message: `${fmt2(value)} is ${direction === "higher" ? "below" : "above"} the required ${fmt2(rule.threshold)}` };
    }
  }
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: "metric", status: "pass", message: rule.threshold !== void 0 ? `${fmt2(value)} meets ${fmt2(rule.threshold)} (no baseline to compare)` : `${fmt2(value)} (no baseline to compare)` };
  }
  const worse = worsening(metric, comparison.delta);
  if (worse <= rule.max_drop) {
    return { subject: metric, kind: "metric", status: "pass", message: `\u0394 ${signed(comparison.delta)} is within the tolerated drop of ${fmt2(rule.max_drop)}` };
  }
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low), worsening(metric, high));
  const significant = bestCase > rule.max_drop;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: "metric", status: "fail", message: `worse by ${fmt2(worse)} (\u0394 ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${fmt2(rule.max_drop)}${significant ? "" : " \u2014 within noise, but significance is not required"}` };
  }
  return { subject: metric, kind: "metric", status: "warn", message: `worse by ${fmt2(worse)} but within noise (95% CI of \u0394 [${signed(low)}, ${signed(high)}] reaches the tolerance)` };
}
function driftChecks(drift, rules) {
  const checks = [];
  const drifted = drift.columns.filter((c) => c.drifted).length;
  const compared = drift.columns.filter((c) => c.statistic !== null).length;
  const datasetStatus = drift.dataset_drifted ? severityVerdict(rules.dataset) : "pass";
  checks.push({
    subject: "dataset",
    kind: "drift",
    status: datasetStatus,
    message: `${drifted} of ${compared} columns drifted (${percent(drift.share_drifted)}; dataset drift at ${percent(drift.drift_share_threshold)})${drift.critical_columns_drifted.length > 0 ? `; critical: ${drift.critical_columns_drifted.join(", ")}` : ""}`
  });
  for (const [column, severity] of Object.entries(rules.columns)) {
    const result = drift.columns.find((c) => c.name === column);
    if (!result) throw new InputError(`policy names drift column \`${column}\`, which the drift report does not have`);
    if (result.drifted) checks.push({ subject: column, kind: "drift", status: severityVerdict(severity), message: `column drifted (${result.method})` });
  }
  return checks;
}
function severityVerdict(severity) {
  return severity === "ignore" ? "pass" : severity;
}
function formatNumber(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}
function signed(x) {
  return `${x >= 0 ? "+" : ""}${formatNumber(x)}`;
}
function percent(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// shared/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/@/g, "@\u2060").replace(/:(?=\w+:)/g, ":\u2060");
}

// shared/report/pr-report.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var FULL = { allColumns: true, driftedRows: Infinity, fullReportAt: "" };
function renderReport(input, detail = FULL) {
  const parts = [`## ${ICON[input.gate.verdict]} ${escapeMarkdown(input.title ?? "mlgate")}: ${input.gate.verdict}`];
  if (input.evaluation) parts.push(metricsSection(input.evaluation, input));
  if (input.drift) parts.push(driftSection(input.drift, detail));
  parts.push(gateSection(input.gate));
  return `${parts.join("\n\n")}
`;
}
function renderReportWithin(input, limit, fullReportAt) {
  const full = renderReport(input);
  if (full.length <= limit) return full;
  const drifted = input.drift?.columns.filter((c) => c.drifted).length ?? 0;
  const attempt = (rows) => renderReport(input, { allColumns: false, driftedRows: rows, fullReportAt });
  if (attempt(drifted).length <= limit) return attempt(drifted);
  let low = 0;
  let high = drifted;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (attempt(middle).length <= limit) low = middle;
    else high = middle - 1;
  }
  const fitted = attempt(low);
  if (fitted.length > limit) throw new RangeError(`the report does not fit in ${limit} characters even without its drift tables`);
  return fitted;
}
function metricsSection(evaluation, input = {}) {
  const baselineName = escapeMarkdown(input.baselineLabel ?? "baseline");
  const candidateName = escapeMarkdown(input.candidateLabel ?? "candidate");
  const hasBaseline = evaluation.comparison !== void 0 && evaluation.baseline_metrics !== void 0;
  const header = hasBaseline ? ["metric", baselineName, candidateName, "\u0394", "95% CI of \u0394", "test", ""] : ["metric", candidateName, "95% CI"];
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const interval = evaluation.intervals[name];
    if (!hasBaseline) return [escapeMarkdown(name), fmt(value), interval ? range(interval) : "\u2014"];
    const comparison = evaluation.comparison[name];
    const base = evaluation.baseline_metrics[name];
    if (!comparison || base === void 0) return [escapeMarkdown(name), base === void 0 ? "\u2014" : fmt(base), fmt(value), "\u2014", "\u2014", "\u2014", ""];
    return [escapeMarkdown(name), fmt(base), fmt(value), signed2(comparison.delta), range(comparison.interval), testCell(comparison), trend(name, comparison.delta, comparison.interval)];
  });
  const direction = hasBaseline ? "\n\n<sub>\u25B2 better, \u25BC worse: the 95% interval of the paired difference (same rows resampled for both models) excludes zero; \xB7 no significant change. Accuracy also gets McNemar's exact test, ROC AUC DeLong's test. Higher is better except for losses and errors.</sub>" : "";
  return `### Metrics (${evaluation.task}, ${evaluation.n} rows)

${markdownTable([header, ...rows], { align: ["l", ...header.slice(1).map(() => "r")] })}${direction}`;
}
var TEST_NAMES = { mcnemar_exact: "McNemar", delong: "DeLong", paired_bootstrap: "bootstrap" };
function testCell(comparison) {
  const name = TEST_NAMES[comparison.test] ?? escapeMarkdown(comparison.test);
  return comparison.p_value === void 0 ? name : `${name} p=${fmt(comparison.p_value)}`;
}
function trend(metric, delta, [low, high]) {
  if (low <= 0 && high >= 0) return "\xB7";
  const better = worsening(metric, delta) < 0;
  return better ? "\u25B2" : "\u25BC";
}
function driftSection(drift, detail = FULL) {
  const compared = drift.columns.filter((c) => c.statistic !== null);
  const drifted = compared.filter((c) => c.drifted);
  const headline = `**${drifted.length} of ${compared.length} columns drifted** (${pct(drift.share_drifted)}); dataset drift ${drift.dataset_drifted ? "**detected**" : "not detected"} (threshold ${pct(drift.drift_share_threshold)}, p-values corrected with ${correctionName(drift.correction)}).`;
  const table = (columns) => markdownTable([
    ["column", "type", "method", "statistic", "p-value (adj.)", "threshold", "drift"],
    ...columns.map((c) => [
      escapeMarkdown(c.name),
      c.kind,
      c.method,
      c.statistic === null ? "\u2014" : fmt(c.statistic),
      c.p_value !== null ? `${fmt(c.p_value)} (${fmt(c.adjusted_p_value ?? c.p_value)})` : c.significance ? `${c.significance.test}: ${fmt(c.significance.p_value)} (${fmt(c.significance.adjusted_p_value ?? c.significance.p_value)})` : "\u2014",
      fmt(c.threshold),
      c.statistic === null ? `n/a: ${escapeMarkdown(c.note ?? "")}` : c.drifted ? "\u{1F534} yes" : "no"
    ])
  ], { align: ["l", "l", "l", "r", "r", "r", "l"] });
  const parts = [`### Data drift

${headline}`];
  const shown = drifted.slice(0, detail.driftedRows);
  if (shown.length > 0) parts.push(table(shown));
  if (shown.length < drifted.length) parts.push(`_\u2026and ${drifted.length - shown.length} more drifted columns, left out to fit GitHub's comment limit: the full report is in ${detail.fullReportAt}._`);
  if (detail.allColumns) parts.push(`<details><summary>All ${drift.columns.length} columns</summary>

${table(drift.columns)}

</details>`);
  else parts.push(`_The table of all ${drift.columns.length} columns is in ${detail.fullReportAt}._`);
  return parts.join("\n\n");
}
function gateSection(gate) {
  const lines = gate.checks.map((c) => `- ${ICON[c.status]} **${escapeMarkdown(c.subject)}** (${c.kind}): ${escapeMarkdown(c.message)}`);
  return `### Gate: ${gate.verdict}

${lines.length > 0 ? lines.join("\n") : "_No checks configured._"}`;
}
function correctionName(correction) {
  return { bh: "Benjamini\u2013Hochberg", bonferroni: "Bonferroni", none: "no correction" }[correction];
}
function fmt(x) {
  return formatNumber(x);
}
function signed2(x) {
  return `${x >= 0 ? "+" : ""}${fmt(x)}`;
}
function range([low, high]) {
  return `[${fmt(low)}, ${fmt(high)}]`;
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// shared/stats/distributions/normal.ts
var TWO_OVER_SQRT_PI = 1.1283791670955126;
var ONE_OVER_SQRT_PI = 0.5641895835477563;
var SQRT_HALF = 0.7071067811865476;
function erfSeries(z) {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= 2 * z2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z2) * sum;
}
function erfcContinuedFraction(z) {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = z + a * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = z + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return ONE_OVER_SQRT_PI * Math.exp(-z * z) / f;
}
function erfc(z) {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 2;
  if (z < 0) return 2 - erfc(-z);
  if (z < 2) return 1 - erfSeries(z);
  return erfcContinuedFraction(z);
}
function normalSf(x) {
  return 0.5 * erfc(x * SQRT_HALF);
}

export {
  normalSf,
  markdownTable,
  applyPolicy,
  formatNumber,
  escapeMarkdown,
  renderReport,
  renderReportWithin,
  metricsSection,
  driftSection
};
