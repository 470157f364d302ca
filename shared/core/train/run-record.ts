import type { FlatValue } from './flatten.js';

/**
 * What `mlgate train` records about one run of the user's own training command
 * (`schemas/run-record.schema.json`): what ran, on what (parameters and the digests of every
 * dependency file), what it wrote (outputs with digests, metrics), how it went (exit code, times,
 * peak memory), with which tools, and whether it was reused from the run cache. A run cache hit
 * restores the record of the run that did the work, byte for byte, so `run` names who made the model.
 */
export interface RunRecord {
  schema_version: 1;
  /** The command as given, run with `bash -e -o pipefail -c` in the working directory. */
  command: string;
  /** The working directory, relative to the workspace when inside it (`.`), else absolute. */
  working_directory: string;
  /** The parameters file flattened with dots (DVC's way), keys sorted; `{}` without one. */
  params: Record<string, FlatValue>;
  /** Every dependency file (folders walked), sorted by path. */
  deps: RecordedFile[];
  /** Every output file (folders walked), sorted by path. */
  outputs: RecordedFile[];
  /** The metrics file the command wrote, flattened with dots; `{}` without one. */
  metrics: Record<string, FlatValue>;
  exit_code: number;
  started_at: string;
  finished_at: string;
  wall_seconds: number;
  /**
   * Largest resident memory of the command and all its descendants together, sampled every
   * 100 ms from /proc (a shorter peak can be missed); null where /proc is not available.
   */
  peak_rss_bytes: number | null;
  tools: RunTools;
  cache: { key: string | null; hit: boolean; reused_from_run: string | null };
  /** The workflow run that ran the command; null outside GitHub Actions. */
  run: { id: string; url: string | null } | null;
}

/** A file relative to the working directory, with `/` separators. */
export interface RecordedFile {
  path: string;
  sha256: string;
  size: number;
}

export interface RunTools {
  node: string;
  mlgate: string;
  /** `bash --version`'s version, null when it could not be read. */
  bash: string | null;
  /** `python3 --version`'s version, when a python3 is on the PATH. */
  python?: string;
}

export const RUN_RECORD_SCHEMA_VERSION = 1;
