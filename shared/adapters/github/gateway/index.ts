import type { RunEnvironment } from '../../environment.js';
import { createClient, type GitHubClient, type Log } from './octokit.js';
import { policyFor, type NetworkPolicy } from './policy.js';
import { downloadReleaseAsset, uploadReleaseAsset, type Transfers } from './release-assets.js';

/**
 * The one way mlgate talks to GitHub. Everything that calls GitHub goes through here: REST calls
 * (Octokit with its retry and throttling plugins), release-asset transfers, and workflow
 * artifacts. Retries, back-off and timeouts follow one `NetworkPolicy`; every call that still
 * fails throws an `ExternalServiceError` naming the call and the status (exit code 69), so no
 * caller wraps GitHub's errors again. Other modules import only from this index.
 */
export interface GitHubGateway {
  /** REST calls (`client.rest.*`, `client.paginate`). */
  readonly client: GitHubClient;
  /** The retry policy, for callers that retry a non-idempotent create themselves (`request: { retries: 0 }`). */
  readonly policy: NetworkPolicy;
  /** Streams a release asset to `path`. */
  downloadReleaseAsset(owner: string, repo: string, assetId: number, path: string): Promise<{ size: number }>;
  /** Uploads a file (streamed) or a text to a release's `upload_url`. */
  uploadReleaseAsset(uploadUrl: string, name: string, source: { path: string; size: number } | { text: string }, contentType: string): Promise<void>;
}

export interface GatewayOptions {
  token: string;
  /** Where retries and rate-limit waits are reported (the actions pass `core.info`/`core.warning`). */
  log?: Log;
  /** Changes to the policy (tests shorten timeouts and back-off). */
  policy?: Partial<NetworkPolicy>;
}

/** A gateway for one token, to the API of the run environment (`GITHUB_API_URL`, so GHES works). */
export function openGateway(environment: RunEnvironment, options: GatewayOptions): GitHubGateway {
  const policy = policyFor(environment, options.policy);
  const log = options.log ?? { info: () => undefined, warning: () => undefined };
  const transfers: Transfers = { token: options.token, apiUrl: environment.apiUrl, policy };
  return {
    client: createClient(options.token, environment.apiUrl, policy, log),
    policy,
    downloadReleaseAsset: (owner, repo, assetId, path) => downloadReleaseAsset(transfers, owner, repo, assetId, path),
    uploadReleaseAsset: (uploadUrl, name, source, contentType) => uploadReleaseAsset(transfers, uploadUrl, name, source, contentType),
  };
}

export type { GitHubClient, Log } from './octokit.js';
export type { NetworkPolicy } from './policy.js';
export { backoffMs } from './policy.js';
export { isPermissionDenied, statusOf } from './failures.js';
export { uploadWorkflowArtifact } from './artifact.js';
