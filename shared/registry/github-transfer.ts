import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface ApiAccess {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
}

/**
 * Streams a release asset to a file and returns its SHA-256, never holding the file in memory.
 * `GET /releases/assets/{id}` with `Accept: application/octet-stream` answers 302 to storage on
 * another origin, which rejects an `Authorization` header, or 200 with the bytes: both are handled,
 * the token is sent to the API only. Network errors and 5xx are retried a few times.
 */
export async function downloadAsset(api: ApiAccess, owner: string, repo: string, assetId: number, path: string): Promise<{ sha256: string; size: number }> {
  const url = `${api.baseUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, 250 * attempt * attempt));
    try {
      let response = await fetch(url, {
        headers: { authorization: `token ${api.token}`, accept: 'application/octet-stream', 'user-agent': 'mlgate' },
        redirect: 'manual', signal: AbortSignal.timeout(api.timeoutMs ?? 300_000),
      });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        if (!location) throw new Error(`HTTP ${response.status} without a Location`);
        response = await fetch(location, { headers: { 'user-agent': 'mlgate' }, signal: AbortSignal.timeout(api.timeoutMs ?? 300_000) });
      }
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      if (!response.ok || !response.body) throw Object.assign(new Error(`HTTP ${response.status} downloading asset ${assetId}`), { final: true });
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), tap, createWriteStream(path));
      return { sha256: hash.digest('hex'), size };
    } catch (error) {
      if ((error as { final?: boolean }).final) throw error;
      lastError = error;
    }
  }
  throw new Error(`downloading asset ${assetId} failed after retries: ${(lastError as Error)?.message ?? String(lastError)}`);
}

/**
 * Uploads a release asset from a file or a text, streaming the file from disk (a model of up to
 * 2 GB is never held in memory). `uploadUrl` is the release's `upload_url` (a URI template on the
 * uploads origin). Each attempt opens a fresh stream, so a retry after a 5xx or a dropped
 * connection re-sends the whole file; other errors (422 `already_exists`, 403…) are final.
 */
export async function uploadAsset(api: ApiAccess, uploadUrl: string, name: string, source: { path: string; size: number } | { text: string }, contentType: string): Promise<void> {
  const url = `${uploadUrl.replace(/\{\?[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, 500 * attempt * attempt));
    try {
      const body = 'path' in source ? (Readable.toWeb(createReadStream(source.path)) as unknown as NonNullable<RequestInit['body']>) : source.text;
      const length = 'path' in source ? source.size : Buffer.byteLength(source.text);
      const response = await fetch(url, {
        method: 'POST', body, duplex: 'half',
        headers: { authorization: `token ${api.token}`, 'content-type': contentType, 'content-length': String(length), accept: 'application/vnd.github+json', 'user-agent': 'mlgate' },
        signal: AbortSignal.timeout(api.timeoutMs ?? 600_000),
      } as RequestInit & { duplex: 'half' });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      if (!response.ok) {
        const detail = await response.text().catch(() => '');
        throw Object.assign(new Error(`uploading ${name}: HTTP ${response.status} ${detail.slice(0, 300)}`), { final: true, status: response.status });
      }
      return;
    } catch (error) {
      if ((error as { final?: boolean }).final) throw error;
      lastError = error;
    }
  }
  throw new Error(`uploading ${name} failed after retries: ${(lastError as Error)?.message ?? String(lastError)}`);
}
