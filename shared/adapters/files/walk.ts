import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../../errors.js';

/** Folders never walked into: git's own store and mlgate's run cache (which holds copies of outputs). */
const SKIPPED_FOLDERS = new Set(['.git', '.mlgate']);

/**
 * The files a declared path stands for, relative to `root` with `/` separators, sorted: the path
 * itself when it is a file, every file below it when it is a folder (`.git` and `.mlgate` left
 * out). Symbolic links are followed (callers refuse the ones that leave the working directory
 * first, see `checkLinkedFiles`); a folder reached twice through links is walked once. A path that
 * does not exist is an input error naming it and `what` it is (`dependency`, `output`).
 */
export async function filesUnder(root: string, path: string, what: string): Promise<string[]> {
  const top = join(root, path);
  const info = await stat(top).catch(() => null);
  if (info === null) throw new InputError(`${path}: ${what} not found`);
  if (info.isFile()) return [toSlashes(relative(root, top))];
  if (!info.isDirectory()) throw new InputError(`${path}: ${what} is neither a file nor a folder`);
  const files: string[] = [];
  const seen = new Set<string>();
  const folders = [top];
  while (folders.length > 0) {
    const folder = folders.pop()!;
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

/** Paths sorted by their UTF-16 code units, the same on every platform and locale. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
