import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  drift
} from "./chunks/chunk-FRGPYY6S.js";
import {
  evaluate
} from "./chunks/chunk-UALV53R5.js";
import {
  COMMENT_LIMIT,
  postReport
} from "./chunks/chunk-2P2S2234.js";
import {
  readRunContext
} from "./chunks/chunk-XT7TYGLG.js";
import {
  DEFAULT_LOCAL_STORE,
  TOOL_VERSION,
  fetchModel,
  lineageOf,
  promote,
  promotionTarget,
  publish
} from "./chunks/chunk-WJVBP6UV.js";
import {
  gate
} from "./chunks/chunk-R553FPOC.js";
import "./chunks/chunk-NCTLN5ER.js";
import "./chunks/chunk-C2KN6SKI.js";
import {
  driftSection,
  escapeMarkdown,
  formatNumber,
  markdownTable,
  metricsSection
} from "./chunks/chunk-SBZVX73G.js";
import {
  parseModelFile,
  predictWithModel,
  train
} from "./chunks/chunk-IXZKARFN.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import {
  readCsvTable
} from "./chunks/chunk-7P42ETQJ.js";
import {
  GateFailedError,
  InputError,
  isExpectedError,
  messageOf,
  readJsonFile,
  toJson,
  writeFileAtomic
} from "./chunks/chunk-5IU5AZD2.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// cli/commands.ts
import { fileURLToPath } from "node:url";

// shared/commands/demo.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
var MODEL = "breast-cancer";
var TARGET = "malignant";
async function runDemo(options) {
  const { data, out, log } = options;
  rmSync(out, { recursive: true, force: true });
  const store2 = join(out, "registry");
  const trainCsv = join(data, "train.csv");
  const holdoutCsv = join(data, "holdout.csv");
  log("1. main branch: train the baseline (logistic regression, C = 0.01) and publish it as v1.0.0");
  const baselineParams = { C: 0.01 };
  const baseline = await train({ data: trainCsv, target: TARGET, model: "logistic_regression", params: baselineParams, test: holdoutCsv, out: join(out, "baseline") });
  const baselineEval = join(out, "baseline", "evaluation.json");
  writeFileAtomic(baselineEval, toJson(evaluate({ predictions: baseline.predictions_path, task: "binary" })));
  const published = await publish({
    model: MODEL,
    version: "1.0.0",
    files: [baseline.model_path],
    store: store2,
    data: [trainCsv],
    params: baseline.params,
    evaluation: baselineEval,
    evaluationSet: holdoutCsv,
    command: "mlgate demo"
  });
  log(`   published ${published.version.tag} (${published.version.files.length} files, SHA256SUMS verified)`);
  const stage = await promote({ model: MODEL, version: "1.0.0", stage: "production", store: store2, note: "demo: first model", by: "mlgate-demo" });
  log(`   promoted: ${stage.tag}`);
  log("2. pull request: train a candidate (logistic regression, C = 1)");
  const candidate = await train({ data: trainCsv, target: TARGET, model: "logistic_regression", params: { C: 1 }, test: holdoutCsv, out: join(out, "candidate") });
  log("3. fetch the production model from the registry (checksums verified) and score the same held-out rows");
  const fetched = await fetchModel({ model: MODEL, stage: "production", store: store2, out: join(out, "production-model") });
  const productionModel = parseModelFile(readJsonFile(join(fetched.directory, "model.json"), "model"), "production model.json");
  const holdout = readCsvTable(holdoutCsv);
  const predictions = predictWithModel(productionModel, holdout);
  const ids = holdout.cells.get("id");
  const truth = holdout.cells.get(TARGET);
  const productionPredictions = join(out, "production-model", "predictions.csv");
  writeFileAtomic(productionPredictions, ["id,y_true,y_pred,y_score", ...ids.map((id, i) => `${id},${truth[i]},${predictions.predicted[i]},${predictions.probabilities[i][1].toPrecision(17)}`)].join("\n") + "\n");
  log("4. evaluate the candidate against production (paired bootstrap, McNemar, DeLong)");
  const evaluation = evaluate({ predictions: candidate.predictions_path, baseline: productionPredictions, task: "binary" });
  const evaluationPath = join(out, "evaluation.json");
  writeFileAtomic(evaluationPath, toJson(evaluation));
  log("5. check the production sample for drift against the training data");
  const driftResult = drift({ reference: trainCsv, current: join(data, "production.csv"), exclude: ["id", TARGET] });
  const driftPath = join(out, "drift.json");
  writeFileAtomic(driftPath, toJson(driftResult));
  log("6. gate: default policy (ROC AUC must not drop significantly; dataset drift warns)");
  const report = gate({
    evaluation: evaluationPath,
    drift: driftPath,
    title: `mlgate: ${MODEL}`,
    baselineLabel: `production (v${fetched.version.version})`,
    candidateLabel: "candidate"
  });
  const gatePath = join(out, "gate.json");
  writeFileAtomic(gatePath, toJson(report));
  const commentPath = join(out, "comment.md");
  writeFileAtomic(commentPath, report.markdown);
  return {
    report,
    files: { evaluation: evaluationPath, drift: driftPath, gate: gatePath, comment: commentPath, registry: store2 }
  };
}

