import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { RunEnvironment } from '../environment.js';

/**
 * The one module that knows Octokit. Everything else takes a `GitHubClient`.
 *
 * - Base URL from the run environment's `GITHUB_API_URL`, so GitHub Enterprise Server works
 *   (`https://ghes.example/api/v3`).
 * - Primary and secondary rate limits (403/429 with `retry-after` or `x-ratelimit-reset`) are
 *   waited out and retried by the throttling plugin, a few times, never forever.
 * - 5xx answers and dropped connections are retried with back-off by the retry plugin; 4xx other
 *   than rate limits are not (they will not get better).
 * - Every request has a timeout, so a hung connection fails the step instead of the job timing out.
 */
const ClientWithPlugins = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof ClientWithPlugins>;

export interface ClientOptions {
  token: string;
  /** How many times a rate-limited request is retried before giving up. */
  rateLimitRetries?: number;
  /** Logger for retries and waits (the actions pass `core.info`/`core.warning`). */
  log?: { info(message: string): void; warning(message: string): void };
}

/**
 * A client for the run environment's API. Its `MLGATE_API_TIMEOUT_MS` (a slow GitHub Enterprise
 * Server, or a test) changes the 30 s timeout; its `MLGATE_API_WRITE_INTERVAL_MS` changes the
 * pause between mutating requests (GitHub asks for about a second to stay clear of secondary rate
 * limits: the throttling plugin's default; a server without such limits, or a test, may use 0).
 */
export function createGitHubClient(environment: RunEnvironment, options: ClientOptions): GitHubClient {
  const log = options.log ?? { info: () => undefined, warning: () => undefined };
  const timeoutMs = environment.api.timeoutMs ?? 30_000;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const interval = environment.api.writeIntervalMs;
  const write = interval !== null ? new Bottleneck.Group({ id: 'mlgate-write', maxConcurrent: 1, minTime: interval }) : undefined;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= rateLimitRetries) {
      log.warning(`${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
      return false;
    }
    log.info(`${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
    return true;
  };
  return new ClientWithPlugins({
    auth: options.token,
    baseUrl: environment.apiUrl,
    userAgent: 'mlgate',
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warning(m), error: () => undefined },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...(write ? { write } : {}) },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    request: {
      fetch: (url: string | URL, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
  });
}

/** GitHub's answer when the token may not do this (e.g. a fork pull request's read-only token). */
export function isPermissionDenied(error: unknown): boolean {
  const e = error as { status?: number; message?: string };
  return e?.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(e.message ?? '');
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}
