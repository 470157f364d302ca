import { dirname, resolve } from 'node:path';
import { uploadWorkflowArtifact } from './gateway/index.js';

/**
 * Uploads the report files as a workflow artifact, so a run whose token may not comment (a fork's
 * pull request) still hands its results on: a `workflow_run` job downloads and posts them.
 * Retention follows the repository's setting. Files keep their paths below their common folder.
 */
export async function uploadReportArtifact(name: string, paths: string[]): Promise<{ id: number | undefined; size: number | undefined }> {
  const files = paths.map((path) => resolve(path));
  let root = dirname(files[0]);
  while (!files.every((file) => file.startsWith(`${root}/`))) root = dirname(root);
  return uploadWorkflowArtifact(name, files, root);
}
