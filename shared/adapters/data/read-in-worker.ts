import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { TypedTable } from '../../core/table/typed-column.js';
import { readTypedTable, type ReadTypedOptions } from './read-typed-table.js';
import { formatOf } from './formats.js';

/** What the main thread asks a reading worker (structured-cloned: no functions). */
export interface WorkerRead {
  path: string;
  options: Omit<ReadTypedOptions, 'onProgress'>;
  progress: boolean;
}

export type WorkerAnswer =
  | { table: TypedTable }
  | { progress: { bytes: number; total: number | undefined; rows: number } }
  | { error: { name: string; message: string; stack?: string } };

/**
 * Reads two data files at once, the second in a worker thread, so the two cores parse one file
 * each (CSV/TSV and JSON Lines; see `isTextFile`): the worker's columns come back transferred (their buffers move, nothing is copied), and
 * the tables are the ones `readTypedTable` gives on the main thread, cell for cell.
 *
 * The worker is worth its start from `PARALLEL_BYTES` of input; smaller files, and code not
 * running from the bundle (the worker is its own entry, `dist/read-worker.js`), are read one after
 * the other on this thread.
 */
export async function readTablesInParallel(
  paths: [string, string],
  options: [ReadTypedOptions, ReadTypedOptions],
  sizeOf: (path: string) => number,
): Promise<[TypedTable, TypedTable]> {
  const worker = readWorkerUrl();
  if (!worker || !paths.every(isTextFile) || sizeOf(paths[0]) + sizeOf(paths[1]) < parallelBytes) {
    const first = await readTypedTable(paths[0], options[0]);
    return [first, await readTypedTable(paths[1], options[1])];
  }
  const second = readInWorker(worker, paths[1], options[1]);
  // Both settle before either error is thrown: no worker is left reading behind a failure.
  const [a, b] = await Promise.allSettled([readTypedTable(paths[0], options[0]), second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

/**
 * Inputs (both files' bytes together) from which the second file is read in a worker. Measured
 * from the bundle: a worker's start (a thread, the reader's chunk compiled again) costs 100–180 ms
 * of CPU, what reading 4–6 MB of CSV on the main thread costs; from 16 MB together the worker's
 * half is worth more than its start.
 */
export const PARALLEL_BYTES = 16 * 1024 * 1024;

/**
 * CSV/TSV and JSON Lines files, whose reading holds little beside the columns. Parquet is read one
 * after the other: its reader holds the whole file and each column's decoded values while typing
 * it, and two at once raised the 1,000,000-row benchmark's peak from 794 MB to 1,102 MB.
 */
function isTextFile(path: string): boolean {
  try {
    return formatOf(path).format !== 'parquet';
  } catch {
    return false; // the reader says what is wrong with the name
  }
}

let workerUrlOverride: URL | undefined | null = null;
let parallelBytes = PARALLEL_BYTES;

/**
 * Tests run from source: they point the reader at a worker bundle they built (undefined: no
 * worker) and may lower the size from which it is used; `reset` puts both back.
 */
export function useReadWorker(url: URL | undefined | 'reset', fromBytes = PARALLEL_BYTES): void {
  workerUrlOverride = url === 'reset' ? null : url;
  parallelBytes = fromBytes;
}

/**
 * The worker's bundle beside the running bundle (`dist/read-worker.js`, from `dist/` or
 * `dist/chunks/`); undefined when running from source or when it is not there.
 */
function readWorkerUrl(): URL | undefined {
  if (workerUrlOverride !== null) return workerUrlOverride;
  const here = import.meta.url;
  if (!here.endsWith('.js')) return undefined;
  const url = new URL(new URL('.', here).pathname.endsWith('/chunks/') ? '../read-worker.js' : './read-worker.js', here);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** One file read by a worker thread; its errors come back as the same errors (an `InputError` stays one). */
export function readInWorker(url: URL, path: string, options: ReadTypedOptions): Promise<TypedTable> {
  const { onProgress, ...rest } = options;
  const request: WorkerRead = { path, options: rest, progress: onProgress !== undefined };
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: request });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (answer: WorkerAnswer) => {
      if ('progress' in answer) return onProgress?.(answer.progress.bytes, answer.progress.total, answer.progress.rows);
      if ('table' in answer) return settle(() => resolve(answer.table));
      settle(() => reject(errorOf(answer.error)));
    });
    worker.on('error', (error) => settle(() => reject(new Error(`reading ${path} in a worker thread failed: ${error.message}`, { cause: error }))));
    worker.on('exit', (code) => settle(() => reject(new Error(`reading ${path}: the worker thread exited (code ${code}) without an answer`))));
  });
}

function errorOf(error: { name: string; message: string; stack?: string }): Error {
  if (error.name === 'InputError') return new InputError(error.message);
  const bug = new Error(error.message);
  bug.name = error.name;
  if (error.stack) bug.stack = error.stack;
  return bug;
}

/** The buffers of a table's columns, each once: what a worker hands over instead of copying. */
export function tableTransferList(table: TypedTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of table.typed.values()) {
    for (const array of [column.numbers, column.tokenCodes, column.text?.codes]) {
      if (array && array.buffer instanceof ArrayBuffer && array.buffer.byteLength > 0) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
