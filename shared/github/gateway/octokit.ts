import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { NetworkPolicy } from './policy.js';

const ClientWithPlugins = Octokit.plugin(throttling, retry);
/** Octokit with retries, throttling and timeouts. */
export type GitHubClient = InstanceType<typeof ClientWithPlugins>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Octokit for one token and API: the throttling plugin waits out rate limits, the retry plugin
 * retries 5xx answers and dropped connections (both by the gateway's `policy`), and each attempt
 * has a timeout.
 */
export function createClient(token: string, apiUrl: string, policy: NetworkPolicy, log: Log): GitHubClient {
  // The throttling plugin spaces writes 1 s apart, and writes that notify people (comments,
  // releases) 3 s apart; a configured interval replaces both.
  const paced = (id: string) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: policy.writeIntervalMs ?? 0 });
  const pacing = policy.writeIntervalMs !== null ? { write: paced('mlgate-write'), notifications: paced('mlgate-notifications') } : {};
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
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
  return new ClientWithPlugins({
    auth: token,
    baseUrl: apiUrl,
    userAgent: 'mlgate',
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warning(m), error: () => undefined },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...pacing },
    retry: { retries: policy.retries, retryAfterBaseValue: policy.backoffBaseMs, doNotRetry: [...policy.doNotRetry] },
    request: { fetch: timedFetch },
  });
}
