import { join } from 'node:path';
import type { RunEnvironment } from '../environment.js';
import { FolderRunCache } from './folder-cache.js';
import type { RunCache } from './run-cache.js';

/** Where the folder cache lives, relative to the working directory (git-ignore it). */
export const RUN_CACHE_FOLDER = join('.mlgate', 'cache');

/**
 * The run cache for where train runs, or null when `enabled` is false (`cache: false`): a folder
 * under the working directory on a laptop.
 */
export function openRunCache(_environment: RunEnvironment, workingDirectory: string, enabled: boolean): RunCache | null {
  if (!enabled) return null;
  return new FolderRunCache(join(workingDirectory, RUN_CACHE_FOLDER));
}
