/**
 * A local emulator of GitHub's REST API for mlgate's tests, checked against GitHub's official
 * OpenAPI description: every request is routed through the description (path template + method),
 * its parameters and body are validated, and every response the emulator sends is validated
 * against the operation's declared responses. Mismatches land in `validationErrors`, so the
 * emulator cannot silently drift from the real API. See README.md in this folder.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { githubValidationMessage, formatAjvErrors, loadDescription } from './openapi.js';
import type { OperationDef } from './openapi.js';
import { basicError, HttpError } from './http.js';
import type { HandlerContext, Reply, TokenSpec } from './http.js';
import { hasPermission, isIntegration } from './permissions.js';
import { EmulatorState, GITHUB_ACTIONS_BOT } from './state.js';
import { issueRoutes } from './handlers/issues.js';
import { pullRoutes } from './handlers/pulls.js';
import { checkRoutes } from './handlers/checks.js';
import { repoRoutes } from './handlers/repos.js';
import { releaseRoutes, serveStorage, leaveOpenAsset } from './handlers/releases.js';
import { gitRoutes } from './handlers/git.js';
import { actionsRoutes } from './handlers/actions.js';
import type { Routes } from './handlers/types.js';
import { syncGitRemote } from './git-import.js';

export type { Identity } from './shapes.js';
export type { TokenSpec } from './http.js';
export { EmulatorState } from './state.js';
export type {
  CheckAnnotation,
  CheckRun,
  Commit,
  CommitStatusRecord,
  GitTag,
  IssueComment,
  PullRequest,
  PullRequestSeed,
  Release,
  StoredAsset,
  WorkflowArtifact,
} from './state.js';

export interface FaultSpec {
  /** e.g. 'POST'; default: any method. */
  method?: string;
  /** Matched against the URL path (no query), on either origin. */
  path: RegExp;
  /** How many matching requests to hit; default 1. */
  times?: number;
  /** Let this many matching requests through before the fault starts (e.g. fail the third upload). */
  after?: number;
  respond:
    | { status: 500 | 502 | 503 | 404 }
    | { secondaryRateLimit: true; retryAfter: number }
    | { primaryRateLimit: true; resetInSeconds: number }
    | { delayMs: number }
    | { reset: true }
    /** Handled as usual, then the connection is dropped unanswered: GitHub did the work, the client never hears (a timeout after the fact). */
    | { lostResponse: true };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The status sent; 0 when the connection was reset by a fault. */
  status: number;
  /** The parsed JSON body, or the raw bytes (a Buffer) for uploads. */
  body?: unknown;
  token?: string;
  origin: 'api' | 'uploads';
}

export interface Emulator {
  /** http://127.0.0.1:<port>, what GITHUB_API_URL is set to. */
  apiUrl: string;
  /** A second origin, standing in for uploads.github.com (asset uploads and downloads). */
  uploadsUrl: string;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** Every OpenAPI mismatch (request or response), human-readable. */
  validationErrors: string[];
  addFault(fault: FaultSpec): void;
  clearFaults(): void;
  state: EmulatorState;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  owner?: string;
  repo?: string;
  tokens?: Record<string, TokenSpec>;
  /**
   * A local git repository (a bare one tests push to with the git CLI) that stands for this
   * repository's git side: before every API request its new commits, files and refs are imported
   * and open pull requests' heads follow their branches (see `syncGitRemote`).
   */
  gitRemote?: string;
}

const WRITE_ALL = { issues: 'write', pull_requests: 'write', checks: 'write', statuses: 'write', contents: 'write', actions: 'write' } as const;
const READ_ALL = { issues: 'read', pull_requests: 'read', checks: 'read', statuses: 'read', contents: 'read', actions: 'read' } as const;

