import type { RunEnvironment } from '../../environment.js';

/**
 * How the gateway treats GitHub: every call to GitHub (REST through Octokit, release-asset
 * transfers) retries, backs off and times out by this one policy.
 *
 * - A failed attempt is retried `retries` times when it got no answer (a dropped connection, a
 *   timeout) or an error status outside `doNotRetry` (5xx, mostly); 4xx answers in `doNotRetry`
 *   will not get better by asking again. Retry n waits n² × `backoffBaseMs` (1 s, 4 s, 9 s by
 *   default: the retry plugin's schedule, kept for the transfers too).
 * - Rate limits (403/429 with `retry-after` or `x-ratelimit-reset`) are waited out as GitHub says,
 *   at most `rateLimitRetries` times, never forever (a wait over 15 minutes,
 *   `RATE_LIMIT_WAIT_CAP_S`, gives up at once: API calls and transfers alike).
 * - Every attempt has a timeout, so a hung connection fails the step instead of the job timing out.
 *   Transfers move up to 2 GB, so theirs are longer than an API call's.
 */
/**
 * The longest rate-limit wait any call sits out. GitHub's secondary limits ask for a minute or
 * so and the primary limit resets within the hour; a longer wait would hold the job (and its
 * runner minutes) for nothing a later run could not do better, so it fails instead, naming the wait.
 */
export const RATE_LIMIT_WAIT_CAP_S = 15 * 60;

export interface NetworkPolicy {
  retries: number;
  backoffBaseMs: number;
  doNotRetry: readonly number[];
  rateLimitRetries: number;
  apiTimeoutMs: number;
  downloadTimeoutMs: number;
  uploadTimeoutMs: number;
  /** Pause between mutating API requests; null: the throttling plugin's (1 s, 3 s for those that notify). */
  writeIntervalMs: number | null;
}

export const DEFAULT_POLICY: NetworkPolicy = {
  retries: 3,
  backoffBaseMs: 1_000,
  doNotRetry: [400, 401, 403, 404, 410, 422, 451],
  rateLimitRetries: 3,
  apiTimeoutMs: 30_000,
  downloadTimeoutMs: 300_000,
  uploadTimeoutMs: 600_000,
  writeIntervalMs: null,
};

/** The default policy with the run environment's `MLGATE_API_*` settings, then `overrides` (tests). */
export function policyFor(environment: RunEnvironment, overrides: Partial<NetworkPolicy> = {}): NetworkPolicy {
  const { timeoutMs, writeIntervalMs, retryBaseMs } = environment.api;
  return {
    ...DEFAULT_POLICY,
    ...(timeoutMs !== null ? { apiTimeoutMs: timeoutMs } : {}),
    ...(writeIntervalMs !== null ? { writeIntervalMs } : {}),
    ...(retryBaseMs !== null ? { backoffBaseMs: retryBaseMs } : {}),
    ...overrides,
  };
}

/** Whether a failed attempt is worth another: no answer at all, or an error status not in `doNotRetry`. */
export function isRetryable(policy: NetworkPolicy, status: number | undefined): boolean {
  return status === undefined || (status >= 400 && !policy.doNotRetry.includes(status));
}

/** The wait before retry `n` (1-based). */
export function backoffMs(policy: NetworkPolicy, n: number): number {
  return n * n * policy.backoffBaseMs;
}
