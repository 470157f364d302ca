import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  FolderRunCache
} from "./chunk-WR4JTS22.js";
import "./chunk-RY6TFG5S.js";
import "./chunk-PSG56SAE.js";
import {
  warning
} from "./chunk-J52ODL6G.js";
import {
  hasActionsCache
} from "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/adapters/run-cache/open-run-cache.ts
import { join as join2 } from "node:path";

// shared/adapters/run-cache/actions-cache.ts
import { join, relative, sep } from "node:path";
var ENTRY_PREFIX = "mlgate-run-";
var ActionsRunCache = class {
  description = "GitHub Actions cache";
  warn;
  constructor(options = {}) {
    this.warn = options.warn ?? warning;
  }
  async restore(key, root, paths) {
    const patterns = this.patterns(key, root, paths);
    if (!patterns) return false;
    const entry = `${ENTRY_PREFIX}${key}`;
    try {
      const { restoreCache } = await import("./cache-BO2IJB4X.js");
      const matched = await restoreCache(patterns, entry);
      if (matched === void 0) return false;
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
  async save(key, root, paths) {
    const patterns = this.patterns(key, root, paths);
    if (!patterns) return;
    const entry = `${ENTRY_PREFIX}${key}`;
    try {
      const { saveCache } = await import("./cache-BO2IJB4X.js");
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
  patterns(key, root, paths) {
    const patterns = paths.map((path) => relative(process.cwd(), join(root, path)).split(sep).join("/") || ".");
    const globby = paths.find((path) => /[*?[\]{}]|(^|\/)[!#]/.test(path));
    if (globby !== void 0) {
      this.warn(`run cache: \`${globby}\` has glob characters, which the GitHub Actions cache would expand; entry \`${ENTRY_PREFIX}${key}\` not used`);
      return null;
    }
    return patterns;
  }
};
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

// shared/adapters/run-cache/open-run-cache.ts
var RUN_CACHE_FOLDER = join2(".mlgate", "cache");
function openRunCache(environment, workingDirectory, enabled) {
  if (!enabled) return null;
  if (hasActionsCache(environment)) return new ActionsRunCache();
  return new FolderRunCache(join2(workingDirectory, RUN_CACHE_FOLDER));
}
export {
  RUN_CACHE_FOLDER,
  openRunCache
};
