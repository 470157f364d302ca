import { describe, expect, it } from 'vitest';
import { currentEnvironment, isEnterpriseServer, readEnvironment } from '../../../shared/adapters/environment.js';
import { InputError } from '../../../shared/errors.js';

describe('readEnvironment', () => {
  it('outside Actions: github.com, no repository, no run', () => {
    expect(readEnvironment({})).toEqual({
      repository: null, serverUrl: 'https://github.com', apiUrl: 'https://api.github.com',
      runId: null, runAttempt: null, runUrl: null, sha: null, ref: null, baseRef: null, actor: null,
      workflow: null, workflowRef: null, job: null, eventName: null, eventPath: null,
      workspace: null, runnerTemp: null, runnerOs: null, runnerEnvironment: null, token: null,
      api: { timeoutMs: null, writeIntervalMs: null, retryBaseMs: null },
      actionsServices: { resultsUrl: null, cacheUrl: null, runtimeToken: null, cacheServiceV2: false },
    });
  });

  it('builds the run URL from the server, the repository and the run id', () => {
    const environment = readEnvironment({ GITHUB_REPOSITORY: 'octo-org/models', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' });
    expect(environment.repository).toEqual({ owner: 'octo-org', repo: 'models' });
    expect(environment.runUrl).toBe('https://github.com/octo-org/models/actions/runs/42');
    expect(readEnvironment({ GITHUB_REPOSITORY: 'octo-org/models' }).runUrl).toBeNull();
    expect(readEnvironment({ GITHUB_RUN_ID: '42' }).runUrl).toBeNull();
  });

  it('takes GitHub Enterprise Server URLs as the runner sets them, without trailing slashes', () => {
    const environment = readEnvironment({
      GITHUB_SERVER_URL: 'https://ghes.example.com/', GITHUB_API_URL: 'https://ghes.example.com/api/v3/',
      GITHUB_REPOSITORY: 'octo-org/models', GITHUB_RUN_ID: '7',
    });
    expect(environment.serverUrl).toBe('https://ghes.example.com');
    expect(environment.apiUrl).toBe('https://ghes.example.com/api/v3');
    expect(environment.runUrl).toBe('https://ghes.example.com/octo-org/models/actions/runs/7');
  });

  it('derives the API URL from the server when GITHUB_API_URL is not set', () => {
    expect(readEnvironment({ GITHUB_SERVER_URL: 'https://github.com' }).apiUrl).toBe('https://api.github.com');
    expect(readEnvironment({ GITHUB_SERVER_URL: 'https://ghes.example.com' }).apiUrl).toBe('https://ghes.example.com/api/v3');
    expect(readEnvironment({ GITHUB_SERVER_URL: 'https://octocorp.ghe.com' }).apiUrl).toBe('https://api.octocorp.ghe.com');
    expect(readEnvironment({ GITHUB_API_URL: 'http://127.0.0.1:3000' }).apiUrl).toBe('http://127.0.0.1:3000');
  });

  it('records the actor, else the local user; empty variables count as unset', () => {
    expect(readEnvironment({ GITHUB_ACTOR: 'octocat', USER: 'me' }).actor).toBe('octocat');
    expect(readEnvironment({ USER: 'me' }).actor).toBe('me');
    expect(readEnvironment({ GITHUB_ACTOR: '', USER: 'me', GITHUB_REPOSITORY: '', GITHUB_TOKEN: '' })).toMatchObject({ actor: 'me', repository: null, token: null });
  });

  it('reads the API settings and refuses values that are not milliseconds, naming the variable', () => {
    expect(readEnvironment({ MLGATE_API_TIMEOUT_MS: '1000', MLGATE_API_WRITE_INTERVAL_MS: '0', MLGATE_API_RETRY_BASE_MS: '5' }).api)
      .toEqual({ timeoutMs: 1000, writeIntervalMs: 0, retryBaseMs: 5 });
    expect(() => readEnvironment({ MLGATE_API_TIMEOUT_MS: '0' })).toThrow(InputError);
    expect(() => readEnvironment({ MLGATE_API_TIMEOUT_MS: 'soon' })).toThrow('MLGATE_API_TIMEOUT_MS must be a number of milliseconds above 0, got `soon`');
    expect(() => readEnvironment({ MLGATE_API_WRITE_INTERVAL_MS: '-1' })).toThrow('MLGATE_API_WRITE_INTERVAL_MS must be a number of milliseconds, 0 or more, got `-1`');
  });

  it('refuses a repository that is not owner/name and a server that is not a URL', () => {
    expect(() => readEnvironment({ GITHUB_REPOSITORY: 'models' })).toThrow('GITHUB_REPOSITORY `models` is not owner/name');
    expect(() => readEnvironment({ GITHUB_SERVER_URL: 'github.com' })).toThrow('GITHUB_SERVER_URL `github.com` is not a URL');
  });
});

describe('currentEnvironment', () => {
  it('reads this process’s variables each time it is asked', () => {
    const saved = process.env.GITHUB_RUN_ID;
    try {
      process.env.GITHUB_RUN_ID = '314';
      expect(currentEnvironment().runId).toBe('314');
      delete process.env.GITHUB_RUN_ID;
      expect(currentEnvironment().runId).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.GITHUB_RUN_ID;
      else process.env.GITHUB_RUN_ID = saved;
    }
  });
});

describe('isEnterpriseServer', () => {
  it('is true for any server but github.com, GHE.com and a local test host, as the toolkit decides', () => {
    expect(isEnterpriseServer('https://github.com')).toBe(false);
    expect(isEnterpriseServer('https://octo.ghe.com')).toBe(false);
    expect(isEnterpriseServer('http://github.localhost:8080')).toBe(false);
    expect(isEnterpriseServer('https://ghe.example.com')).toBe(true);
    expect(isEnterpriseServer('https://github.example.com')).toBe(true);
  });
});