// shared/report/drift-html.ts
function driftHtml(report) {
  const rows = report.columns.map((c) => `<tr class="${c.drifted ? "drifted" : ""}"><td>${html(c.name)}</td><td>${c.kind}</td><td>${c.method}</td><td>${c.statistic === null ? "\u2014" : formatNumber(c.statistic)}</td><td>${c.p_value === null ? "\u2014" : formatNumber(c.p_value)}</td><td>${c.adjusted_p_value === null ? "\u2014" : formatNumber(c.adjusted_p_value)}</td><td>${formatNumber(c.threshold)}</td><td>${c.statistic === null ? `n/a: ${html(c.note ?? "")}` : c.drifted ? "yes" : "no"}</td><td>${pct(c.missing.reference)} \u2192 ${pct(c.missing.current)}</td></tr>`).join("\n");
  const drifted = report.columns.filter((c) => c.drifted).length;
  const compared = report.columns.filter((c) => c.statistic !== null).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlgate drift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}tr.drifted{background:#fde2e1}</style>
</head><body>
<h1>Drift: ${html(report.current.source)} vs ${html(report.reference.source)}</h1>
<p id="summary">${drifted} of ${compared} columns drifted (${pct(report.share_drifted)}); dataset drift ${report.dataset_drifted ? "<strong>detected</strong>" : "not detected"} (threshold ${pct(report.drift_share_threshold)}; correction ${report.correction}).</p>
<table><thead><tr><th>column</th><th>type</th><th>method</th><th>statistic</th><th>p-value</th><th>adjusted</th><th>threshold</th><th>drift</th><th>missing (ref \u2192 cur)</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
function html(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function pct(x) {
  return `${Math.round(x * 1e3) / 10}%`;
}

// shared/lineage/render-lineage.ts
function lineageMermaid(view) {
  const node = (version) => `v_${version.replace(/[^a-zA-Z0-9]/g, "_")}`;
  const lines = ["graph LR"];
  for (const { version, lineage } of [...view.chain].reverse()) {
    lines.push(`  ${node(version.version)}["${mermaidText(`v${version.version}`)}"]`);
    if (lineage?.parent) lines.push(`  ${node(lineage.parent.version)} -->|${mermaidText(lineage.parent.verdict ?? "not gated")}| ${node(version.version)}`);
  }
  const versions = new Set(view.chain.map((c) => c.version.version));
  for (const [stage, version] of currentStages(view)) {
    if (!versions.has(version)) continue;
    lines.push(`  stage_${stage.replace(/[^a-zA-Z0-9]/g, "_")}(["${mermaidText(stage)}"]) -.-> ${node(version)}`);
  }
  return `${lines.join("\n")}
`;
}
function lineageMarkdown(view) {
  const chain = markdownTable([
    ["version", "published", "commit", "parent", "verdict"],
    ...view.chain.map(({ version, lineage }) => [
      `v${escapeMarkdown(version.version)}`,
      version.published_at,
      lineage?.code.commit ? `\`${lineage.code.commit.slice(0, 12)}\`` : "\u2014",
      lineage?.parent ? `v${escapeMarkdown(lineage.parent.version)}` : "\u2014",
      escapeMarkdown(lineage?.parent?.verdict ?? "\u2014")
    ])
  ]);
  const trail = view.stages.length === 0 ? "_No stage assignments yet._" : markdownTable([
    ["#", "stage", "version", "when", "by", "note", "run"],
    ...view.stages.map((e) => [String(e.number), escapeMarkdown(e.stage), `v${escapeMarkdown(e.version)}`, e.at, escapeMarkdown(e.by ?? "\u2014"), escapeMarkdown(e.note ?? ""), e.run_url ?? ""])
  ]);
  return `# Lineage of ${escapeMarkdown(view.model)}

\`\`\`mermaid
${lineageMermaid(view)}\`\`\`

## Versions

${chain}

## Stage history

${trail}
`;
}
function currentStages(view) {
  const current = /* @__PURE__ */ new Map();
  for (const event of view.stages) {
    if (event.action === "assign") current.set(event.stage, event.version);
    else current.delete(event.stage);
  }
  return current;
}
function mermaidText(text) {
  return text.replace(/["<>|]/g, "_");
}

// cli/options.ts
import { parseArgs } from "node:util";
function parseCommandArgs(spec, argv) {
  let values;
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: Object.fromEntries([
        ...spec.options.map((o) => [o.name, { type: o.type, ...o.multiple ? { multiple: true } : {} }]),
        ["help", { type: "boolean", short: "h" }]
      ])
    }).values;
  } catch (error) {
    throw new InputError(`${error.message.split("\n")[0]} (see \`mlgate ${spec.name} --help\`)`);
  }
  if (values.help) return values;
  for (const option of spec.options) {
    if (values[option.name] === void 0 && option.default !== void 0) values[option.name] = option.default;
    if (option.required && values[option.name] === void 0) {
      throw new InputError(`missing --${option.name} (see \`mlgate ${spec.name} --help\`)`);
    }
  }
  return values;
}
function commandHelp(spec) {
  const width = Math.max(...spec.options.map((o) => flag(o).length), 10);
  const lines = spec.options.map((o) => `  ${flag(o).padEnd(width)}  ${o.description}${o.required ? " (required)" : ""}${o.default !== void 0 ? ` [default: ${o.default}]` : ""}`);
  return `${spec.summary}

Usage: ${spec.usage}

Options:
${lines.join("\n")}
  ${"--help".padEnd(width)}  show this help
`;
}
function flag(option) {
  return option.type === "boolean" ? `--${option.name}` : `--${option.name} <${option.value ?? "value"}>${option.multiple ? "\u2026" : ""}`;
}
function stringOption(values, name) {
  const value = values[name];
  return typeof value === "string" ? value : void 0;
}
function listOption(values, name) {
  const value = values[name];
  if (value === void 0 || typeof value === "boolean") return void 0;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
  return items.length > 0 ? items : void 0;
}
function numberOption(values, name) {
  const text = stringOption(values, name);
  if (text === void 0) return void 0;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) throw new InputError(`--${name} must be a number, got \`${text}\``);
  return value;
}
function integerOption(values, name) {
  const value = numberOption(values, name);
  if (value !== void 0 && (!Number.isInteger(value) || value < 0)) throw new InputError(`--${name} must be a non-negative integer, got \`${value}\``);
  return value;
}
function jsonObjectOption(values, name) {
  const text = stringOption(values, name);
  if (text === void 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`--${name} must be a JSON object, e.g. '{"C": 0.5}', got \`${text}\``);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new InputError(`--${name} must be a JSON object, got \`${text}\``);
  return parsed;
}
function pairsOption(values, name) {
  const items = listOption(values, name);
  if (!items) return void 0;
  return Object.fromEntries(items.map((item) => {
    const at = item.indexOf("=");
    if (at <= 0 || at === item.length - 1) throw new InputError(`--${name} takes column=value pairs, got \`${item}\``);
    return [item.slice(0, at), item.slice(at + 1)];
  }));
}
function choiceOption(values, name, choices) {
  const value = stringOption(values, name);
  if (value !== void 0 && !choices.includes(value)) throw new InputError(`--${name} must be one of ${choices.join(", ")}, got \`${value}\``);
  return value;
}

