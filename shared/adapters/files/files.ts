import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { parseJson } from '../codecs/json.js';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader (or
 * a crash) never sees half a file.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The JSON writer of every results file; its convention (non-finite numbers) is described in `codecs/json.ts`. */
export { toJson } from '../codecs/json.js';

/**
 * Results files can come from another, untrusted run (a fork's artifact posted by a
 * `workflow_run` job): they are bounded in size and parsed, never evaluated.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** The text of a JSON file, refused above `MAX_JSON_BYTES`; errors name the path and `what` the file is. */
export function readJsonText(path: string, what: string): string {
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new InputError(`${path}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${what} not found`);
  }
}

export function readJsonFile<T>(path: string, what: string): T {
  return parseJson(readJsonText(path, what), path, what) as T;
}
