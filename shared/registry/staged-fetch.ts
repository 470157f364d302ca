import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Fetches into `directory` all or nothing: `fill` writes and verifies files in a hidden staging
 * folder inside it and returns their names; only then are they moved into place. On any failure
 * the staging folder is removed, and so is `directory` if this call created it, so a refused
 * fetch leaves the output folder as it was (absent, or with only what was there before).
 */
export async function fetchAllOrNothing(directory: string, fill: (staging: string) => Promise<string[]>): Promise<void> {
  const createdDirectory = !(await exists(directory));
  await mkdir(directory, { recursive: true });
  const staging = join(directory, `.mlgate-fetch-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    const names = await fill(staging);
    for (const name of names) await rename(join(staging, name), join(directory, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
    // rmdir only succeeds on an empty folder: after a success the fetched files keep it.
    if (createdDirectory) await rmdir(directory).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
