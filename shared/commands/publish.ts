import { readFileSync, statSync } from 'node:fs';
import { currentEnvironment, type RunEnvironment } from '../adapters/environment.js';
import { InputError } from '../errors.js';
import { buildLineage } from './build-lineage.js';
import { renderModelCard } from '../render/model-card.js';
import { lineageStatement } from '../core/lineage/in-toto.js';
import type { LineageRecord } from '../core/lineage/record.js';
import { readDrift } from '../adapters/codecs/drift-json.js';
import { encodeEvaluation, readEvaluation } from '../adapters/codecs/evaluation-json.js';
import { readGateReport } from '../adapters/codecs/gate-json.js';
import { decodeLineage, encodeLineage } from '../adapters/codecs/lineage-json.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import type { PublishResult, StageEvent } from '../core/registry/model-registry.js';
import { checkModelName, checkStageName, normaliseVersion } from '../adapters/registry/names.js';
import { join } from 'node:path';
import { toJson, writeFileAtomic } from '../adapters/files/files.js';
import { checkLinkedFiles } from '../adapters/registry/publish-files.js';
import { formatChecksums } from '../adapters/registry/checksums.js';
import { TOOL_VERSION } from '../version.js';
import { promote } from './promote.js';
import { runRecordCodec } from '../adapters/codecs/run-record-json.js';
import { digestFile } from '../adapters/files/digest.js';

/** The lineage as an in-toto Statement v1 with a SLSA provenance v1 predicate, ready to attest. */
export const PROVENANCE_FILE = 'provenance.intoto.json';

export interface PublishOptions {
  model: string;
  version: string;
  files: string[];
  store?: string;
  data?: string[];
  params?: Record<string, unknown>;
  evaluation?: string;
  /** The predictions file behind the evaluation (pins the evaluation set in the lineage). */
  evaluationSet?: string;
  drift?: string;
  /** The gate report JSON of the comparison with the parent. */
  gateReport?: string;
  parent?: string;
  cardTemplate?: string;
  command?: string;
  /** Train's run record (command mode): its command, params, deps and metrics go into the lineage. */
  runRecord?: string;
  /** Token for `store: github` (default: GITHUB_TOKEN). */
  token?: string;
  /** Folder for local copies of lineage.json and the provenance statement (for an attestation step). */
  out?: string;
  /** Assign the published version to this stage too. */
  stage?: string;
  /** The run publishing it (repository, commit, workflow run); default this process's. */
  environment?: RunEnvironment;
  /** Where notes for the log go (a model file published through a symbolic link). */
  warn?: (message: string) => void;
}

export interface PublishCommandResult extends PublishResult {
  lineage: LineageRecord;
  /** The local copies written to `out`. */
  local: { lineage: string; provenance: string; predicate: string; checksums: string } | null;
  stageEvent: StageEvent | null;
}

/** Publishes a version; then writes local copies of its provenance and assigns the stage, when asked. */
export async function publish(options: PublishOptions): Promise<PublishCommandResult> {
  // Every input is checked before the first write: a bad stage name found after publishing would leave a version without its stage.
  if (options.stage !== undefined) checkStageName(options.stage);
  const published = await publishVersion(options);
  const local = options.out ? writeProvenanceCopies(published.lineage, options.out) : null;
  const stageEvent = options.stage
    ? await promote({ model: options.model, version: published.version.version, stage: options.stage, store: options.store, token: options.token, environment: options.environment, warn: options.warn })
    : null;
  return { ...published, local, stageEvent };
}

/**
 * lineage.json, the in-toto statement, its predicate alone (what actions/attest takes as
 * `predicate-path`) and SHA256SUMS of the statement's subjects (its `subject-checksums`), so the
 * signed subjects are exactly the lineage's model files.
 */
