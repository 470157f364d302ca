import { mkdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, TrainingFailedError } from '../errors.js';
import type { RunEnvironment } from '../adapters/environment.js';
import { digestFile, digestText } from '../adapters/files/digest.js';
import { toJson, writeFileAtomic } from '../adapters/files/files.js';
import { filesUnder, byPath } from '../adapters/files/walk.js';
import { readFlatFile } from '../adapters/codecs/structured-file.js';
import { runRecordCodec } from '../adapters/codecs/run-record-json.js';
import { checkLinkedFiles } from '../adapters/registry/publish-files.js';
import { checkEntryPath } from '../adapters/run-cache/folder-cache.js';
import type { RunCache } from '../adapters/run-cache/run-cache.js';
import { runCommand, TAIL_LINES } from '../adapters/process/run-command.js';
import { toolVersions } from '../adapters/process/tool-versions.js';
import type { FlatValue } from '../core/train/flatten.js';
import { RUN_RECORD_SCHEMA_VERSION, type RecordedFile, type RunRecord } from '../core/train/run-record.js';

/**
 * Train in command mode: the user's own training (any framework, any language) run as it is,
 * skipped when the run cache holds a run with the same command, dependency content and parameter
 * values (DVC's run cache), recorded in a run record either way.
 */
export interface TrainCommandOptions {
  command: string;
  /** Parameters file (YAML, JSON or TOML), flattened with dots into the record and the cache key. */
  params?: string;
  /** The metrics file the command writes (JSON, YAML or TOML). */
  metrics?: string;
  /** Files or folders the command writes. */
  outputs: string[];
  /** Files or folders whose content decides whether the command must run again. */
  deps: string[];
  /** Where the run record is written (inside the working directory: it is cached with the outputs). */
  runRecord: string;
  /** The run cache, or null when it is off. */
  cache: RunCache | null;
  /** The working directory: relative paths resolve from it and the command runs in it. */
  workingDirectory: string;
  environment: RunEnvironment;
  log: { info(message: string): void; warning(message: string): void };
}

export interface TrainCommandResult {
  cache_hit: boolean;
  /** Path of the run record. */
  run_record: string;
  /** Path of the flattened metrics as one JSON object (`{}` without a metrics file). */
  metrics_json: string;
  record: RunRecord;
  /** The run that made the outputs when they were reused (its URL, else its id), else null. */
  reused_from: string | null;
  /** What an artifact of this run holds: the outputs, the metrics file and the run record (paths relative to the working directory). */
  artifact_paths: string[];
}

/** Part of the run cache key: a new format (a change in what the key covers) never reads old entries. */
export const RUN_CACHE_FORMAT = 'mlgate-run-cache/1';