/** The tokens every emulator accepts unless `options.tokens` replaces them. */
export const DEFAULT_TOKENS: Record<string, TokenSpec> = {
  ghs_actions: { identity: GITHUB_ACTIONS_BOT, permissions: { ...WRITE_ALL } },
  // What a fork pull request's GITHUB_TOKEN gets.
  ghs_readonly: { identity: GITHUB_ACTIONS_BOT, permissions: { ...READ_ALL } },
  ghp_octocat: { identity: { login: 'octocat', id: 583231, type: 'User' }, permissions: { ...WRITE_ALL } },
  ghp_mallory: { identity: { login: 'mallory', id: 6_660_666, type: 'User' }, permissions: { issues: 'write' } },
};

const ROUTES: Routes = { ...issueRoutes, ...pullRoutes, ...checkRoutes, ...repoRoutes, ...releaseRoutes, ...gitRoutes, ...actionsRoutes };

const REST_DOCS = 'https://docs.github.com/rest';
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const description = loadDescription();
  const tokens = options.tokens ?? DEFAULT_TOKENS;
  const faults: Array<FaultSpec & { remaining: number; skip: number }> = [];
  const requests: RecordedRequest[] = [];
  const validationErrors: string[] = [];
  const apiServer = createServer();
  const uploadsServer = createServer();
  const apiPort = await listen(apiServer);
  const uploadsPort = await listen(uploadsServer);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const uploadsUrl = `http://127.0.0.1:${uploadsPort}`;
  const state = new EmulatorState(options.owner ?? 'octo-org', options.repo ?? 'models', { api: apiUrl, uploads: uploadsUrl, web: 'https://github.com' });

  const handle = async (origin: 'api' | 'uploads', req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', origin === 'api' ? apiUrl : uploadsUrl);
    const rawPath = url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const token = parseToken(req.headers.authorization);
    const record: RecordedRequest = { method, path: rawPath, query, status: 0, origin, ...(token !== undefined ? { token } : {}) };
    requests.push(record);

    const rawBody = await readBody(req);
    if (rawBody.length) record.body = recordedBody(rawBody, req.headers['content-type']);
    let loseResponse = false;
    const send = (reply: Reply) => {
      if (loseResponse) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      record.status = reply.status;
      writeReply(res, reply, rateHeaders(token));
    };

    // Injected faults come first: they model the network and GitHub's front end.
    const matching = faults.filter((f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && f.path.test(rawPath));
    let fault: (typeof faults)[number] | undefined;
    for (const f of matching) {
      if (f.skip > 0) f.skip--; // still letting requests through
      else fault ??= f;
    }
    if (fault) {
      fault.remaining--;
      const r = fault.respond;
      if ('reset' in r) {
        const match = description.match(method, rawPath);
        if (match?.operation.operationId === 'repos/upload-release-asset' && origin === 'uploads') {
          leaveOpenAsset(state, Number(match.pathParams.release_id), query.name, req.headers['content-type'], tokens[token ?? '']?.identity);
        }
        record.status = 0;
        req.socket.destroy();
        return;
      }
      if ('lostResponse' in r) {
        loseResponse = true;
      } else if ('delayMs' in r) {
        await new Promise((resolve) => setTimeout(resolve, r.delayMs));
      } else if ('secondaryRateLimit' in r) {
        return send({
          status: 403,
          headers: { 'retry-after': String(r.retryAfter) },
          body: {
            message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`,
            documentation_url: SECONDARY_DOCS,
            status: '403',
          },
        });
      } else if ('primaryRateLimit' in r) {
        const spec = tokens[token ?? ''];
        const limit = spec && !isIntegration(spec) ? 5000 : 1000;
        return send({
          status: 403,
          headers: {
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(limit),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + r.resetInSeconds),
            'x-ratelimit-resource': 'core',
          },
          body: primaryLimitBody(spec),
        });
      } else {
        const messages: Record<number, string> = { 500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable', 404: 'Not Found' };
        return send({ status: r.status, body: { message: messages[r.status], documentation_url: REST_DOCS, status: String(r.status) } });
      }
    }

    // The storage behind release-asset downloads is not part of the API.
    if (origin === 'uploads') {
      const stored = serveStorage(state, method, rawPath, url.searchParams, req.headers);
      if (stored) return send(stored);
    }

    const match = description.match(method, rawPath);
    if (!match) {
      validationErrors.push(`${method} ${rawPath}: no such operation in the OpenAPI description`);
      return send({ status: 404, body: { message: 'Not Found', documentation_url: REST_DOCS, status: '404' } });
    }
    const op = match.operation;
    const label = `${op.method} ${op.template}`;
    const reply = await (async (): Promise<Reply> => {
      try {
        if (options.gitRemote !== undefined && origin === 'api') syncGitRemote(state, options.gitRemote);
        const onUploads = op.serverUrl !== undefined;
        if (onUploads !== (origin === 'uploads')) {
          validationErrors.push(`${label}: sent to the ${origin} origin, the description serves it from ${op.serverUrl ?? 'the API origin'}`);
          throw basicError(404, 'Not Found', op.docsUrl);
        }
        const route = ROUTES[op.operationId];
        if (!route) {
          validationErrors.push(`${label}: not implemented by the emulator`);
          throw basicError(404, 'Not Found', op.docsUrl);
        }
        const spec = token === undefined ? undefined : tokens[token];
        if (!spec) throw new HttpError(401, { message: 'Bad credentials', documentation_url: REST_DOCS, status: '401' });
        if (op.operationId !== 'rate-limit/get') chargeRateLimit(state, token!, spec, record);

        // Every request mismatch is recorded; the answer follows GitHub's precedence: an unknown
        // repository (404), then missing permissions (403), then the invalid request (400/422).
        const params = description.checkParameters(op, match.pathParams, query);
        for (const e of params.errors) validationErrors.push(`${label} ${e}`);
        const body = parseBody(op, rawBody, req.headers['content-type']);
        if (body.error) validationErrors.push(`${label} request body: ${body.error}`);
        const bodyErrors = !body.error && op.requestBody?.content['application/json'] ? description.checkRequestBody(op, body.value) : [];
        for (const e of formatAjvErrors(bodyErrors)) validationErrors.push(`${label} request body: ${e}`);

        if (typeof match.pathParams.owner === 'string' && typeof match.pathParams.repo === 'string') {
          const same = match.pathParams.owner.toLowerCase() === state.owner.toLowerCase() && match.pathParams.repo.toLowerCase() === state.repo.toLowerCase();
          if (!same) throw basicError(404, 'Not Found', op.docsUrl);
        }
        if (route.needs && !route.needs.anyOf.some(([scope, level]) => hasPermission(spec, scope, level))) {
          const message = isIntegration(spec) ? 'Resource not accessible by integration' : 'Resource not accessible by personal access token';
          const accepted = route.needs.anyOf.map(([scope, level]) => `${scope}=${level}`).join('; ');
          throw new HttpError(403, { message, documentation_url: op.docsUrl, status: '403' }, { 'x-accepted-github-permissions': accepted });
        }
        if (body.error) throw basicError(400, 'Problems parsing JSON', op.docsUrl);
        if (params.errors.length) {
          throw basicError(422, `Invalid request.\n\n${params.errors.map((e) => e.replace(/^(query|path) parameter /, 'For ')).join('\n')}`, op.docsUrl);
        }
        if (bodyErrors.length) throw basicError(422, `Invalid request.\n\n${githubValidationMessage(bodyErrors, body.value)}`, op.docsUrl);
        const ctx: HandlerContext = {
          operation: op,
          params: params.values,
          query,
          body: body.value,
          rawBody,
          headers: req.headers,
          token: token!,
          tokenSpec: spec,
          state,
          url,
        };
        return await route.handle(ctx);
      } catch (error) {
        if (error instanceof HttpError) return { status: error.status, body: error.body, headers: error.headers };
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        validationErrors.push(`${label}: the emulator failed: ${message}`);
        return { status: 500, body: { message: 'Server Error', documentation_url: REST_DOCS, status: '500' } };
      }
    })();

    if (reply.raw === undefined) {
      for (const e of description.checkResponse(op, reply.status, reply.body)) validationErrors.push(`${label} ${e}`);
    }
    send(reply);
  };

  const rateHeaders = (token: string | undefined): Record<string, string> => {
    const spec = token === undefined ? undefined : tokens[token];
    if (!spec || token === undefined) return {};
    const limit = isIntegration(spec) ? 1000 : 5000;
    const entry = state.rateLimits.get(token) ?? { used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - entry.used)),
      'x-ratelimit-reset': String(entry.reset),
      'x-ratelimit-used': String(entry.used),
      'x-ratelimit-resource': 'core',
    };
  };

  const serve = (origin: 'api' | 'uploads') => (req: IncomingMessage, res: ServerResponse) => {
    handle(origin, req, res).catch((error: unknown) => {
      validationErrors.push(`${req.method} ${req.url}: the emulator failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  apiServer.on('request', serve('api'));
  uploadsServer.on('request', serve('uploads'));

  return {
    apiUrl,
    uploadsUrl,
    requests,
    validationErrors,
    state,
    addFault(fault: FaultSpec) {
      faults.push({ ...fault, remaining: fault.times ?? 1, skip: fault.after ?? 0 });
    },
    clearFaults() {
      faults.length = 0;
    },
    async close() {
      await Promise.all([stop(apiServer), stop(uploadsServer)]);
    },
  };
}

/**
 * GitHub's primary limit: 1,000 requests an hour for a GITHUB_TOKEN, 5,000 for a user token.
 * Exhausting it answers 403 with `x-ratelimit-remaining: 0` until the window resets.
 */
function chargeRateLimit(state: EmulatorState, token: string, spec: TokenSpec, record: RecordedRequest): void {
  const now = Math.floor(Date.now() / 1000);
  let entry = state.rateLimits.get(token);
  if (!entry || entry.reset <= now) {
    entry = { used: 0, reset: now + 3600 };
    state.rateLimits.set(token, entry);
  }
  const limit = isIntegration(spec) ? 1000 : 5000;
  if (entry.used >= limit) {
    record.status = 403;
    throw new HttpError(403, primaryLimitBody(spec));
  }
  entry.used++;
}

function primaryLimitBody(spec: TokenSpec | undefined): Record<string, unknown> {
  const who = spec && !isIntegration(spec) ? `user ID ${spec.identity.id}` : 'installation ID 12345678';
  return {
    message: `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${requestId()} and timestamp ${new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}.`,
    documentation_url: RATE_LIMIT_DOCS,
    status: '403',
  };
}

function requestId(): string {
  return randomUUID().toUpperCase().split('-').slice(0, 5).join(':');
}

/** `token X` and `Bearer X` (any case), as GitHub accepts them. */
function parseToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : '';
}

function parseBody(op: OperationDef, raw: Buffer, contentType: string | undefined): { value?: unknown; error?: string } {
  if (!op.requestBody || !op.requestBody.content['application/json']) {
    return raw.length ? { value: raw } : {};
  }
  const text = raw.toString('utf8');
  if (text.trim() === '') return {};
  if (contentType && !/json/i.test(contentType) && !/text\/plain/i.test(contentType) && !/x-www-form-urlencoded/i.test(contentType)) {
    return { error: `Content-Type ${contentType} is not JSON` };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { error: 'malformed JSON' };
  }
}

function recordedBody(raw: Buffer, contentType: string | undefined): unknown {
  if (contentType && !/json/i.test(contentType)) return raw;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return raw;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function writeReply(res: ServerResponse, reply: Reply, rate: Record<string, string>): void {
  const headers: Record<string, string> = {
    'x-github-request-id': requestId(),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    ...rate,
    ...(reply.headers ?? {}),
  };
  if (reply.raw !== undefined) {
    res.writeHead(reply.status, { 'content-length': String(reply.raw.length), ...headers });
    res.end(reply.raw);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
