import { STATUS_CODES } from 'node:http';
import { ExternalServiceError } from '../../../errors.js';

/**
 * Turning what went wrong on the wire into an `ExternalServiceError`: the documented call
 * (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`), the request as made, the status
 * (undefined when no answer came) and one line of GitHub's own words.
 */

export interface CallDescription {
  service: string;
  /** The documented operation: method and path template. */
  call: string;
  /** The request as made: method and path (no origin, no query). */
  request: string;
}

/** An answer with an error status; `body` is its parsed JSON (GitHub's `{message, errors}`) or text. */
export function httpFailure(description: CallDescription, status: number, body: unknown, retries: number, cause?: unknown): ExternalServiceError {
  return new ExternalServiceError({ ...description, status, detail: detailOf(status, body), retries, cause });
}

/** No answer: the connection failed or the attempt timed out. */
export function networkFailure(description: CallDescription, error: unknown, timeoutMs: number, retries: number): ExternalServiceError {
  return new ExternalServiceError({ ...description, status: undefined, detail: networkDetail(error, timeoutMs), retries, cause: error });
}

/** GitHub's answer when the token may not do this (e.g. a fork pull request's read-only token). */
export function isPermissionDenied(error: unknown): boolean {
  return error instanceof ExternalServiceError && error.status === 403
    && /Resource not accessible by (integration|personal access token)/i.test(error.detail);
}

/** The HTTP status GitHub answered a failed call with (undefined: no answer, or not a GitHub call). */
export function statusOf(error: unknown): number | undefined {
  return error instanceof ExternalServiceError ? error.status : undefined;
}

/**
 * `/repos/o/r/…` of a URL or path template: the origin, an API base path (`/api/v3` on GHES) and
 * the query left out, percent-escapes decoded for reading (`{owner}` stays as written).
 */
export function pathOf(url: string, basePath = ''): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const base = basePath.replace(/\/+$/, '');
  const relative = base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  try {
    return decodeURIComponent(relative) || '/';
  } catch {
    return relative || '/';
  }
}

function detailOf(status: number, body: unknown): string {
  let text = '';
  if (typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string') {
    const { message, errors } = body as { message: string; errors?: unknown };
    // Validation failures carry the reason in `errors` (`already_exists` on `name`, …).
    const reasons = Array.isArray(errors)
      ? errors.map((e) => (typeof e === 'string' ? e : [e?.code, e?.field && `on ${e.field}`, e?.message].filter(Boolean).join(' '))).filter(Boolean)
      : [];
    text = reasons.length ? `${message} (${reasons.join('; ')})` : message;
  } else if (typeof body === 'string' && !/^\s*</.test(body)) {
    text = body; // plain text; an HTML error page from a proxy says nothing the status does not
  }
  return oneLine(text) || STATUS_CODES[status] || 'error';
}

function networkDetail(error: unknown, timeoutMs: number): string {
  const causes: unknown[] = [];
  for (let e: unknown = error; e instanceof Error && causes.length < 5; e = (e as { cause?: unknown }).cause) causes.push(e);
  if (causes.some((e) => (e as Error).name === 'TimeoutError')) return `no answer within ${seconds(timeoutMs)}`;
  // fetch reports "fetch failed"; the cause says what happened (ECONNRESET, "other side closed", …).
  const innermost = causes.at(-1) as (Error & { code?: string }) | undefined;
  const reason = innermost ? [innermost.code, innermost.message].filter(Boolean).join(' ') : String(error);
  return `the connection failed (${oneLine(reason)})`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
