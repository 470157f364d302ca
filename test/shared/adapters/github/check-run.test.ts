import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { ExternalServiceError } from '../../../../shared/errors.js';
import { openGateway } from '../../../../shared/adapters/github/gateway/index.js';
import { publishCheck, type CheckRequest } from '../../../../shared/adapters/github/check-run.js';
import { startEmulator, type Emulator } from '../../../emulator/index.js';

// Creating a check run is not idempotent: a create whose answer is lost (the check run exists, the
// client never hears) must be found and adopted, never sent again blindly.
let emulator: Emulator;
let sha: string;
let sequence = 0;

function gateway() {
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return openGateway(environment, { token: 'ghs_actions', policy: { backoffBaseMs: 1, apiTimeoutMs: 5_000 } });
}

function request(name: string): CheckRequest {
  sequence++;
  return {
    owner: 'octo-org', repo: 'models', sha, name, verdict: 'pass', title: 'mlgate: pass', summary: 'all good',
    detailsUrl: null, externalId: `mlgate:1.1:test-${sequence}`,
  };
}

function checkRuns(name: string) {
  return emulator.state.checkRuns.filter((run) => run.name === name && run.head_sha === sha);
}

function creates(name: string) {
  return emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs') && (r.body as { name?: string } | undefined)?.name === name);
}

beforeAll(async () => {
  emulator = await startEmulator();
  sha = emulator.state.addCommit({}).sha;
});
afterEach(() => emulator.clearFaults());
afterAll(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

describe('publishCheck', () => {
  it('adopts the check run GitHub made when the answer to the create was lost', async () => {
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { lostResponse: true } });
    const { client, policy } = gateway();
    const result = await publishCheck(client, request('lost'), policy);
    expect(checkRuns('lost')).toHaveLength(1);
    expect(result).toEqual({ kind: 'check-run', id: checkRuns('lost')[0].id, url: checkRuns('lost')[0].html_url });
    expect(creates('lost').map((r) => r.status)).toEqual([0]);
  });

  it('sends the create again after a 502 that made nothing, and leaves one check run', async () => {
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { status: 502 } });
    const { client, policy } = gateway();
    const result = await publishCheck(client, request('bad-gateway'), policy);
    expect(checkRuns('bad-gateway')).toHaveLength(1);
    expect(result).toMatchObject({ kind: 'check-run', id: checkRuns('bad-gateway')[0].id });
    expect(creates('bad-gateway').map((r) => r.status)).toEqual([502, 201]);
  });

  it('never adopts another job\'s check run of the same name on the same commit', async () => {
    const { client, policy } = gateway();
    await publishCheck(client, request('matrix'), policy);
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { status: 503 } });
    const ours = request('matrix');
    const result = await publishCheck(client, ours, policy);
    expect(checkRuns('matrix')).toHaveLength(2);
    expect(result).toMatchObject({ id: checkRuns('matrix').find((run) => run.external_id === ours.externalId)!.id });
  });

  it('gives up after the policy\'s retries, naming them, when GitHub keeps failing and made nothing', async () => {
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, times: 10, respond: { status: 500 } });
    const { client, policy } = gateway();
    const error = await publishCheck(client, request('down'), policy).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as Error).message).toBe('GitHub API: POST /repos/octo-org/models/check-runs answered HTTP 500 after 3 retries: Server Error');
    expect(creates('down')).toHaveLength(4);
    expect(checkRuns('down')).toHaveLength(0);
  });

  it('does not send the create again blind when it cannot look for the check run', async () => {
    emulator.addFault({ method: 'POST', path: /\/check-runs$/, respond: { lostResponse: true } });
    emulator.addFault({ method: 'GET', path: /\/check-runs$/, times: 10, respond: { status: 503 } });
    const { client, policy } = gateway();
    const error = await publishCheck(client, request('blind'), policy).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toMatch(/^GitHub API: GET \/repos\/octo-org\/models\/commits\/[0-9a-f]{40}\/check-runs answered HTTP 503 after 3 retries/);
    expect(creates('blind')).toHaveLength(1);
    expect(checkRuns('blind')).toHaveLength(1);
  });

  it('does not send a refused create again', async () => {
    const { client, policy } = gateway();
    const unknown = { ...request('unknown-sha'), sha: 'f'.repeat(40) };
    const error = await publishCheck(client, unknown, policy).then(() => undefined, (e: unknown) => e);
    expect((error as ExternalServiceError).status).toBe(422);
    expect(creates('unknown-sha')).toHaveLength(1);
  });
});
