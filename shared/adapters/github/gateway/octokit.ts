import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { httpFailure, networkFailure, pathOf, type CallDescription } from './failures.js';
import { RATE_LIMIT_WAIT_CAP_S, type NetworkPolicy } from './policy.js';

const ClientWithPlugins = Octokit.plugin(throttling, retry);
/** Octokit with retries, throttling and timeouts; every failed call throws an `ExternalServiceError`. */
export type GitHubClient = InstanceType<typeof ClientWithPlugins>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Octokit for one token and API: the throttling plugin waits out rate limits, the retry plugin
 * retries 5xx answers and dropped connections (both by the gateway's `policy`), each attempt has
 * a timeout, and an outermost request hook turns whatever failure remains into an
 * `ExternalServiceError` carrying the call and the status.
 */
export function createClient(token: string, apiUrl: string, policy: NetworkPolicy, log: Log): GitHubClient {
  // The throttling plugin spaces writes 1 s apart, and writes that notify people (comments,
  // releases) 3 s apart; a configured interval replaces both.
  const paced = (id: string) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: policy.writeIntervalMs ?? 0 });
  const pacing = policy.writeIntervalMs !== null ? { write: paced('mlgate-write'), notifications: paced('mlgate-notifications') } : {};
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryAfter > RATE_LIMIT_WAIT_CAP_S) {
      log.warning(`${kind} rate limit on ${request.method} ${request.url}: GitHub asks to wait ${retryAfter} s, longer than mlgate waits (${RATE_LIMIT_WAIT_CAP_S / 60} min)`);
      return false;
    }
    if (retryCount >= policy.rateLimitRetries) {
      log.warning(`${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
      return false;
    }
    log.info(`${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
    return true;
  };
  const timedFetch: Fetch = (url, init) => {
    const timeout = AbortSignal.timeout(policy.apiTimeoutMs);
    return fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  const client = new ClientWithPlugins({
    auth: token,
    baseUrl: apiUrl,
    userAgent: 'mlgate',
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warning(m), error: () => undefined },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...pacing },
    retry: { retries: policy.retries, retryAfterBaseValue: policy.backoffBaseMs, doNotRetry: [...policy.doNotRetry] },
    request: { fetch: timedFetch },
  });
  const basePath = new URL(apiUrl).pathname;
  // Registered after the plugins, so it wraps them: it sees the last failure, after every retry.
  client.hook.wrap('request', async (request, options) => {
    // Counting this request's attempts through its own fetch: the plugins re-send `options`.
    let attempts = 0;
    const inner = (options.request?.fetch as Fetch | undefined) ?? timedFetch;
    options.request = { ...options.request, fetch: ((url, init) => {
      attempts++;
      return inner(url, init);
    }) satisfies Fetch };
    try {
      return await request(options);
    } catch (error) {
      const failed = error as { status?: unknown; request?: { url?: string }; response?: { data?: unknown } };
      if (typeof failed?.status !== 'number' || !failed.request) throw error; // not a request that failed: a bug
      const method = String(options.method);
      const template = pathOf(String(options.url), basePath).replace(/\{\?[^}]*\}$/, '');
      const description: CallDescription = {
        service: 'GitHub API', call: `${method} ${template}`, request: `${method} ${pathOf(failed.request.url ?? String(options.url), basePath)}`,
      };
      const retries = Math.max(0, attempts - 1);
      // Octokit reports "no answer" as status 500 without a response.
      if (!failed.response) throw networkFailure(description, error, policy.apiTimeoutMs, retries);
      throw httpFailure(description, failed.status, failed.response.data, retries, error);
    }
  });
  return client;
}
