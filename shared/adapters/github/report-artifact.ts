import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { uploadWorkflowArtifact } from './gateway/index.js';

/**
 * The report artifact's name: the given prefix, the job id and, in a matrix, a hash of the job's
 * matrix entry. Artifact names are unique per workflow run (a second upload of a name answers 409),
 * so two gate jobs, two matrix entries or a workflow's own `upload-artifact` step of the prefix
 * never collide; a `workflow_run` job downloads them all with `pattern: <prefix>-*`.
 */
export function reportArtifactName(prefix: string, job: string | null, matrix: string | undefined): string {
  const parts = [prefix, job ?? 'job'];
  if (matrix) parts.push(createHash('sha256').update(matrix).digest('hex').slice(0, 12));
  // Job ids are letters, digits, `-` and `_`; anything else could not be in an artifact name.
  return parts.join('-').replace(/["':<>|*?\\/\r\n]/g, '_');
}

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
