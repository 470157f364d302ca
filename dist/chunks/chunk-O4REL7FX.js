import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  getInput,
  setFailed,
  setSecret
} from "./chunk-FB63VRRM.js";
import {
  InputError,
  isExpectedError,
  messageOf
} from "./chunk-5IU5AZD2.js";

// actions/catalog.ts
var common = {
  "github-token": { description: "Token for GitHub API calls. The default job token is enough for the same repository.", default: "${{ github.token }}" },
  "working-directory": { description: "Folder that relative paths are resolved from.", default: "." }
};
var ACTIONS = [
  {
    name: "train",
    title: "mlgate train",
    icon: "cpu",
    description: "Train a classifier (logistic regression or random forest) on a CSV file; write model.json and predictions for an evaluation set.",
    inputs: {
      data: { description: "Training data: a CSV file with a header row.", required: true },
      target: { description: "Label column.", required: true },
      model: { description: "Model type: logistic_regression or random_forest.", default: "logistic_regression" },
      params: { description: 'Model parameters as a JSON object, e.g. {"C": 0.5} or {"nEstimators": 100}.', default: "{}" },
      test: { description: "Evaluation rows (CSV with the label): predictions.csv is written for them.", default: "" },
      "id-column": { description: "Row id column, copied into the predictions so baseline and candidate rows match.", default: "id" },
      exclude: { description: "Comma-separated columns that are not features.", default: "" },
      out: { description: "Folder for model.json and predictions.csv.", default: "mlgate-out/model" },
      ...common
    },
    outputs: {
      "model-path": "Path of model.json.",
      "predictions-path": "Path of predictions.csv (empty without `test`).",
      task: "binary or multiclass.",
      "result-json": "The training result as JSON (paths, classes, row counts, parameters, data digest)."
    }
  },
  {
    name: "evaluate",
    title: "mlgate evaluate",
    icon: "bar-chart-2",
    description: "Score predictions with metrics that match scikit-learn, bootstrap confidence intervals, and a paired comparison with the baseline.",
    inputs: {
      predictions: { description: "Candidate predictions CSV: y_true, y_pred, y_score (binary) or y_score_<class> (multiclass), optional id.", required: true },
      task: { description: "binary, multiclass or regression.", required: true },
      baseline: { description: "The baseline model's predictions on the same rows (matched by id when present).", default: "" },
      "positive-label": { description: "Positive class for binary tasks (default: 1 or true).", default: "" },
      "y-true": { description: "True label column.", default: "y_true" },
      "y-pred": { description: "Predicted label column.", default: "y_pred" },
      "y-score": { description: "Score column (binary) or prefix of the per-class score columns (multiclass).", default: "y_score" },
      "id-column": { description: "Row id column; rows are matched by it when present.", default: "id" },
      resamples: { description: "Bootstrap resamples.", default: "1000" },
      seed: { description: "Bootstrap seed.", default: "1" },
      output: { description: "Where to write the evaluation JSON.", default: "mlgate-out/evaluation.json" },
      ...common
    },
    outputs: {
      "evaluation-json": "Path of the evaluation JSON (input of the gate action).",
      metrics: "The candidate metrics as a JSON object."
    }
  },
  {
    name: "drift",
    title: "mlgate drift",
    icon: "activity",
    description: "Check a current data sample against a reference, column by column, with multiple-testing control across columns.",
    inputs: {
      reference: { description: "Reference data CSV (e.g. the training set).", required: true },
      current: { description: "Current data CSV (e.g. a production sample).", required: true },
      method: { description: "auto, or one of ks, chisquare, z, cramer_von_mises, anderson, mannwhitney, t_test, fisher_exact, wasserstein, psi, jensenshannon, hellinger, kl_div, tvd, linf, energy_distance.", default: "auto" },
      threshold: { description: "p-value or distance threshold (empty: the method's own).", default: "" },
      columns: { description: "Comma-separated columns to compare (empty: all shared columns).", default: "" },
      exclude: { description: "Comma-separated columns to leave out (ids, the target).", default: "" },
      correction: { description: "Multiple-testing correction across columns: bh, bonferroni or none.", default: "bh" },
      "drift-share": { description: "Share of drifted columns at which the dataset drifts.", default: "0.5" },
      "critical-columns": { description: "Comma-separated columns whose drift alone drifts the dataset.", default: "" },
      "column-methods": { description: "Per-column method overrides, comma-separated column=method pairs (e.g. income=psi).", default: "" },
      output: { description: "Where to write the drift JSON.", default: "mlgate-out/drift.json" },
      ...common
    },
    outputs: {
      "drift-json": "Path of the drift JSON (input of the gate action).",
      "dataset-drifted": "true or false.",
      "share-drifted": "Share of compared columns that drifted.",
      "drifted-columns": "JSON array of the drifted column names."
    }
  },
  {
    name: "gate",
    title: "mlgate gate",
    icon: "shield",
    description: "Apply a gate policy to the evaluation and drift results, write the pull-request report, and fail the step when the verdict is fail.",
    inputs: {
      evaluation: { description: "Evaluation JSON written by the evaluate action.", default: "" },
      drift: { description: "Drift JSON written by the drift action.", default: "" },
      policy: { description: "Gate policy file (YAML). Empty: the primary metric must not drop significantly; dataset drift warns.", default: "" },
      title: { description: "Report title.", default: "mlgate" },
      output: { description: "Where to write the gate report JSON.", default: "mlgate-out/gate.json" },
      comment: { description: "Post the report as one sticky pull-request comment, updated in place on re-runs (needs pull-requests: write).", default: "true" },
      "check-run": { description: "Record the verdict as a check run (needs checks: write), else as a commit status (statuses: write).", default: "true" },
      "check-name": { description: "Name of the check run / status context.", default: "mlgate" },
      "pull-request": { description: "Pull request to comment on when the event names none (e.g. in a workflow_run workflow that posts a fork's report).", default: "" },
      "comment-author": { description: "Login the sticky comment belongs to. Empty: the token's identity (github-actions[bot] for GITHUB_TOKEN); set it for other GitHub Apps' tokens.", default: "" },
      "comment-key": { description: "Which sticky comment to update. Empty: workflow + job + matrix entry, so matrix jobs get one comment each.", default: "" },
      matrix: { description: "The job's matrix entry, part of the default comment key. Leave the default.", default: "${{ toJSON(matrix) }}" },
      "report-artifact": { description: "When the token may not comment (a fork pull request), upload the report and its inputs as a workflow artifact of this name for a workflow_run job to post. Empty: never.", default: "mlgate-report" },
      ...common
    },
    outputs: {
      verdict: "pass, warn or fail.",
      "report-json": "Path of the gate report JSON (verdict, checks, policy, markdown).",
      "report-markdown": "Path of the report as markdown (what the job summary shows).",
      "comment-url": "URL of the sticky pull-request comment (empty when none was posted).",
      "check-run-url": "URL of the check run (empty when a status or nothing was recorded).",
      "artifact-id": "ID of the uploaded report artifact (empty when none was uploaded)."
    }
  },
  {
    name: "publish",
    title: "mlgate publish",
    icon: "package",
    description: "Publish model files as a registry version with lineage.json, MODEL_CARD.md and SHA256SUMS, verified before it becomes visible.",
    inputs: {
      model: { description: "Model name (letters, digits, -, _ and / for namespaces).", required: true },
      version: { description: "Semantic version, e.g. 1.2.0.", required: true },
      files: { description: "Model files, one per line or comma-separated.", required: true },
      store: { description: "Registry: `github` (releases and tags of this repository; needs contents: write) or a folder path (local registry).", default: "github" },
      stage: { description: "Assign the published version to this stage too (e.g. production).", default: "" },
      data: { description: "Data files to record in the lineage (comma-separated).", default: "" },
      params: { description: "Training parameters to record, as a JSON object.", default: "{}" },
      evaluation: { description: "Evaluation JSON to record as metrics.json.", default: "" },
      drift: { description: "Drift JSON to record.", default: "" },
      "gate-report": { description: "Gate report JSON of the comparison with the parent version.", default: "" },
      parent: { description: "The version this one was compared against.", default: "" },
      "card-template": { description: "Model card template (markdown; front matter owner/intended_use/limitations\u2026; {{generated}} marks where generated sections go).", default: "" },
      out: { description: "Folder for local copies of lineage.json and provenance.intoto.json (for an attestation step).", default: "mlgate-out/publish" },
      ...common
    },
    outputs: {
      tag: "The version tag, <model>@v<version>.",
      outcome: "created, completed (a draft left by an interrupted run was finished), or unchanged when the same content was already published.",
      "stage-tag": "The stage assignment tag when `stage` was given.",
      "lineage-path": "Local copy of the published lineage.json.",
      "provenance-path": "Local copy of provenance.intoto.json: an in-toto Statement v1 with a SLSA provenance v1 predicate whose subjects are the model files.",
      "predicate-path": "The statement's SLSA predicate alone, for actions/attest (predicate-path)."
    }
  },
  {
    name: "promote",
    title: "mlgate promote",
    icon: "award",
    description: "Assign a published model version to a stage (an annotated GTO stage tag recording who, why and which run). On a release or tag-push event the model and version come from the tag.",
    inputs: {
      stage: { description: "Stage to assign, e.g. production.", required: true },
      model: { description: "Model name. Empty: from the event's tag (`<model>@v<version>`).", default: "" },
      version: { description: "Version. Empty: from the event's tag.", default: "" },
      note: { description: "Why (kept in the stage tag's message and the audit trail).", default: "" },
      store: { description: "Registry: `github` or a folder path.", default: "github" },
      ...common
    },
    outputs: {
      "stage-tag": "The stage assignment tag, <model>#<stage>#<n>.",
      model: "The model promoted.",
      version: "The version promoted."
    }
  }
];
var ROOT_ACTION = {
  name: "mlgate",
  title: "mlgate",
  icon: "git-pull-request",
  description: "MLOps in pull requests: train, evaluate against the baseline, check drift, gate the merge, publish to a model registry.",
  inputs: {
    command: { description: `Which action to run: ${ACTIONS.map((a) => a.name).join(", ")}.`, required: true },
    ...Object.fromEntries(
      ACTIONS.flatMap((a) => Object.entries(a.inputs)).filter(([name]) => !(name in common)).map(([name, input]) => [name, input.default?.includes("${{") ? input : { description: `${input.description}${input.default ? ` (default depends on the command; for \`${ACTIONS.find((a) => name in a.inputs).name}\`: \`${input.default}\`)` : ""}`, default: "" }])
    ),
    ...common
  },
  outputs: Object.fromEntries(ACTIONS.flatMap((a) => Object.entries(a.outputs).map(([name, description]) => [name, `(${a.name}) ${description}`])))
};
function actionSpec(name) {
  const spec = ACTIONS.find((a) => a.name === name);
  if (!spec) throw new Error(`no action named ${name}`);
  return spec;
}

// actions/runtime.ts
import { resolve } from "node:path";
var ActionInputs = class {
  constructor(action) {
    this.action = action;
  }
  action;
  /** The input, else the catalog default (the root action declares no defaults of its own). */
  string(name) {
    const spec = actionSpec(this.action).inputs[name];
    if (!spec) throw new Error(`action ${this.action} has no input ${name} in the catalog`);
    const value = getInput(name).trim();
    if (value !== "") return value;
    if (spec.required) throw new InputError(`input \`${name}\` is required (${spec.description})`);
    return spec.default ?? "";
  }
  optional(name) {
    const value = this.string(name);
    return value === "" ? void 0 : value;
  }
  list(name) {
    const items = this.string(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
    return items.length > 0 ? items : void 0;
  }
  /** YAML 1.2 core booleans, as `core.getBooleanInput` reads them. */
  boolean(name) {
    const value = this.string(name);
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new InputError(`input \`${name}\` must be true or false, got \`${value}\``);
  }
  /** `a=b` pairs, comma- or newline-separated. */
  pairs(name) {
    const items = this.list(name);
    if (!items) return void 0;
    return Object.fromEntries(items.map((item) => {
      const at = item.indexOf("=");
      if (at <= 0 || at === item.length - 1) throw new InputError(`input \`${name}\` takes column=value pairs, got \`${item}\``);
      return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    }));
  }
  number(name) {
    const text = this.optional(name);
    if (text === void 0) return void 0;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new InputError(`input \`${name}\` must be a number, got \`${text}\``);
    return value;
  }
  integer(name) {
    const value = this.number(name);
    if (value !== void 0 && (!Number.isInteger(value) || value < 0)) throw new InputError(`input \`${name}\` must be a non-negative integer, got \`${value}\``);
    return value;
  }
  json(name) {
    const text = this.optional(name);
    if (text === void 0) return void 0;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputError(`input \`${name}\` must be a JSON object, got \`${text}\``);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(`input \`${name}\` must be a JSON object, got \`${text}\``);
    return value;
  }
};
async function runAction(name, body) {
  try {
    const token = getInput("github-token");
    if (token) setSecret(token);
    const inputs = new ActionInputs(name);
    const workingDirectory = inputs.string("working-directory");
    process.chdir(resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), workingDirectory));
    await body(inputs);
  } catch (error) {
    if (isExpectedError(error)) {
      setFailed(error.message);
      return;
    }
    setFailed(`mlgate ${name}: internal error: ${messageOf(error)}${error instanceof Error && error.stack ? `
${error.stack}` : ""}`);
  }
}

export {
  ACTIONS,
  runAction
};
