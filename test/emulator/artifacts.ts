import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Actions artifact backend as @actions/artifact (v6) talks to it: Twirp JSON at
 * `ACTIONS_RESULTS_URL` (`CreateArtifact` hands out a signed upload URL, `FinalizeArtifact`
 * records it) and blob storage at that URL, answering the Azure SDK's `Put Block` /
 * `Put Block List` (and single `Put Blob`). Enough to prove an action uploaded an artifact and to
 * read its bytes back; signatures are not checked.
 */
export interface StoredArtifact {
  name: string;
  runBackendId: string;
  jobBackendId: string;
  bytes: Buffer | null;
  finalized: boolean;
  size: string | null;
  hash: string | null;
}

export interface ArtifactService {
  resultsUrl: string;
  /** An ACTIONS_RUNTIME_TOKEN the client accepts (a JWT whose `scp` names the run and job). */
  runtimeToken: string;
  artifacts: StoredArtifact[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const blocks = new Map<number, Map<string, Buffer>>();
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === `${SERVICE}CreateArtifact`) {
      const input = JSON.parse(body.toString('utf8'));
      // As GitHub's service since artifacts v4: a name is unique within a workflow run (actions/upload-artifact answers 409).
      if (artifacts.some((a) => a.finalized && a.name === input.name && a.runBackendId === input.workflow_run_backend_id)) {
        return json(response, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run: ${input.name}` });
      }
      const index = artifacts.push({ name: input.name, runBackendId: input.workflow_run_backend_id, jobBackendId: input.workflow_job_run_backend_id, bytes: null, finalized: false, size: null, hash: null }) - 1;
      return json(response, 200, { ok: true, signed_upload_url: `${service.resultsUrl}/blob/${index}?sig=emulated` });
    }
    if (request.method === 'POST' && url.pathname === `${SERVICE}FinalizeArtifact`) {
      const input = JSON.parse(body.toString('utf8'));
      const artifact = artifacts.find((a) => a.name === input.name && !a.finalized);
      if (!artifact) return json(response, 404, { code: 'not_found', msg: 'no such artifact' });
      Object.assign(artifact, { finalized: true, size: input.size ?? null, hash: input.hash?.value ?? input.hash ?? null });
      return json(response, 200, { ok: true, artifact_id: String(artifacts.indexOf(artifact) + 1) });
    }
    const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
    if (blob && request.method === 'PUT') {
      const index = Number(blob[1]);
      const staged = blocks.get(index) ?? new Map<string, Buffer>();
      blocks.set(index, staged);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') staged.set(url.searchParams.get('blockid') ?? '', body);
      else if (comp === 'blocklist') artifacts[index].bytes = Buffer.concat([...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => staged.get(m[1]) ?? Buffer.alloc(0)));
      else artifacts[index].bytes = body;
      response.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': String(Date.now()), 'x-ms-version': '2025-01-05', 'x-ms-request-server-encrypted': 'true' });
      return response.end();
    }
    json(response, 404, { code: 'bad_route', msg: `no route ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const claims = { scp: 'Actions.ExampleScope Actions.Results:run-backend-1:job-backend-1', exp: Math.floor(Date.now() / 1000) + 3600 };
  const service: ArtifactService = {
    resultsUrl: `http://127.0.0.1:${port}`,
    runtimeToken: [{ alg: 'none', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.sig',
    artifacts,
    close: () => new Promise((done) => server.close(() => done())),
  };
  return service;
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
