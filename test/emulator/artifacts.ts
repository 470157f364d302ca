import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { BlobSASPermissions, SASProtocol, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { AZURITE_ACCOUNT, startAzurite, type Azurite } from './azurite.js';
import type { Emulator } from './index.js';

/**
 * A local stand-in for the Actions results service, the backend `@actions/artifact` (v6) and
 * `@actions/cache` (v6, cache service v2) talk to: Twirp JSON at `ACTIONS_RESULTS_URL` with
 * `Bearer ACTIONS_RUNTIME_TOKEN`, snake_case fields, int64 as strings. The bytes never pass
 * through it: it hands out SAS-signed URLs into Azurite (started with it), and the toolkit's own
 * Azure SDK and HTTP code move them, as on github.com.
 *
 * What it keeps of GitHub's service:
 * - Artifacts belong to a workflow run (the `Actions.Results:<run>:<job>` scope of the runtime
 *   token, which the service decodes); a name is unique within a run (409 `already_exists`).
 *   Finalized artifacts also appear in the linked REST emulator (`emulator` option), so another
 *   run can list and download them by run id (`GET …/runs/{id}/artifacts`, `…/artifacts/{id}/zip`).
 * - Caches are scoped by git ref, from the token's `ac` claim (`[{Scope, Permission}]`, 1 read,
 *   2 write, 3 both), as GitHub's tokens carry it: a job writes to its own ref and reads its own
 *   ref first, then the refs it may read (a pull request's base branch, the default branch).
 *   Within a scope an exact key (with the same `version`: paths + compression) wins, then the
 *   newest entry whose key starts with a restore key. Entries are immutable: creating one that
 *   exists in the job's scope answers 409 `already_exists`; an entry is visible once finalized.
 * - `blobHost: 'azure'` hands out `http://devstoreaccount1.blob.core.windows.net/…` URLs and serves
 *   as the HTTP proxy to them (set `HTTP_PROXY` to `proxyUrl`), because the cache client downloads
 *   with the Azure SDK only from `*.blob.core.windows.net` hosts and with a plain GET otherwise.
 */
export interface JobIdentity {
  /** The workflow run's numeric id (what `GITHUB_RUN_ID` and the REST API call it). */
  runId: number;
  /** The job's name within the run; default `job`. */
  job?: string;
  /** The ref the run is for, the cache scope it writes: `refs/heads/main`, `refs/pull/7/merge`. */
  ref?: string;
  /** Refs whose caches it may read besides its own (the base branch, the default branch). */
  readRefs?: string[];
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  runBackendId: string;
  jobBackendId: string;
  blobName: string;
  finalized: boolean;
  size: string | null;
  hash: string | null;
}

export interface StoredCacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  blobName: string;
  finalized: boolean;
  size: string | null;
  createdAt: number;
}

export interface ResultsServiceOptions {
  /** The REST emulator in which finalized artifacts appear as the run's artifacts. */
  emulator?: Emulator;
  blobHost?: 'loopback' | 'azure';
}

export interface ResultsService {
  resultsUrl: string;
  /** With `blobHost: 'azure'`: what `HTTP_PROXY` must point at for the blob URLs to resolve. */
  proxyUrl: string;
  azurite: Azurite;
  /** An ACTIONS_RUNTIME_TOKEN for run 1's job on `refs/heads/main`. */
  runtimeToken: string;
  tokenFor(job: JobIdentity): string;
  /** The variables the runner gives a job step for this service (token, URL, cache service v2, run id). */
  envFor(job?: JobIdentity): Record<string, string>;
  artifacts: StoredArtifact[];
  caches: StoredCacheEntry[];
  /** Every Twirp call, `Service/Method`, in order. */
  calls: string[];
  /** The next `times` calls whose `Service/Method` matches answer `status` (Twirp error body). */
  addFault(fault: { method: RegExp; status: number; times?: number }): void;
  bytesOf(artifact: StoredArtifact): Promise<Buffer>;
  close(): Promise<void>;
}

