import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';

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

/**
 * JSON with non-finite numbers kept: JSON has no Infinity or NaN (`JSON.stringify` would write
 * `null`), so they are written as the strings "Infinity", "-Infinity" and "NaN", which Python's
 * `float()` and `JSON.parse` + `Number()` both read back.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}

/**
 * Results files can come from another, untrusted run (a fork's artifact posted by a
 * `workflow_run` job): they are bounded in size and parsed, never evaluated.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

export function readJsonFile<T>(path: string, what: string): T {
  let text: string;
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new InputError(`${path}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${what} not found`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${(error as Error).message})`);
  }
}
