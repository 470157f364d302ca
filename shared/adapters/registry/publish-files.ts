import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { digestFile, digestText } from '../files/digest.js';
import { CHECKSUMS_FILE, formatChecksums } from './checksums.js';
import { fileNameProblem } from './names.js';
import type { PublishRequest, StoredFile } from '../../core/registry/model-registry.js';

/** A file about to be published: its registry name, digest, and where its bytes come from. */
export interface PreparedFile extends StoredFile {
  source: { path: string } | { text: string };
}

/**
 * Checks and digests what a publish request would store, the same way for every backend:
 * plain, unique, non-reserved names; files that exist; documents as UTF-8. `limit` is the
 * backend's largest file (GitHub release assets must stay under 2 GB).
 */
export async function preparePublishFiles(request: PublishRequest, limit = Infinity): Promise<PreparedFile[]> {
  await checkLinkedFiles(request.files.map((file) => file.path));
  const files: PreparedFile[] = [];
  const names = new Set<string>();
  const add = (file: PreparedFile) => {
    if (names.has(file.name)) throw new InputError(`two files would be published as \`${file.name}\``);
    if (file.name === CHECKSUMS_FILE || fileNameProblem(file.name)) {
      throw new InputError(`\`${file.name}\` cannot be published: the name is reserved or not a plain file name`);
    }
    if (file.size >= limit) {
      throw new InputError(`${file.name} is ${file.size} bytes; this registry stores files under ${limit} bytes (GitHub release assets must stay under 2 GB): split the model into smaller files`);
    }
    names.add(file.name);
    files.push(file);
  };
  for (const file of request.files) {
    let digest;
    try {
      if (!(await stat(file.path)).isFile()) throw new Error('not a file');
      digest = await digestFile(file.path);
    } catch {
      throw new InputError(`${file.path}: model file not found or not a regular file`);
    }
    add({ name: file.name ?? basename(file.path), ...digest, source: { path: file.path } });
  }
  for (const [name, text] of Object.entries(request.documents ?? {})) {
    const bytes = Buffer.from(text);
    add({ name, sha256: digestText(bytes), size: bytes.length, source: { text } });
  }
  return files;
}

/** The files without their sources, as a version records them. */
export function storedFiles(files: PreparedFile[]): StoredFile[] {
  return files.map(({ name, sha256, size }) => ({ name, sha256, size }));
}

/** Published content never changes: the same content is "unchanged", other content is refused. */
export function sameContent(published: StoredFile[], incoming: StoredFile[]): 'unchanged' {
  if (formatChecksums(published) !== formatChecksums(incoming)) {
    throw new InputError('this version is already published with different content; publish a new version instead (published versions never change)');
  }
  return 'unchanged';
}

/**
 * A model file reached through a symbolic link is published with its target's content. A link
 * inside the working directory that points out of it (`model.bin -> ~/.ssh/id_rsa`, or a linked
 * folder) would publish a file the workflow never meant to share: refused. A link that stays
 * inside is allowed and reported through `warn`, so the log says whose content was published.
 */
export async function checkLinkedFiles(paths: string[], warn: (message: string) => void = () => undefined, workingDirectory = process.cwd()): Promise<void> {
  const root = await realpath(workingDirectory);
  const inside = (path: string, folder: string) => {
    const rel = relative(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  };
  for (const path of paths) {
    let isLink: boolean;
    let target: string;
    try {
      isLink = (await lstat(path)).isSymbolicLink();
      target = await realpath(path);
    } catch {
      continue; // missing files are reported, with the others, where they are read
    }
    const targetInside = inside(target, root);
    if (!targetInside && (isLink || inside(resolve(workingDirectory, path), resolve(workingDirectory)))) {
      throw new InputError(`${path} is a symbolic link (or inside a linked folder) to ${target}, outside the working directory ${root}; copy the file into the workspace to publish it`);
    }
    if (isLink) warn(`${path} is a symbolic link: publishing the content of ${relative(root, target)}`);
  }
}
