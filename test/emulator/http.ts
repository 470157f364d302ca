/**
 * Response helpers shared by the handlers: GitHub's error bodies, pagination and `Link` headers.
 */
import type { OperationDef } from './openapi.js';
import type { EmulatorState } from './state.js';
import type { Identity } from './shapes.js';

export type Permission = 'read' | 'write';
export type Scope = 'issues' | 'pull_requests' | 'checks' | 'statuses' | 'contents' | 'actions';

export interface TokenSpec {
  identity: Identity;
  /** Permission per scope; a missing scope means none. */
  permissions?: Partial<Record<Scope, Permission>>;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes (downloads); bypasses JSON encoding and response validation. */
  raw?: Buffer;
}

/** What a handler gets: the matched operation, coerced parameters, the parsed body, the caller. */
export interface HandlerContext {
  operation: OperationDef;
  /** Path and query parameters, coerced to their schema types (`issue_number` is a number). */
  params: Record<string, unknown>;
  /** The raw query string values. */
  query: Record<string, string>;
  body: unknown;
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  token: string;
  tokenSpec: TokenSpec;
  state: EmulatorState;
  /** The request's URL on its origin (for `Link` headers). */
  url: URL;
}

export type Handler = (ctx: HandlerContext) => Reply | Promise<Reply>;

/** A GitHub error response; handlers throw it. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** `{"message": …, "documentation_url": …, "status": "404"}`, GitHub's basic error. */
export function basicError(status: number, message: string, documentationUrl: string): HttpError {
  return new HttpError(status, { message, documentation_url: documentationUrl, status: String(status) });
}

export function notFound(ctx: { operation: OperationDef }): HttpError {
  return basicError(404, 'Not Found', ctx.operation.docsUrl);
}

/** GitHub's 422 "Validation Failed" with an `errors` list (`already_exists`, `custom`, …). */
export function validationFailed(
  ctx: { operation: OperationDef },
  errors: Array<{ resource: string; code: string; field?: string; message?: string; value?: unknown }>,
): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: ctx.operation.docsUrl,
    status: '422',
  });
}

/** A 422 whose message is a sentence (GitHub's "Invalid request.\n\n…" and friends). */
export function unprocessable(ctx: { operation: OperationDef }, message: string): HttpError {
  return basicError(422, message, ctx.operation.docsUrl);
}

/**
 * One page of `items` and GitHub's `Link` header. `per_page` defaults to 30 and is capped at 100;
 * `page` starts at 1. Links keep the request's other query parameters and set `page`; they are
 * listed in GitHub's order: prev, next, last, first. A single page gets no `Link` header.
 */
export function paginate<T>(ctx: HandlerContext, items: T[], defaultPerPage = 30): { page: T[]; headers: Record<string, string> } {
  const perPageRaw = Number(ctx.query.per_page ?? defaultPerPage);
  const perPage = Math.min(100, Math.max(1, Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.floor(perPageRaw) : defaultPerPage));
  const pageRaw = Number(ctx.query.page ?? 1);
  const page = Number.isFinite(pageRaw) && pageRaw >= 1 ? Math.floor(pageRaw) : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const linkTo = (p: number) => {
    const url = new URL(ctx.url.href);
    url.searchParams.delete('page');
    url.searchParams.append('page', String(p));
    return url.href;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${linkTo(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(last)}>; rel="last"`);
  if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`);
  return { page: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

export function ok(body: unknown, headers: Record<string, string> = {}): Reply {
  return { status: 200, body, headers };
}

export function created(body: unknown, location?: string): Reply {
  return { status: 201, body, headers: location ? { location } : {} };
}

export function noContent(): Reply {
  return { status: 204 };
}
