/** Helpers for the emulator's own tests: a quiet Octokit client and failure capture. */
import { Octokit } from '@octokit/rest';
import type { Emulator } from './index.js';

export const repo = { owner: 'octo-org', repo: 'models' } as const;

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A plain `@octokit/rest` client (no retry/throttling) for `token` (null: none) against the emulator. */
export function client(emu: Emulator, token: string | null = 'ghs_actions'): Octokit {
  return new Octokit({ ...(token === null ? {} : { auth: token }), baseUrl: emu.apiUrl, log: silent });
}

/** The parts of Octokit's RequestError the tests look at. */
export interface HttpFailure {
  status: number;
  message: string;
  response?: { data: unknown; headers: Record<string, string | number | undefined> };
}

/** Awaits a request that must fail with an HTTP status and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number') return error as unknown as HttpFailure;
    throw error;
  }
  throw new Error('expected the request to fail');
}
