import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { isEnterpriseServer, type RunEnvironment } from '../adapters/environment.js';
import type { Logger } from './command.js';
import type { Door } from './options.js';

/**
 * The model's hand-off between jobs and workflow runs: train uploads its outputs, metrics and run
 * record as a workflow artifact; evaluate and publish download it first (`model-artifact`, and
 * `model-run-id` for another run, e.g. a `workflow_run` job publishing after the merge).
 * GitHub Enterprise Server has no artifact service the toolkit can use (it refuses GHES).
 */
const GHES = 'the artifact hand-off is unavailable on GitHub Enterprise Server (the toolkit\'s artifact client refuses it)';

/**
 * Uploads `paths` (relative to `root`) as artifact `name`. Returns its id, or null when nothing was
 * uploaded: outside an action step, on GitHub Enterprise Server, or when the upload failed (one warning each but on the command line; the
 * trained model is still in the workspace, and a job that needs the artifact says it is missing).
 */
export async function uploadModel(name: string, root: string, paths: string[], context: { environment: RunEnvironment; log: Logger; door?: Door }): Promise<number | null> {
  const services = context.environment.actionsServices;
  if (services.runtimeToken === null || services.resultsUrl === null) {
    // The runner gives the artifact service to action steps only: the CLI (a laptop, a `run:`
    // step) has none, and its user asked for no upload there; an action without it is not on GitHub.
    if (context.door !== 'cli') context.log.warning(`model artifact \`${name}\` not uploaded: this step has no GitHub Actions artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL)`);
    return null;
  }
  if (isEnterpriseServer(context.environment.serverUrl)) {
    context.log.warning(`model artifact \`${name}\` not uploaded: ${GHES}; the model is in this job's workspace only`);
    return null;
  }
  try {
    // Loaded when there is an artifact to move: a run without one never loads the GitHub client.
    const { uploadModelArtifact } = await import('../adapters/github/gateway/index.js');
    const uploaded = await uploadModelArtifact(name, root, paths);
    context.log.info(`uploaded ${paths.join(', ')} as artifact \`${name}\` (${uploaded.size ?? '?'} bytes, id ${uploaded.id ?? '?'})`);
    return uploaded.id ?? null;
  } catch (error) {
    context.log.warning(`model artifact \`${name}\` not uploaded: ${(error as Error).message}`);
    return null;
  }
}

export interface ModelDownload {
  /** `model-artifact`: the artifact's name; absent, nothing is downloaded. */
  artifact?: string;
  /** `model-run-id`: another workflow run's id; absent, this run. */
  runId?: string;
  token: string | undefined;
  environment: RunEnvironment;
  log: Logger;
  /** Where the files land (at the paths they had below train's working directory). */
  destination: string;
}

/** Downloads the model artifact when one is named; returns the folder it went into, or null. */
export async function downloadModel(options: ModelDownload): Promise<string | null> {
  if (options.artifact === undefined || options.artifact === '') {
    if (options.runId) throw new InputError('model-run-id is given without model-artifact (the name of the artifact to download from that run)');
    return null;
  }
  if (options.runId !== undefined && !/^[1-9]\d{0,19}$/.test(options.runId)) {
    throw new InputError(`model-run-id \`${options.runId}\` is not a workflow run id (a positive whole number, e.g. \${{ github.event.workflow_run.id }})`);
  }
  if (isEnterpriseServer(options.environment.serverUrl)) {
    throw new InputError(`model-artifact \`${options.artifact}\`: ${GHES}; fetch the model from the registry instead (the fetch action, \`mlgate fetch\`)`);
  }
  const destination = resolve(options.destination);
  const { downloadModelArtifact } = await import('../adapters/github/gateway/index.js');
  const { id } = await downloadModelArtifact(options.artifact, { runId: options.runId, token: options.token, repository: options.environment.repository }, destination);
  options.log.info(`downloaded model artifact \`${options.artifact}\` (id ${id}) from ${options.runId ? `workflow run ${options.runId}` : 'this workflow run'} into ${destination}`);
  return destination;
}
