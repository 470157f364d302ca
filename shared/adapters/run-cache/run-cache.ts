/** Where train keeps finished runs by key (DVC's run cache): a folder on a laptop, @actions/cache in Actions. */
export interface RunCache {
  /** Human name for logs: `folder .mlgate/cache`, `GitHub Actions cache`. */
  readonly description: string;
  /** Restores the entry saved under `key` (files at their paths relative to `root`); false on a miss. */
  restore(key: string, root: string, paths: string[]): Promise<boolean>;
  /** Saves `paths` (files or folders relative to `root`) under `key`; an entry already saved under `key` is left as is. */
  save(key: string, root: string, paths: string[]): Promise<void>;
}