const CONTAINER = 'actions-results';
const AZURE_HOST = `${AZURITE_ACCOUNT}.blob.core.windows.net`;

type Json = Record<string, unknown>;
class TwirpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

export async function startResultsService(options: ResultsServiceOptions = {}): Promise<ResultsService> {
  const azurite = await startAzurite();
  const container = azurite.client.getContainerClient(CONTAINER);
  await container.create();
  const artifacts: StoredArtifact[] = [];
  const caches: StoredCacheEntry[] = [];
  const calls: string[] = [];
  const faults: Array<{ method: RegExp; status: number; remaining: number }> = [];
  let nextId = 1;
  let clock = 0;

  const signedUrl = (blobName: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters({
      containerName: CONTAINER, blobName, permissions: BlobSASPermissions.parse(permissions),
      startsOn: new Date(Date.now() - 60_000), expiresOn: new Date(Date.now() + 3_600_000), protocol: SASProtocol.HttpsAndHttp,
    }, azurite.credential).toString();
    const path = `${CONTAINER}/${blobName.split('/').map(encodeURIComponent).join('/')}`;
    return options.blobHost === 'azure' ? `http://${AZURE_HOST}/${path}?${sas}` : `${azurite.accountUrl}/${path}?${sas}`;
  };

  const artifactService: Record<string, (input: Json, job: TokenClaims) => Json> = {
    CreateArtifact(input, job) {
      const run = String(input.workflow_run_backend_id);
      if (run !== job.runBackendId) throw new TwirpError(403, 'permission_denied', 'the token is not for this workflow run');
      if (artifacts.some((a) => a.finalized && a.name === input.name && a.runBackendId === run)) {
        throw new TwirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${String(input.name)}`);
      }
      const artifact: StoredArtifact = {
        id: nextId++, name: String(input.name), runId: job.runId, runBackendId: run, jobBackendId: String(input.workflow_job_run_backend_id),
        blobName: `artifacts/${randomUUID()}/${String(input.name)}.zip`, finalized: false, size: null, hash: null,
      };
      artifacts.push(artifact);
      return { ok: true, signed_upload_url: signedUrl(artifact.blobName, 'cw') };
    },
    FinalizeArtifact(input, job) {
      const artifact = artifacts.findLast((a) => !a.finalized && a.name === input.name && a.runBackendId === job.runBackendId);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${String(input.name)} is being uploaded in this run`);
      const hash = input.hash as string | { value: string } | undefined;
      Object.assign(artifact, { finalized: true, size: String(input.size ?? '0'), hash: typeof hash === 'object' ? hash.value : hash ?? null });
      options.emulator?.state.workflowArtifacts.push(restArtifact(options.emulator, artifact, () => signedUrl(artifact.blobName, 'r')));
      return { ok: true, artifact_id: String(artifact.id) };
    },
    ListArtifacts(input, job) {
      const nameFilter = (input.name_filter as string | undefined) ?? undefined;
      const idFilter = input.id_filter === undefined ? undefined : Number(input.id_filter);
      const listed = artifacts.filter((a) => a.finalized && a.runBackendId === job.runBackendId
        && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter));
      return {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId, workflow_job_run_backend_id: a.jobBackendId, database_id: String(a.id),
          name: a.name, size: a.size ?? '0', created_at: new Date().toISOString(), ...(a.hash ? { digest: a.hash } : {}),
        })),
      };
    },
    GetSignedArtifactURL(input, job) {
      const artifact = artifacts.find((a) => a.finalized && a.name === input.name && a.runBackendId === job.runBackendId);
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${String(input.name)} not found`);
      return { signed_url: signedUrl(artifact.blobName, 'r') };
    },
    DeleteArtifact(input, job) {
      const index = artifacts.findIndex((a) => a.finalized && a.name === input.name && a.runBackendId === job.runBackendId);
      if (index < 0) throw new TwirpError(404, 'not_found', `artifact ${String(input.name)} not found`);
      const [artifact] = artifacts.splice(index, 1);
      const rest = options.emulator?.state.workflowArtifacts;
      if (rest) rest.splice(rest.findIndex((a) => a.data.id === artifact.id) >>> 0, 1);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };

  const cacheService: Record<string, (input: Json, job: TokenClaims) => Json> = {
    CreateCacheEntry(input, job) {
      const key = String(input.key);
      const version = String(input.version);
      if (caches.some((c) => c.scope === job.writeScope && c.key === key && c.version === version)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: StoredCacheEntry = { id: nextId++, key, version, scope: job.writeScope, blobName: `caches/${randomUUID()}`, finalized: false, size: null, createdAt: ++clock };
      caches.push(entry);
      return { ok: true, signed_upload_url: signedUrl(entry.blobName, 'cw') };
    },
    FinalizeCacheEntryUpload(input, job) {
      const entry = caches.find((c) => !c.finalized && c.scope === job.writeScope && c.key === input.key && c.version === input.version);
      if (!entry) return { ok: false, entry_id: '0', message: `no cache entry ${String(input.key)} is being uploaded in this scope` };
      Object.assign(entry, { finalized: true, size: String(input.size_bytes ?? '0'), createdAt: ++clock });
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL(input, job) {
      const version = String(input.version);
      const keys = [String(input.key), ...((input.restore_keys as string[] | undefined) ?? [])];
      for (const scope of job.readScopes) {
        const candidates = caches.filter((c) => c.finalized && c.scope === scope && c.version === version);
        const exact = candidates.find((c) => c.key === keys[0]);
        const match = exact ?? keys.map((key) => candidates.filter((c) => c.key.startsWith(key)).sort((a, b) => b.createdAt - a.createdAt)[0]).find(Boolean);
        if (match) return { ok: true, signed_download_url: signedUrl(match.blobName, 'r'), matched_key: match.key };
      }
      return { ok: false, signed_download_url: '', matched_key: '' };
    },
  };

  const server = createServer(async (request, response) => {
    try {
      // Absolute-form request line: we are the HTTP proxy in front of the `*.blob.core.windows.net` host.
      if (request.url?.startsWith('http://')) return proxyToAzurite(request, response, azurite);
      const body = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://localhost');
      const route = /^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/.exec(url.pathname);
      const handler = route && request.method === 'POST' ? (route[1] === 'ArtifactService' ? artifactService : cacheService)[route[2]] : undefined;
      if (!route || !handler) throw new TwirpError(404, 'bad_route', `no handler for path ${request.method} ${url.pathname}`);
      const call = `${route[1]}/${route[2]}`;
      calls.push(call);
      const fault = faults.find((f) => f.remaining > 0 && f.method.test(call));
      if (fault) {
        fault.remaining--;
        throw new TwirpError(fault.status, fault.status >= 500 ? 'internal' : 'unavailable', 'injected fault');
      }
      const job = claimsOf(request.headers.authorization);
      json(response, 200, handler(JSON.parse(body.toString('utf8')) as Json, job));
    } catch (error) {
      if (error instanceof TwirpError) return json(response, error.status, { code: error.code, msg: error.message });
      json(response, 500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) });
    }
  });
  // `@actions/http-client` reaches an http URL through a proxy with CONNECT (a tunnel); Azurite reads
  // the account from a `<account>.blob…` Host header, so the tunnel goes straight to it.
  server.on('connect', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    if (request.url?.split(':')[0] !== AZURE_HOST) return client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const target = new URL(azurite.origin);
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const tokenFor = (job: JobIdentity): string => {
    const ref = job.ref ?? 'refs/heads/main';
    const reads = [...new Set((job.readRefs ?? []).filter((r) => r !== ref))];
    const claims = {
      scp: `Actions.ExampleScope Actions.Results:${runBackendId(job.runId)}:${jobBackendId(job)}`,
      ac: JSON.stringify([{ Scope: ref, Permission: 3 }, ...reads.map((r) => ({ Scope: r, Permission: 1 }))]),
      run_id: String(job.runId),
      exp: Math.floor(Date.now() / 1000) + 3600,
    };
    return [{ alg: 'none', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.sig';
  };

  return {
    resultsUrl: origin,
    proxyUrl: origin,
    azurite,
    runtimeToken: tokenFor({ runId: 1 }),
    tokenFor,
    envFor: (job = { runId: 1 }) => ({
      ACTIONS_RUNTIME_TOKEN: tokenFor(job), ACTIONS_RESULTS_URL: `${origin}/`, ACTIONS_CACHE_SERVICE_V2: 'True', GITHUB_RUN_ID: String(job.runId),
    }),
    artifacts,
    caches,
    calls,
    addFault: (fault) => { faults.push({ ...fault, remaining: fault.times ?? 1 }); },
    bytesOf: async (artifact) => container.getBlockBlobClient(artifact.blobName).downloadToBuffer(),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await azurite.stop();
    },
  };
}

interface TokenClaims { runId: number; runBackendId: string; writeScope: string; readScopes: string[] }

function runBackendId(runId: number): string {
  return `run-backend-${runId}`;
}

function jobBackendId(job: JobIdentity): string {
  return `job-backend-${job.runId}-${job.job ?? 'job'}`;
}

/** The service's view of the caller, decoded (never verified, as the toolkit's clients do too) from the runtime token. */
function claimsOf(authorization: string | undefined): TokenClaims {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
  let claims: { scp?: string; ac?: string; run_id?: string };
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new TwirpError(401, 'unauthenticated', 'the runtime token is not a JWT');
  }
  const results = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(claims.scp ?? '');
  if (!results) throw new TwirpError(403, 'permission_denied', 'the runtime token has no Actions.Results scope');
  const scopes = JSON.parse(claims.ac ?? '[]') as Array<{ Scope: string; Permission: number }>;
  const writeScope = scopes.find((s) => (s.Permission & 2) !== 0)?.Scope ?? 'refs/heads/main';
  const readScopes = [writeScope, ...scopes.filter((s) => (s.Permission & 1) !== 0 && s.Scope !== writeScope).map((s) => s.Scope)];
  return { runId: Number(claims.run_id ?? '1'), runBackendId: results[1], writeScope, readScopes };
}

function restArtifact(emulator: Emulator, artifact: StoredArtifact, signedUrl: () => string) {
  const state = emulator.state;
  const now = new Date();
  const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    runId: artifact.runId,
    signedUrl,
    data: {
      id: artifact.id,
      node_id: Buffer.from(`MDg6QXJ0aWZhY3Q${artifact.id}`).toString('base64'),
      name: artifact.name,
      size_in_bytes: Number(artifact.size ?? 0),
      url: `${state.repoApiUrl}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${state.repoApiUrl}/actions/artifacts/${artifact.id}/zip`,
      expired: false,
      created_at: iso(now),
      updated_at: iso(now),
      expires_at: iso(new Date(now.getTime() + 90 * 86_400_000)),
      digest: artifact.hash,
      workflow_run: { id: artifact.runId, repository_id: state.repoInfo.id, head_repository_id: state.repoInfo.id, head_branch: state.defaultBranch, head_sha: state.refs.get(`refs/heads/${state.defaultBranch}`) ?? '0'.repeat(40) },
    },
  };
}

function proxyToAzurite(request: IncomingMessage, response: ServerResponse, azurite: Azurite) {
  const target = new URL(request.url!);
  if (target.host !== AZURE_HOST) {
    response.writeHead(502).end(`this proxy only reaches ${AZURE_HOST}`);
    return;
  }
  const origin = new URL(azurite.origin);
  const upstream = httpRequest({
    host: origin.hostname, port: origin.port, method: request.method,
    path: `/${AZURITE_ACCOUNT}${target.pathname}${target.search}`,
    headers: { ...request.headers, host: origin.host },
  }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', (error) => response.writeHead(502).end(error.message));
  request.pipe(upstream);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

function json(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}
