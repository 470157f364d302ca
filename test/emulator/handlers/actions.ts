/**
 * Workflow-run artifacts as another run reads them (what `@actions/artifact` does with
 * `findBy: {token, workflowRunId, repositoryOwner, repositoryName}`).
 *
 * GitHub's rules kept here:
 * - `GET /actions/runs/{run_id}/artifacts` lists the run's artifacts (newest first), filtered by
 *   exact `name`, paginated; a run without artifacts is an empty list, not a 404.
 * - `GET /actions/artifacts/{id}/{archive_format}` answers 302 to a short-lived signed blob URL;
 *   only `zip` exists (anything else 404); an expired artifact answers 410 "Artifact has expired".
 * - Both need `actions: read` on the token.
 * The artifacts themselves are added by the Actions results service stand-in (`../artifacts.ts`)
 * when an upload is finalized.
 */
import { basicError, notFound, ok, paginate } from '../http.js';
import type { HandlerContext } from '../http.js';
import type { Routes } from './types.js';

function listRunArtifacts(ctx: HandlerContext) {
  const name = ctx.query.name;
  const artifacts = ctx.state.workflowArtifacts
    .filter((a) => a.runId === ctx.params.run_id && (name === undefined || a.data.name === name))
    .sort((a, b) => b.data.id - a.data.id);
  const { page, headers } = paginate(ctx, artifacts);
  return ok({ total_count: artifacts.length, artifacts: page.map((a) => a.data) }, headers);
}

function downloadArtifact(ctx: HandlerContext) {
  const artifact = ctx.state.workflowArtifacts.find((a) => a.data.id === ctx.params.artifact_id);
  if (!artifact || ctx.params.archive_format !== 'zip') throw notFound(ctx);
  if (artifact.data.expired) throw basicError(410, 'Artifact has expired', ctx.operation.docsUrl);
  return { status: 302, headers: { location: artifact.signedUrl() } };
}

export const actionsRoutes: Routes = {
  'actions/list-workflow-run-artifacts': { handle: listRunArtifacts, needs: { anyOf: [['actions', 'read']] } },
  'actions/download-artifact': { handle: downloadArtifact, needs: { anyOf: [['actions', 'read']] } },
};
