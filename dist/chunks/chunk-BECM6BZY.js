import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  optionLabel,
  parseJsonObject
} from "./chunk-NYQJQXY4.js";
import {
  SQL_DIALECTS
} from "./chunk-ZYQBE6BY.js";
import {
  DEFAULT_LOCAL_STORE
} from "./chunk-DOVZ6JHB.js";
import {
  MODEL_TYPES,
  TRAIN_TASKS
} from "./chunk-WH4LBFRB.js";
import {
  METRICS_FORMATS
} from "./chunk-4UVOI3OG.js";
import {
  TASKS
} from "./chunk-KSIZKA2C.js";
import {
  EVIDENTLY_ALIASES,
  EVIDENTLY_REFUSALS,
  METHOD_NAMES
} from "./chunk-ZWUPIQN7.js";
import {
  CORRECTIONS
} from "./chunk-Y73GAKKI.js";
import {
  DELIMITERS
} from "./chunk-BQ2LCHCP.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  formatNumber
} from "./chunk-Z5GXLVDD.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/command.ts
function throttledProgress(everyMs, write) {
  let last = Date.now();
  let shown = false;
  return (line, done = false) => {
    const now = Date.now();
    if (done ? !shown : now - last < everyMs) return;
    last = now;
    shown = !done;
    write(line, done);
  };
}
function defineCommand(spec) {
  return spec;
}

// shared/commands/catalog.ts
import { fileURLToPath } from "node:url";

// shared/commands/monitor-options.ts
var NEWEST_BY = ["name", "mtime"];

