import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { MAX_METRICS_FILE_BYTES } from './metrics-file.js';

/** A metrics file's text; a missing, unreadable or oversized file is an input error naming it. */
export function readMetricsText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a folder, expected a metrics file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: metrics file not found`);
  }
  if (size > MAX_METRICS_FILE_BYTES) throw new InputError(`${path}: ${size.toLocaleString('en-US')} bytes is too large for a metrics file (at most ${MAX_METRICS_FILE_BYTES.toLocaleString('en-US')})`);
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`${path}: cannot read the metrics file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
