import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

/**
 * The one module that knows Octokit. Everything else takes a `GitHubClient`.
 *
 * - Base URL from `GITHUB_API_URL`, so GitHub Enterprise Server works (`https://ghes.example/api/v3`).
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
  /** Default: `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** How many times a rate-limited request is retried before giving up. */
  rateLimitRetries?: number;
  /**
   * Pause between mutating requests. GitHub asks for about a second to stay clear of secondary
   * rate limits (the throttling plugin's default, 3 s before requests that notify people: comments,
   * releases); `MLGATE_API_WRITE_INTERVAL_MS` sets both (a GitHub Enterprise Server without such
   * limits, or tests against the emulator).
   */
  writeIntervalMs?: number;
  /** Logger for retries and waits (the actions pass `core.info`/`core.warning`). */
  log?: { info(message: string): void; warning(message: string): void };
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? { info: () => undefined, warning: () => undefined };
  // MLGATE_API_TIMEOUT_MS lets a slow GitHub Enterprise Server (or a test) change the default.
  const timeoutMs = options.timeoutMs ?? (Number(process.env.MLGATE_API_TIMEOUT_MS) || 30_000);
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const interval = options.writeIntervalMs ?? (process.env.MLGATE_API_WRITE_INTERVAL_MS !== undefined ? Number(process.env.MLGATE_API_WRITE_INTERVAL_MS) : undefined);
  // The plugin spaces notifying requests in a group of their own; setting only `write` would
  // leave 3 s between comments or releases whatever the setting says.
  const spacing = interval !== undefined && Number.isFinite(interval) && interval >= 0
    ? {
      write: new Bottleneck.Group({ id: 'mlgate-write', maxConcurrent: 1, minTime: interval }),
      notifications: new Bottleneck.Group({ id: 'mlgate-notifications', maxConcurrent: 1, minTime: interval }),
    }
    : {};
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
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    userAgent: 'mlgate',
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warning(m), error: () => undefined },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...spacing },
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
