import { join } from 'node:path';
import { ExternalServiceError, InputError } from '../../../errors.js';
import { filesUnder } from '../../files/walk.js';

/**
 * Uploads files as an artifact of the current workflow run (`@actions/artifact`, which finds the
 * run's artifact service through the runner's `ACTIONS_RUNTIME_TOKEN` and `ACTIONS_RESULTS_URL`
 * and retries by its own rules). Files keep their paths below `root`. Any failure, including
 * "not in an Actions run", is an `ExternalServiceError`.
 */
export async function uploadWorkflowArtifact(name: string, files: string[], root: string, options: { compressionLevel?: number } = {}): Promise<{ id: number | undefined; size: number | undefined }> {
  try {
    // Loaded here, not at the top: the client and its dependencies are 2.7 MB of the bundle, and
    // only a run that may not comment needs them; every other gate run started ~0.5 s later for it.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, root, options);
    return { id: result.id, size: result.size };
  } catch (error) {
    throw artifactFailure(error, 'upload artifact', `upload of artifact \`${name}\``);
  }
}

/** Where a model artifact comes from: this workflow run, or another run read through the REST API with `token`. */
export interface ArtifactSource {
  /** Another workflow run's id (a `workflow_run` job's `github.event.workflow_run.id`); absent: this run. */
  runId?: string | number;
  token?: string | null;
  /** The repository of that run (`GITHUB_REPOSITORY` by default, which the caller passes). */
  repository?: { owner: string; repo: string } | null;
}

/**
 * Uploads a trained model (files or folders below `root`, the run record beside them) as an
 * artifact of this run, so another job or a later workflow run can download it. Files keep their
 * paths below `root`. Returns the artifact's id.
 */
export async function uploadModelArtifact(name: string, root: string, paths: string[]): Promise<{ id: number | undefined; size: number | undefined }> {
  const files = (await Promise.all(paths.map((path) => filesUnder(root, path, 'artifact path')))).flat();
  // Stored (zip level 0), not the toolkit's 6: weights are mostly incompressible, and deflating
  // them is the slowest part of the hand-off. `npm run bench` (100 MB in 1,000 files, idle 2-core
  // machine): 5.96 s beyond the raw transfer at level 1, 2.3 s stored. A text model (JSON) moves
  // bigger, over the runner's fast link to the artifact service.
  return uploadWorkflowArtifact(name, [...new Set(files)].map((file) => join(root, file)), root, { compressionLevel: 0 });
}

/**
 * Downloads artifact `name` into `destination` (files at the paths they were uploaded with): from
 * this run through the runner's artifact service, or from run `source.runId` through the REST API
 * (`GET /repos/{o}/{r}/actions/runs/{id}/artifacts?name=`, then the archive's 302 to storage).
 * The archive's SHA-256 is checked against the digest recorded at upload; a mismatch is an
 * `ExternalServiceError` here. An artifact that does not exist is an `InputError` naming it.
 */
export async function downloadModelArtifact(name: string, source: ArtifactSource, destination: string): Promise<{ id: number; runId: string | null }> {
  const runId = source.runId === undefined || source.runId === '' ? null : String(source.runId);
  if (runId !== null && (!source.token || !source.repository)) {
    throw new InputError(`model artifact \`${name}\` of run ${runId}: reading another run's artifacts needs a token and the repository`);
  }
  const findBy = runId === null ? undefined : { token: source.token!, workflowRunId: Number(runId), repositoryOwner: source.repository!.owner, repositoryName: source.repository!.repo };
  const where = runId === null ? 'this workflow run' : `workflow run ${runId}`;
  let id: number;
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    let digest: string | undefined;
    try {
      ({ id, digest } = (await client.getArtifact(name, findBy ? { findBy } : undefined)).artifact);
    } catch (error) {
      if ((error as Error).name === 'ArtifactNotFoundError') {
        throw new InputError(`model artifact \`${name}\` not found in ${where} (it expires after the repository's retention period; check the name and the run id)`);
      }
      throw error;
    }
    // The toolkit compares digests only when given the expected one.
    const result = await client.downloadArtifact(id, { path: destination, ...(digest ? { expectedHash: digest } : {}), ...(findBy ? { findBy } : {}) });
    if (result.digestMismatch) throw new Error(`the archive's SHA-256 differs from the digest ${digest} recorded when it was uploaded; the files written to ${destination} are not the uploaded ones`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw artifactFailure(error, 'download artifact', `download of artifact \`${name}\` from ${where}`);
  }
  return { id, runId };
}

function artifactFailure(error: unknown, call: string, request: string): ExternalServiceError {
  const message = error instanceof Error ? error.message : String(error);
  // The toolkit's Twirp client words a refusal as "Failed request: (403) Forbidden"; Octokit's errors carry `status`.
  const status = /Failed request: \((\d{3})\)/.exec(message)?.[1] ?? (error as { status?: number }).status;
  return new ExternalServiceError({
    service: 'GitHub artifacts', call, request,
    status: status === undefined ? undefined : Number(status), detail: message.split('\n')[0], retries: 0, cause: error,
  });
}