export async function trainByCommand(options: TrainCommandOptions): Promise<TrainCommandResult> {
  const root = resolve(options.workingDirectory);
  const outputs = unique(options.outputs.map((path) => declared(path, 'outputs')));
  const deps = unique(options.deps.map((path) => declared(path, 'deps')));
  const metricsPath = options.metrics === undefined ? null : declared(options.metrics, 'metrics');
  const recordPath = declared(options.runRecord, 'run-record');
  const params = options.params === undefined ? {} : readFlatFile(resolve(root, options.params), 'params', options.params);
  const depFiles = await digestTree(root, deps, 'dependency');
  const key = runCacheKey({ command: options.command, deps: depFiles, params, outputs, metrics: metricsPath, runRecord: recordPath });
  const cached = [...outputs, ...(metricsPath === null ? [] : [metricsPath]), recordPath];
  const metricsJsonPath = join(dirname(recordPath), 'run-metrics.json');
  const artifactPaths = unique(cached);

  if (options.cache && await options.cache.restore(key, root, cached)) {
    const record = runRecordCodec.read(join(root, recordPath));
    const reusedFrom = record.run === null ? null : record.run.url ?? record.run.id;
    options.log.info(reusedFrom === null
      ? `reused from a run outside GitHub Actions that finished ${record.finished_at} (${options.cache.description}, key ${key.slice(0, 12)}); the command did not run`
      : `reused from run ${record.run!.id} (${reusedFrom}) through the ${options.cache.description}; the command did not run`);
    writeFileAtomic(join(root, metricsJsonPath), toJson(record.metrics));
    return { cache_hit: true, run_record: recordPath, metrics_json: metricsJsonPath, record, reused_from: reusedFrom, artifact_paths: artifactPaths };
  }

  // Asked while the command runs: a python3 behind a version-manager shim can take seconds to answer.
  const tools = toolVersions();
  options.log.info(`$ ${options.command}`);
  const written = [...(metricsPath === null ? [] : [metricsPath]), ...outputs];
  const before = new Map(await Promise.all(written.map(async (path) => [path, await fileStates(root, path)] as const)));
  const run = await runCommand(options.command, root, (line) => options.log.info(line));
  if (run.exitCode !== 0) {
    const how = run.signal === null ? `exited with code ${run.exitCode}` : `was killed by ${run.signal}${run.signal === 'SIGKILL' ? ' (the out-of-memory killer does this)' : ''} (exit code ${run.exitCode})`;
    const lines = run.tail.length === 0 ? 'it printed nothing' : `its last ${run.tail.length === TAIL_LINES ? `${TAIL_LINES} lines` : 'lines'}:\n${run.tail.join('\n')}`;
    throw new TrainingFailedError(`the training command ${how}; ${lines}`);
  }
  for (const path of written) {
    const declaredIn = `declared in \`${path === metricsPath ? 'metrics' : 'outputs'}\``;
    if (!statSync(join(root, path), { throwIfNoEntry: false })) {
      throw new TrainingFailedError(`${path}: the training command finished but did not write it (${declaredIn})`);
    }
    // A file left from an earlier run is not this run's result: recording or caching it would pass old results off as new.
    const previous = before.get(path);
    if (previous !== null && previous !== undefined && previous === await fileStates(root, path)) {
      throw new TrainingFailedError(`${path}: the training command finished without writing it; the one there is left from before (${declaredIn})`);
    }
  }
  const metrics = metricsPath === null ? {} : readFlatFile(join(root, metricsPath), 'metrics', metricsPath);
  const outputFiles = await digestTree(root, outputs, 'output');
  const record: RunRecord = {
    schema_version: RUN_RECORD_SCHEMA_VERSION,
    command: options.command,
    working_directory: workingDirectoryName(root, options.environment.workspace),
    params,
    deps: depFiles,
    outputs: outputFiles,
    metrics,
    exit_code: run.exitCode,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt.toISOString(),
    wall_seconds: Math.round(run.wallSeconds * 1000) / 1000,
    peak_rss_bytes: run.peakRssBytes,
    tools: await tools,
    cache: { key: options.cache ? key : null, hit: false, reused_from_run: null },
    run: options.environment.runId === null ? null : { id: options.environment.runId, url: options.environment.runUrl },
  };
  mkdirSync(dirname(join(root, recordPath)), { recursive: true });
  runRecordCodec.write(join(root, recordPath), record);
  writeFileAtomic(join(root, metricsJsonPath), toJson(metrics));
  if (options.cache) {
    try {
      await options.cache.save(key, root, cached);
    } catch (error) {
      // The run worked; a cache that cannot take it only means the next run trains again.
      options.log.warning(`could not save the run to the ${options.cache.description}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { cache_hit: false, run_record: recordPath, metrics_json: metricsJsonPath, record, reused_from: null, artifact_paths: artifactPaths };
}

/**
 * The run cache key: SHA-256 over the cache format, the command, every dependency file's path and
 * digest (sorted), the flattened parameter values (sorted keys) and the declared outputs, metrics
 * and run record paths (an entry holds exactly those paths: declaring another output never restores
 * an entry that lacks it). One changed dependency byte or parameter value gives another key.
 */
export function runCacheKey(input: { command: string; deps: RecordedFile[]; params: Record<string, FlatValue>; outputs: string[]; metrics: string | null; runRecord: string }): string {
  return digestText(JSON.stringify([
    RUN_CACHE_FORMAT,
    input.command,
    input.deps.map((file) => [file.path, file.sha256]),
    Object.keys(input.params).sort(byPath).map((name) => [name, input.params[name]]),
    [...input.outputs].sort(byPath),
    input.metrics,
    input.runRecord,
  ]));
}

/**
 * Every file under the declared paths with its digest, sorted by path. A file reached through a
 * symbolic link that leaves the working directory is refused (as publish refuses it): its content
 * would enter the record and the cache key.
 */
export async function digestTree(root: string, paths: string[], what: string): Promise<RecordedFile[]> {
  const files = new Set<string>();
  for (const path of paths) for (const file of await filesUnder(root, path, what)) files.add(file);
  const sorted = [...files].sort(byPath);
  await checkLinkedFiles([...paths, ...sorted].map((file) => join(root, file)), undefined, root);
  const digests: RecordedFile[] = [];
  // A few files at once: small files are bound by opening them, not by hashing.
  for (let i = 0; i < sorted.length; i += 8) {
    const batch = sorted.slice(i, i + 8);
    digests.push(...await Promise.all(batch.map(async (path) => ({ path, ...(await digestAnyFile(join(root, path))) }))));
  }
  return digests;
}

/** Files up to this size are read whole (twice as fast as a stream for the many small files of a data folder); larger ones are streamed. */
const READ_WHOLE_BYTES = 16 * 1024 * 1024;

async function digestAnyFile(path: string): Promise<{ sha256: string; size: number }> {
  if ((await stat(path)).size > READ_WHOLE_BYTES) return digestFile(path);
  const bytes = await readFile(path);
  return { sha256: digestText(bytes), size: bytes.length };
}

/**
 * What the files under a declared path look like (path, size, modification and change times,
 * inode), or null when nothing is there: a command that writes a file changes at least its times.
 */
async function fileStates(root: string, path: string): Promise<string | null> {
  if (!statSync(join(root, path), { throwIfNoEntry: false })) return null;
  const files = await filesUnder(root, path, 'output').catch(() => null);
  if (files === null) return null;
  const states = await Promise.all(files.map(async (file) => {
    const info = await stat(join(root, file), { bigint: true });
    return `${file}\u0000${info.size}\u0000${info.mtimeNs}\u0000${info.ctimeNs}\u0000${info.ino}`;
  }));
  return states.join('\n');
}

function declared(path: string, option: string): string {
  try {
    return checkEntryPath(path);
  } catch {
    throw new InputError(`\`${option}\`: ${path} must be a path inside the working directory`);
  }
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}

function workingDirectoryName(root: string, workspace: string | null): string {
  if (workspace === null) return root;
  const rel = relative(resolve(workspace), root);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? root : rel.split(sep).join('/');
}
