import { randomBytes } from 'node:crypto';
import { copyFile, lstat, mkdir, readFile, rename, rm, stat, writeFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { digestFile } from '../files/digest.js';
import { filesUnder, toSlashes } from '../files/walk.js';
import type { RunCache } from './run-cache.js';

/** What an entry holds: the paths it was saved with and every file under them with its digest. */
interface EntryManifest {
  paths: string[];
  files: { path: string; sha256: string; size: number }[];
}

const MANIFEST = 'manifest.json';
const FILES = 'files';
/** Keys name folders: a key that could climb out of the cache folder is refused. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * The laptop's run cache: one folder per key, `<folder>/<key>/manifest.json` and
 * `<folder>/<key>/files/<path>`. An entry is written whole into a temporary folder beside it and
 * renamed into place, so a crash or a second process never leaves half an entry under a key; the
 * first entry saved under a key stays. A restore checks every file's digest before it writes
 * anything (a damaged entry is a miss), writes only the entry's own files, each through a
 * temporary file renamed into place (never through a symbolic link already at the destination),
 * and refuses paths that leave `root`.
 */
export class FolderRunCache implements RunCache {
  readonly description: string;

  constructor(readonly folder: string) {
    this.description = `folder ${folder}`;
  }

  async restore(key: string, root: string, paths: string[]): Promise<boolean> {
    const entry = join(this.folder, checkKey(key));
    const wanted = paths.map(checkEntryPath);
    let manifest: EntryManifest;
    try {
      manifest = JSON.parse(await readFile(join(entry, MANIFEST), 'utf8')) as EntryManifest;
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
      const temporary = join(dirname(destination), `.${randomBytes(6).toString('hex')}.tmp`);
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

  async save(key: string, root: string, paths: string[]): Promise<void> {
    const entry = join(this.folder, checkKey(key));
    const saved = paths.map(checkEntryPath);
    if (await stat(entry).catch(() => null)) return;
    await mkdir(this.folder, { recursive: true });
    const temporary = join(this.folder, `.tmp-${randomBytes(6).toString('hex')}`);
    try {
      const files: EntryManifest['files'] = [];
      const listed = new Set<string>();
      for (const path of saved) {
        for (const file of await filesUnder(root, path, 'cached path')) {
          if (listed.has(file)) continue;
          listed.add(file);
          const copy = join(temporary, FILES, file);
          await mkdir(dirname(copy), { recursive: true });
          await copyFile(join(root, file), copy);
          files.push({ path: file, ...(await digestFile(copy)) });
        }
      }
      const manifest: EntryManifest = { paths: saved, files };
      await writeFile(join(temporary, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      await rename(temporary, entry);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      // Another process saved the same key first: its entry stands (same key, same run).
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return;
      throw error;
    }
  }
}

/**
 * Creates the folders on the way to `path`, one by one: a folder on the way that is a link out of
 * `root` would make the restore write outside it, so it is refused before anything is created in it.
 */
async function makeFoldersInside(root: string, realRoot: string, path: string): Promise<void> {
  const parts = path.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = join(root, ...parts.slice(0, i));
    const info = await lstat(folder).catch(() => null);
    if (info === null) await mkdir(folder);
    else if (info.isSymbolicLink() && !inside(realRoot, await realpath(folder))) {
      throw new InputError(`${path}: restoring it would write outside ${root} (${parts.slice(0, i).join('/')} is a symbolic link out of it)`);
    }
  }
}

function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new InputError(`run cache key \`${key}\` is not a plain name`);
  return key;
}

/** An entry path relative to the root, with `/` separators; refused when it leaves the root or is the root. */
export function checkEntryPath(path: string): string {
  const normal = toSlashes(normalize(path)).replace(/\/+$/, '');
  if (isAbsolute(path) || normal === '.' || normal === '' || normal === '..' || normal.startsWith('../')) {
    throw new InputError(`${path}: a cached path must be a file or folder inside the working directory`);
  }
  return normal;
}

function covers(path: string, file: string): boolean {
  return file === path || file.startsWith(`${path}/`);
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a.map(String));
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
