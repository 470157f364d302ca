import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { ExternalServiceError, isExpectedError } from '../../../../shared/errors.js';
import { isPermissionDenied, openGateway, statusOf, uploadWorkflowArtifact, type GitHubGateway } from '../../../../shared/adapters/github/gateway/index.js';
import { startEmulator, type Emulator } from '../../../emulator/index.js';

// Failures of every kind of call the gateway makes, against the REST emulator's fault injection:
// each ends as an ExternalServiceError with the documented call, the status (undefined when no
// answer came) and one line. Back-off and timeouts are shortened; the retry count is the real one.
const repo = { owner: 'octo-org', repo: 'models' };
const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const DOWNLOAD = 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}';
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';

let emulator: Emulator;
let dir: string;
let uploadUrl: string;
let assetId: number;

function gateway(token = 'ghs_actions', timeoutMs = 300): GitHubGateway {
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return openGateway(environment, { token, policy: { backoffBaseMs: 1, apiTimeoutMs: timeoutMs, downloadTimeoutMs: timeoutMs, uploadTimeoutMs: timeoutMs } });
}

async function failure(promise: Promise<unknown>): Promise<ExternalServiceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ExternalServiceError)) throw new Error(`expected an ExternalServiceError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.state.addIssue({ number: 4 });
  dir = mkdtempSync(join(tmpdir(), 'mlgate-gateway-'));
  // The setup waits as long as it takes: on a busy machine 300 ms ran out and the retried upload met its own asset (422).
  const patient = gateway('ghs_actions', 60_000);
  const { data: release } = await patient.client.rest.repos.createRelease({ ...repo, tag_name: 'm@v1.0.0', draft: true });
  uploadUrl = release.upload_url;
  await patient.uploadReleaseAsset(uploadUrl, 'model.bin', { text: 'weights' }, 'application/octet-stream');
  const { data: assets } = await patient.client.rest.repos.listReleaseAssets({ ...repo, release_id: release.id });
  assetId = assets[0].id;
});
afterEach(() => emulator.clearFaults());
afterAll(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

describe('REST calls (Octokit) through the gateway', () => {
  it('retries a 5xx and then succeeds', async () => {
    emulator.addFault({ method: 'POST', path: /\/issues\/4\/comments$/, respond: { status: 502 } });
    const { status } = await gateway().client.rest.issues.createComment({ ...repo, issue_number: 4, body: 'hello' });
    expect(status).toBe(201);
  });

  it('turns a persistent 5xx into an ExternalServiceError with the call, the status and the retries', async () => {
    emulator.addFault({ method: 'POST', path: /\/issues\/4\/comments$/, times: 10, respond: { status: 502 } });
    const before = emulator.requests.length;
    const error = await failure(gateway().client.rest.issues.createComment({ ...repo, issue_number: 4, body: 'hello' }));
    expect(error).toMatchObject({ call: COMMENTS, status: 502, retries: 3, exitCode: 69 });
    expect(error.message).toBe('GitHub API: POST /repos/octo-org/models/issues/4/comments answered HTTP 502 after 3 retries: Server Error');
    expect(emulator.requests.slice(before).map((r) => r.status)).toEqual([502, 502, 502, 502]);
    expect(isExpectedError(error)).toBe(true);
  });

  it('reports a timeout with no status', async () => {
    emulator.addFault({ method: 'GET', path: /\/issues\/4\/comments$/, times: 4, respond: { delayMs: 1000 } });
    const error = await failure(gateway().client.rest.issues.listComments({ ...repo, issue_number: 4 }));
    expect(error).toMatchObject({ call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', status: undefined, retries: 3 });
    expect(error.message).toBe('GitHub API: GET /repos/octo-org/models/issues/4/comments failed after 3 retries: no answer within 300 ms');
  });

  it('reports a dropped connection with no status', async () => {
    emulator.addFault({ method: 'GET', path: /\/issues\/4\/comments$/, times: 4, respond: { reset: true } });
    const error = await failure(gateway().client.rest.issues.listComments({ ...repo, issue_number: 4 }));
    expect(error).toMatchObject({ status: undefined, retries: 3 });
    expect(error.message).toMatch(/^GitHub API: GET \/repos\/octo-org\/models\/issues\/4\/comments failed after 3 retries: the connection failed \(.+\)$/);
  });

  it('does not sit out an exhausted hourly limit on an API call: fails at once as an ExternalServiceError', async () => {
    emulator.addFault({ path: /\/issues\/4\/comments$/, respond: { primaryRateLimit: true, resetInSeconds: 3600 } });
    const started = Date.now();
    const error = await failure(gateway().client.rest.issues.createComment({ ...repo, issue_number: 4, body: 'x' }));
    expect(error).toMatchObject({ call: COMMENTS, status: 403 });
    expect(Date.now() - started).toBeLessThan(60_000); // it would wait an hour
  });

  it('does not retry a 404, and keeps the status for callers that expect one', async () => {
    const before = emulator.requests.length;
    const error = await failure(gateway().client.rest.repos.getReleaseByTag({ ...repo, tag: 'nothing@v9.9.9' }));
    expect(error).toMatchObject({ call: 'GET /repos/{owner}/{repo}/releases/tags/{tag}', status: 404, retries: 0 });
    expect(error.message).toBe('GitHub API: GET /repos/octo-org/models/releases/tags/nothing@v9.9.9 answered HTTP 404: Not Found');
    expect(statusOf(error)).toBe(404);
    expect(emulator.requests.length - before).toBe(1);
  });

  it('recognises a read-only token’s refusal', async () => {
    const error = await failure(gateway('ghs_readonly').client.rest.issues.createComment({ ...repo, issue_number: 4, body: 'hello' }));
    expect(error.status).toBe(403);
    expect(isPermissionDenied(error)).toBe(true);
    expect(isPermissionDenied(new ExternalServiceError({ service: 'GitHub API', call: COMMENTS, request: COMMENTS, status: 403, detail: 'Must have admin rights', retries: 0 }))).toBe(false);
  });
});

describe('release-asset transfers through the gateway', () => {
  it('downloads through the storage redirect', async () => {
    const path = join(dir, 'ok.bin');
    expect(await gateway().downloadReleaseAsset(repo.owner, repo.repo, assetId, path)).toEqual({ size: 7 });
    expect(readFileSync(path, 'utf8')).toBe('weights');
  });

  it('turns a persistent 5xx on a download into an ExternalServiceError', async () => {
    emulator.addFault({ method: 'GET', path: /\/releases\/assets\/\d+$/, times: 10, respond: { status: 503 } });
    const error = await failure(gateway().downloadReleaseAsset(repo.owner, repo.repo, assetId, join(dir, 'a.bin')));
    expect(error).toMatchObject({ call: DOWNLOAD, status: 503, retries: 3 });
    expect(error.message).toBe(`GitHub API: GET /repos/octo-org/models/releases/assets/${assetId} answered HTTP 503 after 3 retries: Service Unavailable`);
  });

  it('reports a download that times out, or whose connection drops, with no status', async () => {
    emulator.addFault({ method: 'GET', path: /\/releases\/assets\/\d+$/, times: 4, respond: { delayMs: 1000 } });
    const timedOut = await failure(gateway().downloadReleaseAsset(repo.owner, repo.repo, assetId, join(dir, 'b.bin')));
    expect(timedOut).toMatchObject({ call: DOWNLOAD, status: undefined, retries: 3 });
    expect(timedOut.message).toMatch(/failed after 3 retries: no answer within 300 ms$/);
    emulator.addFault({ method: 'GET', path: /\/storage\//, times: 4, respond: { reset: true } });
    const dropped = await failure(gateway().downloadReleaseAsset(repo.owner, repo.repo, assetId, join(dir, 'c.bin')));
    expect(dropped).toMatchObject({ call: DOWNLOAD, status: undefined, retries: 3 });
    expect(dropped.message).toMatch(/failed after 3 retries: the connection failed/);
  });

  it('turns a persistent 5xx, a timeout or a dropped connection on an upload into an ExternalServiceError', async () => {
    const file = join(dir, 'upload.bin');
    writeFileSync(file, 'bytes');
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, times: 4, respond: { status: 500 } });
    const failed = await failure(gateway().uploadReleaseAsset(uploadUrl, 'a.bin', { path: file, size: 5 }, 'application/octet-stream'));
    expect(failed).toMatchObject({ call: UPLOAD, status: 500, retries: 3 });
    expect(failed.message).toMatch(/^GitHub API: POST \/repos\/octo-org\/models\/releases\/\d+\/assets answered HTTP 500 after 3 retries: Server Error$/);
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, times: 4, respond: { delayMs: 1000 } });
    expect(await failure(gateway().uploadReleaseAsset(uploadUrl, 'b.bin', { path: file, size: 5 }, 'application/octet-stream')))
      .toMatchObject({ call: UPLOAD, status: undefined, retries: 3 });
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, times: 4, respond: { reset: true } });
    expect(await failure(gateway().uploadReleaseAsset(uploadUrl, 'c.bin', { text: 'x' }, 'application/octet-stream')))
      .toMatchObject({ call: UPLOAD, status: undefined, retries: 3 });
  });

  it('does not retry a refused upload, and says why', async () => {
    const error = await failure(gateway().uploadReleaseAsset(uploadUrl, 'model.bin', { text: 'again' }, 'application/octet-stream'));
    expect(error).toMatchObject({ call: UPLOAD, status: 422, retries: 0 });
    expect(error.message).toMatch(/answered HTTP 422: Validation Failed \(already_exists on name\)$/);
  });
});

describe('rate limits on release-asset transfers', () => {
  const ASSETS = /\/releases\/\d+\/assets$/;
  const ASSET = /\/releases\/assets\/\d+$/;
  function logged(token = 'ghs_actions') {
    const lines: string[] = [];
    const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
    const log = { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) };
    // Generous timeouts: these tests wait a second or two on purpose.
    const transfers = openGateway(environment, { token, log, policy: { backoffBaseMs: 1, apiTimeoutMs: 10_000, downloadTimeoutMs: 10_000, uploadTimeoutMs: 10_000 } });
    return { transfers, lines };
  }
  const sent = (path: RegExp, since: number) => emulator.requests.slice(since).filter((r) => path.test(r.path)).map((r) => r.status);

  it.each([
    ['secondary', { secondaryRateLimit: true, retryAfter: 1 }, /^info: secondary rate limit on POST \/repos\/octo-org\/models\/releases\/\d+\/assets: retrying in 1 s$/],
    ['primary', { primaryRateLimit: true, resetInSeconds: 1 }, /^info: primary rate limit on POST \/repos\/octo-org\/models\/releases\/\d+\/assets: retrying in [12] s$/],
  ] as const)('waits out a %s rate limit on an upload as GitHub says, then uploads once', async (kind, respond, line) => {
    const { transfers, lines } = logged();
    const before = emulator.requests.length;
    emulator.addFault({ method: 'POST', path: ASSETS, respond });
    const start = performance.now();
    await transfers.uploadReleaseAsset(uploadUrl, `limited-${kind}.bin`, { text: 'bytes' }, 'application/octet-stream');
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
    expect(sent(ASSETS, before)).toEqual([403, 201]);
    expect([...emulator.state.assets.values()].filter((a) => a.data.name === `limited-${kind}.bin`)).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it.each([
    ['secondary', { secondaryRateLimit: true, retryAfter: 1 }],
    ['primary', { primaryRateLimit: true, resetInSeconds: 1 }],
  ] as const)('waits out a %s rate limit on a download, then downloads', async (kind, respond) => {
    const { transfers, lines } = logged();
    const before = emulator.requests.length;
    emulator.addFault({ method: 'GET', path: ASSET, respond });
    const path = join(dir, `limited-${kind}.bin`);
    expect(await transfers.downloadReleaseAsset(repo.owner, repo.repo, assetId, path)).toEqual({ size: 7 });
    expect(readFileSync(path, 'utf8')).toBe('weights');
    expect(sent(ASSET, before)).toEqual([403, 302]);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^info: ${kind} rate limit on GET /repos/octo-org/models/releases/assets/${assetId}: retrying in [12] s$`))]);
  });

  it('gives up after rateLimitRetries waits, with a warning and GitHub\'s message', async () => {
    const { transfers, lines } = logged();
    const before = emulator.requests.length;
    emulator.addFault({ method: 'GET', path: ASSET, times: 10, respond: { secondaryRateLimit: true, retryAfter: 0 } });
    const error = await failure(transfers.downloadReleaseAsset(repo.owner, repo.repo, assetId, join(dir, 'never.bin')));
    expect(error).toMatchObject({ call: DOWNLOAD, status: 403, retries: 3 });
    expect(error.message).toMatch(/answered HTTP 403 after 3 retries: You have exceeded a secondary rate limit/);
    expect(sent(ASSET, before)).toEqual([403, 403, 403, 403]);
    expect(lines.at(-1)).toBe(`warning: secondary rate limit on GET /repos/octo-org/models/releases/assets/${assetId}: giving up after 3 retries`);
  });

  it('does not sit out an absurd wait: fails at once, naming it', async () => {
    const { transfers } = logged();
    const before = emulator.requests.length;
    emulator.addFault({ method: 'POST', path: ASSETS, respond: { secondaryRateLimit: true, retryAfter: 3600 } });
    const error = await failure(transfers.uploadReleaseAsset(uploadUrl, 'absurd.bin', { text: 'x' }, 'application/octet-stream'));
    expect(error).toMatchObject({ call: UPLOAD, status: 403, retries: 0 });
    expect(error.message).toMatch(/answered HTTP 403: GitHub's secondary rate limit asks to wait 3600 s, longer than mlgate waits \(15 min\); run it again later$/);
    expect(sent(ASSETS, before)).toEqual([403]);
  });

  it('treats a 403 without rate-limit headers as final', async () => {
    const { transfers, lines } = logged('ghs_readonly');
    const before = emulator.requests.length;
    const error = await failure(transfers.uploadReleaseAsset(uploadUrl, 'refused.bin', { text: 'x' }, 'application/octet-stream'));
    expect(error).toMatchObject({ call: UPLOAD, status: 403, retries: 0 });
    expect(error.message).toMatch(/answered HTTP 403: Resource not accessible by integration$/);
    expect(sent(ASSETS, before)).toEqual([403]);
    expect(lines).toEqual([]);
  });
});

describe('workflow artifacts through the gateway', () => {
  it('reports an upload outside an Actions run as an ExternalServiceError', async () => {
    const saved = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const file = join(dir, 'report.json');
      writeFileSync(file, '{}');
      const error = await failure(uploadWorkflowArtifact('mlgate-report', [file], dir));
      expect(error).toMatchObject({ service: 'GitHub artifacts', status: undefined });
      expect(error.message).toMatch(/^GitHub artifacts: upload of artifact `mlgate-report` failed: .*ACTIONS_RUNTIME_TOKEN/);
    } finally {
      if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved;
    }
  });
});