function writeProvenanceCopies(lineage: LineageRecord, out: string): NonNullable<PublishCommandResult['local']> {
  const statement = lineageStatement(lineage);
  const paths = {
    lineage: join(out, 'lineage.json'), provenance: join(out, PROVENANCE_FILE), predicate: join(out, 'provenance.predicate.json'), checksums: join(out, 'SHA256SUMS'),
  };
  writeFileAtomic(paths.lineage, encodeLineage(lineage));
  writeFileAtomic(paths.provenance, toJson(statement));
  writeFileAtomic(paths.predicate, toJson(statement.predicate));
  writeFileAtomic(paths.checksums, formatChecksums(statement.subject.map((s) => ({ name: s.name, sha256: s.digest.sha256 }))));
  return paths;
}

/** A path the user named must be a readable regular file before anything is published. */
function checkRegularFile(path: string, label: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${label}: ${path}: not found`);
  }
  if (!stats.isFile()) throw new InputError(`${label}: ${path}: ${stats.isDirectory() ? 'is a directory' : 'is not a regular file'}, expected a file`);
}

async function publishVersion(options: PublishOptions): Promise<PublishResult & { lineage: LineageRecord }> {
  checkModelName(options.model);
  const version = normaliseVersion(options.version);
  if (options.files.length === 0) throw new InputError('publish needs at least one model file (--files)');
  for (const [label, paths] of [['--files', options.files], ['--data', options.data ?? []], ['--evaluation-set', options.evaluationSet ? [options.evaluationSet] : []]] as const) {
    for (const path of paths) checkRegularFile(path, label);
  }
  await checkLinkedFiles(options.files, options.warn);
  const environment = options.environment ?? currentEnvironment();
  const registry = openRegistry(options.store, { environment, token: options.token });
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : undefined;
  const gateReport = options.gateReport ? readGateReport(options.gateReport) : undefined;
  const runRecord = options.runRecord ? { record: runRecordCodec.read(options.runRecord), sha256: (await digestFile(options.runRecord)).sha256 } : undefined;
  const lineage = await buildLineage({
    model: options.model, version, files: options.files,
    data: options.data, parameters: options.params, evaluation, evaluationSet: options.evaluationSet,
    drift: options.drift ? readDrift(options.drift) : undefined,
    parent: options.parent ? { version: normaliseVersion(options.parent), verdict: gateReport?.verdict ?? null } : null,
    command: options.command ?? null, toolVersion: TOOL_VERSION, environment, runRecord,
  });
  let template: string | undefined;
  if (options.cardTemplate) {
    try {
      template = readFileSync(options.cardTemplate, 'utf8');
    } catch {
      throw new InputError(`${options.cardTemplate}: model card template not found`);
    }
  }
  // The lineage's clock and run fields differ between runs; re-publishing the same version must
  // compare the model files, not these, so an existing version's documents are kept as they are.
  const existing = await registry.resolve(options.model, { version }).catch((error: unknown) => {
    if (error instanceof InputError) return undefined; // not published (yet)
    throw error;
  });
  // A version registered by its git tag alone (`gto register`) has no files yet: publishing attaches
  // them with freshly made documents, like a new version.
  if (existing && existing.files.length > 0) {
    const result = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents: await storedDocuments(registry, options.model, version) });
    const stored = await registry.readDocument(options.model, version, 'lineage.json');
    return { ...result, lineage: stored ? decodeLineage(stored, `${options.model}@v${version}/lineage.json`) : lineage };
  }
  // The record must satisfy its own published schema before anything is uploaded.
  decodeLineage(encodeLineage(lineage), 'lineage.json');
  const documents: Record<string, string> = {
    'lineage.json': encodeLineage(lineage),
    [PROVENANCE_FILE]: toJson(lineageStatement(lineage)),
    'MODEL_CARD.md': renderModelCard(lineage, template, options.cardTemplate),
  };
  if (evaluation) documents['metrics.json'] = encodeEvaluation(evaluation);
  const result = await registry.publish({ model: options.model, version, files: options.files.map((path) => ({ path })), documents });
  return { ...result, lineage };
}

async function storedDocuments(registry: ReturnType<typeof openRegistry>, model: string, version: string): Promise<Record<string, string>> {
  const documents: Record<string, string> = {};
  for (const name of ['lineage.json', PROVENANCE_FILE, 'MODEL_CARD.md', 'metrics.json']) {
    const text = await registry.readDocument(model, version, name);
    if (text !== undefined) documents[name] = text;
  }
  return documents;
}
