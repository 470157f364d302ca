import { createReadStream, createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ExternalServiceError } from '../../../errors.js';
import { httpFailure, networkFailure, pathOf, type CallDescription } from './failures.js';
import { backoffMs, isRetryable, type NetworkPolicy } from './policy.js';

/**
 * Release-asset bytes, streamed between disk and GitHub without holding a file in memory (a model
 * may be close to GitHub's 2 GB asset limit), which Octokit cannot do: it buffers bodies, and a
 * retry would re-send a half-read stream. Plain fetch, then, under the same policy as the API.
 */
export interface Transfers {
  token: string;
  apiUrl: string;
  policy: NetworkPolicy;
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
  return withRetries<{ size: number }>(transfers.policy, description, transfers.policy.downloadTimeoutMs, async (signal) => {
    let response = await fetch(url, {
      headers: { authorization: `token ${transfers.token}`, accept: 'application/octet-stream', 'user-agent': 'mlgate' },
      redirect: 'manual', signal,
    });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) return { status: response.status, body: `HTTP ${response.status} without a Location header` };
      response = await fetch(location, { headers: { 'user-agent': 'mlgate' }, signal });
    }
    if (!response.ok || !response.body) return { status: response.status, body: await bodyOf(response) };
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
  await withRetries(transfers.policy, description, transfers.policy.uploadTimeoutMs, async (signal) => {
    const body = 'path' in source ? (Readable.toWeb(createReadStream(source.path)) as unknown as NonNullable<RequestInit['body']>) : source.text;
    const length = 'path' in source ? source.size : Buffer.byteLength(source.text);
    const response = await fetch(url, {
      method: 'POST', body, duplex: 'half', signal,
      headers: { authorization: `token ${transfers.token}`, 'content-type': contentType, 'content-length': String(length), accept: 'application/vnd.github+json', 'user-agent': 'mlgate' },
    } as RequestInit & { duplex: 'half' });
    if (!response.ok) return { status: response.status, body: await bodyOf(response) };
    await response.body?.cancel();
    return { value: undefined };
  });
}

type Attempt<T> = { value: T } | { status: number; body: unknown };

/** Runs `attempt` under the policy: a timeout each, retries with back-off, failures as `ExternalServiceError`. */
async function withRetries<T>(policy: NetworkPolicy, description: CallDescription, timeoutMs: number, attempt: (signal: AbortSignal) => Promise<Attempt<T>>): Promise<T> {
  for (let retries = 0; ; retries++) {
    if (retries > 0) await new Promise((done) => setTimeout(done, backoffMs(policy, retries)));
    let failure: ExternalServiceError;
    try {
      const outcome = await attempt(AbortSignal.timeout(timeoutMs));
      if ('value' in outcome) return outcome.value;
      failure = httpFailure(description, outcome.status, outcome.body, retries);
    } catch (error) {
      // A local file that cannot be read or written is not GitHub's failure, and retrying will not help.
      if (typeof (error as { path?: unknown })?.path === 'string') throw error;
      failure = networkFailure(description, error, timeoutMs, retries);
    }
    if (retries >= policy.retries || !isRetryable(policy, failure.status)) throw failure;
  }
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
