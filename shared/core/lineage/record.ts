import type { Verdict } from '../gate/gate.js';
import type { ComparisonTest, Task } from '../metrics/types.js';

/**
 * `lineage.json`: where a published model came from — its files, the code, data and parameters
 * that made it, how it scored and against which parent it was compared. Plain JSON, written once
 * at publish time and never changed after (releases may be immutable).
 *
 * The JSON Schema is `schemas/lineage.schema.json` (checked by `validateLineage`). Fields marked
 * optional were added after the first records were written; `buildLineage` always writes them,
 * readers must accept records without them. Non-finite numbers (an infinite log loss, a NaN
 * interval) are written as the strings "Infinity", "-Infinity" and "NaN" (see `toJson`).
 */
export interface LineageRecord {
  schema: 'mlgate-lineage/1';
  model: string;
  version: string;
  /** Every published file with its digest: what `fetch` verifies, and the in-toto subjects. */
  subjects: { name: string; sha256: string; size: number }[];
  code: {
    repository: string | null;
    commit: string | null;
    ref: string | null;
    workflow: string | null;
    run_id: string | null;
    run_attempt: string | null;
    run_url: string | null;
    /** Pull request runs: where the branch left its base (`null` when the history is too shallow to tell). */
    merge_base?: string | null;
  };
  /**
   * Data files: `path` as given on the command line; `uri` only for a URI (records written before
   * `path` existed hold paths in `uri` too).
   */
  data: { name: string; path?: string; uri?: string; sha256: string; rows: number | null; schema_fingerprint: string | null }[];
  parameters: Record<string, unknown>;
  metrics: {
    values: Record<string, number>;
    /** Percentile bootstrap intervals (95 %) of `values`. */
    intervals?: Record<string, [number, number]>;
    /** The predictions file the metrics were computed from. */
    evaluation_set_sha256: string | null;
    task?: Task;
    /** Rows of the evaluation set. */
    rows?: number;
    /** The paired comparison with the baseline (the parent) scored on the same rows. */
    comparison?: Record<string, MetricComparisonRecord>;
  };
  parent: { version: string; verdict: Verdict | null } | null;
  drift: { dataset_drifted: boolean; share_drifted: number; drifted_columns?: string[] } | null;
  environment: {
    runner_os: string | null;
    /** `RUNNER_ENVIRONMENT`: `github-hosted` or `self-hosted` (absent outside Actions and in older records). */
    runner_environment?: string | null;
    node: string;
    command: string | null;
    /** `mlgate <version>`. */
    tool: string;
    /** Tool name → version (at least `mlgate` and `node`). */
    tools?: Record<string, string>;
  };
  /** When the record was written (publish time): RFC 3339, UTC. */
  created_at: string;
  /** When training started, if the caller knew it. */
  started_at?: string | null;
  /**
   * The training run behind the model, from train's run record (`publish --run-record`): the
   * command, its flattened params, the digest of every dependency, its metrics. `null` without a
   * run record; absent from older records.
   */
  training?: LineageTraining | null;
}

export interface LineageTraining {
  command: string;
  params: Record<string, unknown>;
  deps: { path: string; sha256: string; size: number }[];
  outputs: { path: string; sha256: string; size: number }[];
  metrics: Record<string, unknown>;
  exit_code: number;
  started_at: string;
  finished_at: string;
  wall_seconds: number;
  peak_rss_bytes: number | null;
  /** The workflow run that ran the command (a cache hit keeps the run that did the work); null outside Actions. */
  run: { id: string; url: string | null } | null;
  /** SHA-256 of the run record file as read. */
  run_record_sha256: string;
}

export interface MetricComparisonRecord {
  /** The baseline's value of the metric (`null` when the evaluation did not report it). */
  baseline: number | null;
  /** candidate − baseline */
  delta: number;
  /** Paired percentile bootstrap interval of the delta. */
  interval: [number, number];
  p_value?: number;
  test: ComparisonTest;
}
