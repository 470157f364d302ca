import { createReadStream, createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ExternalServiceError } from '../../../errors.js';
import { httpFailure, networkFailure, pathOf, type CallDescription } from './failures.js';
import type { Log } from './octokit.js';
import { backoffMs, isRetryable, RATE_LIMIT_WAIT_CAP_S, type NetworkPolicy } from './policy.js';

/**
 * Release-asset bytes, streamed between disk and GitHub without holding a file in memory (a model
 * may be close to GitHub's 2 GB asset limit), which Octokit cannot do: it buffers bodies, and a
 * retry would re-send a half-read stream. Plain fetch, then, under the same policy as the API.
 */
export interface Transfers {
  token: string;
  apiUrl: string;
  policy: NetworkPolicy;
  /** Where rate-limit waits are reported. */
  log: Log;
}


const DOWNLOAD = 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}';
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';

/**
 * Streams a release asset to a file; returns its size. `GET /releases/assets/{id}` with
 * `Accept: application/octet-stream` answers 302 to storage on another origin, which rejects an
 * `Authorization` header, or 200 with the bytes: both are handled, the token goes to the API only.
 */
export async function downloadReleaseAsset(transfers: Transfers, owner: string, repo: string, assetId: number, path: string): Promise<{ size: number }> {
  const url = `${transfers.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
  const description = { service: 'GitHub API', call: DOWNLOAD, request: `GET ${pathOf(url, new URL(transfers.apiUrl).pathname)}` };
  return withRetries<{ size: number }>(transfers, description, transfers.policy.downloadTimeoutMs, async (signal) => {
    let response = await fetch(url, {
      headers: { authorization: `token ${transfers.token}`, accept: 'application/octet-stream', 'user-agent': 'mlgate' },
      redirect: 'manual', signal,
    });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) return { status: response.status, body: `HTTP ${response.status} without a Location header`, headers: response.headers };
      response = await fetch(location, { headers: { 'user-agent': 'mlgate' }, signal });
    }
    if (!response.ok || !response.body) return { status: response.status, body: await bodyOf(response), headers: response.headers };
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    // A stream that breaks off part way throws here and is retried from the start (the file is rewritten).
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), count, createWriteStream(path));
    return { value: { size } };
  });
}

/**
 * Uploads a release asset from a file or a text. `uploadUrl` is the release's `upload_url` (a URI
 * template on the uploads origin). Each attempt opens a fresh stream, so a retry after a 5xx or a
 * dropped connection re-sends the whole file; 422 (`already_exists`, an immutable release) and
 * other refusals are final.
 */
export async function uploadReleaseAsset(transfers: Transfers, uploadUrl: string, name: string, source: { path: string; size: number } | { text: string }, contentType: string): Promise<void> {
  const url = `${uploadUrl.replace(/\{\?[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
  const description = { service: 'GitHub API', call: UPLOAD, request: `POST ${pathOf(url)}` };
  await withRetries(transfers, description, transfers.policy.uploadTimeoutMs, async (signal) => {
    const body = 'path' in source ? (Readable.toWeb(createReadStream(source.path)) as unknown as NonNullable<RequestInit['body']>) : source.text;
    const length = 'path' in source ? source.size : Buffer.byteLength(source.text);
    const response = await fetch(url, {
      method: 'POST', body, duplex: 'half', signal,
      headers: { authorization: `token ${transfers.token}`, 'content-type': contentType, 'content-length': String(length), accept: 'application/vnd.github+json', 'user-agent': 'mlgate' },
    } as RequestInit & { duplex: 'half' });
    if (!response.ok) return { status: response.status, body: await bodyOf(response), headers: response.headers };
    await response.body?.cancel();
    return { value: undefined };
  });
}

type Attempt<T> = { value: T } | { status: number; body: unknown; headers: Headers };

/**
 * Runs `attempt` under the policy: a timeout each, retries with back-off, failures as
 * `ExternalServiceError`. A rate limit is waited out as GitHub says, as the throttling plugin
 * does for API calls: at most `rateLimitRetries` times, counted apart from the other retries.
 */
async function withRetries<T>(transfers: Transfers, description: CallDescription, timeoutMs: number, attempt: (signal: AbortSignal) => Promise<Attempt<T>>): Promise<T> {
  const { policy, log } = transfers;
  let retries = 0;
  let rateLimited = 0;
  let wait = 0;
  for (;;) {
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let failure: ExternalServiceError;
    try {
      const outcome = await attempt(AbortSignal.timeout(timeoutMs));
      if ('value' in outcome) return outcome.value;
      failure = httpFailure(description, outcome.status, outcome.body, retries + rateLimited);
      const limit = rateLimitOf(outcome.status, outcome.headers);
      if (limit) {
        if (limit.seconds > RATE_LIMIT_WAIT_CAP_S) {
          throw new ExternalServiceError({
            ...description, status: outcome.status, retries: retries + rateLimited,
            detail: `GitHub's ${limit.kind} rate limit asks to wait ${limit.seconds} s, longer than mlgate waits (${RATE_LIMIT_WAIT_CAP_S / 60} min); run it again later`,
          });
        }
        if (rateLimited >= policy.rateLimitRetries) {
          log.warning(`${limit.kind} rate limit on ${description.request}: giving up after ${rateLimited} retries`);
          throw failure;
        }
        rateLimited++;
        log.info(`${limit.kind} rate limit on ${description.request}: retrying in ${limit.seconds} s`);
        wait = limit.seconds * 1000;
        continue;
      }
    } catch (error) {
      if (error instanceof ExternalServiceError) throw error;
      // A local file that cannot be read or written is not GitHub's failure, and retrying will not help.
      if (typeof (error as { path?: unknown })?.path === 'string') throw error;
      failure = networkFailure(description, error, timeoutMs, retries + rateLimited);
    }
    if (retries >= policy.retries || !isRetryable(policy, failure.status)) throw failure;
    retries++;
    wait = backoffMs(policy, retries);
  }
}

/**
 * GitHub's rate-limit answers (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * a secondary limit is 403 or 429 with `retry-after` (seconds); the primary limit is 403 or 429
 * with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds). Any other 403 is a refusal.
 */
function rateLimitOf(status: number, headers: Headers): { kind: 'primary' | 'secondary'; seconds: number } | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter)) return { kind: 'secondary', seconds: Number(retryAfter) };
  const reset = headers.get('x-ratelimit-reset');
  if (headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\s*\d+\s*$/.test(reset)) {
    // One second more than the reset, as the throttling plugin waits: the reset is rounded down.
    return { kind: 'primary', seconds: Math.max(0, Number(reset) - Math.floor(Date.now() / 1000)) + 1 };
  }
  return undefined;
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
