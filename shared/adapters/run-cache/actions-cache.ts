import { join, relative, sep } from 'node:path';
import { warning } from '@actions/core';
import type { RunCache } from './run-cache.js';

/**
 * The run cache in GitHub Actions: `@actions/cache` (`restoreCache`/`saveCache`), so entries are
 * scoped as the toolkit scopes them (a run reads its own ref's entries, then its base branch's and
 * the default branch's; it writes its own ref's) and evicted by GitHub's rules (7 days unused, the
 * repository's size limit).
 *
 * The toolkit swallows most failures into a warning of its own and a `-1`/`undefined` result, and
 * a cache outage must never fail training: a failed restore is a miss, a failed save is an entry
 * not saved, each with one line here saying what it means for the next run.
 *
 * Entries are named `mlgate-run-<key>`, so they read as mlgate's in the repository's cache list.
 *
 * Paths go to the toolkit relative to the current directory (the workspace on a runner), as a
 * workflow's `actions/cache` step gives them: the entry's version is a hash of the path list, so
 * relative paths keep hits across runs whose workspace folder differs.
 */
const ENTRY_PREFIX = 'mlgate-run-';

export class ActionsRunCache implements RunCache {
  readonly description = 'GitHub Actions cache';
  private readonly warn: (message: string) => void;

  constructor(options: { warn?: (message: string) => void } = {}) {
    this.warn = options.warn ?? warning;
  }

  async restore(key: string, root: string, paths: string[]): Promise<boolean> {
    const patterns = this.patterns(key, root, paths);
    if (!patterns) return false;
    const entry = `${ENTRY_PREFIX}${key}`;
    try {
      const { restoreCache } = await import('@actions/cache');
      const matched = await restoreCache(patterns, entry);
      if (matched === undefined) return false;
      // Keys are fixed-length digests, so a prefix match on another key cannot happen; if it
      // ever did, the files restored belong to other inputs and must not count as a hit.
      if (matched !== entry) {
        this.warn(`run cache: the GitHub Actions cache answered entry \`${matched}\` for \`${entry}\`; treated as a miss, training runs`);
        return false;
      }
      return true;
    } catch (error) {
      this.warn(`run cache: could not read the GitHub Actions cache (${firstLine(error)}); treated as a miss, training runs`);
      return false;
    }
  }

  async save(key: string, root: string, paths: string[]): Promise<void> {
    const patterns = this.patterns(key, root, paths);
    if (!patterns) return;
    const entry = `${ENTRY_PREFIX}${key}`;
    try {
      const { saveCache } = await import('@actions/cache');
      const id = await saveCache(patterns, entry);
      if (id === -1) this.warn(`run cache: entry \`${entry}\` was not saved in the GitHub Actions cache (the toolkit's message above says why); the next run with the same inputs trains again`);
    } catch (error) {
      this.warn(`run cache: entry \`${entry}\` was not saved in the GitHub Actions cache (${firstLine(error)}); the next run with the same inputs trains again`);
    }
  }

  /**
   * The toolkit reads paths as glob patterns (`*`, `?`, `[`, a leading `!` or `#`); a path with
   * such characters could match other files, so its run is not cached rather than cached wrongly.
   */
  private patterns(key: string, root: string, paths: string[]): string[] | null {
    const patterns = paths.map((path) => relative(process.cwd(), join(root, path)).split(sep).join('/') || '.');
    const globby = paths.find((path) => /[*?[\]{}]|(^|\/)[!#]/.test(path));
    if (globby !== undefined) {
      this.warn(`run cache: \`${globby}\` has glob characters, which the GitHub Actions cache would expand; entry \`${ENTRY_PREFIX}${key}\` not used`);
      return null;
    }
    return patterns;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

