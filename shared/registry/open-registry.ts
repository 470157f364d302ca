import { execFileSync } from 'node:child_process';
import { InputError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import { GitHubRegistry } from './github-registry.js';
import { LocalRegistry } from './local-registry.js';
import type { ModelRegistry } from './registry.js';

export const DEFAULT_LOCAL_STORE = '.mlgate/registry';

/**
 * `store` selects the backend: `github` selects GitHub releases + tags of `GITHUB_REPOSITORY`
 * (token: the action's `github-token`, or `GITHUB_TOKEN` on the command line); anything else is a
 * folder for the local registry. Both implement the same `ModelRegistry`.
 */
export function openRegistry(store: string = DEFAULT_LOCAL_STORE, access: { token?: string; env?: NodeJS.ProcessEnv } = {}): ModelRegistry {
  if (store.trim() === '') throw new InputError('store must be a folder path or `github`');
  if (store !== 'github') return new LocalRegistry(store);
  const env = access.env ?? process.env;
  const token = access.token || env.GITHUB_TOKEN;
  if (!token) throw new InputError('store `github` needs a token: the action\'s github-token input, or GITHUB_TOKEN for the CLI');
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('store `github` needs GITHUB_REPOSITORY=owner/name (Actions sets it)');
  const baseUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  return new GitHubRegistry({
    client: createGitHubClient({ token, baseUrl }),
    api: { baseUrl, token },
    owner, repo,
    commit: env.GITHUB_SHA ?? gitHead(),
    actor: env.GITHUB_ACTOR ?? env.USER ?? null,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null,
  });
}

function gitHead(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}
