import { ExternalServiceError } from '../../../errors.js';

/**
 * Uploads files as an artifact of the current workflow run (`@actions/artifact`, which finds the
 * run's artifact service through the runner's `ACTIONS_RUNTIME_TOKEN` and `ACTIONS_RESULTS_URL`
 * and retries by its own rules). Files keep their paths below `root`. Any failure, including
 * "not in an Actions run", is an `ExternalServiceError`.
 */
export async function uploadWorkflowArtifact(name: string, files: string[], root: string): Promise<{ id: number | undefined; size: number | undefined }> {
  try {
    // Loaded here, not at the top: the client and its dependencies are 2.7 MB of the bundle, and
    // only a run that may not comment needs them; every other gate run started ~0.5 s later for it.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    return { id: result.id, size: result.size };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The toolkit's Twirp client words a refusal as "Failed request: (403) Forbidden".
    const status = /Failed request: \((\d{3})\)/.exec(message)?.[1];
    throw new ExternalServiceError({
      service: 'GitHub artifacts', call: 'upload artifact', request: `upload of artifact \`${name}\``,
      status: status === undefined ? undefined : Number(status), detail: message.split('\n')[0], retries: 0, cause: error,
    });
  }
}
