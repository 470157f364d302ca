import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { RunEnvironment } from '../environment.js';
import { InputError } from '../../errors.js';
import { openGateway } from '../github/gateway/index.js';
import { GitHubRegistry } from './github-registry.js';
import { LocalRegistry } from './local-registry.js';
import type { ModelRegistry } from '../../core/registry/model-registry.js';

import { DEFAULT_LOCAL_STORE } from './default-store.js';

/**
 * `store` selects the backend: `github` selects GitHub releases + tags of `GITHUB_REPOSITORY`
 * (token: the action's `github-token`, or `GITHUB_TOKEN` on the command line); anything else is a
 * folder for the local registry. Both implement the same `ModelRegistry`.
 */
export function openRegistry(store: string = DEFAULT_LOCAL_STORE, access: { environment: RunEnvironment; token?: string; warn?: (message: string) => void; info?: (message: string) => void }): ModelRegistry {
  if (store.trim() === '') throw new InputError('store must be a folder path or `github`');
  if (store !== 'github') return new LocalRegistry(store, access.warn);
  const { environment } = access;
  const token = access.token || environment.token;
  if (!token) throw new InputError('store `github` needs a token: the action\'s github-token input, or GITHUB_TOKEN for the CLI');
  if (!environment.repository) throw new InputError('store `github` needs GITHUB_REPOSITORY=owner/name (Actions sets it)');
  return new GitHubRegistry({
    // Rate-limit waits on asset transfers go to the same log as the registry's other warnings.
    gateway: openGateway(environment, { token, ...(access.warn ? { log: { info: access.warn, warning: access.warn } } : {}) }),
    owner: environment.repository.owner,
    repo: environment.repository.repo,
    commit: environment.sha ?? gitHead(),
    actor: environment.actor,
    tempDir: environment.runnerTemp ?? tmpdir(),
    // A re-run attempt keeps the run's URL, so it resumes the draft its first attempt left.
    ...(environment.runUrl ? { run: environment.runUrl } : {}),
    log: access.info ?? access.warn,
  });
}

function gitHead(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}
