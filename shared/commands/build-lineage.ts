import { basename } from 'node:path';
import type { RunEnvironment } from '../adapters/environment.js';
import { InputError } from '../errors.js';
import { digestFile, digestText } from '../adapters/files/digest.js';
import { readColumns } from '../adapters/data/read-columns.js';
import type { DriftReport } from '../core/drift/drift-report.js';
import type { Evaluation, EvaluationResult } from '../core/metrics/index.js';
import type { Verdict } from '../core/gate/gate.js';
import type { LineageRecord, LineageTraining, MetricComparisonRecord } from '../core/lineage/record.js';
import type { RunRecord } from '../core/train/run-record.js';
import { codeProvenance } from '../adapters/code-provenance.js';

export interface LineageInputs {
  model: string;
  version: string;
  files: string[];
  /** Data files the model was trained on or evaluated with. */
  data?: string[];
  parameters?: Record<string, unknown>;
  evaluation?: Evaluation;
  /** The predictions file the evaluation read: its digest pins the evaluation set. */
  evaluationSet?: string;
  drift?: DriftReport;
  parent?: { version: string; verdict: Verdict | null } | null;
  command?: string | null;
  toolVersion: string;
  /** More tool versions to record (e.g. `{ python: '3.11.2' }`); `mlgate` and `node` are always recorded. */
  tools?: Record<string, string>;
  /** When training started; `created_at` is when the record is written. */
  startedAt?: string | Date | null;
  /** Overrides the merge base found from the checkout (e.g. one read from GitHub's compare API). */
  mergeBase?: string | null;
  /** The run the model was published from (repository, commit, workflow, run). */
  environment: RunEnvironment;
  /** The checkout to ask git about when not in Actions; default: the current folder. */
  cwd?: string;
  /**
   * Train's run record (command mode) and the SHA-256 of its file: recorded as `training`; its
   * command, params (when `parameters` is empty), start time and tool versions fill the fields
   * that have no value of their own.
   */
  runRecord?: { record: RunRecord; sha256: string };
}

export async function buildLineage(inputs: LineageInputs): Promise<LineageRecord> {
  const subjects = [];
  for (const path of inputs.files) subjects.push({ name: basename(path), ...(await digestFile(path)) });
  const data = [];
  for (const path of inputs.data ?? []) {
    const digest = await digestFile(path);
    let rows: number | null = null;
    let fingerprint: string | null = null;
    if (path.endsWith('.csv')) {
      // The header and the row count only: no column is typed.
      const table = await readColumns(path, { only: [] });
      rows = table.rowCount;
      // Column names in order: a renamed, added or dropped column changes the fingerprint.
      fingerprint = digestText(table.columns.join('\u0000'));
    }
    data.push({ name: basename(path), path, sha256: digest.sha256, rows, schema_fingerprint: fingerprint });
  }
  const code = codeProvenance(inputs.environment, inputs.cwd);
  if (inputs.mergeBase !== undefined) code.merge_base = inputs.mergeBase;
  const evaluation = inputs.evaluation;
  const run = inputs.runRecord?.record;
  const parameters = inputs.parameters !== undefined && Object.keys(inputs.parameters).length > 0 ? inputs.parameters : run?.params ?? inputs.parameters ?? {};
  const runTools = run ? Object.fromEntries(Object.entries(run.tools).filter(([name, version]) => name !== 'mlgate' && name !== 'node' && typeof version === 'string')) as Record<string, string> : {};
  return {
    schema: 'mlgate-lineage/1',
    model: inputs.model,
    version: inputs.version,
    subjects,
    code,
    data,
    parameters,
    metrics: {
      values: evaluation?.metrics ?? {},
      ...(evaluation ? { intervals: evaluation.intervals ?? {} } : {}),
      evaluation_set_sha256: inputs.evaluationSet ? (await digestFile(inputs.evaluationSet)).sha256 : null,
      // Metrics read from the user's files have no row count and no paired comparison.
      ...(evaluation ? { task: evaluation.task, ...(evaluation.n !== null ? { rows: evaluation.n } : {}) } : {}),
      ...(evaluation && evaluation.intervals !== null && evaluation.comparison ? { comparison: comparisonRecord(evaluation) } : {}),
    },
    parent: inputs.parent ?? null,
    drift: inputs.drift
      ? {
        dataset_drifted: inputs.drift.dataset_drifted,
        share_drifted: inputs.drift.share_drifted,
        drifted_columns: inputs.drift.columns.filter((c) => c.drifted).map((c) => c.name),
      }
      : null,
    environment: {
      runner_os: inputs.environment.runnerOs,
      runner_environment: inputs.environment.runnerEnvironment,
      node: process.version,
      command: run?.command ?? inputs.command ?? null,
      tool: `mlgate ${inputs.toolVersion}`,
      tools: { ...runTools, mlgate: inputs.toolVersion, node: process.version, ...inputs.tools },
    },
    created_at: new Date().toISOString(),
    started_at: timestamp(inputs.startedAt ?? run?.started_at),
    training: run && inputs.runRecord ? trainingRecord(run, inputs.runRecord.sha256) : null,
  };
}

function trainingRecord(run: RunRecord, sha256: string): LineageTraining {
  return {
    command: run.command, params: run.params, deps: run.deps, outputs: run.outputs, metrics: run.metrics, exit_code: run.exit_code,
    started_at: run.started_at, finished_at: run.finished_at, wall_seconds: run.wall_seconds, peak_rss_bytes: run.peak_rss_bytes, run: run.run,
    run_record_sha256: sha256,
  };
}

function timestamp(value: string | Date | null | undefined): string | null {
  if (value == null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InputError(`training start time \`${String(value)}\` is not a date (use RFC 3339, e.g. 2025-01-31T12:00:00Z)`);
  return date.toISOString();
}

function comparisonRecord(evaluation: EvaluationResult): Record<string, MetricComparisonRecord> {
  const out: Record<string, MetricComparisonRecord> = {};
  for (const [metric, c] of Object.entries(evaluation.comparison ?? {})) {
    out[metric] = {
      baseline: evaluation.baseline_metrics?.[metric] ?? null,
      delta: c.delta,
      interval: c.interval,
      ...(c.p_value !== undefined ? { p_value: c.p_value } : {}),
      test: c.test,
    };
  }
  return out;
}
