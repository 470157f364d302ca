import { dirname, resolve } from 'node:path';

/**
 * Uploads the report files as a workflow artifact, so a run whose token may not comment (a fork's
 * pull request) still hands its results on: a `workflow_run` job downloads and posts them.
 * Retention follows the repository's setting. Files keep their paths below their common folder.
 */
export async function uploadReportArtifact(name: string, paths: string[]): Promise<{ id: number | undefined; size: number | undefined }> {
  const files = paths.map((path) => resolve(path));
  let root = dirname(files[0]);
  while (!files.every((file) => file.startsWith(`${root}/`))) root = dirname(root);
  // Loaded here, not at the top: the client and its dependencies are 2.7 MB of the bundle, and only
  // a run that may not comment needs them; every other gate run started about 0.5 s later for it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const result = await new DefaultArtifactClient().uploadArtifact(name, files, root);
  return { id: result.id, size: result.size };
}
