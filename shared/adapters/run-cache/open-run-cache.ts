import { join } from 'node:path';
import { hasActionsCache, type RunEnvironment } from '../environment.js';
import { ActionsRunCache } from './actions-cache.js';
import { FolderRunCache } from './folder-cache.js';
import type { RunCache } from './run-cache.js';

/** Where the folder cache lives, relative to the working directory (git-ignore it). */
export const RUN_CACHE_FOLDER = join('.mlgate', 'cache');

/**
 * The run cache for where train runs, or null when `enabled` is false (`cache: false`): the
 * GitHub Actions cache where the runner offers it (so a new workflow run on a clean workspace
 * hits), else a folder under the working directory (a laptop, a runner without the cache service).
 */
export function openRunCache(environment: RunEnvironment, workingDirectory: string, enabled: boolean): RunCache | null {
  if (!enabled) return null;
  if (hasActionsCache(environment)) return new ActionsRunCache();
  return new FolderRunCache(join(workingDirectory, RUN_CACHE_FOLDER));
}
