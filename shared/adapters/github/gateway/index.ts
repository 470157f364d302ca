import type { RunEnvironment } from '../../environment.js';
import { createOnce } from './create-once.js';
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
  /** The policy its calls follow, for callers that must retry a non-idempotent call themselves. */
  readonly policy: NetworkPolicy;
  /** Streams a release asset to `path`. */
  downloadReleaseAsset(owner: string, repo: string, assetId: number, path: string): Promise<{ size: number }>;
  /** Uploads a file (streamed) or a text to a release's `upload_url`. */
  uploadReleaseAsset(uploadUrl: string, name: string, source: { path: string; size: number } | { text: string }, contentType: string): Promise<void>;
  /**
   * Runs a creating call at most once in effect: `create` must pass `NO_AUTOMATIC_RETRY` to Octokit;
   * after a lost answer `findMade` adopts what GitHub made before the call is sent again.
   */
  createOnce<T>(create: () => Promise<T>, findMade: () => Promise<T | undefined>): Promise<T>;
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
  const transfers: Transfers = { token: options.token, apiUrl: environment.apiUrl, policy, log };
  return {
    client: createClient(options.token, environment.apiUrl, policy, log),
    policy,
    downloadReleaseAsset: (owner, repo, assetId, path) => downloadReleaseAsset(transfers, owner, repo, assetId, path),
    uploadReleaseAsset: (uploadUrl, name, source, contentType) => uploadReleaseAsset(transfers, uploadUrl, name, source, contentType),
    createOnce: (create, findMade) => createOnce(policy, create, findMade),
  };
}

export type { GitHubClient, Log } from './octokit.js';
export type { NetworkPolicy } from './policy.js';
export { backoffMs, isRetryable } from './policy.js';
export { isPermissionDenied, statusOf } from './failures.js';
export { createOnce, NO_AUTOMATIC_RETRY } from './create-once.js';
export { downloadModelArtifact, uploadModelArtifact, uploadWorkflowArtifact, type ArtifactSource } from './artifact.js';
