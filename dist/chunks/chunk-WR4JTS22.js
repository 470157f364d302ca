import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  digestFile
} from "./chunk-RY6TFG5S.js";
import {
  filesUnder,
  toSlashes
} from "./chunk-PSG56SAE.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/run-cache/folder-cache.ts
import { randomBytes } from "node:crypto";
import { copyFile, lstat, mkdir, readFile, rename, rm, stat, writeFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, relative, sep } from "node:path";
var MANIFEST = "manifest.json";
var FILES = "files";
var KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
var FolderRunCache = class {
  constructor(folder) {
    this.folder = folder;
    this.description = `folder ${folder}`;
  }
  folder;
  description;
  async restore(key, root, paths) {
    const entry = join(this.folder, checkKey(key));
    const wanted = paths.map(checkEntryPath);
    let manifest;
    try {
      manifest = JSON.parse(await readFile(join(entry, MANIFEST), "utf8"));
    } catch {
      return false;
    }
    if (!Array.isArray(manifest.paths) || !Array.isArray(manifest.files) || !sameSet(manifest.paths, wanted)) return false;
    for (const file of manifest.files) {
      if (!wanted.some((path) => covers(path, checkEntryPath(file.path)))) return false;
      const digest = await digestFile(join(entry, FILES, file.path)).catch(() => null);
      if (digest === null || digest.sha256 !== file.sha256 || digest.size !== file.size) return false;
    }
    const realRoot = await realpath(root);
    for (const file of manifest.files) {
      const destination = join(root, file.path);
      await makeFoldersInside(root, realRoot, file.path);
      const temporary = join(dirname(destination), `.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await copyFile(join(entry, FILES, file.path), temporary);
        await rename(temporary, destination);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    }
    return true;
  }
  async save(key, root, paths) {
    const entry = join(this.folder, checkKey(key));
    const saved = paths.map(checkEntryPath);
    if (await stat(entry).catch(() => null)) return;
    await mkdir(this.folder, { recursive: true });
    const temporary = join(this.folder, `.tmp-${randomBytes(6).toString("hex")}`);
    try {
      const files = [];
      const listed = /* @__PURE__ */ new Set();
      for (const path of saved) {
        for (const file of await filesUnder(root, path, "cached path")) {
          if (listed.has(file)) continue;
          listed.add(file);
          const copy = join(temporary, FILES, file);
          await mkdir(dirname(copy), { recursive: true });
          await copyFile(join(root, file), copy);
          files.push({ path: file, ...await digestFile(copy) });
        }
      }
      const manifest = { paths: saved, files };
      await writeFile(join(temporary, MANIFEST), `${JSON.stringify(manifest, null, 2)}
`);
      await rename(temporary, entry);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      const code = error.code;
      if (code === "ENOTEMPTY" || code === "EEXIST") return;
      throw error;
    }
  }
};
async function makeFoldersInside(root, realRoot, path) {
  const parts = path.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = join(root, ...parts.slice(0, i));
    const info = await lstat(folder).catch(() => null);
    if (info === null) await mkdir(folder);
    else if (info.isSymbolicLink() && !inside(realRoot, await realpath(folder))) {
      throw new InputError(`${path}: restoring it would write outside ${root} (${parts.slice(0, i).join("/")} is a symbolic link out of it)`);
    }
  }
}
function checkKey(key) {
  if (!KEY.test(key) || key.includes("..")) throw new InputError(`run cache key \`${key}\` is not a plain name`);
  return key;
}
function checkEntryPath(path) {
  const normal = toSlashes(normalize(path)).replace(/\/+$/, "");
  if (isAbsolute(path) || normal === "." || normal === "" || normal === ".." || normal.startsWith("../")) {
    throw new InputError(`${path}: a cached path must be a file or folder inside the working directory`);
  }
  return normal;
}
function covers(path, file) {
  return file === path || file.startsWith(`${path}/`);
}
function sameSet(a, b) {
  const left = new Set(a.map(String));
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  FolderRunCache,
  checkEntryPath
};
