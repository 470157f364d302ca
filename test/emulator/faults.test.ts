import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
const commentsPath = /^\/repos\/octo-org\/models\/issues\/4\/comments$/;

beforeAll(async () => {
  emu = await startEmulator();
  emu.state.addIssue({ number: 4 });
});
afterEach(() => {
  emu.clearFaults();
});
afterAll(async () => {
  await emu.close();
});

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe('faults', () => {
  it.each([500, 502, 503, 404] as const)('answers %i for the given number of matching requests', async (status) => {
    const octokit = client(emu);
    emu.addFault({ path: commentsPath, times: 2, respond: { status } });
    for (let i = 0; i < 2; i++) {
      const error = await failure(octokit.rest.issues.listComments({ ...repo, issue_number: 4 }));
      expect(error.status).toBe(status);
    }
    const third = await octokit.rest.issues.listComments({ ...repo, issue_number: 4 });
    expect(third.status).toBe(200);
    expect(emu.requests.slice(-3).map((r) => r.status)).toEqual([status, status, 200]);
  });

  it('matches the method when given', async () => {
    const octokit = client(emu);
    emu.addFault({ method: 'POST', path: commentsPath, respond: { status: 500 } });
    expect((await octokit.rest.issues.listComments({ ...repo, issue_number: 4 })).status).toBe(200);
    const error = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 4, body: 'x' }));
    expect(error.status).toBe(500);
    expect(emu.state.comments.get(4) ?? []).toEqual([]);
  });

  it('answers a secondary rate limit with retry-after and GitHub’s message', async () => {
    emu.addFault({ path: commentsPath, respond: { secondaryRateLimit: true, retryAfter: 7 } });
    const error = await failure(client(emu).rest.issues.listComments({ ...repo, issue_number: 4 }));
    expect(error.status).toBe(403);
    expect(error.response?.headers['retry-after']).toBe('7');
    expect(error.message).toMatch(/You have exceeded a secondary rate limit/);
  });

  it('answers a primary rate limit with x-ratelimit-remaining: 0 and the reset time', async () => {
    emu.addFault({ path: commentsPath, respond: { primaryRateLimit: true, resetInSeconds: 60 } });
    const before = Math.floor(Date.now() / 1000);
    const error = await failure(client(emu).rest.issues.listComments({ ...repo, issue_number: 4 }));
    expect(error.status).toBe(403);
    expect(error.response?.headers['x-ratelimit-remaining']).toBe('0');
    const reset = Number(error.response?.headers['x-ratelimit-reset']);
    expect(reset).toBeGreaterThanOrEqual(before + 59);
    expect(reset).toBeLessThanOrEqual(before + 62);
  });

  it('delays a response, then answers normally', async () => {
    emu.addFault({ path: commentsPath, respond: { delayMs: 300 } });
    const start = performance.now();
    const res = await client(emu).rest.issues.listComments({ ...repo, issue_number: 4 });
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
    expect(res.status).toBe(200);
  });

  it('resets the connection', async () => {
    emu.addFault({ path: commentsPath, respond: { reset: true } });
    await expect(fetch(`${emu.apiUrl}/repos/octo-org/models/issues/4/comments`, { headers: { authorization: 'token ghs_actions' } })).rejects.toThrow(
      /fetch failed/,
    );
    expect(emu.requests.at(-1)).toMatchObject({ status: 0, path: '/repos/octo-org/models/issues/4/comments' });
    // Octokit reports a network failure as a RequestError with status 500.
    emu.addFault({ path: commentsPath, respond: { reset: true } });
    const error = await failure(client(emu).rest.issues.listComments({ ...repo, issue_number: 4 }));
    expect(error.status).toBe(500);
    expect((await client(emu).rest.issues.listComments({ ...repo, issue_number: 4 })).status).toBe(200);
  });

  it('handles a request and then loses the answer: the comment exists, the client hears nothing', async () => {
    emu.addFault({ method: 'POST', path: commentsPath, respond: { lostResponse: true } });
    const before = emu.state.comments.get(4)?.length ?? 0;
    const error = await failure(client(emu).rest.issues.createComment({ ...repo, issue_number: 4, body: 'made but unheard' }));
    expect(error.status).toBe(500); // Octokit's "no answer"
    expect(emu.requests.at(-1)).toMatchObject({ method: 'POST', status: 0 });
    expect(emu.state.comments.get(4)?.slice(before).map((c) => c.body)).toEqual(['made but unheard']);
  });

  it('lets a retrying, throttled client recover from 503s and a secondary limit', async () => {
    const Resilient = Octokit.plugin(retry, throttling);
    const limited: number[] = [];
    const octokit = new Resilient({
      auth: 'ghs_actions',
      baseUrl: emu.apiUrl,
      log: silent,
      retry: { retryAfterBaseValue: 10 },
      throttle: {
        retryAfterBaseValue: 10,
        onRateLimit: () => true,
        onSecondaryRateLimit: (retryAfter: number) => {
          limited.push(retryAfter);
          return true;
        },
      },
    });
    emu.addFault({ path: commentsPath, times: 2, respond: { status: 503 } });
    const afterRetries = await octokit.rest.issues.listComments({ ...repo, issue_number: 4 });
    expect(afterRetries.status).toBe(200);
    emu.addFault({ path: commentsPath, respond: { secondaryRateLimit: true, retryAfter: 3 } });
    const afterLimit = await octokit.rest.issues.listComments({ ...repo, issue_number: 4 });
    expect(afterLimit.status).toBe(200);
    expect(limited).toEqual([3]);
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
