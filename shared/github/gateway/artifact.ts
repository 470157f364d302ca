import { DefaultArtifactClient } from '@actions/artifact';

/**
 * Uploads files as an artifact of the current workflow run (`@actions/artifact`, which finds the
 * run's artifact service through the runner's `ACTIONS_RUNTIME_TOKEN` and `ACTIONS_RESULTS_URL`
 * and retries by its own rules). Files keep their paths below `root`.
 */
export async function uploadWorkflowArtifact(name: string, files: string[], root: string): Promise<{ id: number | undefined; size: number | undefined }> {
  const result = await new DefaultArtifactClient().uploadArtifact(name, files, root);
  return { id: result.id, size: result.size };
}
