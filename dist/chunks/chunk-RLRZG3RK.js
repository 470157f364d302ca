import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-KFCK2SSB.js";

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
  const fmt = (x) => formatNumber(x);
  if (rule.threshold !== void 0) {
    const below = direction === "higher" ? value < rule.threshold : value > rule.threshold;
    if (below) {
      return { subject: metric, kind: "metric", status: "fail", message: `${fmt(value)} is ${direction === "higher" ? "below" : "above"} the required ${fmt(rule.threshold)}` };
    }
  }
  const comparison = evaluation.comparison?.[metric];
  if (!comparison) {
    return { subject: metric, kind: "metric", status: "pass", message: rule.threshold !== void 0 ? `${fmt(value)} meets ${fmt(rule.threshold)} (no baseline to compare)` : `${fmt(value)} (no baseline to compare)` };
  }
  const worse = worsening(metric, comparison.delta);
  if (worse <= rule.max_drop) {
    return { subject: metric, kind: "metric", status: "pass", message: `\u0394 ${signed(comparison.delta)} is within the tolerated drop of ${fmt(rule.max_drop)}` };
  }
  const [low, high] = comparison.interval;
  const bestCase = Math.min(worsening(metric, low), worsening(metric, high));
  const significant = bestCase > rule.max_drop;
  if (significant || !rule.require_significance) {
    return { subject: metric, kind: "metric", status: "fail", message: `worse by ${fmt(worse)} (\u0394 ${signed(comparison.delta)}, 95% CI [${signed(low)}, ${signed(high)}]), tolerated ${fmt(rule.max_drop)}${significant ? "" : " \u2014 within noise, but significance is not required"}` };
  }
  return { subject: metric, kind: "metric", status: "warn", message: `worse by ${fmt(worse)} but within noise (95% CI of \u0394 [${signed(low)}, ${signed(high)}] reaches the tolerance)` };
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
  worsening,
  applyPolicy,
  formatNumber,
  escapeMarkdown
};
