import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/files/walk.ts
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", ".mlgate"]);
async function filesUnder(root, path, what) {
  const top = join(root, path);
  const info = await stat(top).catch(() => null);
  if (info === null) throw new InputError(`${path}: ${what} not found`);
  if (info.isFile()) return [toSlashes(relative(root, top))];
  if (!info.isDirectory()) throw new InputError(`${path}: ${what} is neither a file nor a folder`);
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const folders = [top];
  while (folders.length > 0) {
    const folder = folders.pop();
    const real = await realpath(folder);
    if (seen.has(real)) continue;
    seen.add(real);
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const child = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? await stat(child).catch(() => null) : entry;
      if (kind === null) throw new InputError(`${toSlashes(relative(root, child))}: ${what} is a broken symbolic link`);
      if (kind.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(child);
      } else if (kind.isFile()) files.push(toSlashes(relative(root, child)));
    }
  }
  return files.sort(byPath);
}
function byPath(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toSlashes(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

export {
  filesUnder,
  byPath,
  toSlashes
};