// shared/commands/catalog.ts
var modelArtifact = {
  "model-artifact": { kind: "text", placeholder: "name", description: "Download this workflow artifact (train's `artifact`: its outputs, metrics and run record) into the current directory first, at the paths they had in train's working directory. Not on GitHub Enterprise Server (no artifact service there)." },
  "model-run-id": { kind: "text", placeholder: "id", description: "The workflow run that uploaded `model-artifact`, when it is not this run (in a workflow_run job: the expression github.event.workflow_run.id); read with the token, which needs actions: read." }
};
var store = {
  kind: "text",
  placeholder: "dir|github",
  default: { cli: DEFAULT_LOCAL_STORE, action: "github" },
  description: "Registry: `github` (releases and tags of this repository; needs contents: write) or a folder path (local registry)."
};
var delimiter = {
  kind: "choice",
  choices: DELIMITERS,
  default: "auto",
  description: "Field separator of CSV/TSV data files (other formats ignore it): `auto` detects comma, semicolon, tab or pipe from the header and first rows."
};
var idColumn = { kind: "text", placeholder: "column", default: "id", description: "Row id column; baseline and candidate rows are matched by it when present." };
var format = (choices, fallback) => ({ kind: "choice", choices, default: fallback, doors: ["cli"], description: "Output format." });
var output = (path, what) => ({ kind: "path", placeholder: "file", default: { action: path }, description: `Where to write ${what} (the CLI prints it when not given).` });
var trainCommand = defineCommand({
  name: "train",
  icon: "cpu",
  summary: "Run your own training command (any framework) with a run cache and a run record, or train mlgate's built-in classifier or ridge regression on a data file (CSV, JSON Lines or Parquet).",
  options: {
    command: { kind: "text", placeholder: "shell", description: "Your training command, run with `bash -e -o pipefail` in the working directory (command mode; the built-in trainer runs without it). Its output is streamed to the log; a non-zero exit fails the step with the exit code and its last 20 lines." },
    params: { kind: "text", placeholder: "file|json", description: `Command mode: the parameters file your command reads (YAML, JSON or TOML), flattened with dots as DVC does, recorded and part of the run cache key. Built-in trainer: parameters as a JSON object, e.g. {"C": 0.5}, {"nEstimators": 100} or {"alpha": 10} (nesting at most 32 levels). logistic_regression fits by Newton's method up to 256 model inputs, by L-BFGS past them. random_forest: nEstimators at most 1,000, and rows \xD7 features tried per split \xD7 levels \xD7 trees at most 10\u2079 split evaluations (about a minute), checked before training.` },
    metrics: { kind: "path", placeholder: "file", description: "Command mode: the metrics file your command writes (JSON, YAML or TOML; nested keys flattened with dots)." },
    outputs: { kind: "list", placeholder: "path", description: "Command mode: files or folders your command writes (the model); recorded with digests, cached, uploaded." },
    deps: { kind: "list", placeholder: "path", description: "Command mode: files or folders whose content decides whether training must run again (data and code); their digests are part of the run cache key." },
    cache: { kind: "boolean", default: "true", description: "Command mode: skip the command when the run cache holds a run with the same command, deps content, params values and declared outputs (restoring its outputs, metrics and run record). In GitHub Actions the cache is the Actions cache (scoped as actions/cache scopes it: a pull request reads its own, its base branch's and the default branch's entries), elsewhere the folder .mlgate/cache in the working directory." },
    artifact: { kind: "text", placeholder: "name", default: "model", description: "Command mode: workflow artifact name for the outputs, metrics and run record; empty: no upload." },
    "run-record": { kind: "path", placeholder: "json", default: "mlgate-out/run-record.json", description: "Command mode: where the run record is written (inside the working directory); the flattened metrics go beside it as run-metrics.json." },
    data: { kind: "path", placeholder: "file", description: "Built-in trainer: training data, a data table (CSV/TSV with a header row, JSON Lines or Parquet; .gz/.zst text too)." },
    target: { kind: "text", placeholder: "column", description: "Built-in trainer: label column." },
    algorithm: { kind: "choice", choices: MODEL_TYPES, description: "Built-in trainer: which trainer to fit (default: logistic_regression, or ridge_regression for task regression). ridge_regression is scikit-learn's Ridge on standardised features (intercept not penalised), solved in closed form." },
    test: { kind: "path", placeholder: "file", description: "Evaluation rows with the label (same formats as `data`): predictions.csv is written for them." },
    "id-column": { ...idColumn, description: "Row id column, copied into the predictions so baseline and candidate rows match." },
    exclude: { kind: "list", placeholder: "column", description: "Columns that are not features (comma-separated)." },
    "positive-label": { kind: "text", placeholder: "label", description: "Binary targets: the class whose probability is written as y_score (default: the last class in label order); recorded in predictions.json beside predictions.csv, which evaluate checks." },
    task: { kind: "choice", choices: TRAIN_TASKS, default: "auto", description: "auto follows the algorithm: a classifier refuses a numeric target with more than 20 distinct values that are over 5% of the rows (a regression target), which classification trains on anyway; regression fits ridge_regression (y_pred is the predicted number)." },
    out: { kind: "path", placeholder: "dir", default: "mlgate-out/model", description: "Folder for model.json and predictions.csv." },
    delimiter
  },
  outputs: {
    "model-path": "Built-in trainer: path of model.json.",
    "predictions-path": "Built-in trainer: path of predictions.csv (empty without `test`).",
    task: "Built-in trainer: binary, multiclass or regression.",
    "result-json": "The training result as JSON (built-in: paths, classes, row counts, parameters, data digest; command mode: the run record and whether it came from the cache).",
    "cache-hit": "Command mode: true when the run cache held this run (the command did not run), else false.",
    "run-record": "Command mode: path of the run record.",
    "metrics-json": "Command mode: path of the metrics flattened to one JSON object.",
    "artifact-id": "Command mode: id of the uploaded artifact (empty without one)."
  },
  pathOutputs: ["model-path", "predictions-path", "run-record", "metrics-json"],
  async run(o, context) {
    const { openRunCache } = await import("./open-run-cache-2APQ66ZC.js");
    const { trainByCommand } = await import("./train-command-L7WCIXDX.js");
    const { trainCommandDocument, trainRunSummary, uploadRunArtifact } = await import("./train-run-report-HTHUMQWC.js");
    const { train } = await import("./train-7AJSS7JW.js");
    const { log, door } = context;
    if (o.command !== void 0) {
      if (o.data !== void 0) log.warning(`${optionLabel("command", door)} is given, so ${optionLabel("data", door)} is not used (the command trains)`);
      const result2 = await trainByCommand({
        command: o.command,
        params: o.params,
        metrics: o.metrics,
        outputs: o.outputs ?? [],
        deps: o.deps ?? [],
        runRecord: o["run-record"],
        cache: openRunCache(context.environment, process.cwd(), o.cache),
        workingDirectory: process.cwd(),
        environment: context.environment,
        log
      });
      const artifactId = o.artifact === "" ? null : await uploadRunArtifact(o.artifact, process.cwd(), result2.artifact_paths, context);
      const document = toJson(trainCommandDocument(result2));
      return {
        document,
        outputs: {
          "cache-hit": String(result2.cache_hit),
          "run-record": result2.run_record,
          "metrics-json": result2.metrics_json,
          "artifact-id": artifactId ?? "",
          "result-json": document
        },
        summary: trainRunSummary(result2)
      };
    }
    if (o.data === void 0) throw new InputError(`train needs ${optionLabel("command", door)} (your own training command) or ${optionLabel("data", door)} (a data file for the built-in trainer)`);
    if (o.target === void 0) throw new InputError(`${optionLabel("target", door)} is required with ${optionLabel("data", door)} (the label column)`);
    const params = o.params === void 0 ? void 0 : parseJsonObject(o.params, optionLabel("params", door));
    const result = await train({
      data: o.data,
      target: o.target,
      algorithm: o.algorithm,
      params,
      test: o.test,
      idColumn: o["id-column"],
      exclude: o.exclude,
      task: o.task,
      positiveLabel: o["positive-label"],
      out: o.out,
      delimiter: o.delimiter,
      log: (message) => log.info(message)
    });
    log.info(`trained ${String(result.params.algorithm)} on ${result.rows.train} rows (${result.task === "regression" ? "regression" : `${result.task}: ${result.classes.length} classes`})`);
    return {
      document: toJson(result),
      outputs: { "model-path": result.model_path, "predictions-path": result.predictions_path ?? "", task: result.task, "result-json": toJson(result) }
    };
  }
});
var evaluateCommand = defineCommand({
  name: "evaluate",
  icon: "bar-chart-2",
  summary: "Score predictions with metrics that match scikit-learn, bootstrap confidence intervals, and a paired comparison with the baseline; or read the metrics your own evaluation wrote (no intervals).",
  options: {
    predictions: { kind: "path", placeholder: "file", description: "Candidate predictions (CSV, JSON Lines or Parquet): y_true, y_pred, y_score (binary) or y_score_<class> (multiclass), optional id. Give this or `metrics`." },
    metrics: { kind: "path", placeholder: "file|dir", description: "Instead of predictions: the metrics file your own evaluation wrote (JSON/YAML/TOML, DVCLive folder or metrics.json, Hugging Face all_results.json/eval_results.json, Lightning or Keras CSVLogger history, an MLflow run folder). Such metrics have no intervals: the gate compares them by threshold only." },
    "baseline-metrics": { kind: "path", placeholder: "file|dir", description: "The baseline's metrics file, compared with `metrics` (metrics in one file only show as new or missing)." },
    "metrics-format": { kind: "choice", choices: METRICS_FORMATS, default: "auto", description: "`auto` tells the format of `metrics` and `baseline-metrics` by name and content; name one to override." },
    task: { kind: "choice", choices: TASKS, required: true, description: "The kind of model." },
    baseline: { kind: "path", placeholder: "file", description: "The baseline model's predictions on the same rows (matched by id when present)." },
    "positive-label": { kind: "text", placeholder: "label", description: "Positive class for binary tasks (default: 1 or true)." },
    "y-true": { kind: "text", placeholder: "column", default: "y_true", description: "True label column." },
    "y-pred": { kind: "text", placeholder: "column", default: "y_pred", description: "Predicted label column." },
    "y-score": { kind: "text", placeholder: "column", default: "y_score", description: "Score column (binary) or prefix of the per-class score columns (multiclass)." },
    "id-column": idColumn,
    resamples: { kind: "integer", default: "1000", description: "Bootstrap resamples (at most 100,000)." },
    seed: { kind: "integer", default: "1", description: "Bootstrap seed (same seed, same intervals)." },
    data: { kind: "path", placeholder: "file", description: "With `baseline`: the evaluation data (the predicted rows with their features, any format `predictions` accepts), joined to the predictions by `id-column`; both must hold the same rows. Source of `slices` and `diff-columns`." },
    slices: { kind: "list", placeholder: "column", description: "Columns of `data` to compare the models on, slice by slice (at most 20): numbers with more than 10 values in 5 quantile bins, other values one slice each (the 19 most frequent, the rest folded). Each slice gets \u0394 with a 95% paired bootstrap interval and a p-value corrected with Benjamini\u2013Hochberg across slices." },
    "slice-metrics": { kind: "list", placeholder: "metric", description: "Metrics compared per slice (default: the primary metric, roc_auc / f1_macro / rmse; accuracy when there are no scores)." },
    "min-slice-rows": { kind: "integer", default: "30", description: "Slices with fewer rows are shown but not gated (`gated: false`)." },
    "diff-columns": { kind: "list", placeholder: "column", description: "Columns of `data` shown beside the 20 rows whose prediction changed most (at most 10; default: the `slices` columns)." },
    "diff-tolerance": { kind: "number", description: "Regression: how far a prediction must move to count as changed (default: the baseline's median absolute error)." },
    delimiter,
    format: { ...format(["json", "markdown", "html"], "json"), description: "Output format: html is a standalone page (metrics, prediction diff, slices) for an artifact." },
    output: output("mlgate-out/evaluation.json", "the evaluation JSON"),
    ...modelArtifact
  },
  outputs: {
    "evaluation-json": "Path of the evaluation JSON (input of the gate action).",
    metrics: "The candidate metrics as a JSON object."
  },
  pathOutputs: ["evaluation-json"],
  async run(o, { token, environment, log }) {
    const { encodeEvaluation } = await import("./evaluation-json-MNH73HZN.js");
    const { evaluationHtml } = await import("./evaluation-html-3RLIINSF.js");
    const { metricsSection } = await import("./pr-report-CYMR74WI.js");
    const { evaluate, evaluateMetricsFiles } = await import("./evaluate-WNWYVSOW.js");
    const { downloadModel } = await import("./model-artifact-UMUMGKY2.js");
    await downloadModel({ artifact: o["model-artifact"], runId: o["model-run-id"], token, environment, log, destination: process.cwd() });
    if (o.metrics !== void 0 || o["baseline-metrics"] !== void 0) {
      if (o.metrics === void 0) throw new InputError("--baseline-metrics needs --metrics (the candidate's metrics file)");
      if (o.predictions !== void 0 || o.baseline !== void 0) throw new InputError("give either --predictions (and --baseline) or --metrics (and --baseline-metrics), not both");
      const result2 = evaluateMetricsFiles({ metrics: o.metrics, baselineMetrics: o["baseline-metrics"], format: o["metrics-format"], task: o.task });
      const markdown2 = metricsSection(result2);
      return {
        document: o.format === "markdown" ? `${markdown2}
` : o.format === "html" ? evaluationHtml(result2) : encodeEvaluation(result2),
        outputs: { "evaluation-json": o.output ?? "", metrics: JSON.stringify(result2.metrics) },
        summary: markdown2
      };
    }
    if (o.predictions === void 0) throw new InputError("evaluate needs --predictions (a predictions file) or --metrics (the metrics file your evaluation wrote)");
    const result = await evaluate({
      predictions: o.predictions,
      task: o.task,
      baseline: o.baseline,
      positiveLabel: o["positive-label"],
      resamples: o.resamples,
      seed: o.seed,
      delimiter: o.delimiter,
      columns: { yTrue: o["y-true"], yPred: o["y-pred"], yScore: o["y-score"], id: o["id-column"] },
      data: o.data,
      slices: o.slices,
      sliceMetrics: o["slice-metrics"],
      minSliceRows: o["min-slice-rows"],
      diffColumns: o["diff-columns"],
      diffTolerance: o["diff-tolerance"]
    });
    const markdown = metricsSection(result);
    return {
      document: o.format === "markdown" ? `${markdown}
` : o.format === "html" ? evaluationHtml(result) : encodeEvaluation(result),
      outputs: { "evaluation-json": o.output ?? "", metrics: JSON.stringify(result.metrics) },
      summary: markdown
    };
  }
});
var DRIFT_COMPARISON = {
  method: { kind: "choice", choices: ["auto", ...METHOD_NAMES], aliases: EVIDENTLY_ALIASES, refusals: EVIDENTLY_REFUSALS, default: "auto", description: 'Test or distance for every column; `auto` picks by column type and size. Evidently\'s `ed` and `mannw` are read as `energy_distance` and `mannwhitney` (see "Coming from Evidently" in the README).' },
  threshold: { kind: "number", description: "p-value or distance threshold (default: the method's own)." },
  columns: { kind: "list", placeholder: "column", description: "Columns to compare (default: all shared columns)." },
  exclude: { kind: "list", placeholder: "column", description: "Columns to leave out (ids, the target)." },
  "id-column": { ...idColumn, description: "Row id column, left out of the comparison (listed as not compared), as are columns whose values are all distinct." },
  "column-methods": { kind: "pairs", placeholder: "column=method", description: "Per-column method overrides, e.g. income=psi." },
  correction: { kind: "choice", choices: CORRECTIONS, default: "bh", description: "Multiple-testing correction across columns." },
  "drift-share": { kind: "number", default: "0.5", description: "Share of drifted columns at which the dataset drifts." },
  "critical-columns": { kind: "list", placeholder: "column", description: "Columns whose drift alone drifts the dataset (at most 100)." },
  sample: { kind: "number", placeholder: "rows", description: 'Compare a seeded random sample of this many rows of each side (reservoir sampling, seed 15: the same rows every run), so memory stays bounded; p-values are then those of the sample (see "Large data" in the README).' },
  delimiter
};
var driftCommand = defineCommand({
  name: "drift",
  icon: "activity",
  summary: "Check a current data sample against a reference, column by column, with multiple-testing control across columns.",
  options: {
    reference: { kind: "path", placeholder: "file", description: "Reference data (e.g. the training set): CSV/TSV, JSON Lines (.jsonl, .ndjson), Parquet, or .csv/.jsonl compressed with gzip (.gz) or zstd (.zst); a folder or a quoted glob (`data/date=*/part-*.parquet`) of partitions with the same columns reads as one table. Required unless `reference-profile` is given." },
    current: { kind: "path", placeholder: "file", description: "Current data (e.g. a production sample), in any format `reference` accepts. Required unless `current-profile` is given; with `reference-profile` it is counted on that profile's edges." },
    "reference-profile": { kind: "path", placeholder: "json", description: 'Instead of `reference`: a reference profile written by `profile` (see "Drift at scale" in the README). Methods that need the values are refused; ks and wasserstein are computed from the bins and marked approximate.' },
    "current-profile": { kind: "path", placeholder: "json", description: "Instead of `current`: a profile counted on `reference-profile` (`profile --reference-profile`, merged shards, or a SQL engine's result). Needs `reference-profile`." },
    ...DRIFT_COMPARISON,
    format: { ...format(["json", "markdown", "html"], "json"), description: "Output format. markdown (also the job summary) is fitted under 1 MiB: past it the worst drifted columns are kept and a line says how many more; json and html keep every column." },
    output: output("mlgate-out/drift.json", "the drift JSON")
  },
  outputs: {
    "drift-json": "Path of the drift JSON (input of the gate action).",
    "dataset-drifted": "true or false.",
    "share-drifted": "Share of compared columns that drifted.",
    "drifted-columns": "JSON array of the drifted column names."
  },
  pathOutputs: ["drift-json"],
  async run(o, context) {
    const { encodeDrift } = await import("./drift-json-3CA56TAA.js");
    const { driftHtml } = await import("./drift-html-QKDJWNSH.js");
    const { driftSectionWithin } = await import("./pr-report-CYMR74WI.js");
    const { drift } = await import("./drift-U3RO6IRC.js");
    const { SUMMARY_BUDGET_BYTES, utf8Bytes } = await import("./summary-budget-2XLXJPGS.js");
    const { door } = context;
    if (o["reference-profile"] === void 0 && o["current-profile"] === void 0) {
      for (const name of ["reference", "current"]) {
        if (o[name] === void 0) throw new InputError(`${optionLabel(name, door)} is required (${name === "reference" ? "reference data" : "current data"}; or compare profiles: ${optionLabel("reference-profile", door)} and ${optionLabel("current-profile", door)})`);
      }
    }
    const report = await drift({
      reference: o.reference,
      current: o.current,
      referenceProfile: o["reference-profile"],
      currentProfile: o["current-profile"],
      method: o.method,
      threshold: o.threshold,
      columns: o.columns,
      exclude: o.exclude,
      columnMethods: o["column-methods"],
      correction: o.correction,
      driftShare: o["drift-share"],
      criticalColumns: o["critical-columns"],
      delimiter: o.delimiter,
      idColumn: o["id-column"],
      sample: o.sample,
      ...context.log.progress ? { progress: context.log.progress.bind(context.log) } : {}
    });
    const markdown = driftSectionWithin(report, SUMMARY_BUDGET_BYTES, {
      fullReportAt: "the drift JSON (the `drift-json` output) and `mlgate drift --format html`",
      limitName: "GitHub's job summary limit",
      measure: utf8Bytes
    });
    return {
      document: o.format === "markdown" ? `${markdown}
` : o.format === "html" ? driftHtml(report) : encodeDrift(report),
      outputs: {
        "drift-json": o.output ?? "",
        "dataset-drifted": String(report.dataset_drifted),
        "share-drifted": String(report.share_drifted),
        "drifted-columns": JSON.stringify(report.columns.filter((c) => c.drifted).map((c) => c.name))
      },
      summary: markdown
    };
  }
});
var monitorCommand = defineCommand({
  name: "monitor",
  icon: "eye",
  summary: "Scheduled drift monitoring: the newest production data against the model's reference, with one GitHub issue per model opened on drift, updated while it lasts and closed when it clears.",
  options: {
    model: { kind: "text", placeholder: "name", required: true, description: "Model name (the model monitored): one issue per model, found again by a hidden marker with this name, the `mlgate-drift` label and its author." },
    current: { kind: "path", placeholder: "file|glob", required: true, description: "Production data: a file, or a quoted glob of partitions (`data/date=*/part-*.csv`) of which only the newest is read (see `newest-by`): files in one folder are each a partition, otherwise each folder is one, its part files read as one table." },
    "newest-by": { kind: "choice", choices: NEWEST_BY, default: "name", description: "How the newest partition is chosen: `name` (the greatest path: ISO dates and `date=` keys sort by time) or `mtime` (the latest modification time)." },
    reference: { kind: "path", placeholder: "file|glob", description: "Reference data (e.g. the production model's training data), any format `drift` reads; a glob or folder reads every partition. Give this or `reference-profile`." },
    "reference-profile": { kind: "path", placeholder: "json", description: "Instead of `reference`: a reference profile written by `profile` (methods that need the values are refused, as in `drift`)." },
    "reference-stage": { kind: "text", placeholder: "stage", description: "Instead of `reference`: the training data of the registry version of `model` in this stage (e.g. production), as its lineage.json records it (`publish --data`): read at the recorded path, refused unless its SHA-256 is the recorded one." },
    "reference-data": { kind: "text", placeholder: "name", description: "With `reference-stage`, when the lineage records several data files: the name (or path) of the training data." },
    store: { ...store, description: "Registry `reference-stage` is read from and `record` writes to: `github` (releases and tags of this repository; reading needs contents: read, recording contents: write) or a folder path (local registry)." },
    ...DRIFT_COMPARISON,
    "drift-share": { kind: "number", default: "0.5", description: "Share of drifted columns at which the dataset drifts (and the issue opens)." },
    issue: { kind: "boolean", default: { action: "true", cli: "false" }, description: "Keep the model's issue in step (needs issues: write; the CLI takes the token from GITHUB_TOKEN). Without a token, or with a read-only one, the step warns once and the report stays in the job summary." },
    "issue-author": { kind: "text", placeholder: "login", description: "Login the issue belongs to. Empty: the token's identity (github-actions[bot] for GITHUB_TOKEN); set it for other GitHub Apps' tokens." },
    "fail-on-drift": { kind: "boolean", default: "false", description: "Fail the step (exit 1) when the dataset drifted, besides opening the issue." },
    record: { kind: "boolean", default: "false", description: "Add drift's transitions (drift began, drift cleared, drift on a new version) to the model's audit trail in `store` (an annotated tag `mlgate-audit/<model>/monitor/<time>` on `github`, needs contents: write; `audit.jsonl` in a folder), shown by `lineage`. A day like the one before records nothing. With `reference-stage` the record hangs off that version. A read-only token warns once and the step goes on." },
    format: { ...format(["json", "markdown"], "json"), description: "Output format: the drift JSON, or the markdown of the job summary." },
    output: output("mlgate-out/drift.json", "the drift JSON")
  },
  outputs: {
    drifted: "true when the dataset drifted, else false.",
    "issue-number": "Number of the model's issue opened, updated or closed (empty when none).",
    "issue-url": "URL of that issue (empty when none).",
    "issue-action": "opened, updated, closed or none (empty when the issue was not kept: no token, read-only token, `issue` false).",
    "audit-record": "Where this check's audit record is stored (a tag name, or file:line); empty when none was written (`record` false, no transition, read-only token).",
    "current-data": "What was read as the current data: the file, or a glob of the newest partition's files.",
    "drift-json": "Path of the drift JSON."
  },
  pathOutputs: ["drift-json"],
  async run(o, { log, token, environment, door }) {
    const { encodeDrift } = await import("./drift-json-3CA56TAA.js");
    const { referenceFromRegistry } = await import("./monitor-reference-Q2HO2WOJ.js");
    const { monitor } = await import("./monitor-OQMWOQPA.js");
    const given = ["reference", "reference-profile", "reference-stage"].filter((name) => o[name] !== void 0);
    if (given.length !== 1) {
      throw new InputError(`give one of ${optionLabel("reference", door)}, ${optionLabel("reference-profile", door)} or ${optionLabel("reference-stage", door)} (what production data is compared with, e.g. the training data)${given.length > 1 ? `, not ${given.map((name) => optionLabel(name, door)).join(" and ")}` : ""}`);
    }
    if (o["reference-data"] !== void 0 && o["reference-stage"] === void 0) throw new InputError(`${optionLabel("reference-data", door)} is read with ${optionLabel("reference-stage", door)} only`);
    let reference = o.reference;
    let version = null;
    if (o["reference-stage"] !== void 0) {
      const found = await referenceFromRegistry({
        model: o.model,
        stage: o["reference-stage"],
        store: o.store,
        dataName: o["reference-data"],
        token,
        environment,
        warn: (message) => log.warning(message)
      });
      log.info(`reference: ${found.path}, the training data of ${o.model} v${found.version} (${o["reference-stage"]})`);
      reference = found.path;
      version = found.version;
    }
    const result = await monitor({
      model: o.model,
      current: o.current,
      newestBy: o["newest-by"],
      reference,
      referenceProfile: o["reference-profile"],
      method: o.method,
      threshold: o.threshold,
      columns: o.columns,
      exclude: o.exclude,
      idColumn: o["id-column"],
      columnMethods: o["column-methods"],
      correction: o.correction,
      driftShare: o["drift-share"],
      criticalColumns: o["critical-columns"],
      sample: o.sample,
      delimiter: o.delimiter,
      issue: o.issue,
      issueAuthor: o["issue-author"],
      token,
      environment,
      log,
      record: o.record,
      store: o.store,
      version,
      ...log.progress ? { progress: log.progress.bind(log) } : {}
    });
    const { report, issue } = result;
    const drifted = report.columns.filter((c) => c.drifted).length;
    log.info(`${o.model}: ${report.dataset_drifted ? `drifted (${drifted} of ${report.columns.length} columns)` : "no dataset drift"}${issue ? `; issue ${issue.action}${issue.url ? ` ${issue.url}` : ""}` : ""}`);
    return {
      document: o.format === "markdown" ? result.summary : encodeDrift(report),
      outputs: {
        drifted: String(report.dataset_drifted),
        "issue-number": issue?.number == null ? "" : String(issue.number),
        "issue-url": issue?.url ?? "",
        "issue-action": issue?.action ?? "",
        "current-data": result.current,
        "drift-json": o.output ?? "",
        "audit-record": result.audit?.stored ?? ""
      },
      summary: result.summary,
      ...o["fail-on-drift"] && report.dataset_drifted ? { failure: `${o.model}: production data drifted (${drifted} columns)${issue?.url ? `, see ${issue.url}` : ""}` } : {}
    };
  }
});
var abtestCommand = defineCommand({
  name: "abtest",
  icon: "git-pull-request",
  summary: "Decide between control and treatment from logged production outcomes (one row per unit), with a fixed-horizon test or an always-valid sequential test that stays valid when you look every day; canary guardrails stop a worse treatment early.",
  options: {
    data: { kind: "path", placeholder: "file", required: true, description: "Logged units, one row per unit (CSV/TSV, JSON Lines or Parquet; .gz/.zst text too): variant, outcome, optionally the time it was logged at and guardrail metrics." },
    "variant-column": { kind: "text", placeholder: "column", required: true, description: "Column holding each unit's variant label; rows of other variants are left out." },
    "outcome-column": { kind: "text", placeholder: "column", required: true, description: "Outcome column (higher is better): 0/1 or true/false for `proportion`, any number for `mean`. A missing or non-numeric cell is refused." },
    "time-column": { kind: "text", placeholder: "column", description: "When each unit was logged (a day, a timestamp, a number): with `sequential` the test looks at every distinct value in order (numeric order when all are numbers, else text order, as ISO 8601 dates sort). Without it, one look at all rows." },
    control: { kind: "text", placeholder: "label", required: true, description: "Variant label of the control arm." },
    treatment: { kind: "text", placeholder: "label", required: true, description: "Variant label of the treatment arm." },
    kind: { kind: "choice", choices: ["proportion", "mean"], default: "proportion", description: "`proportion`: a conversion rate (pooled two-proportion z-test); `mean`: a numeric outcome (Welch's t-test)." },
    sequential: { kind: "boolean", default: "false", description: 'Use the always-valid mSPRT (normal mixture, see "A/B tests and canaries" in the README) at every look instead of one fixed-horizon test: peeking daily keeps the false-positive rate at `alpha`.' },
    alpha: { kind: "number", default: "0.05", description: "Significance level (two-sided), in (0, 0.5)." },
    mde: { kind: "number", placeholder: "effect", description: "Minimum detectable effect (absolute, in the outcome's unit, e.g. 0.01 for one point of conversion): the sample still needed for it is reported, and with `sequential` the mixing variance is mde\xB2." },
    model: { kind: "text", placeholder: "name", description: "Model name (the treatment under test), whose audit trail gets the decision with `record`." },
    version: { kind: "text", placeholder: "semver", description: "Version under test, with `record`: the record hangs off it (refused when not published). Empty: the model only." },
    record: { kind: "boolean", default: "false", description: "Add the decision to `model`'s audit trail in `store` (an annotated tag `mlgate-audit/<model>/abtest/<time>` on `github`, needs contents: write; `audit.jsonl` in a folder), shown by `lineage`. A read-only token warns and the decision is still written." },
    store: { ...store, description: "Registry `record` writes to: `github` (tags of this repository; needs contents: write) or a folder path (local registry)." },
    guardrail: { kind: "list", placeholder: "column:lower|higher:margin", description: "Canary guardrails, e.g. error:lower:0.002 (lower is better; stop when the treatment is worse by more than 0.002): checked at every look with the same sequential test; the decision is `stop` as soon as one is significantly worse beyond its margin." },
    delimiter,
    format: format(["json", "markdown"], "json"),
    output: output("mlgate-out/abtest.json", "the decision JSON")
  },
  outputs: {
    "abtest-json": "Path of the decision JSON (input of `gate --abtest`).",
    decision: "treatment, control, continue or stop.",
    "stopped-at": "The time value at which the sequential test (or a guardrail) decided; empty otherwise.",
    "p-value": "The p-value (always-valid with `sequential`).",
    "audit-record": "Where the decision's audit record is stored (a tag name, or file:line); empty without `record` or with a read-only token."
  },
  pathOutputs: ["abtest-json"],
  async run(o, { log, token, environment, door }) {
    const { encodeAbTest } = await import("./abtest-json-AI6EAWKW.js");
    const { abTestMarkdown, mdeLine } = await import("./abtest-markdown-CCSDTX5T.js");
    const { abtest } = await import("./abtest-STM5III5.js");
    const { recordAbTestDecision } = await import("./audit-trail-UXUYZZQS.js");
    if ((o.model !== void 0 || o.version !== void 0) && !o.record) throw new InputError(`${optionLabel("model", door)} and ${optionLabel("version", door)} name what ${optionLabel("record", door)} records: give ${optionLabel("record", door)} too`);
    if (o.record && o.model === void 0) throw new InputError(`${optionLabel("record", door)} needs ${optionLabel("model", door)}: the model whose audit trail gets the decision`);
    const result = await abtest({
      data: o.data,
      variantColumn: o["variant-column"],
      outcomeColumn: o["outcome-column"],
      timeColumn: o["time-column"],
      control: o.control,
      treatment: o.treatment,
      kind: o.kind,
      sequential: o.sequential,
      alpha: o.alpha,
      mde: o.mde,
      guardrails: o.guardrail,
      delimiter: o.delimiter
    });
    log.info(`${result.decision}${result.stopped_at === null ? "" : ` at ${result.stopped_at}`}: effect ${formatNumber(result.effect.estimate)} [${result.effect.interval.map(formatNumber).join(", ")}], p = ${formatNumber(result.p_value)} (${result.test}; ${result.n.control} control, ${result.n.treatment} treatment units)`);
    log.info(mdeLine(result));
    const markdown = abTestMarkdown(result);
    const audit = o.record ? await recordAbTestDecision({ store: o.store, token, environment, warn: (m) => log.warning(m) }, result, { model: o.model, version: o.version, data: o.data }) : null;
    if (audit) log.info(`audit trail: recorded as ${audit}`);
    return {
      document: o.format === "markdown" ? markdown : encodeAbTest(result),
      outputs: { "abtest-json": o.output ?? "", decision: result.decision, "stopped-at": result.stopped_at ?? "", "p-value": String(result.p_value), "audit-record": audit ?? "" },
      summary: markdown
    };
  }
});
var profileCommand = defineCommand({
  name: "profile",
  icon: "layers",
  summary: "Count data into a small, mergeable profile for drift at scale: a reference profile fixes the bins, shards or a SQL engine count on them, profiles merge by addition.",
  cliVerbs: ["merge"],
  options: {
    data: { kind: "list", placeholder: "file|glob", description: "Data files or glob patterns (any format `drift` reads), profiled together. Without `reference-profile` the data is the reference: its quantiles fix the bins." },
    "reference-profile": { kind: "path", placeholder: "json", description: "Count `data` (or write or read the SQL) on this reference profile's bins and categories, so the result merges with other profiles on it." },
    merge: { kind: "list", placeholder: "json|glob", description: "Add up profiles counted on one reference (shards): the result is the profile of all their data. On the command line also `mlgate profile merge a.json b.json --out all.json`." },
    "emit-sql": { kind: "boolean", description: "Write the SQL query that counts `table` on the reference profile's bins (needs `reference-profile` and `table`), for DuckDB, Trino, Spark SQL or BigQuery." },
    table: { kind: "text", placeholder: "name", description: "With `emit-sql`: the table or view to count, as the engine names it (inserted as given)." },
    dialect: { kind: "choice", choices: SQL_DIALECTS, default: "ansi", description: "With `emit-sql`: identifier quoting and type names. ansi: DuckDB, Trino and other ANSI engines; spark: Spark SQL, Databricks; bigquery: BigQuery." },
    "from-sql-result": { kind: "path", placeholder: "csv|json", description: "The result of the `emit-sql` query (CSV with header, JSON array or JSON Lines), turned into a profile on `reference-profile`." },
    exclude: { kind: "list", placeholder: "column", description: "Reference profile: columns not to profile (the target, a row id), so current data without them can be counted on it." },
    delimiter,
    out: { kind: "path", placeholder: "file", default: { action: "mlgate-out/profile.json" }, description: "Where to write the profile (or the SQL with `emit-sql`); the CLI prints it when not given." }
  },
  outputs: {
    "profile-path": "Path of the profile written (or of the SQL with `emit-sql`).",
    rows: "Rows counted (empty with `emit-sql`).",
    basis: "The profile's basis digest: profiles merge only when it is equal."
  },
  pathOutputs: ["profile-path"],
  async run(o, { log }) {
    const { profile } = await import("./profile-QFBPCZDW.js");
    const result = await profile({
      data: o.data,
      referenceProfile: o["reference-profile"],
      merge: o.merge,
      emitSql: o["emit-sql"],
      table: o.table,
      dialect: o.dialect,
      fromSqlResult: o["from-sql-result"],
      delimiter: o.delimiter,
      exclude: o.exclude
    });
    if (o.out !== void 0) writeFileAtomic(o.out, result.document);
    if (result.profile) log.info(`profiled ${result.profile.rows} rows, ${result.profile.columns.length} columns (basis ${result.profile.basis.slice(0, 12)}\u2026)`);
    return {
      ...o.out === void 0 ? { document: result.document } : {},
      outputs: { "profile-path": o.out ?? "", rows: result.profile ? String(result.profile.rows) : "", basis: result.profile?.basis ?? "" }
    };
  }
});
var gateCommand = defineCommand({
  name: "gate",
  icon: "shield",
  summary: "Apply a gate policy to the evaluation and drift results, write the pull-request report, and fail when the verdict is fail.",
  options: {
    evaluation: { kind: "path", placeholder: "json", description: "Evaluation JSON written by evaluate." },
    drift: { kind: "path", placeholder: "json", description: "Drift JSON written by drift." },
    abtest: { kind: "path", placeholder: "json", description: "A/B decision JSON written by abtest: one check (rule `abtest`) that passes on `treatment`, warns on `continue` and fails on `control` or `stop`." },
    policy: { kind: "path", placeholder: "yaml", description: 'Gate policy file (YAML; see "Gate policy" in the README). Empty: `.mlgate.yml` or `.mlgate.yaml` at the repository root (the git top level, or the Actions workspace), else the primary metric must not drop significantly and dataset drift warns. The log says which file was used.' },
    model: { kind: "text", placeholder: "name", description: "Model name in the registry that the candidate is a new version of: its last published versions' metrics.json make the trend in the report and the reference of `max_cumulative_drop`; also recorded in gate.json as `model`, which `aggregate` groups by. Empty: no trend, and `comment-key` is recorded when it is a model name." },
    store: { ...store, description: "Registry `model` is read from: `github` (releases and tags of this repository; needs contents: read) or a folder path (local registry)." },
    "trend-versions": { kind: "integer", placeholder: "n", description: "How many published versions the trend covers, 1 to 50 (default: the policy's `trend.versions`, else 5)." },
    title: { kind: "text", default: "mlgate", description: "Report title." },
    comment: {
      kind: "choice",
      choices: ["true", "false", "required"],
      default: { action: "true", cli: "false" },
      description: "Post the report as one sticky pull-request comment, updated in place on re-runs (needs pull-requests: write; the CLI takes the token from GITHUB_TOKEN). `true`: when the comment cannot be posted (no token, a read-only token, GitHub failing) the step warns and the report stays in the job summary. `required`: the step fails then (CLI exit 69)."
    },
    "check-run": { kind: "boolean", default: { action: "true", cli: "false" }, description: "Record the verdict as a check run (needs checks: write), else as a commit status (statuses: write)." },
    "check-name": { kind: "text", default: "mlgate", description: "Name of the check run / status context." },
    "pull-request": { kind: "integer", placeholder: "n", description: "Pull request to comment on when the event names none (e.g. in a workflow_run workflow that posts a fork's report)." },
    "comment-author": { kind: "text", placeholder: "login", description: "Login the sticky comment belongs to. Empty: the token's identity (github-actions[bot] for GITHUB_TOKEN); set it for other GitHub Apps' tokens." },
    "comment-key": { kind: "text", placeholder: "key", description: "Which sticky comment to update. Empty: workflow + job + matrix entry, so matrix jobs get one comment each (with `aggregate`: workflow + `/models`)." },
    aggregate: { kind: "path", placeholder: "dir", description: "Instead of `evaluation` and `drift`: a folder of per-model gate.json files (the matrix jobs' artifacts, at any depth): one report for all of them, one summary row per model, worst first, and one sticky comment. Fails when a blocking model fails." },
    planned: { kind: "text", placeholder: "json", description: "With `aggregate`: the plan's `matrix` output. A planned model without a gate report (its job failed before the gate, or was cancelled) is listed as failing; without it, such a model is simply absent." },
    manifest: { kind: "path", placeholder: "yaml", description: "With `aggregate`: the model manifest whose `blocking: false` models warn instead of failing. Empty: .mlgate.yml when it exists (else every model blocks)." },
    matrix: { kind: "text", doors: ["action"], default: "${{ toJSON(matrix) }}", description: "The job's matrix entry, part of the default comment key. Leave the default." },
    "report-artifact": {
      kind: "text",
      doors: ["action"],
      default: { action: "mlgate-report" },
      description: "When the token may not comment (a fork pull request), upload the report and its inputs as a workflow artifact for a workflow_run job to post, named `<this>-<job id>` (plus a hash of the matrix entry in a matrix job), so it never collides with another job's or step's artifact. Empty: never."
    },
    // The action's `output` is gate.json (the `report-json` output, what a many-models matrix job uploads): JSON there.
    format: { ...format(["markdown", "json", "html"], "markdown"), default: { cli: "markdown", action: "json" } },
    output: output("mlgate-out/gate.json", "the gate report (the markdown report goes beside it, as .md)")
  },
  outputs: {
    verdict: "pass, warn or fail.",
    "report-json": "Path of the gate report JSON (verdict, checks, policy, markdown).",
    "report-markdown": "Path of the report as markdown (what the job summary shows).",
    "comment-url": "URL of the sticky pull-request comment (empty when none was posted).",
    "check-run-url": "URL of the check run (empty when a status or nothing was recorded).",
    "artifact-id": "ID of the uploaded report artifact (empty when none was uploaded).",
    "artifact-name": "Name of the uploaded report artifact (empty when none was uploaded)."
  },
  pathOutputs: ["report-json", "report-markdown"],
  async run(o, { log, token, environment, door }) {
    const { encodeGateReport } = await import("./gate-json-MOCEJPSX.js");
    const { aggregateOutcome, runAggregateGate } = await import("./aggregate-gate-YSRLINDL.js");
    const { runGate } = await import("./gate-TL7K77ZL.js");
    const markdownPath = o.output ? `${o.output.replace(/\.(json|md)$/, "")}.md` : void 0;
    if (o.aggregate !== void 0) {
      if (o.format === "html") throw new InputError(`${optionLabel("format", door)} html is for one model's gate; ${optionLabel("aggregate", door)} writes markdown or json`);
      const given = ["evaluation", "drift", "abtest", "policy", "model"].filter((name) => o[name] !== void 0);
      if (given.length > 0) throw new InputError(`${optionLabel("aggregate", door)} reads the models' own gate reports: ${given.map((name) => optionLabel(name, door)).join(", ")} cannot be given with it`);
      const run = await runAggregateGate({
        folder: o.aggregate,
        planned: o.planned,
        manifest: o.manifest,
        title: o.title,
        comment: o.comment !== "false",
        commentRequired: o.comment === "required",
        checkRun: o["check-run"],
        checkName: o["check-name"],
        pullRequest: o["pull-request"],
        commentAuthor: o["comment-author"],
        commentKey: o["comment-key"],
        token,
        environment,
        log,
        markdownPath: markdownPath === o.output ? void 0 : markdownPath
      });
      return aggregateOutcome(run, { format: o.format, output: o.output, markdownPath });
    }
    for (const name of ["planned", "manifest"]) {
      if (o[name] !== void 0) throw new InputError(`${optionLabel(name, door)} is read with ${optionLabel("aggregate", door)} only`);
    }
    const { report, summary, html, posted, artifactId, artifactName, notPosted } = await runGate({
      html: o.format === "html",
      evaluation: o.evaluation,
      drift: o.drift,
      abtest: o.abtest,
      policy: o.policy,
      model: o.model,
      store: o.store,
      trendVersions: o["trend-versions"],
      title: o.title,
      markdownPath: markdownPath === o.output ? void 0 : markdownPath,
      comment: o.comment !== "false",
      commentRequired: o.comment === "required",
      checkRun: o["check-run"],
      checkName: o["check-name"],
      pullRequest: o["pull-request"],
      commentAuthor: o["comment-author"],
      commentKey: o["comment-key"],
      matrix: o.matrix,
      reportArtifact: o["report-artifact"],
      token,
      environment,
      log
    });
    for (const check of report.checks.filter((c) => c.status === "warn")) log.warning(`${check.subject}: ${check.message}`);
    const failing = report.checks.filter((c) => c.status === "fail");
    const failed = [...failing.slice(0, 10).map((c) => `${c.subject}: ${c.message}`), ...failing.length > 10 ? [`${failing.length - 10} more failing checks (see the report)`] : []];
    return {
      document: o.format === "json" ? encodeGateReport(report) : o.format === "html" ? html : report.markdown,
      outputs: {
        verdict: report.verdict,
        "report-json": o.output ?? "",
        "report-markdown": markdownPath ?? "",
        "comment-url": posted?.comment?.url ?? "",
        "check-run-url": posted?.check?.kind === "check-run" ? posted.check.url : "",
        "artifact-id": artifactId === null ? "" : String(artifactId),
        "artifact-name": artifactName ?? ""
      },
      // The report always goes to the job summary (push runs and fork pull requests show it too),
      // fitted under GitHub's 1 MiB; the full report is in the report-markdown and report-json files.
      summary,
      ...report.verdict === "fail" ? { failure: [`verdict fail \u2014 ${failed.join("; ")}`, ...notPosted ? [notPosted] : []].join("; ") } : notPosted ? { failure: notPosted, failureExitCode: 69 } : {}
    };
  }
});
var publishCommand = defineCommand({
  name: "publish",
  icon: "package",
  summary: "Publish model files as a registry version with lineage.json, MODEL_CARD.md and SHA256SUMS, verified before it becomes visible.",
  options: {
    model: { kind: "text", placeholder: "name", required: true, description: "Model name (letters, digits, -, _ and / for namespaces)." },
    version: { kind: "text", placeholder: "semver", required: true, description: "Semantic version, e.g. 1.2.0." },
    files: { kind: "list", placeholder: "path", required: true, description: "Model files: several after the flag, comma-separated, or one per line (actions)." },
    store,
    stage: { kind: "text", placeholder: "stage", description: "Assign the published version to this stage too (e.g. production)." },
    data: { kind: "list", placeholder: "path", description: "Data files to record in the lineage." },
    params: { kind: "json", default: "{}", description: "Training parameters to record, as a JSON object." },
    evaluation: { kind: "path", placeholder: "json", description: "Evaluation JSON to record as metrics.json." },
    "evaluation-set": { kind: "path", placeholder: "file", description: "The predictions file the evaluation read (pins the evaluation set in the lineage)." },
    drift: { kind: "path", placeholder: "json", description: "Drift JSON to record." },
    "gate-report": { kind: "path", placeholder: "json", description: "Gate report JSON of the comparison with the parent version." },
    "run-record": { kind: "path", placeholder: "json", description: "Run record written by train in command mode: the training command, its params, the digests of its deps and its metrics go into the lineage." },
    parent: { kind: "text", placeholder: "semver", description: "The version this one was compared against." },
    "card-template": { kind: "path", placeholder: "md", description: "Model card template (markdown; front matter owner/intended_use/limitations\u2026; {{generated}} marks where generated sections go)." },
    out: { kind: "path", placeholder: "dir", default: { action: "mlgate-out/publish" }, description: "Folder for local copies of lineage.json, provenance.intoto.json, its predicate and SHA256SUMS of the model files (for an attestation step)." },
    ...modelArtifact
  },
  outputs: {
    tag: "The version tag, <model>@v<version>.",
    outcome: "created, completed (a draft left by an interrupted run was finished), or unchanged when the same content was already published.",
    "stage-tag": "The stage assignment tag when `stage` was given.",
    "lineage-path": "Local copy of the published lineage.json.",
    "provenance-path": "Local copy of provenance.intoto.json: an in-toto Statement v1 with a SLSA provenance v1 predicate whose subjects are the model files.",
    "predicate-path": "The statement's SLSA predicate alone, for actions/attest (predicate-path).",
    "checksums-path": "SHA256SUMS of the statement's subjects (the model files), beside it, for actions/attest (subject-checksums)."
  },
  pathOutputs: ["lineage-path", "provenance-path", "predicate-path", "checksums-path"],
  async run(o, { door, token, environment, log }) {
    const { downloadModel } = await import("./model-artifact-UMUMGKY2.js");
    const { publish } = await import("./publish-ERRW64RT.js");
    await downloadModel({ artifact: o["model-artifact"], runId: o["model-run-id"], token, environment, log, destination: process.cwd() });
    const result = await publish({
      model: o.model,
      version: o.version,
      files: o.files,
      store: o.store,
      stage: o.stage,
      data: o.data,
      params: o.params,
      evaluation: o.evaluation,
      evaluationSet: o["evaluation-set"],
      drift: o.drift,
      gateReport: o["gate-report"],
      runRecord: o["run-record"],
      parent: o.parent,
      cardTemplate: o["card-template"],
      out: o.out,
      command: door === "action" ? "mlgate publish (GitHub Action)" : "mlgate publish",
      token,
      environment,
      warn: (m) => log.warning(m)
    });
    log.info(`${result.version.tag}: ${result.outcome}${result.note ? ` (${result.note})` : ""}`);
    return {
      document: toJson({ outcome: result.outcome, version: result.version, stage_tag: result.stageEvent?.tag ?? null, local: result.local }),
      outputs: {
        tag: result.version.tag,
        outcome: result.outcome,
        "stage-tag": result.stageEvent?.tag ?? "",
        "lineage-path": result.local?.lineage ?? "",
        "provenance-path": result.local?.provenance ?? "",
        "predicate-path": result.local?.predicate ?? "",
        "checksums-path": result.local?.checksums ?? ""
      }
    };
  }
});
var promoteCommand = defineCommand({
  name: "promote",
  icon: "award",
  summary: "Assign a published model version to a stage (an annotated GTO stage tag recording who, why and which run). On a release or tag-push event the model and version come from the tag.",
  options: {
    stage: { kind: "text", placeholder: "stage", required: true, description: "Stage to assign, e.g. production." },
    model: { kind: "text", placeholder: "name", description: "Model name. Empty: from the event's tag (`<model>@v<version>`)." },
    version: { kind: "text", placeholder: "semver", description: "Version. Empty: from the event's tag." },
    note: { kind: "text", placeholder: "text", description: "Why (kept in the stage tag's message and the audit trail)." },
    abtest: { kind: "path", placeholder: "json", description: "A/B decision JSON written by abtest: promote only when its decision is `treatment`, or, with `margin`, when an undecided test shows the treatment non-inferior; `control` and `stop` always refuse (exit 1). The reason is added to the note, and the decision to the version's audit trail." },
    margin: { kind: "number", placeholder: "x", description: "With `abtest`: non-inferiority margin in the outcome's unit; an undecided (`continue`) test allows promotion when its whole interval is above \u2212margin." },
    store
  },
  outputs: {
    "stage-tag": "The stage assignment tag, <model>#<stage>#<n>.",
    "audit-record": "With `abtest`: where the decision promoted on was added to the audit trail (a tag name, or file:line).",
    model: "The model promoted.",
    version: "The version promoted."
  },
  async run(o, { token, environment, log }) {
    const { promote } = await import("./promote-JGKT3TKH.js");
    const event = await promote({ model: o.model, version: o.version, stage: o.stage, note: o.note, abtest: o.abtest, margin: o.margin, store: o.store, token, environment, warn: (m) => log.warning(m) });
    log.info(`${event.tag}: ${event.model} v${event.version} is now in ${event.stage}`);
    return { document: toJson(event), outputs: { "stage-tag": event.tag, model: event.model, version: event.version, "audit-record": event.audit ?? "" } };
  }
});
var fetchCommand = defineCommand({
  name: "fetch",
  icon: "download",
  summary: "Download a version's files and verify every SHA-256; on any mismatch nothing is left in the output folder.",
  options: {
    model: { kind: "text", placeholder: "name", required: true, description: "Model name." },
    stage: { kind: "text", placeholder: "stage", description: "Fetch the version currently in this stage (e.g. production)." },
    version: { kind: "text", placeholder: "semver", description: "Fetch this version (default: the latest)." },
    out: { kind: "path", placeholder: "dir", required: true, description: "Folder to download into (must not hold other files)." },
    store
  },
  outputs: {
    directory: "The folder the verified files are in.",
    version: "The version fetched.",
    tag: "Its version tag.",
    files: "JSON array of the fetched files."
  },
  pathOutputs: ["directory"],
  async run(o, { token, environment, log }) {
    const { fetchModel } = await import("./fetch-model-KHLOCFUP.js");
    const result = await fetchModel({ model: o.model, stage: o.stage, version: o.version, out: o.out, store: o.store, token, environment, warn: (m) => log.warning(m) });
    const summary = { version: result.version.version, tag: result.version.tag, directory: result.directory, files: result.files };
    return {
      document: toJson(summary),
      outputs: { directory: result.directory, version: result.version.version, tag: result.version.tag, files: JSON.stringify(result.files) }
    };
  }
});
var proposeCommand = defineCommand({
  name: "propose",
  icon: "git-pull-request",
  summary: "Propose a retrained model as a pull request: its files as one commit on top of the base branch, pushed to the model's own branch (never the base), and one open pull request per model, opened or updated, with the report as its sticky comment.",
  options: {
    model: { kind: "text", placeholder: "name", required: true, description: "Model name (letters, digits, -, _ and / for namespaces): one branch and one open pull request per model." },
    files: { kind: "list", placeholder: "path", required: true, description: "The retrained files to commit: params, metrics, run record, model files. Files, folders (every file in them) or globs, relative to the working directory, inside the repository; each must exist." },
    report: { kind: "path", placeholder: "md", description: "Markdown report (the gate's `report-markdown`): posted as the pull request's sticky comment, its first heading quoted in the body." },
    branch: { kind: "text", placeholder: "name", description: "The proposal branch. Empty: `mlgate/retrain/<model>`. Refused when it is the base branch, or when its tip is not a commit mlgate made for this model (someone pushed to it)." },
    base: { kind: "text", placeholder: "branch", description: "The branch to propose against. Empty: the remote's default branch." },
    title: { kind: "text", placeholder: "text", description: "Pull request title and commit subject. Empty: `Retrain <model>`." },
    remote: { kind: "text", placeholder: "name", default: "origin", description: "The git remote to push to (actions/checkout names it origin). An https remote gets the token as a one-off header, never written to the git config." },
    "comment-author": { kind: "text", placeholder: "login", description: "Login the report comment belongs to. Empty: the token's identity (github-actions[bot] for GITHUB_TOKEN); set it for other GitHub Apps' tokens." }
  },
  outputs: {
    "pull-request-number": "Number of the pull request opened or updated (empty when unchanged).",
    "pull-request-url": "Its URL (empty when unchanged).",
    "pull-request-action": "opened, updated, or unchanged (the files equal the base's, or the branch already proposes them: nothing pushed).",
    branch: "The proposal branch.",
    commit: "The branch's tip commit (empty when nothing was proposed).",
    "comment-url": "URL of the report comment (empty without `report`)."
  },
  async run(o, { token, environment, log }) {
    const { propose } = await import("./propose-DRBS3JQD.js");
    const result = await propose({
      model: o.model,
      files: o.files,
      report: o.report,
      branch: o.branch,
      base: o.base,
      title: o.title,
      remote: o.remote,
      cwd: process.cwd(),
      commentAuthor: o["comment-author"],
      token,
      environment,
      log,
      ...log.mask ? { mask: (secret) => log.mask(secret) } : {}
    });
    log.info(result.note);
    const link = result.pull_request ? ` [#${result.pull_request.number}](${result.pull_request.url})` : "";
    return {
      document: toJson(result),
      outputs: {
        "pull-request-number": result.pull_request ? String(result.pull_request.number) : "",
        "pull-request-url": result.pull_request?.url ?? "",
        "pull-request-action": result.action,
        branch: result.branch,
        commit: result.commit,
        "comment-url": result.comment_url ?? ""
      },
      summary: `### mlgate propose: ${result.model}

${result.action === "unchanged" ? result.note : `${result.action === "opened" ? "Opened" : "Updated"} pull request${link}: \`${result.branch}\` \u2192 \`${result.base}\`, ${result.files.length} file${result.files.length === 1 ? "" : "s"}.`}
`
    };
  }
});
var lineageCommand = defineCommand({
  name: "lineage",
  icon: "git-commit",
  summary: "Show a model's ancestry chain, stage history and what happened after release (the audit trail of `monitor --record`, `abtest --record` and `promote --abtest`).",
  options: {
    model: { kind: "text", placeholder: "name", required: true, description: "Model name." },
    version: { kind: "text", placeholder: "semver", description: "Start from this version (default: the latest)." },
    store,
    format: { kind: "choice", choices: ["json", "markdown", "mermaid"], default: "markdown", description: "Output format." },
    output: output("mlgate-out/lineage.md", "the lineage")
  },
  outputs: { "lineage-path": "Path of the lineage (markdown with a mermaid chart in actions, by `format` elsewhere)." },
  pathOutputs: ["lineage-path"],
  async run(o, { token, environment, log }) {
    const { lineageMarkdown, lineageMermaid } = await import("./lineage-6M6EM2KE.js");
    const { lineageOf } = await import("./lineage-BQH37ZJP.js");
    const view = await lineageOf({ model: o.model, version: o.version, store: o.store, token, environment, warn: (m) => log.warning(m) });
    const markdown = lineageMarkdown(view);
    return {
      document: o.format === "json" ? toJson(view) : o.format === "mermaid" ? lineageMermaid(view) : markdown,
      outputs: { "lineage-path": o.output ?? "" },
      summary: markdown
    };
  }
});
var predictCommand = defineCommand({
  name: "predict",
  icon: "target",
  summary: "Score rows with a model mlgate trained (e.g. the production model from fetch) and write predictions.csv for evaluate.",
  options: {
    "model-file": { kind: "path", placeholder: "model.json", required: true, description: "Model file written by train (model.json), e.g. from fetch." },
    data: { kind: "path", placeholder: "file", required: true, description: "Rows to score: CSV/TSV with a header row, JSON Lines or Parquet (.gz/.zst text too); the label column is copied when present." },
    "id-column": { ...idColumn, description: "Row id column, copied into the predictions so they pair with another model's." },
    out: { kind: "path", placeholder: "dir", default: "mlgate-out/predictions", description: "Folder for predictions.csv." },
    delimiter
  },
  outputs: {
    "predictions-path": "Path of predictions.csv.",
    task: "binary, multiclass or regression."
  },
  pathOutputs: ["predictions-path"],
  async run(o, { log }) {
    const { predict } = await import("./predict-B42OC4XZ.js");
    const result = await predict({ model: o["model-file"], data: o.data, idColumn: o["id-column"], out: o.out, delimiter: o.delimiter });
    log.info(`scored ${result.rows} rows (${result.task}${result.labelled ? "" : "; no label column: the file can be compared, not evaluated"})`);
    return { document: toJson(result), outputs: { "predictions-path": result.predictions_path, task: result.task } };
  }
});
var planCommand = defineCommand({
  name: "plan",
  icon: "git-branch",
  summary: "In a repository of many models, list the models a pull request touches (their manifest paths against the changed files) as a job matrix.",
  options: {
    base: { kind: "text", placeholder: "ref", description: "The branch the change will merge into; the files changed since the merge base of it and HEAD are matched. Empty: origin/<the pull request's base branch> (GITHUB_BASE_REF) in a pull request's run; required elsewhere (e.g. origin/main)." },
    manifest: { kind: "path", placeholder: "yaml", default: ".mlgate.yml", description: "The model manifest: a `models` list of name, paths (globs relative to the repository root) and the inputs each model's jobs need (`with`). When it changed, every model is planned." }
  },
  outputs: {
    matrix: 'The matrix as JSON, for `strategy.matrix` through the fromJSON expression function: {"include": [{"model": <name>, <its with: inputs>}, \u2026]}, models in manifest order.',
    any: "true when at least one model is planned, else false (GitHub refuses an empty matrix: skip the job with `if:`).",
    count: "How many models are planned."
  },
  async run(o, { environment, log, door }) {
    const { planChangedModels, planSummary } = await import("./plan-MC2VWPIM.js");
    const plan = await planChangedModels({ base: o.base, manifest: o.manifest, cwd: process.cwd(), environment, door, log });
    const matrix = JSON.stringify(plan.matrix);
    return {
      document: `${matrix}
`,
      outputs: { matrix, any: String(plan.any), count: String(plan.matrix.include.length) },
      summary: planSummary(plan)
    };
  }
});
var demoCommand = defineCommand({
  name: "demo",
  icon: "play",
  doors: ["cli"],
  summary: "Run the whole pull-request flow on the bundled breast-cancer data with a local registry (no GitHub account needed).",
  options: {
    out: { kind: "path", placeholder: "dir", default: "out/demo", description: "Folder for every artefact of the run: new, empty, or a previous demo output (which is replaced); any other folder is refused." },
    docs: { kind: "path", placeholder: "dir", description: "Also write the rendered example comments into this folder: example-comment.md (the demo's pull-request comment) and example-many-models-comment.md (gate --aggregate over the demo's candidate and two more). `npm run docs:examples` regenerates docs/." }
  },
  outputs: {},
  async run(o, { log, packageRoot }) {
    const { writeDemoDocs } = await import("./demo-docs-BOUAXPXB.js");
    const { runDemo } = await import("./demo-MK45ZHIP.js");
    const data = fileURLToPath(new URL("examples/breast-cancer/", packageRoot));
    const result = await runDemo({ data, out: o.out, log: (line) => log.info(line) });
    log.info(`
wrote ${Object.values(result.files).join(", ")}
`);
    if (o.docs !== void 0) log.info(`wrote ${(await writeDemoDocs(result, { data, out: o.out, docs: o.docs, log: (line) => log.info(line) })).join(", ")}
`);
    return { document: result.report.markdown };
  }
});
var COMMANDS = [
  trainCommand,
  predictCommand,
  evaluateCommand,
  driftCommand,
  monitorCommand,
  profileCommand,
  abtestCommand,
  gateCommand,
  planCommand,
  publishCommand,
  promoteCommand,
  proposeCommand,
  fetchCommand,
  lineageCommand,
  demoCommand
];
var ACTION_OPTIONS = {
  "github-token": { kind: "text", default: "${{ github.token }}", description: "Token for GitHub API calls. The default job token is enough for the same repository." },
  "working-directory": { kind: "path", default: ".", description: "Folder that relative paths are resolved from." }
};
function findCommand(name) {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new InputError(`unknown command \`${name}\` (commands: ${COMMANDS.map((c) => c.name).join(", ")})`);
  return command;
}
function hasDoor(command, door) {
  return (command.doors ?? ["cli", "action"]).includes(door);
}

// shared/core/log-line.ts
function logLine(message) {
  const oneLine = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return " ";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return oneLine.replace(/^(\s*)(:(?=:)|#(?=#\[))/, (_, space, first) => `${space}${first}\u200B`);
}
function logLines(message) {
  return message.split(/\r\n|\r|\n/).map(logLine).join("\n");
}

export {
  throttledProgress,
  COMMANDS,
  ACTION_OPTIONS,
  findCommand,
  hasDoor,
  logLine,
  logLines
};