// cli/commands.ts
var store = { name: "store", type: "string", value: "dir|github", description: "registry backend: a folder, or `github` for GitHub releases", default: DEFAULT_LOCAL_STORE };
var output = { name: "output", type: "string", value: "file", description: "write the result to a file instead of standard output" };
var format = (choices, fallback) => ({ name: "format", type: "string", value: choices.join("|"), description: "output format", default: fallback });
var ok = (text) => ({ text, exitCode: 0 });
var COMMANDS = [
  {
    name: "train",
    summary: "Train a classifier on a CSV file and write model.json (and predictions for a test file).",
    usage: "mlgate train --data <csv> --target <column> --out <dir> [--model logistic_regression|random_forest] [--params <json>] [--test <csv>]",
    options: [
      { name: "data", type: "string", value: "csv", description: "training data (CSV with a header row)", required: true },
      { name: "target", type: "string", value: "column", description: "label column", required: true },
      { name: "out", type: "string", value: "dir", description: "folder for model.json and predictions.csv", required: true },
      { name: "model", type: "string", value: "type", description: "logistic_regression or random_forest", default: "logistic_regression" },
      { name: "params", type: "string", value: "json", description: 'model parameters as a JSON object, e.g. {"C": 0.5}' },
      { name: "test", type: "string", value: "csv", description: "rows to predict after training (writes predictions.csv)" },
      { name: "id-column", type: "string", value: "column", description: "row id column, copied into the predictions", default: "id" },
      { name: "exclude", type: "string", value: "a,b", description: "columns that are not features", multiple: true }
    ],
    async run(v) {
      const result = await train({
        data: stringOption(v, "data"),
        target: stringOption(v, "target"),
        out: stringOption(v, "out"),
        model: stringOption(v, "model"),
        params: jsonObjectOption(v, "params"),
        test: stringOption(v, "test"),
        idColumn: stringOption(v, "id-column"),
        exclude: listOption(v, "exclude")
      });
      return ok(toJson(result));
    }
  },
  {
    name: "evaluate",
    summary: "Score predictions (metrics as scikit-learn computes them, bootstrap intervals) and compare with a baseline.",
    usage: "mlgate evaluate --predictions <csv> --task binary|multiclass|regression [--baseline <csv>] [--format json|markdown]",
    options: [
      { name: "predictions", type: "string", value: "csv", description: "candidate predictions: y_true, y_pred, y_score (or y_score_<class>), optional id", required: true },
      { name: "task", type: "string", value: "task", description: "binary, multiclass or regression", required: true },
      { name: "baseline", type: "string", value: "csv", description: "the baseline model's predictions on the same rows (matched by id when present)" },
      { name: "positive-label", type: "string", value: "label", description: "positive class for binary tasks (default: 1 or true)" },
      { name: "y-true", type: "string", value: "column", description: "true label column", default: "y_true" },
      { name: "y-pred", type: "string", value: "column", description: "predicted label column", default: "y_pred" },
      { name: "y-score", type: "string", value: "column", description: "score column (binary) or score column prefix (multiclass)", default: "y_score" },
      { name: "id", type: "string", value: "column", description: "row id column", default: "id" },
      { name: "resamples", type: "string", value: "n", description: "bootstrap resamples", default: "1000" },
      { name: "seed", type: "string", value: "n", description: "bootstrap seed (same seed, same intervals)", default: "1" },
      format(["json", "markdown"], "json"),
      output
    ],
    async run(v) {
      const result = evaluate({
        predictions: stringOption(v, "predictions"),
        task: stringOption(v, "task"),
        baseline: stringOption(v, "baseline"),
        positiveLabel: stringOption(v, "positive-label"),
        resamples: integerOption(v, "resamples"),
        seed: integerOption(v, "seed"),
        columns: { yTrue: stringOption(v, "y-true"), yPred: stringOption(v, "y-pred"), yScore: stringOption(v, "y-score"), id: stringOption(v, "id") }
      });
      return ok(choiceOption(v, "format", ["json", "markdown"]) === "markdown" ? `${metricsSection(result)}
` : toJson(result));
    }
  },
  {
    name: "drift",
    summary: "Compare a current data sample with a reference, column by column, with multiple-testing control.",
    usage: "mlgate drift --reference <csv> --current <csv> [--method <name>] [--threshold <x>] [--columns a,b] [--correction bh|bonferroni|none] [--format json|markdown|html] [--output <file>]",
    options: [
      { name: "reference", type: "string", value: "csv", description: "reference data (e.g. the training set)", required: true },
      { name: "current", type: "string", value: "csv", description: "current data (e.g. production)", required: true },
      { name: "method", type: "string", value: "name", description: "auto, ks, chisquare, z, cramer_von_mises, anderson, mannwhitney, t_test, fisher_exact, wasserstein, psi, jensenshannon, hellinger, kl_div, tvd, linf, energy_distance", default: "auto" },
      { name: "threshold", type: "string", value: "x", description: "p-value or distance threshold (default: the method's own)" },
      { name: "columns", type: "string", value: "a,b", description: "columns to compare (default: all shared columns)", multiple: true },
      { name: "exclude", type: "string", value: "a,b", description: "columns to leave out (ids, the target)", multiple: true },
      { name: "column-method", type: "string", value: "col=method", description: "per-column method overrides", multiple: true },
      { name: "correction", type: "string", value: "bh|bonferroni|none", description: "multiple-testing correction across columns", default: "bh" },
      { name: "drift-share", type: "string", value: "x", description: "share of drifted columns at which the dataset drifts", default: "0.5" },
      { name: "critical-columns", type: "string", value: "a,b", description: "columns whose drift alone drifts the dataset", multiple: true },
      format(["json", "markdown", "html"], "json"),
      output
    ],
    async run(v) {
      const report = drift({
        reference: stringOption(v, "reference"),
        current: stringOption(v, "current"),
        method: stringOption(v, "method"),
        threshold: numberOption(v, "threshold"),
        columns: listOption(v, "columns"),
        exclude: listOption(v, "exclude"),
        columnMethods: pairsOption(v, "column-method"),
        correction: stringOption(v, "correction"),
        driftShare: numberOption(v, "drift-share"),
        criticalColumns: listOption(v, "critical-columns")
      });
      const chosen = choiceOption(v, "format", ["json", "markdown", "html"]);
      return ok(chosen === "markdown" ? `${driftSection(report)}
` : chosen === "html" ? driftHtml(report) : toJson(report));
    }
  },
  {
    name: "gate",
    summary: "Apply a gate policy to an evaluation and a drift report; print the pull-request report. Exits 1 when the verdict is fail.",
    usage: "mlgate gate [--evaluation <json>] [--drift <json>] [--policy <yaml>] [--format markdown|json]",
    options: [
      { name: "evaluation", type: "string", value: "json", description: "output of `mlgate evaluate --format json`" },
      { name: "drift", type: "string", value: "json", description: "output of `mlgate drift --format json`" },
      { name: "policy", type: "string", value: "yaml", description: "gate policy file (default: the primary metric must not drop significantly; dataset drift warns)" },
      { name: "title", type: "string", value: "text", description: "report title" },
      { name: "comment", type: "boolean", description: "post or update the sticky pull-request comment (GITHUB_TOKEN, GITHUB_REPOSITORY and a pull request from the event or --pull-request)" },
      { name: "check-run", type: "boolean", description: "record the verdict as a check run (else a commit status) on GITHUB_SHA" },
      { name: "pull-request", type: "string", value: "n", description: "pull request number for --comment" },
      format(["markdown", "json"], "markdown"),
      output
    ],
    async run(v, context) {
      const post = v.comment === true || v["check-run"] === true;
      const report = gate({
        evaluation: stringOption(v, "evaluation"),
        drift: stringOption(v, "drift"),
        policy: stringOption(v, "policy"),
        title: stringOption(v, "title"),
        ...post ? { commentLimit: COMMENT_LIMIT - 512, fullReportAt: "the output of `mlgate gate`" } : {}
      });
      if (post) {
        const token = process.env.GITHUB_TOKEN;
        if (!token) throw new InputError("--comment and --check-run need a token in the GITHUB_TOKEN environment variable");
        const pullRequest = integerOption(v, "pull-request");
        const posted = await postReport(report, {
          token,
          comment: v.comment === true,
          checkRun: v["check-run"] === true,
          checkName: "mlgate",
          title: `${stringOption(v, "title") ?? "mlgate"}: ${report.verdict}`,
          ...pullRequest ? { pullRequest } : {},
          log: { info: context.log, warning: (m) => context.log(`warning: ${m}`) }
        });
        if (posted.comment) context.log(`comment ${posted.comment.action}: ${posted.comment.url}`);
        for (const reason of posted.skipped) context.log(`warning: ${reason}`);
      }
      const text = choiceOption(v, "format", ["markdown", "json"]) === "json" ? toJson(report) : report.markdown;
      return { text, exitCode: report.verdict === "fail" ? new GateFailedError("verdict: fail").exitCode : 0 };
    }
  },
  {
    name: "publish",
    summary: "Publish model files as a registry version with lineage.json, MODEL_CARD.md and SHA256SUMS.",
    usage: "mlgate publish --model <name> --version <semver> --files <path>\u2026 [--store <dir>|github]",
    options: [
      { name: "model", type: "string", value: "name", description: "model name (letters, digits, - _ and / for namespaces)", required: true },
      { name: "version", type: "string", value: "semver", description: "version, e.g. 1.2.0", required: true },
      { name: "files", type: "string", value: "path", description: "model files (repeat or comma-separate)", required: true, multiple: true },
      store,
      { name: "data", type: "string", value: "path", description: "data files to record in the lineage", multiple: true },
      { name: "params", type: "string", value: "json", description: "training parameters to record" },
      { name: "evaluation", type: "string", value: "json", description: "evaluation to record (metrics.json)" },
      { name: "evaluation-set", type: "string", value: "csv", description: "the predictions file the evaluation read" },
      { name: "drift", type: "string", value: "json", description: "drift report at publish time" },
      { name: "gate-report", type: "string", value: "json", description: "gate report of the comparison with the parent" },
      { name: "parent", type: "string", value: "semver", description: "the version this one was compared against" },
      { name: "card-template", type: "string", value: "md", description: "model card template (intended use, owner; `{{generated}}` marks where the generated sections go)" }
    ],
    async run(v) {
      const result = await publish({
        model: stringOption(v, "model"),
        version: stringOption(v, "version"),
        files: listOption(v, "files") ?? [],
        store: stringOption(v, "store"),
        data: listOption(v, "data"),
        params: jsonObjectOption(v, "params"),
        evaluation: stringOption(v, "evaluation"),
        evaluationSet: stringOption(v, "evaluation-set"),
        drift: stringOption(v, "drift"),
        gateReport: stringOption(v, "gate-report"),
        parent: stringOption(v, "parent"),
        cardTemplate: stringOption(v, "card-template"),
        command: "mlgate publish"
      });
      return ok(toJson({ outcome: result.outcome, version: result.version }));
    }
  },
  {
    name: "promote",
    summary: "Assign a published version to a stage (e.g. production); the history keeps every assignment.",
    usage: "mlgate promote --model <name> --version <semver> --stage <stage> [--note <text>] [--store <dir>|github]",
    options: [
      { name: "model", type: "string", value: "name", description: "model name (in Actions: default from a release or version-tag event)" },
      { name: "version", type: "string", value: "semver", description: "published version (in Actions: default from the event's tag)" },
      { name: "stage", type: "string", value: "stage", description: "stage name, e.g. staging or production", required: true },
      { name: "note", type: "string", value: "text", description: "why (kept in the audit trail)" },
      store
    ],
    async run(v) {
      const eventTag = process.env.GITHUB_REPOSITORY ? readRunContext().tag : null;
      const target = promotionTarget({ model: stringOption(v, "model"), version: stringOption(v, "version") }, eventTag);
      return ok(toJson(await promote({ ...target, stage: stringOption(v, "stage"), note: stringOption(v, "note"), store: stringOption(v, "store") })));
    }
  },
  {
    name: "fetch",
    summary: "Download a version's files and verify every SHA-256; on any mismatch nothing is left in the output folder.",
    usage: "mlgate fetch --model <name> (--stage <stage>|--version <semver>) --out <dir> [--store <dir>|github]",
    options: [
      { name: "model", type: "string", value: "name", description: "model name", required: true },
      { name: "stage", type: "string", value: "stage", description: "the version currently in this stage" },
      { name: "version", type: "string", value: "semver", description: "this version (default: the latest)" },
      { name: "out", type: "string", value: "dir", description: "output folder", required: true },
      store
    ],
    async run(v) {
      const result = await fetchModel({ model: stringOption(v, "model"), stage: stringOption(v, "stage"), version: stringOption(v, "version"), out: stringOption(v, "out"), store: stringOption(v, "store") });
      return ok(toJson({ version: result.version.version, tag: result.version.tag, directory: result.directory, files: result.files }));
    }
  },
  {
    name: "lineage",
    summary: "Show a model's ancestry chain and stage history (audit trail).",
    usage: "mlgate lineage --model <name> [--version <semver>] [--format json|markdown|mermaid] [--store <dir>|github]",
    options: [
      { name: "model", type: "string", value: "name", description: "model name", required: true },
      { name: "version", type: "string", value: "semver", description: "start from this version (default: the latest)" },
      format(["json", "markdown", "mermaid"], "markdown"),
      store,
      output
    ],
    async run(v) {
      const view = await lineageOf({ model: stringOption(v, "model"), version: stringOption(v, "version"), store: stringOption(v, "store") });
      const chosen = choiceOption(v, "format", ["json", "markdown", "mermaid"]);
      return ok(chosen === "json" ? toJson(view) : chosen === "mermaid" ? lineageMermaid(view) : lineageMarkdown(view));
    }
  },
  {
    name: "demo",
    summary: "Run the whole pull-request flow on the bundled breast-cancer data with a local registry (no GitHub account needed).",
    usage: "mlgate demo [--out <dir>]",
    options: [{ name: "out", type: "string", value: "dir", description: "folder for every artefact of the run (emptied first)", default: "out/demo" }],
    async run(v, context) {
      const data = fileURLToPath(new URL("examples/breast-cancer/", context.packageRoot));
      const result = await runDemo({ data, out: stringOption(v, "out"), log: context.log });
      context.log(`
wrote ${Object.values(result.files).join(", ")}
`);
      return ok(result.report.markdown);
    }
  }
];
function findCommand(name) {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new InputError(`unknown command \`${name}\` (commands: ${COMMANDS.map((c) => c.name).join(", ")})`);
  return command;
}

// cli/run.ts
function overallHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `mlgate ${TOOL_VERSION}: MLOps in pull requests \u2014 train, evaluate against the baseline, check drift, gate, promote.

Usage: mlgate <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`mlgate <command> --help\` for a command's options.
Exit codes: 0 success, 1 gate verdict fail or a failed checksum verification, 2 usage or input error, 70 internal error.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(overallHelp());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  try {
    const command = findCommand(name);
    const values = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const context = { log: (line) => io.stderr(`${line}
`), packageRoot: io.packageRoot };
    const result = await command.run(values, context);
    const output2 = stringOption(values, "output");
    if (output2) writeFileAtomic(output2, result.text);
    else io.stdout(result.text);
    return result.exitCode;
  } catch (error) {
    if (isExpectedError(error)) {
      io.stderr(`mlgate ${name}: ${error.message}
`);
      return error.exitCode;
    }
    io.stderr(`mlgate ${name}: internal error: ${messageOf(error)}
${error instanceof Error && error.stack ? `${error.stack}
` : ""}`);
    return 70;
  }
}

// cli/main.ts
var packageRoot = new URL("../", import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  packageRoot
});
